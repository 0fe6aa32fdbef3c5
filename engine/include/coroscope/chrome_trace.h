// SPDX-License-Identifier: MIT
#pragma once
// Export of a recorded trace in the Chrome Trace Event Format (JSON), which Perfetto
// (ui.perfetto.dev) and chrome://tracing open: a named thread per task, an "X" slice per step,
// "b"/"e" async spans for each task's life and each wait, flow arrows for spawns and wake-ups,
// instants for prints and cancellations, and executor jobs on their own threads.
//
// "traceEvents" comes first in the file, then "displayTimeUnit", then the optional "otherData" and
// "metadata" objects where a producer keeps its own information: the places the format leaves
// for it, which Perfetto and chrome://tracing skip (Perfetto stops reading at a top-level key it
// does not know, and older versions only get to the events when they come first).

#include "coroscope/trace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace aio {

/// Extra top-level objects of the file (empty ones are left out).
struct ChromeTraceExtras
{
    QJsonObject other_data; ///< "otherData": short facts (the producer, a format version)
    QJsonObject metadata;   ///< "metadata": anything else the producer needs to read the file back
};

[[nodiscard]] QByteArray to_chrome_trace(const std::vector<TraceEvent> &events, const ChromeTraceExtras &extras = {});

/// Writes atomically (a temporary file renamed into place): nothing half-written on failure.
/// Returns false and sets `error` when the file cannot be written.
bool write_chrome_trace(const QString &path, const std::vector<TraceEvent> &events, QString *error);
/// The same for a document made by to_chrome_trace (with extras).
bool write_chrome_trace_json(const QString &path, const QByteArray &json, QString *error);

} // namespace aio
