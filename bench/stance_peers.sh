#!/bin/sh
# Stance: saywho against fastText and scikit-learn on the same splits. Each is trained on
# datasets/statements/train.tsv, tuned on dev.tsv and scored once on test.tsv (macro-F1).
# Needs the Debian packages fasttext, python3-sklearn and bc (installed here when missing).
# Usage: bench/stance_peers.sh   (from anywhere; builds into build-bench/)
set -eu
cd "$(dirname "$0")/.."
for p in fasttext python3-sklearn bc; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
D=datasets/statements
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
macro_f1() { # gold-labels predicted-labels
    /usr/bin/python3 -c "
import sys
from sklearn.metrics import f1_score
g=[l.strip() for l in open(sys.argv[1])]; p=[l.strip() for l in open(sys.argv[2])]
print('%.4f' % f1_score(g, p, average='macro'))" "$1" "$2"
}

# saywho, default options: C chosen on dev
t0=$(now)
./build-bench/train/saywho-train $D/train.tsv --dev $D/dev.tsv -o "$tmp/saywho.model" >/dev/null 2>&1
t1=$(now)
saywho_f1=$(./build-bench/infer/saywho-infer --model "$tmp/saywho.model" --eval $D/test.tsv \
    --metrics json | /usr/bin/python3 -c "import json,sys; print('%.4f' % json.load(sys.stdin)['macro_f1'])")
saywho_size=$(wc -c <"$tmp/saywho.model")
saywho_secs=$(echo "$t1 - $t0" | bc)
tt0=$(now)
./build-bench/infer/saywho-infer --model "$tmp/saywho.model" --lines $D/test.tsv >/dev/null
tt1=$(now)
saywho_pred=$(echo "$tt1 - $tt0" | bc)

# saywho with the linear SVM solver
./build-bench/train/saywho-train -s svm $D/train.tsv --dev $D/dev.tsv -o "$tmp/svm.model" >/dev/null 2>&1
svm_f1=$(./build-bench/infer/saywho-infer --model "$tmp/svm.model" --eval $D/test.tsv \
    --metrics json | /usr/bin/python3 -c "import json,sys; print('%.4f' % json.load(sys.stdin)['macro_f1'])")

# fastText: same text, __label__ prefixes
for s in train dev test; do
    grep -v '^#' $D/$s.tsv | grep . | sed 's/^\([a-z]*\)\t/__label__\1 /' >"$tmp/$s.ft"
    grep -v '^#' $D/$s.tsv | grep . | cut -f1 >"$tmp/$s.gold"
done
# fastText's autotune now and then settles on a model that takes tens of GB and far longer than
# its time budget to fit: a run is stopped at 20 minutes or 16 GB and reported as failed.
ft_run() { # name, options...
    name=$1
    shift
    t0=$(now)
    if ! (ulimit -v 16777216 && timeout 1200 fasttext supervised -input "$tmp/train.ft" \
        -output "$tmp/$name" "$@" -verbose 0) >/dev/null 2>&1; then
        printf '%s\t%s\t%s\t%s\t%s\n' "$name" "failed" "$* (stopped: over 20 min or 16 GB)" - -
        return 0
    fi
    t1=$(now)
    sed 's/^__label__[a-z]* //' "$tmp/test.ft" | fasttext predict "$tmp/$name.bin" - |
        sed 's/__label__//' >"$tmp/$name.pred"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$(macro_f1 "$tmp/test.gold" "$tmp/$name.pred")" "$*" \
        "$(wc -c <"$tmp/$name.bin")" "$(echo "$t1 - $t0" | bc)"
}
{
    printf 'saywho\t%s\tC from dev\t%s\t%s\n' "$saywho_f1" "$saywho_size" "$saywho_secs"
    printf 'saywho --solver svm\t%s\tC from dev\t%s\t-\n' "$svm_f1" "$(wc -c <"$tmp/svm.model")"
    ft_run fasttext -wordNgrams 2 -epoch 25
    ft_run fasttext-autotune -autotune-validation "$tmp/dev.ft" -autotune-duration 60
    /usr/bin/python3 bench/stance_peers.py $D/train.tsv $D/dev.tsv $D/test.tsv
} >"$tmp/rows"

printf '%-20s %9s %12s %10s  %s\n' system macro-F1 "model bytes" "train s" options
while IFS="$(printf '\t')" read -r name f1 opts size secs; do
    printf '%-20s %9s %12s %10s  %s\n' "$name" "$f1" "$size" "$secs" "$opts"
done <"$tmp/rows"
echo "saywho tags the 480 test lines (features, extraction, prediction) in ${saywho_pred} s"
