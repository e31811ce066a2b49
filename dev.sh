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
       ./dev.sh sanitize [address|thread]  build with AddressSanitizer + UBSan (the whole suite)
                                       or ThreadSanitizer (the threaded tests) and run them
       ./dev.sh fuzz [seconds] […]     set up, build and run the fuzzers (tests/fuzz; 20 s each)
       ./dev.sh package                set up, build and check the Debian packages ganlab and
                                       ganlab-cli (into build/packages/)
       ./dev.sh package-cli            the same for ganlab-cli alone, from the CLI-only build
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
    cmake --build "$dir" -j "$(build_jobs)" ${BUILD_TARGETS:+--target $BUILD_TARGETS}
}

# The headless configuration (core, ganlab-cli, core and CLI tests; no Qt): what a server or a
# cluster node builds, checked in its own folder ([cmake options…] added).
build_cli_only() {
    build "$BUILD_DIR-cli" -DGANLAB_BUILD_GUI=OFF -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON -DGANLAB_BUILD_TESTS=ON "$@"
}

# The sanitizers' run-time options: every finding fails its test; third-party reports that are not
# ours are suppressed, each with its reason, in tests/sanitizers/.
sanitizer_env() {
    local s=$PWD/tests/sanitizers
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0:strict_init_order=1
    export LSAN_OPTIONS=suppressions=$s/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$s/ubsan.supp
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$s/tsan.supp
}

# The tests whose code runs on several threads: the window's worker, previews, evaluation and
# comparison (tst_main_window), the CLI's signal watcher (tst_cli, tst_cli_faults), and the run.
THREADED='tst_main_window tst_cli tst_cli_faults tst_training_run tst_source_comparison'

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
    # 1. the headless configuration, built with AddressSanitizer + UBSan: every test that needs
    #    no Qt (core, CLI, faults, bad inputs) runs sanitized; 2. the full build: the window's and
    #    the widgets' tests (label gui); 3. every fuzzer for a fixed time against the full build.
    # (./dev.sh sanitize runs the whole suite sanitized, the GUI tests included.)
    install_packages
    build_cli_only -DGANLAB_SANITIZE=address,undefined
    (sanitizer_env && cd "$BUILD_DIR-cli" && ctest --output-on-failure --no-tests=error -j "$(nproc)")
    BUILD_TARGETS="ganlab ganlab-cli ganlab_cli_lib gui_tests" build
    (cd "$BUILD_DIR" && ctest --output-on-failure --no-tests=error -j "$(nproc)" -L gui)
    (cd "$BUILD_DIR" && ctest --output-on-failure --no-tests=error -L package)
    exec tests/fuzz/run.sh "$BUILD_DIR" "${GANLAB_FUZZ_SECONDS:-15}"
    ;;
package)
    install_packages
    BUILD_TARGETS="ganlab ganlab-cli" build
    exec tests/packaging/check_packages.sh "$BUILD_DIR" 1
    ;;
package-cli)
    # Its own folder: the test stage's CLI-only build is sanitized, which a package must not be.
    install_packages
    BUILD_TARGETS="ganlab-cli" build "$BUILD_DIR-cli-release" -DGANLAB_BUILD_GUI=OFF \
        -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON -DGANLAB_BUILD_TESTS=OFF
    exec tests/packaging/check_packages.sh "$BUILD_DIR-cli-release" 0
    ;;
sanitize)
    install_packages
    kind=${1:-address}
    case "$kind" in
    address)
        build "$BUILD_DIR-asan" -DGANLAB_SANITIZE=address,undefined
        sanitizer_env
        cd "$BUILD_DIR-asan"
        exec ctest --output-on-failure --no-tests=error -j "$(nproc)"
        ;;
    thread)
        BUILD_TARGETS="$THREADED ganlab-cli" build "$BUILD_DIR-tsan" -DGANLAB_SANITIZE=thread
        sanitizer_env
        cd "$BUILD_DIR-tsan"
        exec ctest --output-on-failure --no-tests=error -R "^(${THREADED// /|})\$"
        ;;
    *)
        usage
        exit 2
        ;;
    esac
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
fuzz)
    # libFuzzer targets (clang) against the full build's core; [seconds] per target, then targets.
    install_packages
    build
    exec tests/fuzz/run.sh "$BUILD_DIR" "$@"
    ;;
*)
    usage
    exit 2
    ;;
esac
