// SPDX-License-Identifier: MIT
// The tutorial's scenarios: the catalogue, each scenario's exact output, and on the virtual
// clock its exact elapsed time and every task's state and lifetime; each trace exported for
// Perfetto has a track per task and a slice per step; the errata scenarios prove their point.

#include "scenario_catalog.h"
#include "scenario_run.h"
#include "demo_pages.h"

#include <coroscope/chrome_trace.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <map>
#include <set>

using namespace coroscope;

namespace {

RunResult run_virtual(const QString &id, const QVariantMap &params = {})
{
    const Scenario *scenario = find_scenario(id);
    if (!scenario) {
        RunResult missing;
        missing.error = QStringLiteral("no such scenario: ") + id;
        return missing;
    }
    return run_scenario(*scenario, {.clock = aio::ClockMode::Virtual, .params = params, .timeout = std::chrono::seconds(30)});
}

/// "name:state:created:started:finished" per task, times in whole milliseconds.
QStringList lifetimes(const RunResult &result)
{
    QStringList rows;
    for (const aio::TaskSummary &task : result.tasks) {
        rows << QStringLiteral("%1:%2:%3:%4:%5")
                    .arg(task.name, QString::fromUtf8(aio::to_string(task.status)))
                    .arg(task.created_ns / 1'000'000)
                    .arg(task.started_ns < 0 ? -1 : task.started_ns / 1'000'000)
                    .arg(task.finished_ns < 0 ? -1 : task.finished_ns / 1'000'000);
    }
    return rows;
}

QString describe(const RunResult &result)
{
    return QStringLiteral("error: %1\noutput: %2\nreports: %3").arg(result.error, result.output, result.reports.join(u'\n'));
}

std::vector<std::int64_t> print_times(const RunResult &result)
{
    std::vector<std::int64_t> times;
    for (const aio::TraceEvent &e : result.events) {
        if (e.type == aio::TraceType::Print)
            times.push_back(e.t_ns);
    }
    return times;
}

// gather-order corrects the tutorial's note on gather, in its section on fetching pages.
const QStringList all_ids{QStringLiteral("hello"),           QStringLiteral("await-chain"),
                          QStringLiteral("future-task"),     QStringLiteral("fetch-sequential"),
                          QStringLiteral("fetch-executor"),  QStringLiteral("fetch-async"),
                          QStringLiteral("executor-partial"), QStringLiteral("gather-order"),
                          QStringLiteral("async-with"),      QStringLiteral("async-for"),
                          QStringLiteral("async-generator"), QStringLiteral("async-comprehension"),
                          QStringLiteral("many-tasks")};

} // namespace

class ScenarioTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_lists_the_thirteen_in_tutorial_order()
    {
        QStringList ids;
        for (const Scenario &scenario : all_scenarios())
            ids << scenario.id;
        QCOMPARE(ids, all_ids);
        // The window heads each group once: a group's scenarios follow one another.
        QStringList groups_seen;
        for (const Scenario &scenario : all_scenarios()) {
            if (!groups_seen.isEmpty() && groups_seen.last() == scenario.group)
                continue;
            QVERIFY2(!groups_seen.contains(scenario.group), qPrintable(scenario.id + QStringLiteral(" starts its group a second time")));
            groups_seen << scenario.group;
        }
        QVERIFY(find_scenario(QStringLiteral("await-chain")));
        QVERIFY(!find_scenario(QStringLiteral("no-such-scenario")));
    }

    void every_scenario_carries_its_texts_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : all_ids)
            QTest::newRow(qPrintable(id)) << id;
    }
    void every_scenario_carries_its_texts()
    {
        QFETCH(QString, id);
        const Scenario *scenario = find_scenario(id);
        QVERIFY(scenario);
        QVERIFY(!scenario->title.isEmpty());
        QVERIFY(!scenario->section.isEmpty());
        QVERIFY(!scenario->group.isEmpty());
        QVERIFY(scenario->explanation.size() > 80);
        QVERIFY(scenario->python_source.size() > 40);
        QVERIFY(scenario->main);
        QCOMPARE(scenario->cpp_file, QString(id).replace(u'-', u'_') + QStringLiteral(".cpp"));
        // The C++ text is the compiled file itself, embedded at build time.
        QFile port(QStringLiteral(COROSCOPE_PORTS_DIR "/") + scenario->cpp_file);
        QVERIFY(port.open(QIODevice::ReadOnly));
        QCOMPARE(scenario->cpp_source, QString::fromUtf8(port.readAll()));
        QVERIFY(scenario->cpp_source.contains(QStringLiteral("namespace coroscope::scenarios::")));
        for (auto it = scenario->cpp_headers.begin(); it != scenario->cpp_headers.end(); ++it) {
            QFile header(QStringLiteral(COROSCOPE_PORTS_DIR "/") + it.key());
            QVERIFY(header.open(QIODevice::ReadOnly));
            QCOMPARE(it.value(), QString::fromUtf8(header.readAll()));
        }
        if (id == u"async-for" || id == u"async-comprehension")
            QVERIFY(scenario->cpp_headers.value(QStringLiteral("async_counter.h")).contains(QStringLiteral("class AsyncCounter")));
    }

    void python_listings_are_the_tutorials()
    {
        // Verbatim, Korean comments included (spot checks of each listing's telling line).
        const std::map<QString, QString> lines{
            {QStringLiteral("hello"), QString::fromUtf8("async def hello():               # async def로 네이티브 코루틴을 만듦")},
            {QStringLiteral("await-chain"), QString::fromUtf8("    await asyncio.sleep(1.0)    # 1초 대기. asyncio.sleep도 네이티브 코루틴")},
            {QStringLiteral("fetch-sequential"), QString::fromUtf8("print('실행 시간: {0:.3f}초'.format(end - begin))")},
            {QStringLiteral("fetch-executor"), QStringLiteral("    response = await loop.run_in_executor(None, urlopen, request)")},
            {QStringLiteral("executor-partial"), QStringLiteral(">>> hello = functools.partial(print. 'hello', 'python', end=' ')")},
            {QStringLiteral("async-with"), QStringLiteral("    async with AsyncAdd(1, 2) as result:")},
            {QStringLiteral("async-for"), QStringLiteral("            raise StopIteration")},
            {QStringLiteral("async-generator"), QStringLiteral("        yield n")},
            {QStringLiteral("async-comprehension"), QStringLiteral("    a = [i async for i in AsyncCounter(3)]")},
        };
        for (const auto &[id, line] : lines)
            QVERIFY2(find_scenario(id)->python_source.contains(line), qPrintable(id));
        // Printed once, not twice as in the tutorial (erratum 5).
        QCOMPARE(find_scenario(QStringLiteral("async-comprehension"))->python_source.count(QStringLiteral("async def async_one")), 1);
    }

    // --- each scenario on the virtual clock: output, elapsed time, tasks --------------------
    void runs_exactly_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("output");
        QTest::addColumn<qint64>("elapsed_ms");
        QTest::addColumn<QStringList>("tasks");

        QTest::newRow("hello") << QStringLiteral("hello") << QStringLiteral("hello, world!\n") << qint64(0)
                               << QStringList{QStringLiteral("hello:done:0:0:0")};
        QTest::newRow("await-chain") << QStringLiteral("await-chain") << QStringLiteral("1 + 2\n1 + 2 = 3\n") << qint64(1000)
                                     << QStringList{QStringLiteral("print_add:done:0:0:1000")};
        QTest::newRow("future-task")
            << QStringLiteral("future-task")
            << QStringLiteral("future.done(): False\nresult set by call_later\nfuture.done(): True\ntask.done(): False\n"
                              "await task: 3\ndoomed.cancelled(): True\ntask.result(): 3\n"
                              "burn_cpu on the loop thread\nburn_cpu on a pool thread\nbeat.cancelled(): True\n")
            << qint64(1400) // each burn lasts 0.2 s of loop time, on the virtual clock too
            << QStringList{QStringLiteral("main:done:0:0:1400"), QStringLiteral("add:done:500:500:1000"),
                           QStringLiteral("sleeper:cancelled:500:500:1000"), QStringLiteral("heartbeat:cancelled:1000:1000:1400")};
        QTest::newRow("executor-partial") << QStringLiteral("executor-partial")
                                          << QStringLiteral("hello python \nhello python\nhello-python-script\n") << qint64(0)
                                          << QStringList{QStringLiteral("main:done:0:0:0")};
        QTest::newRow("gather-order") << QStringLiteral("gather-order")
                                      << QStringLiteral("finished 1\nfinished 2\nfinished 0\n[0, 1, 2]\n") << qint64(300)
                                      << QStringList{QStringLiteral("main:done:0:0:300"), QStringLiteral("work:done:0:0:300"),
                                                     QStringLiteral("work:done:0:0:100"), QStringLiteral("work:done:0:0:200")};
        QTest::newRow("async-with") << QStringLiteral("async-with") << QStringLiteral("3\n") << qint64(1000)
                                    << QStringList{QStringLiteral("main:done:0:0:1000")};
        QTest::newRow("async-for") << QStringLiteral("async-for") << QStringLiteral("0 1 2 ") << qint64(3000)
                                   << QStringList{QStringLiteral("main:done:0:0:3000")};
        QTest::newRow("async-generator") << QStringLiteral("async-generator") << QStringLiteral("0 1 2 ") << qint64(3000)
                                         << QStringList{QStringLiteral("main:done:0:0:3000"),
                                                        QStringLiteral("async_counter:done:0:0:3000")};
        QTest::newRow("async-comprehension") << QStringLiteral("async-comprehension")
                                             << QStringLiteral("[0, 1, 2]\n[1, 1, 1]\n") << qint64(3000)
                                             << QStringList{QStringLiteral("listings:done:0:0:3000")};
    }
    void runs_exactly()
    {
        QFETCH(QString, id);
        QFETCH(QString, output);
        QFETCH(qint64, elapsed_ms);
        QFETCH(QStringList, tasks);
        const RunResult result = run_virtual(id);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.output, output);
        QCOMPARE(result.elapsed_ns, elapsed_ms * 1'000'000);
        QCOMPARE(lifetimes(result), tasks);
        QVERIFY2(result.reports.isEmpty(), qPrintable(result.reports.join(u'\n')));
    }

    // --- the Perfetto trace of every scenario that ran above --------------------------------
    void trace_has_a_track_per_task_and_a_slice_per_step_data() { runs_exactly_data(); }
    void trace_has_a_track_per_task_and_a_slice_per_step()
    {
        QFETCH(QString, id);
        const RunResult result = run_virtual(id);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(aio::to_chrome_trace(result.events), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        std::set<qint64> tracks;
        std::map<qint64, int> slices;
        for (const QJsonValue &value : doc.object().value(QStringLiteral("traceEvents")).toArray()) {
            const QJsonObject e = value.toObject();
            const QString ph = e.value(QStringLiteral("ph")).toString();
            if (ph == QLatin1String("M") && e.value(QStringLiteral("name")).toString() == QLatin1String("thread_name"))
                tracks.insert(e.value(QStringLiteral("tid")).toInteger());
            if (ph == QLatin1String("X") && e.value(QStringLiteral("cat")).toString() == QLatin1String("step"))
                ++slices[e.value(QStringLiteral("tid")).toInteger()];
        }
        QVERIFY(!result.tasks.empty());
        for (const aio::TaskSummary &task : result.tasks) {
            QVERIFY2(tracks.count(qint64(task.id)), qPrintable(task.name));
            QCOMPARE(slices[qint64(task.id)], int(task.steps));
            QVERIFY(task.steps > 0);
        }
    }

    // --- what each scenario must make visible ------------------------------------------------
    void the_loop_lane_shows_run_until_complete_and_close()
    {
        const RunResult result = run_virtual(QStringLiteral("hello"));
        QStringList loop_phases;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type == aio::TraceType::Phase && e.task == 0)
                loop_phases << e.text;
        }
        QCOMPARE(loop_phases, (QStringList{QStringLiteral("run_until_complete(hello)"), QStringLiteral("loop.close()")}));
    }

    void await_chain_runs_add_inline_in_one_task()
    {
        const RunResult result = run_virtual(QStringLiteral("await-chain"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.tasks.size(), std::size_t(1)); // print_add awaits add: no second task
        bool slept = false;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type == aio::TraceType::StepEnd && e.wait == aio::WaitKind::Timer) {
                QCOMPARE(e.deadline_ns, std::int64_t(1'000'000'000));
                QVERIFY(QString::fromUtf8(e.src.file_name()).endsWith(QStringLiteral("await_chain.cpp")));
                slept = true;
            }
        }
        QVERIFY(slept);
        QCOMPARE(result.tasks[0].result, QStringLiteral("None"));
        QCOMPARE(print_times(result), (std::vector<std::int64_t>{0, 1'000'000'000}));
    }

    void await_chain_takes_its_parameters()
    {
        const RunResult result = run_virtual(QStringLiteral("await-chain"),
                                             {{QStringLiteral("a"), 20}, {QStringLiteral("b"), 22}, {QStringLiteral("sleep"), 0.25}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.output, QStringLiteral("20 + 22\n20 + 22 = 42\n"));
        QCOMPARE(result.elapsed_ns, std::int64_t(250'000'000));
    }

    void gather_completes_out_of_order_but_returns_argument_order()
    {
        const RunResult result = run_virtual(QStringLiteral("gather-order"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        // The work tasks in argument order are ids[0..2]; their Done events come 1, 2, 0.
        std::vector<std::uint64_t> work_ids;
        for (const aio::TaskSummary &task : result.tasks) {
            if (task.name == QLatin1String("work"))
                work_ids.push_back(task.id);
        }
        QCOMPARE(work_ids.size(), std::size_t(3));
        std::vector<int> completion;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type != aio::TraceType::Done)
                continue;
            for (std::size_t i = 0; i < work_ids.size(); ++i) {
                if (work_ids[i] == e.task)
                    completion.push_back(int(i));
            }
        }
        QCOMPARE(completion, (std::vector<int>{1, 2, 0}));
        QVERIFY(result.output.endsWith(QStringLiteral("[0, 1, 2]\n")));
        QCOMPARE(result.tasks[1].result, QStringLiteral("0"));
        QCOMPARE(result.tasks[2].result, QStringLiteral("1"));
        QCOMPARE(result.tasks[3].result, QStringLiteral("2"));
    }

    // The counts CPython prints for resources/tutorial/many-tasks.py (1000 tasks) scale with
    // `tasks`: 86 % done, 10 % failed, 4 % cancelled, all within the longest wait (58 ms: the
    // 49 ms workers are cancelled).
    void many_tasks_at_scale_data()
    {
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QString>("output");
        QTest::newRow("default") << 1000 << QStringLiteral("1000 tasks in 10 groups: 860 done, 100 failed, 40 cancelled\n");
        QTest::newRow("10,000") << 10'000 << QStringLiteral("10000 tasks in 100 groups: 8600 done, 1000 failed, 400 cancelled\n");
    }
    void many_tasks_at_scale()
    {
        QFETCH(int, tasks);
        QFETCH(QString, output);
        const RunResult result = run_virtual(QStringLiteral("many-tasks"), {{QStringLiteral("tasks"), tasks}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.output, output);
        QCOMPARE(result.elapsed_ns, std::int64_t(58'000'000));
        QVERIFY2(result.reports.isEmpty(), qPrintable(result.reports.join(u'\n')));
        std::map<QString, int> workers; // status -> count
        for (const aio::TaskSummary &task : result.tasks) {
            if (task.name.startsWith(QLatin1String("worker-")))
                ++workers[QString::fromUtf8(aio::to_string(task.status))];
        }
        QCOMPARE(workers[QStringLiteral("done")], tasks * 86 / 100);
        QCOMPARE(workers[QStringLiteral("failed")], tasks / 10);
        QCOMPARE(workers[QStringLiteral("cancelled")], tasks * 4 / 100);
        // main + one task per group + the workers: every lane the window would draw.
        QCOMPARE(result.tasks.size(), std::size_t(1 + tasks / 100 + tasks));
    }

    void many_tasks_stops_at_a_hundred_thousand()
    {
        const RunResult result = run_virtual(QStringLiteral("many-tasks"), {{QStringLiteral("tasks"), 100'001}});
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("1..100000")), qPrintable(result.error));
    }

    void gather_order_with_other_delays()
    {
        const RunResult result = run_virtual(QStringLiteral("gather-order"),
                                             {{QStringLiteral("delays"), QStringLiteral("0.2,0.4,0.1,0.3")}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.output, QStringLiteral("finished 2\nfinished 0\nfinished 3\nfinished 1\n[0, 1, 2, 3]\n"));
        QCOMPARE(result.elapsed_ns, std::int64_t(400'000'000));
    }

    void future_task_shows_states_and_cancellation()
    {
        const RunResult result = run_virtual(QStringLiteral("future-task"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        // The bare future is completed by the timer callback at 0.5 s; main's second print follows.
        QCOMPARE(print_times(result)[1], std::int64_t(500'000'000));
        bool future_spawned = false;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type == aio::TraceType::Spawn && e.spawn_kind == aio::SpawnKind::Future)
                future_spawned = true;
        }
        QVERIFY(future_spawned);
        QCOMPARE(result.tasks[1].result, QStringLiteral("3"));
        QCOMPARE(result.tasks[2].status, aio::TaskStatus::Cancelled);
    }

    void cpu_work_on_the_loop_freezes_other_tasks_but_not_in_the_executor()
    {
        // Erratum 4, on the real clock: while main burns CPU on the loop thread, the heartbeat
        // takes no step at all; while the burn runs on a pool thread, it keeps beating.
        const Scenario *scenario = find_scenario(QStringLiteral("future-task"));
        const double burn = 0.3;
        const RunResult result = run_scenario(*scenario, {.params = {{QStringLiteral("sleep"), 0.05}, {QStringLiteral("burn"), burn}},
                                                          .timeout = std::chrono::seconds(30)});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        std::uint64_t heartbeat = 0;
        for (const aio::TaskSummary &task : result.tasks) {
            if (task.name == QLatin1String("heartbeat"))
                heartbeat = task.id;
        }
        QVERIFY(heartbeat);
        std::int64_t inline_begin = -1, inline_end = -1, job_begin = -1, job_end = -1;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type == aio::TraceType::Print && e.text.startsWith(QStringLiteral("burn_cpu on the loop")))
                inline_begin = e.t_ns;
            if (e.type == aio::TraceType::Print && e.text.startsWith(QStringLiteral("burn_cpu on a pool")))
                inline_end = e.t_ns;
            if (e.type == aio::TraceType::Executor && e.executor_phase == aio::ExecutorPhase::Start)
                job_begin = e.t_ns;
            if (e.type == aio::TraceType::Executor && e.executor_phase == aio::ExecutorPhase::End)
                job_end = e.t_ns;
        }
        QVERIFY(inline_begin >= 0 && inline_end > inline_begin && job_begin >= inline_end && job_end > job_begin);
        QVERIFY(inline_end - inline_begin >= std::int64_t(burn * 1e9));
        int beats_inline = 0, beats_in_executor = 0;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type != aio::TraceType::StepBegin || e.task != heartbeat)
                continue;
            if (e.t_ns > inline_begin && e.t_ns < inline_end)
                ++beats_inline;
            if (e.t_ns > job_begin && e.t_ns < job_end)
                ++beats_in_executor;
        }
        QCOMPARE(beats_inline, 0);
        QVERIFY2(beats_in_executor >= 1, qPrintable(QString::number(beats_in_executor)));
        // main's own busy time holds the inline burn
        QVERIFY(result.tasks[0].busy_ns >= std::int64_t(burn * 1e9));
    }

    void executor_partial_prints_from_a_pool_job()
    {
        const RunResult result = run_virtual(QStringLiteral("executor-partial"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        int started = 0, ended = 0;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type == aio::TraceType::Executor && e.executor_phase == aio::ExecutorPhase::Start)
                ++started;
            if (e.type == aio::TraceType::Executor && e.executor_phase == aio::ExecutorPhase::End)
                ++ended;
        }
        QCOMPARE(started, 1);
        QCOMPARE(ended, 1);
    }

    void async_with_runs_aexit_after_the_body_even_when_it_raises()
    {
        for (const bool raise : {false, true}) {
            const RunResult result = run_virtual(QStringLiteral("async-with"), {{QStringLiteral("raise_in_body"), raise}});
            QCOMPARE(result.ok(), !raise);
            if (raise)
                QCOMPARE(result.error, QStringLiteral("RuntimeError: raised in the body of async with"));
            QCOMPARE(result.output, QStringLiteral("3\n"));
            QStringList phases;
            std::vector<std::int64_t> times;
            for (const aio::TraceEvent &e : result.events) {
                if (e.type == aio::TraceType::Phase && e.task != 0) {
                    phases << e.text;
                    times.push_back(e.t_ns);
                }
            }
            QCOMPARE(phases, (QStringList{QStringLiteral("aenter"), QStringLiteral("body"), QStringLiteral("aexit"),
                                          QStringLiteral("end")}));
            QCOMPARE(times[1], std::int64_t(1'000'000'000)); // __aenter__ slept one second
        }
        // While in __aenter__ the task waits on its sleep, reported as an aenter wait.
        const RunResult result = run_virtual(QStringLiteral("async-with"));
        bool waited_in_aenter = false;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type == aio::TraceType::StepEnd && e.t_ns == 0 && e.reason == aio::StepEndReason::Await)
                waited_in_aenter = QString::fromUtf8(e.src.file_name()).endsWith(QStringLiteral("async_with.cpp"));
        }
        QVERIFY(waited_in_aenter);
    }

    void async_for_prints_one_number_per_second()
    {
        const RunResult result = run_virtual(QStringLiteral("async-for"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(print_times(result), (std::vector<std::int64_t>{1'000'000'000, 2'000'000'000, 3'000'000'000}));
        // The tutorial's own AsyncCounter (raise StopIteration) fails after 0 1 2, as Python 3.7+ does.
        const RunResult as_tutorial = run_virtual(QStringLiteral("async-for"), {{QStringLiteral("tutorial_stop_iteration"), true}});
        QCOMPARE(as_tutorial.output, QStringLiteral("0 1 2 "));
        QCOMPARE(as_tutorial.error, QStringLiteral("RuntimeError: coroutine raised StopIteration"));
        QCOMPARE(as_tutorial.tasks[0].status, aio::TaskStatus::Failed);
    }

    void async_generator_hands_control_back_and_forth()
    {
        const RunResult result = run_virtual(QStringLiteral("async-generator"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        // The sleep comes after each yield: 0 at once, then one a second, and the third sleep
        // still runs before the generator finds it is done.
        QCOMPARE(print_times(result), (std::vector<std::int64_t>{0, 1'000'000'000, 2'000'000'000}));
        QCOMPARE(result.elapsed_ns, std::int64_t(3'000'000'000));
        const aio::TaskSummary &generator = result.tasks[1];
        QCOMPARE(generator.kind, aio::SpawnKind::AsyncGenerator);
        QCOMPARE(generator.parent, result.tasks[0].id);
        int yields = 0;
        for (const aio::TraceEvent &e : result.events) {
            if (e.type == aio::TraceType::StepEnd && e.task == generator.id && e.reason == aio::StepEndReason::Yield)
                ++yields;
        }
        QCOMPARE(yields, 3);
    }

    void async_comprehension_other_forms()
    {
        const RunResult result = run_virtual(QStringLiteral("async-comprehension"), {{QStringLiteral("all_forms"), true}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.output, QStringLiteral("[0, 1, 2]\n[1, 1, 1]\n{0: 0, 1: 1, 2: 4}\n{0, 1}\n1 2 3 \n"));
        QCOMPARE(result.elapsed_ns, std::int64_t(12'000'000'000)); // four passes over AsyncCounter(3)
    }

    // --- the fetch scenarios, against the built-in demo server ---------------------------------
    void fetches_print_the_tutorials_sizes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("fetch_tasks");
        QTest::newRow("fetch-sequential") << QStringLiteral("fetch-sequential") << 0;
        QTest::newRow("fetch-executor") << QStringLiteral("fetch-executor") << 6;
        QTest::newRow("fetch-async") << QStringLiteral("fetch-async") << 6;
    }
    void fetches_print_the_tutorials_sizes()
    {
        QFETCH(QString, id);
        QFETCH(int, fetch_tasks);
        const RunResult result = run_virtual(id, {{QStringLiteral("latency_ms"), 50}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const QStringList lines = result.output.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("[74443, 137795, 84429, 327409, 65139, 154872]"));
        QVERIFY2(QRegularExpression(QStringLiteral("^elapsed: \\d+\\.\\d{3} s$")).match(lines[1]).hasMatch(), qPrintable(lines[1]));
        QCOMPARE(lines[2], QString());
        QCOMPARE(int(result.tasks.size()), 1 + fetch_tasks);
        const QStringList sizes{QStringLiteral("74443"), QStringLiteral("137795"), QStringLiteral("84429"),
                                QStringLiteral("327409"), QStringLiteral("65139"), QStringLiteral("154872")};
        for (int i = 0; i < fetch_tasks; ++i) {
            QCOMPARE(result.tasks[std::size_t(i + 1)].name, QStringLiteral("fetch"));
            QCOMPARE(result.tasks[std::size_t(i + 1)].result, sizes[i]);
        }
        // The demo server's latencies pass on the loop clock: exact on the virtual clock, the sum
        // of the six when fetched one after another, the slowest when fetched concurrently.
        std::int64_t sum = 0, slowest = 0;
        for (const QString &word : demo::DemoPages::tutorial_words()) {
            const auto ms = demo::DemoPages::latency_for(word, std::chrono::milliseconds(50), 0.1).count();
            sum += ms;
            slowest = std::max<std::int64_t>(slowest, ms);
        }
        const std::int64_t expected_ms = fetch_tasks == 0 ? sum : slowest;
        QCOMPARE(result.elapsed_ns, expected_ms * 1'000'000);
        QCOMPARE(lines[1], QStringLiteral("elapsed: %1 s").arg(double(expected_ms) / 1000, 0, 'f', 3));
    }

    void sequential_takes_the_sum_and_the_others_the_slowest()
    {
        const int latency = 300;
        std::map<QString, double> elapsed;
        std::map<QString, int> jobs;
        for (const QString &id : {QStringLiteral("fetch-sequential"), QStringLiteral("fetch-executor"), QStringLiteral("fetch-async")}) {
            const RunResult result = run_scenario(*find_scenario(id), {.params = {{QStringLiteral("latency_ms"), latency}},
                                                                      .timeout = std::chrono::seconds(60)});
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            elapsed[id] = result.elapsed_ms();
            for (const aio::TraceEvent &e : result.events) {
                if (e.type == aio::TraceType::Executor && e.executor_phase == aio::ExecutorPhase::Start)
                    ++jobs[id];
            }
        }
        const QString figures = QStringLiteral("sequential %1 ms, executor %2 ms, async %3 ms")
                                    .arg(elapsed[QStringLiteral("fetch-sequential")])
                                    .arg(elapsed[QStringLiteral("fetch-executor")])
                                    .arg(elapsed[QStringLiteral("fetch-async")]);
        QVERIFY2(elapsed[QStringLiteral("fetch-sequential")] >= 6 * latency, qPrintable(figures));
        for (const QString &id : {QStringLiteral("fetch-executor"), QStringLiteral("fetch-async")}) {
            QVERIFY2(elapsed[id] >= latency, qPrintable(figures));
            QVERIFY2(elapsed[id] < 4 * latency, qPrintable(figures)); // far below the sum of six
        }
        QCOMPARE(jobs[QStringLiteral("fetch-sequential")], 0); // blocking on the loop thread
        QCOMPARE(jobs[QStringLiteral("fetch-executor")], 6);   // one pool job per page
        QCOMPARE(jobs[QStringLiteral("fetch-async")], 0);      // no threads at all
    }

    void fetch_async_shows_the_connection_limit()
    {
        // QNetworkAccessManager opens six connections per host: the 7th and 8th requests go on
        // the wire only once a first answer is in. (Every fetch passes through "queued for a
        // connection", so counting that phase proves nothing.) In a run the demo server answers
        // at once and the page's latency is held on the loop clock, so "answer in" marks when a
        // connection is free again.
        const RunResult result = run_virtual(QStringLiteral("fetch-async"),
                                             {{QStringLiteral("pages"), 8}, {QStringLiteral("latency_ms"), 500}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.tasks.size(), std::size_t(9));
        std::uint64_t first_answer = 0; // seq of the first "receiving" phase of any fetch
        std::vector<std::uint64_t> sent;  // seq of each fetch's "on the wire" phase
        for (const aio::TraceEvent &e : result.events) {
            if (e.type != aio::TraceType::Phase)
                continue;
            if (e.text.contains(QStringLiteral(": answer in, held ")) && first_answer == 0)
                first_answer = e.seq;
            if (e.text.endsWith(QStringLiteral(": on the wire")))
                sent.push_back(e.seq);
        }
        QCOMPARE(sent.size(), std::size_t(8));
        QVERIFY(first_answer != 0);
        // At most six were on the wire before an answer freed a connection, so the 7th and 8th
        // waited. (How many of the first six reach the wire before the first answer depends on
        // the sockets' scheduling: counting exactly two after it was a race.)
        const auto before = std::count_if(sent.begin(), sent.end(), [&](std::uint64_t seq) { return seq < first_answer; });
        QVERIFY2(before <= 6, qPrintable(QStringLiteral("%1 requests on the wire before the first answer").arg(before)));
    }

    void the_seventh_and_eighth_requests_wait_for_a_connection_in_loop_time()
    {
        // The fetch layer's six connections per host hold each request until its page is due on
        // the loop clock: the 7th and 8th are queued at the start and take the connections the
        // first two finished pages let go of, at exactly those moments.
        const RunResult result = run_virtual(QStringLiteral("fetch-async"),
                                             {{QStringLiteral("pages"), 8}, {QStringLiteral("latency_ms"), 500}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        std::map<std::uint64_t, std::int64_t> acquired_at, released_at, queued_at; // request -> when
        std::map<std::uint64_t, std::uint64_t> connection_of;
        std::vector<std::pair<std::int64_t, std::uint64_t>> releases; // (when, connection)
        for (const aio::TraceEvent &e : result.events) {
            if (e.type != aio::TraceType::Connection)
                continue;
            switch (e.connection_phase) {
            case aio::ConnectionPhase::Queued: queued_at[e.task] = e.t_ns; break;
            case aio::ConnectionPhase::Acquired:
                acquired_at[e.task] = e.t_ns;
                connection_of[e.task] = e.other;
                QVERIFY2(e.text.contains(QStringLiteral(" @ 127.0.0.1:")), qPrintable(e.text));
                break;
            case aio::ConnectionPhase::Released:
                released_at[e.task] = e.t_ns;
                releases.emplace_back(e.t_ns, e.other);
                break;
            default: break;
            }
        }
        QCOMPARE(acquired_at.size(), std::size_t(8));
        QCOMPARE(released_at.size(), std::size_t(8));
        QCOMPARE(queued_at.size(), std::size_t(2));
        std::set<std::uint64_t> connections;
        for (const auto &[request, connection] : connection_of)
            connections.insert(connection);
        QCOMPARE(connections, (std::set<std::uint64_t>{1, 2, 3, 4, 5, 6}));
        std::sort(releases.begin(), releases.end());
        int k = 0;
        for (const auto &[request, when] : queued_at) {
            // queued at the start, waited in loop time, took the k-th connection let go
            QVERIFY(acquired_at[request] > when);
            QCOMPARE(acquired_at[request], releases[std::size_t(k)].first);
            QCOMPARE(connection_of[request], releases[std::size_t(k)].second);
            QVERIFY(released_at[request] > acquired_at[request]); // then waited out its own latency
            ++k;
        }
    }

    void fetch_async_blocking_blocks_the_loop_page_after_page()
    {
        // blocking=true: each fetch task's first step is a blocking call, so the steps of the six
        // tasks follow one another, each lasting its page's latency on the loop clock, and the
        // total is the sum (the normal run's is the slowest page, see above).
        const RunResult result = run_virtual(QStringLiteral("fetch-async"),
                                             {{QStringLiteral("latency_ms"), 50}, {QStringLiteral("blocking"), true}});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.output.startsWith(QStringLiteral("[74443, 137795, 84429, 327409, 65139, 154872]\n")), qPrintable(result.output));
        std::int64_t sum = 0;
        std::vector<std::int64_t> latencies;
        for (const QString &word : demo::DemoPages::tutorial_words()) {
            latencies.push_back(demo::DemoPages::latency_for(word, std::chrono::milliseconds(50), 0.1).count() * 1'000'000);
            sum += latencies.back();
        }
        QCOMPARE(result.elapsed_ns, sum);
        std::map<std::uint64_t, std::int64_t> begun; // fetch task -> when its step began
        std::vector<std::pair<std::int64_t, std::int64_t>> steps; // [begin, end) of each blocking step
        for (const aio::TraceEvent &e : result.events) {
            if (e.task == result.tasks.front().id)
                continue; // main
            if (e.type == aio::TraceType::StepBegin)
                begun[e.task] = e.t_ns;
            if (e.type == aio::TraceType::StepEnd && begun.count(e.task) && e.t_ns > begun[e.task])
                steps.emplace_back(begun[e.task], e.t_ns);
        }
        QCOMPARE(steps.size(), std::size_t(6));
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].second - steps[i].first, latencies[i]); // the loop was blocked that long
            if (i > 0)
                QVERIFY(steps[i].first >= steps[i - 1].second); // one after another, never overlapping
        }
        int network_waits = 0; // no task ever awaited a network reply
        for (const aio::TraceEvent &e : result.events)
            network_waits += e.type == aio::TraceType::Phase && e.text.startsWith(QStringLiteral("network reply"));
        QCOMPARE(network_waits, 0);
    }

    void a_generator_left_early_is_finalized_later_unless_aclosing()
    {
        // As CPython: breaking out of async for leaves the generator to the loop's finalizer, a
        // task of its own that starts only after main has gone on; aclosing closes it at once.
        const auto aclose_task = [](const RunResult &result) -> const aio::TaskSummary * {
            for (const aio::TaskSummary &task : result.tasks)
                if (task.name.startsWith(QStringLiteral("aclose of async generator")))
                    return &task;
            return nullptr;
        };
        const RunResult dropped = run_virtual(QStringLiteral("async-generator"), {{QStringLiteral("break_after"), 0}});
        QVERIFY2(dropped.ok(), qPrintable(describe(dropped)));
        QCOMPARE(dropped.output, QStringLiteral("0 \nafter the loop\nmain done\n"));
        const aio::TaskSummary *finalizer = aclose_task(dropped);
        QVERIFY2(finalizer, qPrintable(lifetimes(dropped).join(u' ')));
        QCOMPARE(finalizer->status, aio::TaskStatus::Done);
        std::uint64_t after_loop = 0, finalizer_spawned = 0;
        for (const aio::TraceEvent &e : dropped.events) {
            if (e.type == aio::TraceType::Print && e.text.contains(QStringLiteral("after the loop")))
                after_loop = e.seq;
            if (e.type == aio::TraceType::Spawn && e.task == finalizer->id)
                finalizer_spawned = e.seq;
        }
        QVERIFY2(after_loop != 0 && finalizer_spawned > after_loop, "the finalizer did not wait for main to go on");

        const RunResult closed = run_virtual(QStringLiteral("async-generator"),
                                             {{QStringLiteral("break_after"), 0}, {QStringLiteral("use_aclosing"), true}});
        QVERIFY2(closed.ok(), qPrintable(describe(closed)));
        QCOMPARE(closed.output, dropped.output);
        QVERIFY2(!aclose_task(closed), qPrintable(lifetimes(closed).join(u' ')));
    }

    void a_refused_connection_fails_the_scenario()
    {
        for (const QString &id : {QStringLiteral("fetch-sequential"), QStringLiteral("fetch-executor"), QStringLiteral("fetch-async")}) {
            const RunResult result = run_virtual(id, {{QStringLiteral("urls"), QStringLiteral("http://127.0.0.1:1/search?q=apple")}});
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("refused")), qPrintable(id + u' ' + result.error));
            QCOMPARE(result.output, QString());
        }
    }

    // --- the runner ----------------------------------------------------------------------------
    void real_clock_takes_real_time()
    {
        const Scenario *scenario = find_scenario(QStringLiteral("gather-order"));
        const RunResult result = run_scenario(*scenario, {.timeout = std::chrono::seconds(30)});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.output, QStringLiteral("finished 1\nfinished 2\nfinished 0\n[0, 1, 2]\n"));
        QVERIFY2(result.elapsed_ms() >= 300 && result.elapsed_ms() < 3000, qPrintable(QString::number(result.elapsed_ms())));
    }

    void scaled_clock_runs_faster()
    {
        const Scenario *scenario = find_scenario(QStringLiteral("await-chain"));
        QElapsedTimer wall;
        wall.start();
        const RunResult result = run_scenario(*scenario, {.clock = aio::ClockMode::Scaled, .speed = 10.0, .timeout = std::chrono::seconds(30)});
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result.elapsed_ms() >= 1000); // loop time
        // About 100 ms of real time: a ratio within this run, not an absolute limit.
        const double wall_ms = std::max<double>(1, wall.elapsed());
        QVERIFY2(result.elapsed_ms() / wall_ms > 2.5, qPrintable(QStringLiteral("%1 ms loop time in %2 ms").arg(result.elapsed_ms()).arg(wall_ms)));
    }

    void output_is_streamed_as_printed()
    {
        QStringList pieces;
        const Scenario *scenario = find_scenario(QStringLiteral("await-chain"));
        const RunResult result = run_scenario(*scenario, {.clock = aio::ClockMode::Virtual,
                                                          .on_output = [&pieces](const QString &t) { pieces << t; }});
        QCOMPARE(pieces, (QStringList{QStringLiteral("1 + 2\n"), QStringLiteral("1 + 2 = 3\n")}));
        QCOMPARE(result.output, pieces.join(QString()));
    }

    void watchdog_stops_a_run_that_takes_too_long()
    {
        const Scenario *scenario = find_scenario(QStringLiteral("await-chain"));
        const RunResult result = run_scenario(*scenario, {.params = {{QStringLiteral("sleep"), 30.0}},
                                                          .timeout = std::chrono::milliseconds(100)});
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("timed out")), qPrintable(result.error));
        QCOMPARE(result.output, QStringLiteral("1 + 2\n"));
        QCOMPARE(result.tasks[0].status, aio::TaskStatus::Cancelled); // cancelled at shutdown
    }

    void parameters_are_checked()
    {
        const Scenario *scenario = find_scenario(QStringLiteral("await-chain"));
        QString error;
        QVariantMap params = resolve_params(*scenario, {{QStringLiteral("a"), QStringLiteral("7")}}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(params.value(QStringLiteral("a")).toInt(), 7);
        QCOMPARE(params.value(QStringLiteral("b")).toInt(), 2);
        params = resolve_params(*scenario, {{QStringLiteral("a"), QStringLiteral("seven")}}, &error);
        QVERIFY(params.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("'seven'")), qPrintable(error));
        params = resolve_params(*scenario, {{QStringLiteral("nope"), 1}}, &error);
        QVERIFY2(error.contains(QStringLiteral("no parameter 'nope'")), qPrintable(error));
        const RunResult result = run_scenario(*scenario, {.clock = aio::ClockMode::Virtual, .params = {{QStringLiteral("nope"), 1}}});
        QVERIFY(!result.ok());
        QVERIFY(result.events.empty()); // nothing ran
    }

    void every_parameter_has_a_documented_range()
    {
        for (const Scenario &scenario : all_scenarios()) {
            for (const ScenarioParam &param : scenario.params) {
                const QString where = scenario.id + u' ' + param.key;
                QVERIFY2(!param.range_text().isEmpty(), qPrintable(where));
                const int type = param.default_value.typeId();
                if (type == QMetaType::Int || type == QMetaType::Double) {
                    QVERIFY2(param.max < 1e9 && param.min > -1e9, qPrintable(where)); // really bounded
                    QVERIFY2(param.default_value.toDouble() >= param.min && param.default_value.toDouble() <= param.max, qPrintable(where));
                }
                if (type == QMetaType::QStringList)
                    QVERIFY2(param.max_items > 0, qPrintable(where));
                QString error;
                (void)resolve_params(scenario, {{param.key, param.default_value}}, &error);
                QVERIFY2(error.isEmpty(), qPrintable(where + u' ' + error)); // the default is accepted
            }
        }
    }

    void bad_parameters_are_refused_before_anything_runs_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QString &scenario, const QString &key, const QString &value,
                            const QString &message) { QTest::newRow(name) << scenario << key << value << message; };
        row("negative latency", QStringLiteral("fetch-async"), QStringLiteral("latency_ms"), QStringLiteral("-1000"), QStringLiteral("outside 0..60000 ms"));
        row("absurd latency", QStringLiteral("fetch-executor"), QStringLiteral("latency_ms"), QStringLiteral("99999999"), QStringLiteral("outside 0..60000 ms"));
        row("no pages", QStringLiteral("fetch-sequential"), QStringLiteral("pages"), QStringLiteral("0"), QStringLiteral("outside 1..1000"));
        row("100000 pages", QStringLiteral("fetch-async"), QStringLiteral("pages"), QStringLiteral("100000"), QStringLiteral("outside 1..1000"));
        row("NaN sleep", QStringLiteral("await-chain"), QStringLiteral("sleep"), QStringLiteral("nan"), QStringLiteral("0..86400 s"));
        row("infinite sleep", QStringLiteral("async-for"), QStringLiteral("sleep"), QStringLiteral("inf"), QStringLiteral("0..86400 s"));
        row("negative sleep", QStringLiteral("async-generator"), QStringLiteral("sleep"), QStringLiteral("-1"), QStringLiteral("outside 0..86400 s"));
        row("sleep over a day", QStringLiteral("async-with"), QStringLiteral("sleep"), QStringLiteral("86401"), QStringLiteral("outside 0..86400 s"));
        row("NaN burn", QStringLiteral("future-task"), QStringLiteral("burn"), QStringLiteral("nan"), QStringLiteral("0..60 s"));
        row("NaN delay", QStringLiteral("gather-order"), QStringLiteral("delays"), QStringLiteral("0.1,nan"), QStringLiteral("item 'nan' is outside"));
        row("too many delays", QStringLiteral("gather-order"), QStringLiteral("delays"), QString(QStringLiteral("0,").repeated(1001)), QStringLiteral("1001 items, but it accepts up to 1000"));
        row("file URL", QStringLiteral("fetch-async"), QStringLiteral("urls"), QStringLiteral("file:///etc/passwd"), QStringLiteral("scheme 'file'"));
        row("ftp URL", QStringLiteral("fetch-executor"), QStringLiteral("urls"), QStringLiteral("http://127.0.0.1:1/,ftp://example.com/x"), QStringLiteral("scheme 'ftp'"));
        row("not a URL", QStringLiteral("fetch-sequential"), QStringLiteral("urls"), QStringLiteral("apple"), QStringLiteral("'apple' is not a URL"));
        row("huge counter", QStringLiteral("async-generator"), QStringLiteral("stop"), QStringLiteral("2000000000"), QStringLiteral("outside 0..100000"));
    }

    void bad_parameters_are_refused_before_anything_runs()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Scenario *found = find_scenario(scenario);
        QVERIFY(found);
        QString error;
        QVERIFY(resolve_params(*found, {{key, value}}, &error).isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(u'\'' + key + u'\''), qPrintable(error));
        const RunResult result = run_scenario(*found, {.clock = aio::ClockMode::Virtual, .params = {{key, value}}});
        QVERIFY(!result.ok());
        QVERIFY(result.events.empty()); // nothing ran
    }

    void python_names_come_from_signatures()
    {
        QCOMPARE(python_name(QStringLiteral("aio::Coroutine<int> coroscope::scenarios::await_chain::add(int, int, double)")),
                 QStringLiteral("add"));
        QCOMPARE(python_name(QStringLiteral("fetch('apple')")), QStringLiteral("fetch('apple')"));
        QCOMPARE(python_name(QStringLiteral("main")), QStringLiteral("main"));
    }
};

QTEST_GUILESS_MAIN(ScenarioTest)
#include "tst_scenarios.moc"
