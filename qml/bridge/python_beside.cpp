// SPDX-License-Identifier: MIT
#include "python_beside.h"

#include "scenario_catalog.h"

#include <QTimer>

namespace coroscope::ui {

namespace {

/// When the run's main task was created (0 when it has none).
std::int64_t main_start(const SavedRun &run)
{
    for (const aio::TraceEvent &event : run.events) {
        if (event.type == aio::TraceType::Spawn && event.task == run.main_task)
            return event.t_ns;
    }
    return 0;
}

} // namespace

PythonBeside::PythonBeside(std::function<SavedRun()> cpp_run, QObject *parent)
    : QObject(parent), m_cpp_run(std::move(cpp_run)), m_timeline(new TimelineModel(this))
{
}

PythonBeside::~PythonBeside() = default;

void PythonBeside::clear()
{
    ++m_generation;
    m_trace.reset(); // kills a script still running
    m_python.reset();
    m_timeline->clear();
    m_message.clear();
    m_summary.clear();
    m_end_ns = 0;
    m_shift = -1;
    m_compared_events = 0;
    Q_EMIT changed();
}

void PythonBeside::start(const QString &id)
{
    clear();
    const Scenario *scenario = find_scenario(id);
    if (!scenario) {
        m_message = tr("Only the tutorial's scenarios have a listing to run beside.");
        Q_EMIT changed();
        Q_EMIT finished();
        return;
    }
    m_trace = std::make_unique<ListingTrace>(*scenario, PythonTraceOptions{.timeout_s = 120});
    // The result may come at once (no python3): take it on the next turn of the event loop, as
    // every other result, so callers see running() first and finished() after.
    m_trace->start([this, generation = m_generation](const ListingTraceResult &result) {
        QTimer::singleShot(0, this, [this, result, generation] {
            if (generation == m_generation) // not cleared meanwhile
                take(result);
        });
    });
    Q_EMIT changed();
}

void PythonBeside::take(const ListingTraceResult &result)
{
    using Problem = ListingTraceResult::Problem;
    switch (result.problem) {
    case Problem::None:
        break;
    case Problem::NoInterpreter:
        m_message = tr("No Python interpreter '%1' was found: install python3 (3.8 or newer), or name one in COROSCOPE_PYTHON.")
                        .arg(result.detail);
        break;
    case Problem::ScriptFailed:
        m_message = tr("CPython's run of the listing failed: %1").arg(result.detail);
        break;
    default:
        m_message = tr("CPython did not run the listing: %1").arg(result.detail);
        break;
    }
    if (result.ok) {
        // From main's start: a Python trace's clock starts before the script's imports.
        SavedRun run = result.run;
        const std::int64_t origin = main_start(run);
        for (aio::TraceEvent &event : run.events) {
            event.t_ns = std::max<std::int64_t>(0, event.t_ns - origin);
            if (event.deadline_ns)
                event.deadline_ns = std::max<std::int64_t>(0, event.deadline_ns - origin);
        }
        run.end_ns = std::max<std::int64_t>(0, run.end_ns - origin);
        m_python = std::move(run);
        m_shift = -1;
        show_at(0);
    }
    m_compared_events = 0;
    compare();
    Q_EMIT changed();
    Q_EMIT finished();
}

void PythonBeside::show_at(std::int64_t shift)
{
    if (!m_python || shift == m_shift)
        return;
    m_shift = shift;
    m_timeline->clear();
    for (aio::TraceEvent event : m_python->events) {
        event.t_ns += shift;
        if (event.deadline_ns)
            event.deadline_ns += shift;
        m_timeline->consume(event);
    }
    m_end_ns = m_python->end_ns + shift;
    m_timeline->commit(m_end_ns);
    Q_EMIT changed();
}

void PythonBeside::compare()
{
    if (!m_python)
        return;
    const SavedRun cpp = m_cpp_run();
    // The C++ run's main may start late (the fetch scenarios start their demo server first):
    // CPython's main starts where it does.
    if (!cpp.events.empty())
        show_at(main_start(cpp));
    if (cpp.events.empty()) {
        m_summary = tr("Run the C++ port to compare the two runs.");
        Q_EMIT changed();
        return;
    }
    if (cpp.events.size() == m_compared_events)
        return;
    m_compared_events = cpp.events.size();
    const RunComparison c = compare_runs(cpp, *m_python);
    const auto quoted = [](const QStringList &lines, int i) {
        return i < lines.size() ? QStringLiteral("\"%1\"").arg(lines[i]) : tr("(no line)");
    };
    QStringList lines;
    lines << (c.same_output ? tr("Output: the same (%1 lines)").arg(c.cpp.lines.size())
                            : tr("Output differs from line %1: C++ %2, CPython %3")
                                  .arg(c.first_difference + 1)
                                  .arg(quoted(c.cpp.lines, c.first_difference), quoted(c.python.lines, c.first_difference)));
    lines << (c.same_task_count ? tr("Tasks: the same (%1)").arg(c.cpp.tasks)
                                : tr("Tasks: C++ %1, CPython %2").arg(c.cpp.tasks).arg(c.python.tasks));
    lines << (c.same_completion_order ? tr("Order of completion: the same") : tr("Order of completion differs"));
    lines << tr("Total time: C++ %1 ms, CPython %2 ms")
                 .arg(QString::number(double(c.cpp.total_ns) / 1e6, 'f', 1), QString::number(double(c.python.total_ns) / 1e6, 'f', 1));
    m_summary = lines.join(u'\n');
    Q_EMIT changed();
}

} // namespace coroscope::ui
