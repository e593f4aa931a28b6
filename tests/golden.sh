#!/bin/sh
# Usage: golden.sh EXPECTED COMMAND [ARG...]
# Runs COMMAND and diffs its standard output against EXPECTED. With SAYWHO_UPDATE_GOLDEN=1 it
# rewrites EXPECTED instead (review the diff before committing).
expected=$1
shift
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$@" >"$actual" || { echo "golden: command failed: $*" >&2; exit 1; }
if [ "${SAYWHO_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$actual" "$expected"
    exit 0
fi
diff -u "$expected" "$actual"
