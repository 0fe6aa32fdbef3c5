// SPDX-License-Identifier: MIT
#pragma once
// QCoro's figures (peer "qcoro") for the operations it has: a task created and awaited,
// sleepFor(0), a queued signal awaited. Built only when Debian's qcoro-qt6-dev is installed.

#include "bench_support.h"

#include <QJsonArray>

namespace bench {

/// Empty when the benchmark was built without QCoro.
[[nodiscard]] QJsonArray qcoro_rows(const Selection &selection);

} // namespace bench
