// SPDX-License-Identifier: MIT
#include "run_comparison.h"

#include <QHash>
#include <QJsonArray>

namespace coroscope {

RunDigest run_digest(const SavedRun &run)
{
    RunDigest digest;
    digest.error = run.error;
    QString printed;
    QHash<std::uint64_t, QString> task_names;
    QHash<QString, int> named; // how many tasks of each name so far
    std::int64_t main_start = 0;
    for (const aio::TraceEvent &event : run.events) {
        switch (event.type) {
        case aio::TraceType::Spawn:
            if (event.spawn_kind == aio::SpawnKind::Task) {
                ++digest.tasks;
                // gather's three "work" tasks differ by their place among their namesakes: work[1]
                // is the second created, in C++ and in Python alike.
                task_names.insert(event.task, QStringLiteral("%1[%2]").arg(event.text).arg(named[event.text]++));
                if (event.task == run.main_task)
                    main_start = event.t_ns;
            }
            break;
        case aio::TraceType::Done:
            if (const auto name = task_names.constFind(event.task); name != task_names.cend())
                digest.completion_order << *name;
            break;
        case aio::TraceType::Print:
            printed += event.text;
            break;
        default:
            break;
        }
    }
    digest.lines = printed.split(u'\n');
    if (printed.endsWith(u'\n') || printed.isEmpty())
        digest.lines.removeLast(); // the text after the last newline is a line only when it is not empty
    // A Python trace counts from the tracer's start (before the script's imports), a C++ one from
    // the loop's: main's own start is what both share. A script without tasks has only the run.
    const std::int64_t end = run.elapsed_ns > 0 ? run.elapsed_ns : run.end_ns;
    digest.total_ns = std::max<std::int64_t>(0, end - (run.main_task ? main_start : 0));
    return digest;
}

RunComparison compare_runs(const SavedRun &cpp, const SavedRun &python)
{
    RunComparison c;
    c.cpp = run_digest(cpp);
    c.python = run_digest(python);
    const qsizetype common = std::min(c.cpp.lines.size(), c.python.lines.size());
    for (qsizetype i = 0; i < common && c.first_difference < 0; ++i) {
        if (c.cpp.lines[i] != c.python.lines[i])
            c.first_difference = int(i);
    }
    if (c.first_difference < 0 && c.cpp.lines.size() != c.python.lines.size())
        c.first_difference = int(common); // one printed more
    c.same_output = c.first_difference < 0;
    c.same_task_count = c.cpp.tasks == c.python.tasks;
    c.same_completion_order = c.cpp.completion_order == c.python.completion_order;
    c.time_ratio = c.cpp.total_ns > 0 ? double(c.python.total_ns) / double(c.cpp.total_ns) : 0;
    return c;
}

QJsonObject comparison_json(const RunComparison &c)
{
    const auto side = [](const QJsonValue &cpp, const QJsonValue &python) {
        return QJsonObject{{QStringLiteral("cpp"), cpp}, {QStringLiteral("python"), python}};
    };
    QJsonObject output = side(QJsonArray::fromStringList(c.cpp.lines), QJsonArray::fromStringList(c.python.lines));
    output.insert(QStringLiteral("same"), c.same_output);
    output.insert(QStringLiteral("first_difference"), c.first_difference);
    QJsonObject tasks = side(c.cpp.tasks, c.python.tasks);
    tasks.insert(QStringLiteral("same"), c.same_task_count);
    QJsonObject order = side(QJsonArray::fromStringList(c.cpp.completion_order), QJsonArray::fromStringList(c.python.completion_order));
    order.insert(QStringLiteral("same"), c.same_completion_order);
    return {{QStringLiteral("output"), output},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("completion_order"), order},
            {QStringLiteral("total_ms"), side(double(c.cpp.total_ns) / 1e6, double(c.python.total_ns) / 1e6)},
            {QStringLiteral("errors"), side(c.cpp.error, c.python.error)}};
}

} // namespace coroscope
