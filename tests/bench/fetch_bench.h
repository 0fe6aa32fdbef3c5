// SPDX-License-Identifier: MIT
#pragma once
// Fetching at scale: the gather comparison (sequential, executor, async) of 6, 60 and 600 demo
// pages at 100 ms, each total as a ratio to its ideal, and what one blocking fetch costs beyond
// the page itself. Built only with the app's libraries (not in engine-only builds).

#include "bench_support.h"

#include <QJsonArray>

namespace bench {

/// Empty when the benchmark was built without the app's libraries.
[[nodiscard]] QJsonArray fetch_rows(const Selection &selection);

} // namespace bench
