#!/usr/bin/env bash
# The Debian packages, checked as a user would meet them: builds them (package_files, then cpack),
# checks each one's file list and fields, runs lintian (no errors allowed) and appstreamcli,
# extracts them into a temporary root and runs the extracted ganlab-cli there: --help, its man
# pages, its bash completion, and a 3-step training on Fashion-MNIST.
# Usage: check_packages.sh BUILD_DIR WITH_GUI(0|1)
set -euo pipefail
build=$(cd "$1" && pwd) gui=${2:-1}
fail() { echo "check_packages: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "building the packages in $build/packages"
cmake --build "$build" --target package_files
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack failed"
cli_deb=$(ls "$build"/packages/ganlab-cli_*.deb)
debs=("$cli_deb")
if [ "$gui" = 1 ]; then
    gui_deb=$(ls "$build"/packages/ganlab_*.deb)
    debs+=("$gui_deb")
fi
ls -l "${debs[@]}"

# expect DEB PATH…: every path is in the package's file list.
expect() {
    local deb=$1 list
    shift
    list=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
    for p in "$@"; do
        grep -qx -- "$p" <<<"$list" || fail "$(basename "$deb") lacks $p"
    done
}
step "file lists"
expect "$cli_deb" /usr/bin/ganlab-cli "/usr/lib/$(gcc -print-multiarch)/ganlab/libganlab_core.so" \
    /usr/share/man/man1/ganlab-cli.1.gz /usr/share/man/man1/ganlab-cli-train.1.gz \
    /usr/share/man/man1/ganlab-cli-export.1.gz /usr/share/bash-completion/completions/ganlab-cli \
    /usr/share/doc/ganlab-cli/copyright /usr/share/doc/ganlab-cli/changelog.gz
for verb in $("$build/app/ganlab-cli" --list-verbs); do
    expect "$cli_deb" "/usr/share/man/man1/ganlab-cli-$verb.1.gz"
done
cli_depends=$(dpkg-deb -f "$cli_deb" Depends)
echo "ganlab-cli Depends: $cli_depends"
grep -q libtorch <<<"$cli_depends" || fail "ganlab-cli does not depend on libtorch"
grep -qiE 'qt6|libqcustomplot' <<<"$cli_depends" && fail "ganlab-cli depends on Qt: $cli_depends"
grep -q libopenblas0-openmp <<<"$(dpkg-deb -f "$cli_deb" Recommends)" ||
    fail "ganlab-cli does not recommend the OpenMP OpenBLAS"
if [ "$gui" = 1 ]; then
    expect "$gui_deb" /usr/bin/ganlab /usr/share/applications/ganlab.desktop \
        /usr/share/icons/hicolor/64x64/apps/ganlab.png \
        /usr/share/icons/hicolor/256x256/apps/ganlab.png \
        /usr/share/icons/hicolor/scalable/apps/ganlab.svg \
        /usr/share/metainfo/io.github.ganlab.metainfo.xml /usr/share/man/man1/ganlab.1.gz \
        /usr/share/doc/ganlab/copyright
    gui_depends=$(dpkg-deb -f "$gui_deb" Depends)
    echo "ganlab Depends: $gui_depends"
    grep -q "ganlab-cli (= " <<<"$gui_depends" || fail "ganlab does not depend on ganlab-cli"
    grep -q libqt6widgets6 <<<"$gui_depends" || fail "ganlab does not depend on Qt 6 Widgets"
fi

step "lintian (errors fail; warnings are listed)"
lintian --fail-on error --tag-display-limit 0 "${debs[@]}" || fail "lintian reports errors"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$root"; done
if [ "$gui" = 1 ]; then
    step "appstreamcli"
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.ganlab.metainfo.xml"
fi

step "the extracted ganlab-cli"
cli=$root/usr/bin/ganlab-cli
# It finds the core library beside it in the package, not in the build tree.
runpath=$(readelf -d "$cli" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')
[[ $runpath == '$ORIGIN/'* && $runpath != *"$build"* ]] || fail "ganlab-cli's RUNPATH is $runpath"
"$cli" --help | grep -q "export" || fail "extracted ganlab-cli --help lacks the export verb"
"$cli" --version | grep -qx "ganlab-cli [0-9.]*" || fail "ganlab-cli --version"
zcat "$root/usr/share/man/man1/ganlab-cli-train.1.gz" | sed 's/\\-/-/g' | grep -q -- "--model" ||
    fail "ganlab-cli-train(1) lacks --model"

# The completion script in a real bash: verbs, a verb's options, a registry's names.
complete_words() { # the completions of the command line "$*" (cursor at its end)
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));
             _ganlab_cli; printf "%s\n" "${COMPREPLY[@]}"' _ \
        "$root/usr/share/bash-completion/completions/ganlab-cli" "$@"
}
complete_words ganlab-cli ex | grep -qx export || fail "completion: verbs"
complete_words ganlab-cli train --mod | grep -qx -- --model || fail "completion: options"
complete_words ganlab-cli train --model "" | grep -qx biggan || fail "completion: model names"
complete_words ganlab-cli train --model = d | grep -qx dcgan || fail "completion: --model=NAME"

data=/usr/share/datasets/fashion-mnist
[ -d "$data" ] || fail "$data is missing (package dataset-fashion-mnist)"
step "a 3-step training from the extracted root"
run=$root/run
GANLAB_CACHE_DIR=$root/cache "$cli" train --data fashion-mnist --max-images 64 --resolution 16 \
    --width 0.125 --batch 8 --steps 3 --threads 2 --out "$run" | tail -n 3
[ -f "$run/checkpoints/step-00000003.pt" ] || fail "no checkpoint after the extracted training"
"$cli" export "$run" --torchscript "$root/g.pt" >/dev/null || fail "export from the extracted root"
echo "check_packages: all checks passed"
