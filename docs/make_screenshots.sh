#!/usr/bin/env bash
# The README's pictures, regenerated from a build (./dev.sh build): the window mid-training with
# the Metrics view (docs/screenshot.png), the Growth view during a PG-GAN fade (docs/growth.png),
# and the compare window of a small source comparison (docs/compare.png). Each is the real window
# under Xvfb, taken by `ganlab --screenshot`. About 7 minutes on two cores.
# Usage: docs/make_screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GANLAB_CACHE_DIR=$tmp/cache
shot() { xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/ganlab" "$@"; }
cli=$build/app/ganlab-cli

# 1. cpu-quick on Fashion-MNIST at step 1100 (FD and KID evaluated every 250 steps).
shot --preset cpu-quick --data fashion-mnist --out "$tmp/fm" --screenshot docs/screenshot.png \
    --screenshot-step 1100 --screenshot-view metrics
# 2. The pggan preset while 16×16 fades in (8 px stabilises for 20k images, ~360 steps).
shot --preset pggan --data fashion-mnist --out "$tmp/pg" --screenshot docs/growth.png \
    --screenshot-step 480 --screenshot-fading --screenshot-view growth
# 3. Two short sources and a short comparison on the Dress target, shown in the compare window.
"$cli" pretrain --preset source-tops --steps 300 --out "$tmp/src/tops" >/dev/null
"$cli" pretrain --preset source-footwear --steps 300 --out "$tmp/src/footwear" >/dev/null
"$cli" compare --sources "$tmp/src/tops,$tmp/src/footwear" --steps 300 --eval-every 100 \
    --out "$tmp/compare" >/dev/null
shot --comparison "$tmp/compare" --screenshot docs/compare.png
ls -l docs/screenshot.png docs/growth.png docs/compare.png
