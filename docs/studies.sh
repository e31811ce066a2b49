#!/usr/bin/env bash
# The README's study figures: every study on Fashion-MNIST on two cores, each timed. The acgan study
# trains the AC-GAN run the truncation study then sweeps. A finished study is skipped (and a stopped
# one resumes: the same command continues it). Then each figure is copied to docs/study-NAME.png.
# Usage: docs/studies.sh [OUT_DIR] (default studies/seeds); about 40 min on 2 cores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${GANLAB_CLI:-$here/build/app/ganlab-cli}
out=${1:-studies/seeds}
threads=${THREADS:-2}
mkdir -p "$out"
# One classifier for every study's features (and the AC-GAN's class accuracy, the projected D's
# frozen network): ganlab's small CNN on the whole training set.
if [ ! -f "$out/classifier.pt" ]; then
    "$cli" train-classifier --data fashion-mnist --out "$out/classifier.pt" --threads "$threads"
fi
features=(--features "classifier:$(cd "$out" && pwd)/classifier.pt")

study() { # NAME ARGS…: runs (or resumes) one study and records its wall time
    local name=$1
    shift
    if [ ! -f "$out/$name/report.md" ]; then
        local start=$SECONDS
        "$cli" study "$@" "${features[@]}" --out "$out/$name" --threads "$threads"
        echo "$name $((SECONDS - start))" >> "$out/times.txt"
    fi
    cp "$out/$name/figure.png" "$here/docs/study-$name.png"
}

study acgan acgan --data fashion-mnist --budget 6
study truncation truncation --run "$out/acgan/comparison/runs/01-ac-gan" --budget 2
study growing growing --data fashion-mnist --budget 6
study projected projected --data fashion-mnist --budget 6
study transfer transfer --data fashion-mnist --classes Dress --max-images 1000 \
    --source-data fashion-mnist --source-classes "T-shirt/top,Pullover,Coat,Shirt" --budget 6
study transfer-paper transfer --data fashion-mnist --classes Dress --max-images 1000 \
    --source-data fashion-mnist --source-classes "T-shirt/top,Pullover,Coat,Shirt" \
    --setting paper --budget 6
cat "$out/times.txt"
