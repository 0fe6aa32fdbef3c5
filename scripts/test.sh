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
#  3. build-tsan/  RelWithDebInfo under ThreadSanitizer, pools on: the engine's suites (the
#                  executor and its stop requests, call_soon_threadsafe, the pools across
#                  threads), built alone (target coroscope_engine_suites). The network and
#                  scenario suites build under TSan too (target coroscope_thread_suites), but
#                  Debian's Qt is not built with TSan: every hand-over through Qt's event queue
#                  (queued connections, invokeMethod, QThread::wait) is reported there, so CI
#                  runs them only when COROSCOPE_TSAN_ALL=1 says the Qt in use is instrumented.
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
if [ "${COROSCOPE_TSAN_ALL:-0}" = 1 ]; then
  tsan_target=coroscope_thread_suites tsan_labels='engine|net|scenarios'
else
  tsan_target=coroscope_engine_suites tsan_labels='engine'
fi
cmake --build build-tsan --parallel "$jobs" --target "$tsan_target"
stage_done "TSan build"

stage "suites labelled $tsan_labels under TSan (build-tsan/)"
TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp" \
ctest --test-dir build-tsan --output-on-failure --timeout 900 -L "$tsan_labels" -E '^tst_net_commands$'
stage_done "TSan suites"

stage "Debian packages, installed files and the engine as a library (build/)"
bash scripts/package-check.sh build
stage_done "package check"

echo
echo "=== all stages passed in $(( $(date +%s) - run_start )) s"
