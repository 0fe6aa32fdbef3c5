// SPDX-License-Identifier: MIT
#pragma once
// A scenario's C++ run beside CPython's run of its listing: what each printed, how many tasks
// each made, the order they finished in and how long main took, and where the two differ. Both
// runs are saved runs (saved_run.h): `coroscope run ID --trace` and `coroscope trace-python`
// write the same record, so one digest reads either.

#include "saved_run.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace coroscope {

/// What one run shows, read from its events.
struct RunDigest
{
    QStringList lines;            ///< printed lines, in order (a last line without its newline included)
    int tasks = 0;                ///< tasks spawned (executor jobs and generators are not tasks)
    /// The tasks in the order they ended (done, failed or cancelled), each as name[n]: the n-th
    /// task of that name to be created (so work[1] is the second "work").
    QStringList completion_order;
    std::int64_t total_ns = 0;    ///< from main's start to its end (the run's end when it never ended)
    QString error;                ///< why the run failed, empty when it did not
};

[[nodiscard]] RunDigest run_digest(const SavedRun &run);

struct RunComparison
{
    RunDigest cpp;
    RunDigest python;
    bool same_output = false;
    int first_difference = -1; ///< the first line (0-based) that differs, -1 when none does
    bool same_task_count = false;
    bool same_completion_order = false;
    double time_ratio = 0;     ///< python total / C++ total (0 when the C++ run took no time)
};

[[nodiscard]] RunComparison compare_runs(const SavedRun &cpp, const SavedRun &python);

/// The comparison for programs (the command line and the window word it for people):
/// {"output": {...}, "tasks": {...}, "completion_order": {...}, "total_ms": {...}, "errors": {...}}.
[[nodiscard]] QJsonObject comparison_json(const RunComparison &comparison);

} // namespace coroscope
