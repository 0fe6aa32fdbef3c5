// SPDX-License-Identifier: MIT
#pragma once
// How Coroscope starts CPython under its tracer (the coroscope_tracer package in
// share/coroscope/python beside bin/): one place for `coroscope trace-python` and the runs of a
// scenario's listing beside its C++ port, so both run a script the same way.

#include "scenario.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace coroscope {

struct PythonTraceOptions
{
    QString out = {};          ///< the trace file to write
    QStringList map_urls = {}; ///< PREFIX=URL rewrites for urllib and aiohttp
    double timeout_s = 0;      ///< 0: no limit
    QString python = {};       ///< the interpreter wanted (empty: $COROSCOPE_PYTHON, else python3)
};

/// What to start: the interpreter, its arguments and environment; or why there is nothing to
/// start (the caller words it for its user).
struct PythonTraceProcess
{
    enum class Problem { None, NoInterpreter, NoTracer };
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    Problem problem = Problem::None;
    QString wanted;  ///< the interpreter asked for (NoInterpreter)
    QString tracer;  ///< where the tracer was looked for (NoTracer)
};

/// The folder holding the coroscope_tracer package, relative to the running binary.
[[nodiscard]] QString python_tracer_folder();

[[nodiscard]] PythonTraceProcess python_trace_process(const QString &script, const QStringList &script_arguments,
                                                      const PythonTraceOptions &options);

/// Writes the runnable form of `scenario`'s listing (runnable_listing.h) to `folder`/<id>.py and
/// returns its path (empty with `error` when it cannot be written).
[[nodiscard]] QString write_runnable_listing(const Scenario &scenario, const QString &folder, QString *error);

/// The --map-url the tutorial's fetch listings need to reach `base_url` (the demo server's,
/// e.g. http://127.0.0.1:8765/): they fetch https://www.google.co.kr/search?q=...
[[nodiscard]] QString tutorial_map_url(const QString &base_url);

} // namespace coroscope
