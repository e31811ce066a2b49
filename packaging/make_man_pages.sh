#!/usr/bin/env bash
# Man pages from the programs' own --help (help2man): ganlab-cli(1), one ganlab-cli-VERB(1) per
# verb, and ganlab(1) when the window's binary is given. Usage: make_man_pages.sh OUTDIR VERSION
# GANLAB_CLI [GANLAB]. Pages are gzipped reproducibly (-9n), as Debian wants them.
set -euo pipefail
out=$1 version=$2 cli=$3 gui=${4:-}
mkdir -p "$out"
rm -f "$out"/*.1.gz
wrappers=$(mktemp -d)
trap 'rm -rf "$wrappers"' EXIT
# The same pages on every machine: English, no saved language setting, the commit's date.
export LC_ALL=C.UTF-8 LANGUAGE= XDG_CONFIG_HOME=$wrappers/config
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git -C "$(dirname "$0")" log -1 --format=%ct 2>/dev/null || date +%s)
    export SOURCE_DATE_EPOCH
fi
page() { # page NAME SUMMARY PROGRAM
    help2man --no-info --no-discard-stderr --version-string="$version" --name="$2" \
        --section=1 --source="ganlab $version" --manual="ganlab manual" "$3" >"$wrappers/$1.1"
    gzip -9n -c "$wrappers/$1.1" >"$out/$1.1.gz"
}
page ganlab-cli "train and study GANs without a window" "$cli"
while read -r verb; do
    # One page per verb, named ganlab-cli-VERB, as git does: a wrapper makes the verb a program.
    printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$cli" "$verb" >"$wrappers/ganlab-cli-$verb"
    chmod +x "$wrappers/ganlab-cli-$verb"
    summary=$("$cli" --help | sed -n "s/^  $verb  *//p" | head -n 1)
    page "ganlab-cli-$verb" "${summary:-ganlab-cli $verb}" "$wrappers/ganlab-cli-$verb"
done < <("$cli" --list-verbs)
if [ -n "$gui" ]; then
    QT_QPA_PLATFORM=offscreen page ganlab "a desktop lab for training and studying GANs" "$gui"
fi
