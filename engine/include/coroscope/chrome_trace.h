// SPDX-License-Identifier: MIT
#pragma once
// Export of a recorded trace in the Chrome Trace Event Format (JSON), which Perfetto
// (ui.perfetto.dev) and chrome://tracing open: a named thread per task, an "X" slice per step,
// "b"/"e" async spans for each task's life and each wait, flow arrows for spawns and wake-ups,
// instants for prints and cancellations, and executor jobs on their own threads.

#include "coroscope/trace.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace aio {

[[nodiscard]] QByteArray to_chrome_trace(const std::vector<TraceEvent> &events);

/// Writes atomically (a temporary file renamed into place): nothing half-written on failure.
/// Returns false and sets `error` when the file cannot be written.
bool write_chrome_trace(const QString &path, const std::vector<TraceEvent> &events, QString *error);

} // namespace aio
