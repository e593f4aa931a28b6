#!/bin/sh
# Whole-pipeline throughput of saywho-infer (text layer, extraction, attribution, stance, JSONL
# out) on one core: the train articles as separate files, and the same articles concatenated
# into one large file, which shows that the cost stays linear in the input.
# Usage: bench/extract_throughput.sh [COPIES]   (from anywhere; builds into build-bench/)
set -eu
cd "$(dirname "$0")/.."
copies=${1:-16}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench --target saywho-infer -j"$(nproc)" >/dev/null
infer=./build-bench/infer/saywho-infer
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one() { taskset -c 0 "$@" 2>/dev/null || "$@"; }
secs() { # best of three wall-clock runs of a command, in seconds
    best=""
    for _ in 1 2 3; do
        t0=$(date +%s.%N)
        one "$@" >/dev/null
        t1=$(date +%s.%N)
        t=$(echo "$t1 - $t0" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" -eq 1 ]; then best=$t; fi
    done
    echo "$best"
}
files=$(ls datasets/articles/train/*.txt)
n=$(echo "$files" | wc -l)
bytes=$(cat $files | wc -c)
t=$(secs $infer --format jsonl $files)
printf '%-34s %9d bytes %8.3f s %7.2f MB/s\n' "$n articles, one file each" "$bytes" "$t" \
    "$(echo "$bytes / $t / 1000000" | bc -l)"
for k in 1 4 $copies; do
    : >"$tmp/big.txt"
    i=0
    while [ $i -lt "$k" ]; do cat $files >>"$tmp/big.txt"; i=$((i + 1)); done
    b=$(wc -c <"$tmp/big.txt")
    t=$(secs $infer --format jsonl "$tmp/big.txt")
    printf '%-34s %9d bytes %8.3f s %7.2f MB/s\n' "the $n articles x$k in one file" "$b" "$t" \
        "$(echo "$b / $t / 1000000" | bc -l)"
done
