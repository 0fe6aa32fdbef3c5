// SPDX-License-Identifier: MIT
#pragma once
// A recorded trace as JSON with every field of every event kept, so that a saved run can be read
// back into the very events it was recorded as (chrome_trace.h writes what Perfetto reads, which
// leaves fields out). Source files and function names are listed once and referred to by index.
//
//   {"files": ["/src/await_chain.cpp", ...], "functions": ["aio::Coroutine<int> add(int, int)", ...],
//    "events": [{"seq": 1, "t": 0, "type": "spawn", "task": 1, "src": [0, 12, 5, 0], "text": "main"}, ...]}
//
// An event's fields that hold their default (0, empty, the first value of an enum) are left out.
// Enums are written with their to_string() names; src is [file, line, column, function].

#include "coroscope/trace.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace aio {

[[nodiscard]] QJsonObject trace_to_json(const std::vector<TraceEvent> &events);

/// Reads what trace_to_json wrote into `events` (replacing what it held). On a malformed event
/// returns false, leaves `events` empty and sets `error` ("event 12: unknown type 'x'").
bool trace_from_json(const QJsonObject &object, std::vector<TraceEvent> &events, QString *error);

} // namespace aio
