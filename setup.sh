#!/bin/sh
# Installs what saywho needs on Debian, builds it, and runs saywho-infer on the bundled example.
# Usage: ./setup.sh [--deps-only]
set -eu
cd "$(dirname "$0")"

PACKAGES="gcc clang cmake make pkg-config clang-format liblinear-dev libutf8proc-dev libcmocka-dev libjansson-dev"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing$missing" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
[ "${1:-}" = "--deps-only" ] && exit 0

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
./build/infer/saywho-infer datasets/examples/steel-talks.txt
