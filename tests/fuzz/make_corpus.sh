#!/usr/bin/env bash
# Rewrites the seed corpus (tests/fuzz/corpus/) from a built fuzz project:
#   tests/fuzz/make_corpus.sh BUILD_FUZZ_DIR
# fuzz_make_corpus writes every target's seeds but the valid checkpoint, which fuzz_checkpoint's
# own setup trains and saves (GANLAB_FUZZ_WRITE_CHECKPOINT). Build both targets first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: $0 BUILD_FUZZ_DIR}
corpus="$here/corpus"

rm -rf "$corpus"
"$build/fuzz_make_corpus" "$corpus"
mkdir -p "$corpus/fuzz_checkpoint"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
GANLAB_FUZZ_WRITE_CHECKPOINT="$corpus/fuzz_checkpoint/valid-8px.pt" TMPDIR="$scratch" \
    "$build/fuzz_checkpoint" -runs=0 "$scratch" >/dev/null 2>&1
valid="$corpus/fuzz_checkpoint/valid-8px.pt"
[ -s "$valid" ] || { echo "make_corpus.sh: fuzz_checkpoint wrote no checkpoint" >&2; exit 1; }
# Broken variants of it: cut in the middle, and its first KiB alone; and an empty file.
size=$(stat -c %s "$valid")
head -c $((size / 2)) "$valid" >"$corpus/fuzz_checkpoint/broken-half.pt"
head -c 1024 "$valid" >"$corpus/fuzz_checkpoint/broken-first-kib.pt"
: >"$corpus/fuzz_checkpoint/broken-empty.pt"
printf 'PK\003\004 not a torch archive' >"$corpus/fuzz_checkpoint/broken-not-zip.pt"
echo "make_corpus.sh: $(du -sb "$corpus" | cut -f1) bytes in $corpus"
