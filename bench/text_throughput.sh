#!/bin/sh
# Text-layer throughput: builds a 50 MB input from the corpus articles (repeated, in a temporary
# folder, articles separated by form feeds), then times read + validate + normalise + segment + tokenise on one core.
# Usage: bench/text_throughput.sh [MB]   (run from anywhere; builds into build-bench/)
set -eu
cd "$(dirname "$0")/.."
mb=${1:-50}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench --target saywho-bench-text -j"$(nproc)" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sources=$(ls datasets/articles/*/*.txt datasets/examples/*.txt 2>/dev/null)
for f in $sources; do cat "$f"; printf '\f'; done >"$tmp/seed.txt"
: >"$tmp/input.txt"
while [ "$(wc -c <"$tmp/input.txt")" -lt $((mb * 1000000)) ]; do
    cat "$tmp/seed.txt" "$tmp/seed.txt" "$tmp/seed.txt" "$tmp/seed.txt" >>"$tmp/input.txt"
done
echo "text layer on $(wc -c <"$tmp/input.txt") bytes built from $(echo "$sources" | wc -l) articles"
taskset -c 0 ./build-bench/bench/saywho-bench-text "$tmp/input.txt" 5 2>/dev/null ||
    ./build-bench/bench/saywho-bench-text "$tmp/input.txt" 5
