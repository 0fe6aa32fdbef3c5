// SPDX-License-Identifier: MIT
#pragma once
// The engine's figures (peer "coroscope"): its hot paths with tracing off and on (on: the real
// TraceRecorder keeping every event, as the window and --trace do), heap bytes per suspended
// task, and the scaling of both across 1k to 1M tasks.

#include "bench_support.h"

#include <QJsonArray>

namespace bench {

[[nodiscard]] QJsonArray engine_rows(const Selection &selection);

} // namespace bench
