#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command from a fresh Debian 12 machine to every test passing, headless:
#  1. installs the dependencies, builds build/ with warnings as errors, runs all suites;
#  2. builds the engine and its tests under AddressSanitizer + UndefinedBehaviorSanitizer in
#     build-asan/ and runs them (any report fails the run), optimised (-O2 -g) to keep it quick.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

bash scripts/build.sh -DCOROSCOPE_WERROR=ON
ctest --test-dir build --output-on-failure --timeout 600

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOROSCOPE_SANITIZE=ON \
      -DCOROSCOPE_ENGINE_ONLY=ON -DCOROSCOPE_WERROR=ON
cmake --build build-asan --parallel "$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ctest --test-dir build-asan --output-on-failure --timeout 900 -L engine
start=$SECONDS; bash scripts/package-check.sh build; echo "package check: $((SECONDS - start)) s"
