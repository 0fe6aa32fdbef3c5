#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the dependencies and builds Coroscope into build/ (binaries in build/bin/).
# Extra arguments go to CMake's configure step (e.g. -DCOROSCOPE_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build build --parallel "$(nproc)"
