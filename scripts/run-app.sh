#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command from a fresh Debian 12 machine to the window: installs, builds, launches.
# Arguments go to coroscope (e.g. scripts/run-app.sh run hello).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec build/bin/coroscope "$@"
