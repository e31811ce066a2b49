#!/usr/bin/env bash
# Builds ganlab's fuzz targets against a built core and runs each for a fixed time on a copy of its
# seed corpus; one line per target (runs, coverage, result), exit status 1 on any finding.
#   tests/fuzz/run.sh CORE_BUILD [SECONDS [TARGET…]]
# CORE_BUILD is the main project's (headless) build folder, with core/libganlab_core.so and
# app/libganlab_cli_lib.a built without sanitizers (ninja -C build ganlab_core ganlab_cli_lib). SECONDS defaults
# to 20. Environment: GANLAB_FUZZ_BUILD_DIR (default: build-fuzz beside CORE_BUILD),
# GANLAB_FUZZ_JOBS (build jobs, default nproc), CXX (default clang++, else clang++-14).
# Findings (crash-*, timeout-*, leak-*, oom-* and the run's log) go to $GANLAB_FUZZ_BUILD_DIR/findings/<target>/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
all_targets=(fuzz_image_header fuzz_idx fuzz_cifar fuzz_zip fuzz_checkpoint fuzz_config_json
             fuzz_metrics_jsonl fuzz_cli_args)

if [ $# -lt 1 ] || [ ! -f "$1/core/libganlab_core.so" ]; then
    echo "usage: $0 CORE_BUILD [SECONDS [TARGET…]]  (CORE_BUILD holds core/libganlab_core.so)" >&2
    exit 2
fi
core_build=$(cd "$1" && pwd)
seconds=${2:-20}
shift $(($# < 2 ? $# : 2))
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "run.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

fuzz_build=${GANLAB_FUZZ_BUILD_DIR:-$(dirname "$core_build")/build-fuzz}
if [ -z "${CXX:-}" ]; then
    CXX=$(command -v clang++ || command -v clang++-14 || true)
    [ -n "$CXX" ] || { echo "run.sh: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
fi
export CXX
cmake -S "$here" -B "$fuzz_build" -G Ninja -DGANLAB_CORE_BUILD="$core_build" >/dev/null
cmake --build "$fuzz_build" -j "${GANLAB_FUZZ_JOBS:-$(nproc)}" --target "${targets[@]}"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ganlab-fuzz-run.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
# Third-party leaks, each explained there (the same file serves ./dev.sh sanitize).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
printf '%-20s %10s %8s %8s %8s  %s\n' target runs cov ft corpus result
for t in "${targets[@]}"; do
    work="$scratch/$t"
    findings="$fuzz_build/findings/$t"
    mkdir -p "$work/corpus" "$work/tmp" "$findings"
    [ -d "$here/corpus/$t" ] && cp -r "$here/corpus/$t/." "$work/corpus/"
    log="$work/log.txt"
    rc=0
    # The harness's own scratch folders go under $work/tmp (removed with it); a hang the fuzzer's
    # -timeout cannot stop is cut by timeout(1) after a generous grace.
    TMPDIR="$work/tmp" timeout --kill-after=30 $((seconds + 300)) "$fuzz_build/$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$work/corpus" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$( (grep -oE 'cov: [0-9]+' "$log" || true) | tail -1 | cut -d' ' -f2)
    ft=$( (grep -oE 'ft: [0-9]+' "$log" || true) | tail -1 | cut -d' ' -f2)
    units=$(find "$work/corpus" -type f | wc -l)
    if [ "$rc" -eq 0 ]; then
        result=ok
    else
        status=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        what=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [^ ]+( [^ ]+)?|runtime error: .*|==fuzz== .{0,120}' "$log" || true)
        [ -n "$what" ] || what="exit status $rc"
        cp "$log" "$findings/log-$(date +%Y%m%d-%H%M%S).txt"
        result="FINDING: $what; input: ${artifact:-none written}; log: $findings/"
    fi
    printf '%-20s %10s %8s %8s %8s  %s\n' "$t" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$units" "$result"
done
exit $status
