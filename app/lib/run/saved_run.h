// SPDX-License-Identifier: MIT
#pragma once
// A saved run: what `coroscope run ID --trace FILE` and the window's Export trace write, and what
// the window opens again as the very picture the live run showed. The file is Chrome Trace Event
// JSON (it opens in Perfetto and chrome://tracing as before); Coroscope's own record rides in the
// top-level objects the format leaves to producers, after the events:
//
//   {"traceEvents": [...], "displayTimeUnit": "ms",
//    "otherData": {"producer": "Coroscope 0.1.0", "coroscope_format": 1, "scenario": "gather-order"},
//    "metadata": {"coroscope": {"format": 1, "producer": "Coroscope 0.1.0", "scenario": "gather-order",
//        "params": {...}, "clock": "virtual", "speed": 1, "main_task": 1, "elapsed_ns": 300000000,
//        "end_ns": 300000000, "finished": true, "error": "",
//        "reports": [{"after": 40, "t": 300000000, "message": "Task exception was never retrieved ..."}],
//        "trace": {"files": [...], "functions": [...], "events": [...]}}}}
//
// "trace" holds every event losslessly (aio::trace_to_json); "reports" the loop's warnings with
// their place in the trace. A reader refuses a "format" newer than saved_run_format.

#include "scenario_run.h"

#include <coroscope/clock.h>
#include <coroscope/trace.h>

#include <QByteArray>
#include <QString>
#include <QVariantMap>
#include <cstdint>
#include <vector>

namespace coroscope {

/// The version of the record this Coroscope writes, and the newest it reads.
inline constexpr int saved_run_format = 1;

struct SavedRun
{
    QString scenario;            ///< the scenario's id
    QVariantMap params;          ///< the parameters in effect
    aio::ClockMode clock = aio::ClockMode::Real;
    double speed = 1.0;          ///< for the scaled clock
    std::uint64_t main_task = 0; ///< 0 when main never started
    std::int64_t elapsed_ns = 0; ///< loop time until main's end
    std::int64_t end_ns = 0;     ///< loop time the recording covers (the loop's close, or the export)
    bool finished = true;        ///< false: saved while the run was still going (or paused)
    QString error;               ///< why the run failed (empty when it did not)
    std::vector<aio::TraceEvent> events;
    std::vector<RunReport> reports;
    QString producer;            ///< read only: "Coroscope 0.1.0"
    /// Read only: a script traced by `coroscope trace-python` (scenario "python:NAME"), as the
    /// record's "python" object names it (its path when traced); empty for the catalogue's.
    QString python_script;
};

/// What a finished run_scenario() left, as a saved run.
[[nodiscard]] SavedRun saved_run(const RunResult &result, const RunOptions &options);

[[nodiscard]] QByteArray saved_run_json(const SavedRun &run);
/// Writes atomically; false with `error` when the file cannot be written.
bool write_saved_run(const QString &path, const SavedRun &run, QString *error);

/// Reads a trace file Coroscope wrote into `run`. When the file cannot be read, is not JSON, is
/// cut short, is a trace without Coroscope's record, has a newer format or a damaged record,
/// returns false, leaves `run` as it was and sets `error` to a sentence for the user that names
/// the file and what is wrong with it.
bool read_saved_run(const QString &path, SavedRun &run, QString *error);
/// The same on the file's bytes; `name` is how messages call the file.
bool parse_saved_run(const QByteArray &data, const QString &name, SavedRun &run, QString *error);

} // namespace coroscope
