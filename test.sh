#!/bin/sh
# Runs saywho's whole test suite twice: gcc with warnings as errors, then clang with
# AddressSanitizer and UndefinedBehaviorSanitizer. Usage: ./test.sh
set -eu
cd "$(dirname "$0")"
jobs=$(nproc)

echo "== gcc, -Werror"
CC=gcc cmake -S . -B build-test-gcc -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAYWHO_WERROR=ON >/dev/null
cmake --build build-test-gcc -j"$jobs" >/dev/null
ctest --test-dir build-test-gcc --output-on-failure -j"$jobs"

echo "== clang, -fsanitize=address,undefined"
CC=clang cmake -S . -B build-test-asan -DCMAKE_BUILD_TYPE=Debug -DSAYWHO_WERROR=ON -DSAYWHO_SANITIZE=ON >/dev/null
cmake --build build-test-asan -j"$jobs" >/dev/null
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-test-asan --output-on-failure -j"$jobs"
