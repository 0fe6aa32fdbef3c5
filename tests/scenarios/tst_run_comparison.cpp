// SPDX-License-Identifier: MIT
// compare_runs() on real runs: gather-order run by the engine and its listing run by CPython under
// the tracer (ListingTrace, as the window and `run --beside-python` start it). What each digest
// says is checked against what each run printed and spawned on its own; then copies of the runs
// are edited (a line changed, two completions swapped) and the comparison must see it.

#include "listing_trace.h"
#include "run_comparison.h"
#include "scenario_catalog.h"
#include "scenario_run.h"

#include <QEventLoop>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace coroscope;

namespace {

/// The tasks a run spawned, in the order they ended, as name[n] (n-th of its name created):
/// computed here from the engine's task summaries, independently of run_digest's trace walk.
QStringList completion_order(const RunResult &result)
{
    std::vector<aio::TaskSummary> tasks;
    for (const aio::TaskSummary &task : result.tasks) {
        if (task.kind == aio::SpawnKind::Task)
            tasks.push_back(task);
    }
    std::map<std::uint64_t, QString> labels;
    std::map<QString, int> named;
    for (const aio::TaskSummary &task : tasks) // summaries come in id (creation) order
        labels[task.id] = QStringLiteral("%1[%2]").arg(task.name).arg(named[task.name]++);
    std::stable_sort(tasks.begin(), tasks.end(), [](const auto &a, const auto &b) { return a.finished_ns < b.finished_ns; });
    QStringList order;
    for (const aio::TaskSummary &task : tasks)
        order << labels[task.id];
    return order;
}

} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT

    RunResult m_cpp;
    SavedRun m_cpp_run;
    ListingTraceResult m_python;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("no python3 to run the listing");
        const Scenario *scenario = find_scenario(QStringLiteral("gather-order"));
        QVERIFY(scenario);
        const RunOptions options{.timeout = std::chrono::seconds(30)};
        m_cpp = run_scenario(*scenario, options);
        QVERIFY2(m_cpp.ok(), qPrintable(m_cpp.error));
        m_cpp_run = saved_run(m_cpp, options);

        ListingTrace trace(*scenario, {.timeout_s = 30});
        bool done = false;
        QEventLoop loop;
        trace.start([&](const ListingTraceResult &result) {
            m_python = result;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec(); // the tracer's own --timeout ends the script
        QVERIFY2(m_python.ok && m_python.problem == ListingTraceResult::Problem::None, qPrintable(m_python.detail));
    }

    void each_digest_reads_its_run()
    {
        const RunDigest cpp = run_digest(m_cpp_run);
        QCOMPARE(cpp.lines.join(u'\n') + u'\n', m_cpp.output);
        QCOMPARE(cpp.tasks, int(std::count_if(m_cpp.tasks.cbegin(), m_cpp.tasks.cend(),
                                              [](const auto &task) { return task.kind == aio::SpawnKind::Task; })));
        QCOMPARE(cpp.completion_order, completion_order(m_cpp));
        const auto main_task = std::find_if(m_cpp.tasks.cbegin(), m_cpp.tasks.cend(),
                                            [&](const auto &task) { return task.id == m_cpp.main_task; });
        QVERIFY(main_task != m_cpp.tasks.cend());
        QCOMPARE(cpp.total_ns, m_cpp.elapsed_ns - main_task->created_ns); // main's own life

        const RunDigest python = run_digest(m_python.run);
        QCOMPARE(python.lines.join(u'\n') + u'\n', m_python.output); // what the script wrote on stdout
        QVERIFY(python.error.isEmpty());
        // The listing sleeps 0.3 s in its slowest task: main cannot end sooner.
        QVERIFY2(python.total_ns >= 300'000'000, qPrintable(QString::number(python.total_ns)));
    }

    void the_port_matches_its_listing()
    {
        const RunComparison c = compare_runs(m_cpp_run, m_python.run);
        QVERIFY2(c.same_output, qPrintable(c.cpp.lines.join(u'|') + QStringLiteral(" vs ") + c.python.lines.join(u'|')));
        QCOMPARE(c.first_difference, -1);
        QVERIFY(c.same_task_count);
        QVERIFY2(c.same_completion_order, qPrintable(c.cpp.completion_order.join(u',') + QStringLiteral(" vs ") + c.python.completion_order.join(u',')));
        QVERIFY(c.time_ratio > 0);
        const QJsonObject json = comparison_json(c);
        QCOMPARE(json[QStringLiteral("output")][QStringLiteral("same")].toBool(), true);
        QCOMPARE(json[QStringLiteral("tasks")][QStringLiteral("python")].toInt(), c.python.tasks);
    }

    void a_changed_line_is_found()
    {
        SavedRun python = m_python.run;
        auto prints = std::find_if(python.events.begin(), python.events.end(),
                                   [](const aio::TraceEvent &e) { return e.type == aio::TraceType::Print; });
        QVERIFY(prints != python.events.end());
        prints = std::find_if(std::next(prints), python.events.end(),
                              [](const aio::TraceEvent &e) { return e.type == aio::TraceType::Print; });
        QVERIFY(prints != python.events.end()); // the second printed line
        prints->text = QStringLiteral("something else\n");
        const RunComparison c = compare_runs(m_cpp_run, python);
        QVERIFY(!c.same_output);
        QCOMPARE(c.first_difference, 1);
        QCOMPARE(c.python.lines.at(1), QStringLiteral("something else"));
    }

    void a_missing_line_is_found()
    {
        SavedRun python = m_python.run;
        const auto last = std::find_if(python.events.rbegin(), python.events.rend(),
                                       [](const aio::TraceEvent &e) { return e.type == aio::TraceType::Print; });
        QVERIFY(last != python.events.rend());
        python.events.erase(std::next(last).base());
        const RunComparison c = compare_runs(m_cpp_run, python);
        QVERIFY(!c.same_output);
        QCOMPARE(c.first_difference, int(c.cpp.lines.size()) - 1);
    }

    void swapped_completions_are_found()
    {
        SavedRun python = m_python.run;
        std::vector<aio::TraceEvent *> dones;
        for (aio::TraceEvent &event : python.events) {
            if (event.type == aio::TraceType::Done)
                dones.push_back(&event);
        }
        QVERIFY(dones.size() >= 2);
        std::swap(dones[0]->task, dones[1]->task);
        const RunComparison c = compare_runs(m_cpp_run, python);
        QVERIFY(c.same_output);
        QVERIFY(!c.same_completion_order);
        QCOMPARE(c.python.completion_order.at(0), c.cpp.completion_order.at(1));
    }
};

QTEST_GUILESS_MAIN(TestRunComparison)
#include "tst_run_comparison.moc"
