#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command from a fresh Debian 12 machine to every test passing, headless. Each stage prints
# its wall time. Three configurations, each built once:
#  1. build/       RelWithDebInfo, warnings as errors, the engine's pools (the production
#                  allocator): every suite;
#  2. build-asan/  Debug (-O0) under AddressSanitizer + UndefinedBehaviorSanitizer +
#                  LeakSanitizer, pools off so ASan sees every allocation: every suite (engine,
#                  net, scenarios, cli, gui models, qml, gui app). Being -O0 it also proves a
#                  plain Debug build (no tail calls, every frame kept);
#  3. build-tsan/  RelWithDebInfo under ThreadSanitizer, pools on: the engine, network and
#                  scenario suites (the executor and its stop requests, call_soon_threadsafe,
#                  the pools across threads, blocking fetches, the demo server's thread, a
#                  scenario's run thread), built alone (target coroscope_thread_suites).
#                  Debian's Qt is not built with TSan, so the allocations and copies Qt makes
#                  are not checked (ignore_noninstrumented_modules, see tests/sanitizers/).
# Any sanitizer report fails the run; tests/sanitizers/*.supp hold the few third-party
# suppressions, each explained.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
# ccache shares objects between configurations and between clones of the repository.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
jobs="$(nproc)"
supp="$PWD/tests/sanitizers"

stage_start=0
stage() { stage_start=$(date +%s); echo; echo "=== $1"; }
stage_done() { echo "=== $1: $(( $(date +%s) - stage_start )) s"; }
run_start=$(date +%s)

stage "normal build (build/)"
bash scripts/build.sh -DCOROSCOPE_WERROR=ON
stage_done "normal build"

stage "every suite (build/)"
ctest --test-dir build --output-on-failure --timeout 600
stage_done "every suite"

stage "Debug + ASan + UBSan + LSan build (build-asan/)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOROSCOPE_SANITIZE=ON -DCOROSCOPE_WERROR=ON \
      -DCOROSCOPE_ENGINE_ONLY=OFF >/dev/null
cmake --build build-asan --parallel "$jobs"
stage_done "ASan build"

stage "every suite under ASan + UBSan + LSan (build-asan/)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1 \
LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ctest --test-dir build-asan --output-on-failure --timeout 900
stage_done "ASan suites"

stage "ThreadSanitizer build (build-tsan/)"
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOROSCOPE_TSAN=ON -DCOROSCOPE_WERROR=ON >/dev/null
cmake --build build-tsan --parallel "$jobs" --target coroscope_thread_suites
stage_done "TSan build"

stage "engine, network and scenario suites under TSan (build-tsan/)"
# ignore_noninstrumented_modules: Debian's Qt is not built with TSan, so the synchronisation inside
#   it is invisible; the allocations and copies it makes through intercepted calls (malloc, free,
#   memcpy) would be reported against the threads it hands them to. Our own code, every callback
#   Qt runs on another thread included, stays checked, and our hand-overs through Qt are stated
#   (engine/include/coroscope/impl/thread_handover.h; without them the demo server suite alone
#   reports 92 races).
# die_after_fork=0: tst_net_fetch runs openssl (QProcess: fork, then exec at once) to make a
#   certificate while Qt's threads run.
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:die_after_fork=0:suppressions=$supp/tsan.supp" \
ctest --test-dir build-tsan --output-on-failure --timeout 900 -L 'engine|net|scenarios' -LE needs_app
stage_done "TSan suites"

stage "Debian packages, installed files and the engine as a library (build/)"
bash scripts/package-check.sh build
stage_done "package check"

echo
echo "=== all stages passed in $(( $(date +%s) - run_start )) s"
