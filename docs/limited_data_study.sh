#!/usr/bin/env bash
# The limited-data study of the README: Fashion-MNIST's five classes Sandal, Shirt, Sneaker, Bag and
# Ankle boot, cut to 500, 1000 and 5000 training images, the cpu-quick preset (DCGAN, 2000 steps)
# with no augmentation, DiffAugment, ADA, and ADA started from a source trained on the other five
# classes (T-shirt/top, Trouser, Pullover, Dress, Coat). Every run is evaluated every 500 steps
# against the 5000 test images of its classes (the t10k file, never trained on) with FD and KID on
# a classifier's features (ganlab's small CNN, trained on the whole training set); then three of
# the 500-image runs go on to 6000 steps. Resumable:
# finished runs are skipped. Then docs/limited_data_report.py writes the table and the plot.
# Usage: docs/limited_data_study.sh [OUT_DIR] (default: studies/limited-data); ~60 min on 2 cores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${GANLAB_CLI:-$here/build/app/ganlab-cli}
out=${1:-studies/limited-data}
mkdir -p "$out"
test_images=/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz
target="Sandal,Shirt,Sneaker,Bag,Ankle boot"
source_classes="T-shirt/top,Trouser,Pullover,Dress,Coat"
threads=${THREADS:-2}

if [ ! -f "$out/classifier.pt" ]; then
    "$cli" train-classifier --data fashion-mnist --out "$out/classifier.pt" --threads "$threads"
fi
finished() { [ -f "$1/evaluations.csv" ] && grep -q "^2000," "$1/evaluations.csv"; }
common=(--preset cpu-quick --data fashion-mnist --threads "$threads" --eval-every 500
        --eval-budget 1 --eval-metrics fd,kid --eval-samples 2000
        --eval-features "classifier:$out/classifier.pt" --eval-reals "$test_images")

if [ ! -d "$out/source" ] || ! ls "$out/source/checkpoints/"step-*2000.pt > /dev/null 2>&1; then
    rm -rf "$out/source"
    "$cli" train --preset cpu-quick --data fashion-mnist --classes "$source_classes" \
        --threads "$threads" --out "$out/source"
fi
for n in 500 1000 5000; do
    for arm in none diffaugment ada ada-transfer; do
        dir="$out/n$n-$arm"
        finished "$dir" && continue
        rm -rf "$dir"
        case $arm in
        none) extra=(--augment none) ;;
        diffaugment) extra=(--augment diffaugment:color,translation,cutout) ;;
        ada) extra=(--augment ada) ;;
        ada-transfer) extra=(--augment ada --transfer-from "$out/source") ;;
        esac
        echo "== $dir"
        start=$(date +%s)
        "$cli" train "${common[@]}" --classes "$target" --max-images "$n" "${extra[@]}" \
            --out "$dir"
        echo "$(( $(date +%s) - start ))" > "$dir/wall_seconds"
    done
done
# Longer: the 500-image runs without augmentation, with DiffAugment and with ADA, copied and
# resumed to LONG_STEPS (default 6000) — where overfitting has had time to show.
long=${LONG_STEPS:-6000}
for arm in none diffaugment ada; do
    dir="$out/long500-$arm"
    [ -f "$dir/evaluations.csv" ] && grep -q "^$long," "$dir/evaluations.csv" && continue
    [ -d "$dir" ] || cp -r "$out/n500-$arm" "$dir"
    echo "== $dir"
    "$cli" resume "$dir" --steps "$long" --threads "$threads"
done
/usr/bin/python3 "$here/docs/limited_data_report.py" "$out"
