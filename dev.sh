#!/usr/bin/env bash
# ganlab's entry point: installs missing Debian packages (packaging/debian-packages.txt), builds,
# then launches the desktop app (`./dev.sh app`) or runs the whole test suite (`./dev.sh test`).
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${GANLAB_BUILD_DIR:-build}
# Paths relative to the checkout in ccache's keys: the full and the headless build folders (and
# other checkouts) share compiled objects.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}

usage() {
    cat <<TXT
Usage: ./dev.sh app [ganlab options]   set up, build and launch the desktop app
       ./dev.sh test                   set up, build and run every test (what CI runs)
       ./dev.sh cli [ganlab-cli args]  set up, build and run the command-line tool
       ./dev.sh build                  set up and build only
       ./dev.sh build-cli              set up and build the headless configuration (no Qt)
TXT
}

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/debian-packages.txt)
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "dev.sh: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Parallel jobs: a torch source needs ~1.2 GB to compile, so memory caps the count as well as cores.
build_jobs() {
    local cores mem_gb
    cores=$(nproc)
    mem_gb=$(awk '/MemAvailable/ {print int($2 / 1048576)}' /proc/meminfo)
    echo $((cores < mem_gb / 2 ? cores : (mem_gb / 2 > 0 ? mem_gb / 2 : 1)))
}

# build [DIR [cmake options…]]: configure and build one build folder (the full one by default).
build() {
    local dir=${1:-$BUILD_DIR} werror=OFF
    [ $# -gt 0 ] && shift
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGANLAB_WERROR=$werror "$@"
    cmake --build "$dir" -j "$(build_jobs)"
}

# The headless configuration (core, ganlab-cli, core and CLI tests; no Qt): what a server or a
# cluster node builds, checked in its own folder.
build_cli_only() {
    build "$BUILD_DIR-cli" -DGANLAB_BUILD_GUI=OFF -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
app)
    install_packages
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "dev.sh: no display found; running under xvfb-run (set DISPLAY to use your own screen)"
        exec xvfb-run -a "$BUILD_DIR/app/ganlab" "$@"
    fi
    exec "$BUILD_DIR/app/ganlab" "$@"
    ;;
test)
    install_packages
    build_cli_only
    (cd "$BUILD_DIR-cli" && ctest --output-on-failure --no-tests=error -j "$(nproc)")
    build
    cd "$BUILD_DIR"
    exec ctest --output-on-failure --no-tests=error -j "$(nproc)"
    ;;
cli)
    install_packages
    build
    exec "$BUILD_DIR/app/ganlab-cli" "$@"
    ;;
build)
    install_packages
    build
    ;;
build-cli)
    install_packages
    build_cli_only
    ;;
*)
    usage
    exit 2
    ;;
esac
