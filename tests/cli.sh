#!/bin/sh
# Usage: cli.sh SAYWHO_INFER SAYWHO_TRAIN
# Checks exit codes and messages of both programs for help, misuse and bad input.
infer=$1
train=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# expect NAME CODE PATTERN_STDOUT PATTERN_STDERR -- COMMAND...
# Runs COMMAND with no standard input; checks its exit code and that stdout and stderr contain
# the patterns (grep -E; an empty pattern asks for an empty stream).
expect() {
    name=$1 code=$2 out_pat=$3 err_pat=$4
    shift 5
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
    ok=1
    [ "$rc" -eq "$code" ] || { echo "FAIL $name: exit $rc, want $code"; ok=0; }
    for s in out err; do
        if [ "$s" = out ]; then pat=$out_pat; else pat=$err_pat; fi
        if [ -z "$pat" ]; then
            [ -s "$tmp/$s" ] && { echo "FAIL $name: std$s not empty:"; cat "$tmp/$s"; ok=0; }
        elif ! grep -Eq -- "$pat" "$tmp/$s"; then
            echo "FAIL $name: std$s lacks /$pat/:"; cat "$tmp/$s"; ok=0
        fi
    done
    if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

# expect_lines NAME FILE N: FILE (stderr of the last run) has exactly N lines
expect_lines() {
    n=$(wc -l <"$tmp/$2")
    if [ "$n" -eq "$3" ]; then passed=$((passed + 1)); else
        echo "FAIL $1: $n lines in std$2, want $3"; failed=$((failed + 1)); fi
}

for prog in "$infer" "$train"; do
    p=$(basename "$prog")
    expect "$p --help" 0 "^Usage: $p " "" -- "$prog" --help
    expect "$p -h" 0 "^Usage: $p " "" -- "$prog" -h
    expect "$p --version" 0 "^$p [0-9]+\.[0-9]+\.[0-9]+$" "" -- "$prog" --version
    expect "$p unknown option" 2 "" "^$p: unknown option '--bogus'$" -- "$prog" --bogus
    expect_lines "$p unknown option lines" err 2
    expect "$p try help" 2 "" "^Try '$p --help' for more information\.$" -- "$prog" --bogus
done

expect "missing argument" 2 "" "^saywho-infer: option '--format' needs an argument$" -- "$infer" --format
expect "bad format" 2 "" "unknown format 'xml'" -- "$infer" --format xml
expect "bad offsets" 2 "" "unknown offset unit 'lines'" -- "$infer" --offsets lines
expect "bad paragraphs" 2 "" "unknown paragraph mode" -- "$infer" --paragraphs none
expect "missing file" 1 "" "^saywho-infer: $tmp/none\.txt: cannot open: No such file or directory$" \
    -- "$infer" "$tmp/none.txt"

printf 'Fine text.\n\nThen \303\050 bad.\n' >"$tmp/bad.txt"
expect "invalid utf-8" 1 "" "^saywho-infer: $tmp/bad\.txt: byte 17: invalid UTF-8 \(byte 0xC3\)" \
    -- "$infer" "$tmp/bad.txt"
expect "repair" 0 "bad\.txt: 0 statements" "warning: $tmp/bad\.txt: byte 17: replaced 1 invalid UTF-8 byte with U\+FFFD" \
    -- "$infer" --repair "$tmp/bad.txt"
# a bad file among good ones: the good ones are still processed, the exit code says 1
printf 'Good one.\n' >"$tmp/good.txt"
expect "bad among good" 1 "good\.txt: 0 statements" "bad\.txt" -- "$infer" "$tmp/bad.txt" "$tmp/good.txt"
expect "stdin" 0 "We are staying" "" -- sh -c "printf '\"We are staying,\" she said. Piped in.\n' | '$infer' -"
expect "jsonl" 0 '^\{"doc":"-","n":1,"kind":"direct","start":1,"end":15,"text":"We are staying","speaker":"she","speaker_start":18,"speaker_end":21,"cue":"said","cue_start":22,"cue_end":26,"addressee":null,"stance":"(demand|agreement|concern|other)","p":\{"demand":[0-9.e-]+,"agreement":[0-9.e-]+,"concern":[0-9.e-]+,"other":[0-9.e-]+\}\}$' "" \
    -- sh -c "printf '\"We are staying,\" she said.\n' | '$infer' --format jsonl"
expect "eval no args" 2 "" "^saywho-infer: --eval needs gold" -- "$infer" --eval
expect "bad metrics" 2 "" "unknown metrics format 'xml'" -- "$infer" --eval --metrics xml x.ann
expect "directory" 1 "" "^saywho-infer: $tmp: " -- "$infer" "$tmp"

# saywho-infer --eval on a tiny gold article: one direct quote found with the right speaker, one
# reported statement missed
printf 'Adaeze Okafor spoke in Lagos.\n\n\342\200\234We will not sign,\342\200\235 Okafor said.\n\nThe talks, she hinted, may resume.\n' >"$tmp/g.txt"
printf 'T1\tSource 51 57\tOkafor\nT2\tCue 58 62\tsaid\nT3\tAttribution 58 62\tsaid\nT4\tContent 32 48\tWe will not sign\nE1\tAttribution:T3 Source:T1 Cue:T2 Content:T4\nA1\tStance T4 concern\nA2\tKind T4 direct\n#1\tAnnotatorNotes T1\tAdaeze Okafor\nT5\tContent 65 74\tThe talks\nA3\tStance T5 other\nA4\tKind T5 indirect\nA5\tUnattributed T5\n' >"$tmp/g.ann"
expect "eval text" 0 "speaker, direct quotes +1\.000  \(1 of 1\)" "" -- "$infer" --eval "$tmp/g.ann"
expect "eval json" 0 '"quotes": \{' "" -- "$infer" --eval --metrics json "$tmp"
expect "eval missing" 1 "" "^saywho-infer: $tmp/none\.ann: cannot open" -- "$infer" --eval "$tmp/none.ann"
expect "eval nothing" 1 "" "no gold article or labeled statement could be scored" -- "$infer" --eval "$tmp/none.ann"

# stance: --lines gives one record per non-empty line, numbered by line
printf 'demand\tThe union said the board must act now.\n\nShe said it was over.\n' >"$tmp/lines.tsv"
expect "lines" 0 '^\{"doc":"[^"]*lines\.tsv","n":3,"text":"She said it was over\.","stance":' "" \
    -- "$infer" --lines --format jsonl "$tmp/lines.tsv"
n=$("$infer" --lines --format jsonl "$tmp/lines.tsv" | wc -l)
if [ "$n" -eq 2 ]; then passed=$((passed + 1)); else echo "FAIL lines count: $n"; failed=$((failed + 1)); fi
expect "explain" 0 '"explain":\[\{"feature":"[^"]+","weight":-?[0-9.e-]+\}(,\{"feature":"[^"]+","weight":-?[0-9.e-]+\}){4}\]\}$' "" \
    -- "$infer" --lines --explain --format jsonl "$tmp/lines.tsv"
printf 'not a model\n' >"$tmp/bad.model"
expect "bad model" 1 "" "^saywho-infer: $tmp/bad\.model:1: not a saywho model file$" \
    -- "$infer" --model "$tmp/bad.model" "$tmp/good.txt"
printf 'demand\tThe union said the board must act now.\ndemand\tFarmers urged the ministry to pay them.\nother\tThe ministry said the bridge would reopen.\nother\tOfficials said 40 people were evacuated.\n' >"$tmp/tiny.tsv"
expect "train cv json" 0 '"cv": \{' "model written to" -- "$train" --cv 2 --metrics json "$tmp/tiny.tsv" -o "$tmp/tiny.model"
# training from gold articles: the statements extraction finds that match a gold one
mkdir "$tmp/art"
printf 'Strike ends at port\n\nThe union said the board must raise pay by June.\n\nOfficials said the port would reopen on Monday.\n' >"$tmp/art/a.txt"
printf 'T1\tSource 21 30\tThe union\nT2\tCue 31 35\tsaid\nT3\tAttribution 31 35\tsaid\nT4\tContent 36 68\tthe board must raise pay by June\nE1\tAttribution:T3 Source:T1 Cue:T2 Content:T4\nA1\tStance T4 demand\nA2\tKind T4 indirect\n#1\tAnnotatorNotes T1\tthe union\nT5\tSource 71 80\tOfficials\nT6\tCue 81 85\tsaid\nT7\tAttribution 81 85\tsaid\nT8\tContent 86 117\tthe port would reopen on Monday\nE2\tAttribution:T7 Source:T5 Cue:T6 Content:T8\nA3\tStance T8 other\nA4\tKind T8 indirect\n#2\tAnnotatorNotes T5\tofficials\n' >"$tmp/art/a.ann"
expect "train articles" 0 "" "^saywho-train: 6 statements, C=1, model written" \
    -- "$train" -C 1 "$tmp/tiny.tsv" "$tmp/art" -o "$tmp/art.model"
expect "train empty folder" 1 "" "empty: no \.tsv or \.ann file here" \
    -- sh -c "mkdir '$tmp/empty'; '$train' '$tmp/empty' -o '$tmp/e.model'"
expect "train bad cv" 2 "" "invalid fold count '1'" -- "$train" --cv 1 "$tmp/tiny.tsv" -o "$tmp/tiny.model"
expect "train no output" 2 "" "no output model given" -- "$train" "$tmp/lines.tsv"
expect "train bad cost" 2 "" "invalid cost 'x'" -- "$train" -C x "$tmp/lines.tsv" -o "$tmp/m"
expect "train unwritable" 1 "" "cannot write" -- "$train" "$tmp/lines.tsv" -o /nonexistent-dir/m.model
expect "train bad label" 1 "" "lines2\.tsv:1: unknown label 'plea'" \
    -- sh -c "printf 'plea\tx\n' >'$tmp/lines2.tsv'; '$train' '$tmp/lines2.tsv' -o '$tmp/m2.model'"
[ ! -e "$tmp/m2.model" ] && [ ! -e "$tmp/m2.model.tmp" ] && passed=$((passed + 1)) ||
    { echo "FAIL no partial model"; failed=$((failed + 1)); }

printf 'demand\tThe union said the board must act now.\nother\tThe ministry said the bridge would reopen on Friday.\n' >"$tmp/st.tsv"
expect "eval tsv" 0 "^accuracy   [01]\.[0-9]{3} \([012] of 2\)$" "" -- "$infer" --eval "$tmp/st.tsv"

# saywho-train --check
expect "check no args" 2 "" "^saywho-train: --check needs at least one file or folder$" -- "$train" --check
printf 'demand\tThe council must reopen the library.\nplea\tBad label.\n' >"$tmp/train.tsv"
expect "check bad label" 1 "1 faults" "^saywho-train: $tmp/train\.tsv:2: unknown label 'plea'" \
    -- "$train" --check "$tmp/train.tsv"
printf 'other\tThe council said the library would reopen in May after repairs to its roof.\n' >"$tmp/dev.tsv"
printf 'other\tThe Council said the library would reopen in May, after repairs to its roof!\n' >"$tmp/test.tsv"
expect "check overlap" 1 "3 files checked, 2 faults" "test\.tsv:1: duplicate of .*dev\.tsv:1" \
    -- "$train" --check "$tmp/dev.tsv" "$tmp/test.tsv" "$tmp/train.tsv"
expect "check missing" 1 "0 files checked" "^saywho-train: $tmp/nothing: cannot open" -- "$train" --check "$tmp/nothing"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
