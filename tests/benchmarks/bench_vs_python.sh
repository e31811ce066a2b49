#!/bin/bash
# Paired, interleaved timing of ganlab's cpu-quick training step against the same step written in
# PyTorch (py_cpu_quick.py, stock operators, same LibTorch 1.13.1 and BLAS): ganlab fp32 and bf16
# on its own kernels, ganlab on LibTorch's stock kernels, and the Python step in fp32 and in bf16
# autocast (G's transposed convolutions cast too, which torch 1.13's autocast would not do).
#
# usage: tests/benchmarks/bench_vs_python.sh [--steps S] [--threads T] [--rounds R]
#                                            [--bench PATH] [--python PATH]
#   --steps S    timed steps per run, every arm (default 20); 1 warm-up step each
#   --threads T  intra-op threads, every arm (default 2)
#   --rounds R   rounds (default 3); the arms' order rotates from round to round
# Run from the project root after a build (GANLAB_BUILD_DIR, default build), on an idle machine:
# each run is a fresh process; the figures are medians over rounds and ratios within one run.
# Needs /usr/bin/python3 with Debian's python3-torch.
set -euo pipefail

STEPS=20 THREADS=2 ROUNDS=3
BENCH=${GANLAB_BUILD_DIR:-build}/tests/benchmarks/bench_presets
PY=/usr/bin/python3
HERE=$(cd "$(dirname "$0")" && pwd)
TWIN=$HERE/py_cpu_quick.py
while [ $# -gt 0 ]; do
    case $1 in
        --steps) STEPS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --bench) BENCH=$2; shift 2 ;;
        --python) PY=$2; shift 2 ;;
        -h|--help) sed -n 2,13p "$0"; exit 0 ;;
        *) echo "bench_vs_python.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -x "$BENCH" ] || { echo "bench_vs_python.sh: no bench_presets at $BENCH (build first)" >&2; exit 1; }
"$PY" -c 'import torch' 2>/dev/null ||
    { echo "bench_vs_python.sh: $PY has no torch (apt install python3-torch)" >&2; exit 1; }

echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cpus, avx512_bf16: $(grep -q avx512_bf16 /proc/cpuinfo && echo yes || echo no)"
echo "libblas.so.3 -> $(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3)"
echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "steps $STEPS (+1 warm-up), threads $THREADS, rounds $ROUNDS"
echo

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ARMS=(ganlab_fp32 ganlab_bf16 ganlab_stock_kernels python_fp32 python_bf16)
declare -A RES

run_ganlab() { # extra bench_presets arguments...
    "$BENCH" --preset cpu-quick --steps "$STEPS" --threads "$THREADS" "$@" >"$TMP/g.txt" 2>&1 ||
        { cat "$TMP/g.txt" >&2; exit 1; }
    awk '$1 == "cpu-quick" {print $7}' "$TMP/g.txt"
}

run_python() { # extra py_cpu_quick.py arguments...
    "$PY" "$TWIN" --steps "$STEPS" --threads "$THREADS" --warmup 1 --json "$@" >"$TMP/p.json" \
        2>"$TMP/p.err" || { cat "$TMP/p.err" >&2; exit 1; }
    "$PY" -c 'import json,sys; print("%.1f" % json.load(open(sys.argv[1]))["median_ms"])' "$TMP/p.json"
}

run_arm() {
    case $1 in
        ganlab_fp32) run_ganlab ;;
        ganlab_bf16) run_ganlab --precision bf16 ;;
        ganlab_stock_kernels) run_ganlab --kernels stock ;;
        python_fp32) run_python ;;
        python_bf16) run_python --bf16-convt ;;
    esac
}

printf "%-6s %-22s %10s\n" round arm "ms/step"
for ((r = 0; r < ROUNDS; r++)); do
    for ((i = 0; i < ${#ARMS[@]}; i++)); do
        arm=${ARMS[$(((i + r) % ${#ARMS[@]}))]}
        ms=$(run_arm "$arm")
        RES[$arm]="${RES[$arm]:-} $ms"
        printf "%-6s %-22s %10s\n" "$((r + 1))" "$arm" "$ms"
    done
done
echo "loadavg after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

"$PY" - "${ARMS[@]}" <<EOF
import statistics, sys
res = {$(for a in "${ARMS[@]}"; do printf '"%s": [%s],' "$a" "$(echo ${RES[$a]} | tr ' ' ',')"; done)}
m = {a: statistics.median(v) for a, v in res.items()}
print("%-22s %10s %10s" % ("arm", "median ms", "images/s"))
for a in sys.argv[1:]:
    print("%-22s %10.1f %10.0f" % (a, m[a], 64 * 1000.0 / m[a]))
print()
print("python fp32 / ganlab fp32        = %.2fx  (target >= 1.5)" % (m["python_fp32"] / m["ganlab_fp32"]))
print("ganlab fp32 / ganlab bf16        = %.2fx  (target >= 2)" % (m["ganlab_fp32"] / m["ganlab_bf16"]))
print("python bf16 / ganlab bf16        = %.2fx" % (m["python_bf16"] / m["ganlab_bf16"]))
print("ganlab stock / ganlab own kernels = %.2fx" % (m["ganlab_stock_kernels"] / m["ganlab_fp32"]))
print("python fp32 / ganlab stock       = %.2fx  (the same operators: about 1)" % (m["python_fp32"] / m["ganlab_stock_kernels"]))
EOF
