// SPDX-License-Identifier: MIT
// The trace: every task's life as events, the task summary and the Chrome Trace export.
#include "coro_test.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <map>

using namespace aio;

namespace {
int g_sleep_line = 0;

Coroutine<int> add(int a, int b)
{
    g_sleep_line = __LINE__ + 1;
    co_await sleep(1.0);
    co_return a + b;
}

Coroutine<void> print_add(int a, int b)
{
    print(QStringLiteral("%1 + %2").arg(a).arg(b));
    const int result = co_await add(a, b);
    print(QStringLiteral("%1 + %2 = %3").arg(a).arg(b).arg(result));
}

Coroutine<void> child_then_fail()
{
    co_await sleep(0.5);
    throw std::runtime_error("child failed");
}

Coroutine<void> parent_of_two()
{
    auto ok = create_task(add(1, 1), QStringLiteral("ok"));
    auto bad = create_task(child_then_fail(), QStringLiteral("bad"));
    co_await ok;
    try {
        co_await bad;
    } catch (const std::runtime_error &) {
    }
}

void spin_3ms()
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(3);
    while (std::chrono::steady_clock::now() < until) {
    }
}

Coroutine<void> yield_then_await_then_spin(EventLoop &loop, Future<int> f)
{
    co_await sleep(0);
    loop.call_soon([f]() mutable {
        spin_3ms();
        f.set_result(1);
    });
    co_await f;
    spin_3ms();
    print(QStringLiteral("late"));
}

std::vector<TraceEvent> of_type(const std::vector<TraceEvent> &events, TraceType type)
{
    std::vector<TraceEvent> out;
    for (const auto &e : events)
        if (e.type == type)
            out.push_back(e);
    return out;
}
} // namespace

class TraceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void await_chain_events_in_order()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.set_output_handler([](const QString &) {});
        auto task = loop.create_task(print_add(1, 2), QStringLiteral("print_add"));
        loop.run_until_complete(task);
        const auto &events = recorder.events();

        QStringList types;
        for (const auto &e : events)
            if (e.task == task.id())
                types << QLatin1String(to_string(e.type));
        QCOMPARE(types, (QStringList{QStringLiteral("spawn"), QStringLiteral("schedule"), QStringLiteral("step_begin"),
                                     QStringLiteral("print"), QStringLiteral("step_end"), QStringLiteral("schedule"),
                                     QStringLiteral("step_begin"), QStringLiteral("print"), QStringLiteral("step_end"),
                                     QStringLiteral("done")}));
        // seq strictly increases; time is the loop clock
        for (std::size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i].seq > events[i - 1].seq);

        const auto step_ends = of_type(events, TraceType::StepEnd);
        QCOMPARE(step_ends.front().reason, StepEndReason::Await);
        QCOMPARE(step_ends.front().wait, WaitKind::Timer);
        QCOMPARE(step_ends.front().deadline_ns, std::int64_t(1'000'000'000));
        QCOMPARE(int(step_ends.front().src.line()), g_sleep_line); // the co_await inside add()
        QVERIFY(QString::fromUtf8(step_ends.front().src.file_name()).endsWith(QStringLiteral("tst_trace.cpp")));
        QCOMPARE(step_ends.back().reason, StepEndReason::Return);

        const auto prints = of_type(events, TraceType::Print);
        QCOMPARE(prints.size(), std::size_t(2));
        QCOMPARE(prints[0].text, QStringLiteral("1 + 2\n"));
        QCOMPARE(prints[0].t_ns, std::int64_t(0));
        QCOMPARE(prints[1].t_ns, std::int64_t(1'000'000'000));

        const auto done = of_type(events, TraceType::Done);
        QCOMPARE(done.back().outcome, DoneOutcome::Result);
        QCOMPARE(done.back().text, QStringLiteral("None"));
        QCOMPARE(of_type(events, TraceType::Schedule)[1].cause, ScheduleCause::Timer);
    }

    void summary_rows_states_and_times()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        auto main = loop.create_task(parent_of_two(), QStringLiteral("main"));
        loop.run_until_complete(main);
        const auto rows = summarize_tasks(recorder.events(), loop.now_ns());
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].name, QStringLiteral("main"));
        QCOMPARE(rows[0].status, TaskStatus::Done);
        QCOMPARE(rows[1].name, QStringLiteral("ok"));
        QCOMPARE(rows[1].parent, rows[0].id);
        QCOMPARE(rows[1].status, TaskStatus::Done);
        QCOMPARE(rows[1].result, QStringLiteral("2"));
        QCOMPARE(rows[1].finished_ns, std::int64_t(1'000'000'000));
        QCOMPARE(rows[1].waiting_ns, std::int64_t(1'000'000'000));
        QCOMPARE(rows[2].status, TaskStatus::Failed);
        QCOMPARE(rows[2].error, QStringLiteral("runtime_error: child failed"));
        QCOMPARE(rows[2].finished_ns, std::int64_t(500'000'000));
        QCOMPARE(rows[0].finished_ns, std::int64_t(1'000'000'000));
    }

    void await_edges_and_cancel_events()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        auto inner = loop.create_task(add(1, 2), QStringLiteral("inner"));
        auto outer = loop.create_task([](Task<int> t) -> Coroutine<int> { co_return co_await t; }(inner), QStringLiteral("outer"));
        loop.call_later(0.5, [outer]() mutable { outer.cancel(); });
        loop.run_until([&] { return outer.done() && inner.done(); });
        const auto edges = of_type(recorder.events(), TraceType::AwaitEdge);
        QVERIFY(edges.size() >= 2);
        QCOMPARE(edges[0].task, outer.id());
        QCOMPARE(edges[0].other, inner.id());
        QCOMPARE(edges[0].edge, EdgeOp::Add);
        const auto cancels = of_type(recorder.events(), TraceType::Cancel);
        // outer requested (from outside any task), inner requested, then delivered
        QVERIFY(cancels.size() >= 3);
        QCOMPARE(cancels[0].task, outer.id());
        QCOMPARE(cancels[0].cancel_phase, CancelPhase::Requested);
        QCOMPARE(cancels[0].other, std::uint64_t(0));
        QCOMPARE(cancels[1].task, inner.id());
        bool delivered = false;
        for (const auto &c : cancels)
            delivered = delivered || c.cancel_phase == CancelPhase::Delivered;
        QVERIFY(delivered);
        const auto step_ends = of_type(recorder.events(), TraceType::StepEnd);
        QVERIFY(std::any_of(step_ends.begin(), step_ends.end(), [&](const TraceEvent &e) {
            return e.task == outer.id() && e.wait == WaitKind::Task && e.text.contains(QStringLiteral("inner"));
        }));
    }

    void executor_jobs_are_traced_with_their_thread()
    {
        EventLoop loop;
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.run_until_complete(run_in_executor(loop, nullptr, [] {
            QThread::msleep(100);
            return 1;
        }));
        const auto jobs = of_type(recorder.events(), TraceType::Executor);
        QCOMPARE(jobs.size(), std::size_t(3));
        // Start and end are stamped on the pool thread, so the slice is the job's real run.
        const auto ran_ns = jobs[2].t_ns - jobs[1].t_ns;
        QVERIFY2(ran_ns >= 95'000'000, qPrintable(QString::number(ran_ns)));
        QVERIFY(jobs[1].t_ns >= jobs[0].t_ns);
        QCOMPARE(jobs[0].executor_phase, ExecutorPhase::Submit);
        QCOMPARE(jobs[1].executor_phase, ExecutorPhase::Start);
        QCOMPARE(jobs[2].executor_phase, ExecutorPhase::End);
        QVERIFY(jobs[1].other > 0);
        QCOMPARE(jobs[1].other, jobs[2].other);
    }

    void chrome_trace_has_a_track_per_task_and_a_slice_per_step()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.set_output_handler([](const QString &) {});
        loop.run_until_complete(loop.create_task(parent_of_two(), QStringLiteral("main")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trace.json"));
        QString error;
        QVERIFY(write_chrome_trace(path, recorder.events(), &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parse;
        const auto doc = QJsonDocument::fromJson(file.readAll(), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        const auto events = doc.object().value(QStringLiteral("traceEvents")).toArray();
        int thread_names = 0, slices = 0, begins = 0, ends = 0;
        for (const auto &v : events) {
            const auto o = v.toObject();
            const auto ph = o.value(QStringLiteral("ph")).toString();
            if (ph == QStringLiteral("M") && o.value(QStringLiteral("name")).toString() == QStringLiteral("thread_name"))
                ++thread_names;
            slices += ph == QStringLiteral("X");
            begins += ph == QStringLiteral("b");
            ends += ph == QStringLiteral("e");
        }
        const auto rows = summarize_tasks(recorder.events(), loop.now_ns());
        std::size_t steps = 0;
        for (const auto &r : rows)
            steps += r.steps;
        QCOMPARE(thread_names, 3);
        QCOMPARE(std::size_t(slices), steps);
        QCOMPARE(begins, ends);
    }

    void step_begins_carry_the_loop_iteration()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.set_output_handler([](const QString &) {});
        loop.run_until_complete(loop.create_task(parent_of_two(), QStringLiteral("main")));
        std::map<std::uint64_t, std::vector<std::uint64_t>> iterations; // task -> its steps' iterations
        std::uint64_t last = 0;
        for (const TraceEvent &e : of_type(recorder.events(), TraceType::StepBegin)) {
            QVERIFY(e.other >= last); // never back
            last = e.other;
            iterations[e.task].push_back(e.other);
        }
        // main (#1) runs in the first iteration and creates ok and bad: ready together, they run
        // in the second. A task woken by its timer runs an iteration after the timer's wake-up.
        QCOMPARE(iterations[1].front(), std::uint64_t(1));
        QCOMPARE(iterations[2].front(), std::uint64_t(2));
        QCOMPARE(iterations[3].front(), std::uint64_t(2));
        QVERIFY(iterations[2].back() > iterations[2].front() + 1);

        // Stepping one item at a time counts the same way: two tasks ready together, one iteration.
        EventLoop paused(coro_test::virtual_time());
        TraceRecorder stepped;
        paused.add_observer(&stepped);
        paused.pause();
        auto a = paused.create_task(add(1, 2), QStringLiteral("a"));
        auto b = paused.create_task(add(3, 4), QStringLiteral("b"));
        QVERIFY(paused.step());
        QVERIFY(paused.step());
        const auto steps = of_type(stepped.events(), TraceType::StepBegin);
        QCOMPARE(steps.size(), std::size_t(2));
        QCOMPARE(steps[0].other, steps[1].other);
        paused.resume();
        paused.run_until_complete(a);
        paused.run_until_complete(b);
    }

    void chrome_trace_extras_come_after_the_events()
    {
        // Perfetto stops at a top-level key it does not know, and older versions read the events
        // only when they come first: traceEvents first, then otherData and metadata.
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.run_until_complete(add(1, 2));
        ChromeTraceExtras extras;
        extras.other_data = QJsonObject{{QStringLiteral("producer"), QStringLiteral("test")}};
        extras.metadata = QJsonObject{{QStringLiteral("mine"), QJsonObject{{QStringLiteral("x"), 1}}}};
        const QByteArray json = to_chrome_trace(recorder.events(), extras);
        QVERIFY(json.startsWith("{\"traceEvents\":["));
        QVERIFY(json.indexOf("\"otherData\"") > json.indexOf("\"displayTimeUnit\""));
        QVERIFY(json.indexOf("\"metadata\"") > json.indexOf("\"otherData\""));
        QJsonParseError parse;
        const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("traceEvents")).toArray().size(),
                 QJsonDocument::fromJson(to_chrome_trace(recorder.events())).object().value(QStringLiteral("traceEvents")).toArray().size());
        QCOMPARE(root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("mine")).toObject().value(QStringLiteral("x")).toInt(), 1);
        QVERIFY(!to_chrome_trace(recorder.events()).contains("otherData")); // none asked for, none written
    }

    void trace_json_keeps_every_field_of_every_event()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.set_output_handler([](const QString &) {});
        loop.run_until_complete(loop.create_task(parent_of_two(), QStringLiteral("main")));
        loop.run_until_complete(run_in_executor(loop, nullptr, [] { return 1; }));
        std::vector<TraceEvent> events = recorder.events();
        // Fields the run leaves at their defaults, set to something else on purpose.
        TraceEvent odd;
        odd.seq = 99999;
        odd.t_ns = 123456789012345;
        odd.type = TraceType::AwaitEdge;
        odd.edge = EdgeOp::Remove;
        odd.connection_phase = ConnectionPhase::Receiving;
        odd.cancel_phase = CancelPhase::Delivered;
        odd.executor_phase = ExecutorPhase::End;
        odd.outcome = DoneOutcome::Cancelled;
        odd.cause = ScheduleCause::Io;
        odd.reason = StepEndReason::Yield;
        odd.wait = WaitKind::Sync;
        odd.spawn_kind = SpawnKind::AsyncGenerator;
        odd.deadline_ns = -5;
        odd.text = QStringLiteral("ünïcode \"quoted\"\n");
        events.push_back(odd);

        const QByteArray json = QJsonDocument(trace_to_json(events)).toJson(QJsonDocument::Compact);
        std::vector<TraceEvent> back;
        QString error;
        QVERIFY2(trace_from_json(QJsonDocument::fromJson(json).object(), back, &error), qPrintable(error));
        QCOMPARE(back.size(), events.size());
        const auto same_text = [](const char *a, const char *b) { return QByteArray(a) == QByteArray(b); };
        for (std::size_t i = 0; i < events.size(); ++i) {
            const TraceEvent &a = events[i], &b = back[i];
            QCOMPARE(b.seq, a.seq);
            QCOMPARE(b.t_ns, a.t_ns);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.task, a.task);
            QCOMPARE(b.other, a.other);
            QCOMPARE(b.spawn_kind, a.spawn_kind);
            QCOMPARE(b.cause, a.cause);
            QCOMPARE(b.reason, a.reason);
            QCOMPARE(b.wait, a.wait);
            QCOMPARE(b.outcome, a.outcome);
            QCOMPARE(b.cancel_phase, a.cancel_phase);
            QCOMPARE(b.executor_phase, a.executor_phase);
            QCOMPARE(b.edge, a.edge);
            QCOMPARE(b.connection_phase, a.connection_phase);
            QCOMPARE(b.deadline_ns, a.deadline_ns);
            QCOMPARE(b.text, a.text);
            QVERIFY(same_text(b.src.file_name(), a.src.file_name()));
            QVERIFY(same_text(b.src.function_name(), a.src.function_name()));
            QCOMPARE(b.src.line(), a.src.line());
            QCOMPARE(b.src.column(), a.src.column());
        }
        // Interned: the same name twice is the same pointer, stable for the program's life.
        QVERIFY(back.front().src.file_name() == SourceLocation::make(QString::fromUtf8(back.front().src.file_name()), {}, 1, 1).file_name());
    }

    void trace_json_refuses_malformed_events()
    {
        const auto read = [](const char *json, QString *error) {
            std::vector<TraceEvent> events(3);
            const bool ok = trace_from_json(QJsonDocument::fromJson(json).object(), events, error);
            if (!ok && !events.empty())
                *error = QStringLiteral("events left behind");
            return ok;
        };
        QString error;
        QVERIFY(read(R"({"files":[],"functions":[],"events":[{"seq":1,"t":0,"type":"print","text":"x"}]})", &error));
        QVERIFY(!read(R"({"files":[],"functions":[]})", &error));
        QVERIFY(error.contains(QStringLiteral("no list of events")));
        QVERIFY(!read(R"({"files":[],"functions":[],"events":[{"seq":1,"t":0,"type":"teleport"}]})", &error));
        QCOMPARE(error, QStringLiteral("event 0: unknown type 'teleport'"));
        QVERIFY(!read(R"({"files":[],"functions":[],"events":[{"seq":1,"t":0.5,"type":"print"}]})", &error));
        QVERIFY(error.startsWith(QStringLiteral("event 0: a number field")));
        QVERIFY(!read(R"({"files":[],"functions":[],"events":[{"seq":1,"t":0,"type":"done","outcome":"maybe"}]})", &error));
        QVERIFY(error.contains(QStringLiteral("unknown kind")));
        QVERIFY(!read(R"({"files":["a.cpp"],"functions":[],"events":[{"seq":1,"t":0,"type":"spawn","src":[3,1,1,-1]}]})", &error));
        QVERIFY(error.contains(QStringLiteral("src refers to no listed file")));
        QVERIFY(!read(R"({"files":[],"functions":[],"events":[{"seq":-1,"t":0,"type":"print"}]})", &error));
    }

    void unwritable_trace_path_is_a_clear_error()
    {
        QString error;
        QVERIFY(!write_chrome_trace(QStringLiteral("/nonexistent-dir/x/trace.json"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("cannot write trace file")));
    }

    void the_event_log_reads_like_a_vector_across_its_blocks()
    {
        TraceEventLog log;
        QVERIFY(log.empty());
        const std::size_t n = 3 * TraceEventLog::block_events + 7;
        TraceEvent e;
        e.text = QStringLiteral("first");
        log.push_back(e);
        const TraceEvent *first = &log.front();
        for (std::size_t i = 1; i < n; ++i) {
            e.seq = i;
            e.text = QString::number(i);
            log.push_back(e);
        }
        QCOMPARE(log.size(), n);
        QCOMPARE(log.block_count(), std::size_t(4));
        QCOMPARE(&log.front(), first); // appending never moved it
        QCOMPARE(log.front().text, QStringLiteral("first"));
        QCOMPARE(log.back().seq, n - 1);
        QCOMPARE(log[TraceEventLog::block_events].seq, std::uint64_t(TraceEventLog::block_events));
        std::uint64_t expected = 0;
        for (const TraceEvent &event : log)
            QCOMPARE(event.seq, expected++);
        QCOMPARE(expected, std::uint64_t(n));
        QCOMPARE(std::size_t(log.end() - log.begin()), n);
        QCOMPARE(log.rbegin()->seq, n - 1);
        QCOMPARE((log.begin() + 600)->seq, std::uint64_t(600));
        QCOMPARE(log.begin()[601].seq, std::uint64_t(601));
        QVERIFY(std::is_sorted(log.begin(), log.end(),
                               [](const TraceEvent &a, const TraceEvent &b) { return a.seq < b.seq; }));

        const std::vector<TraceEvent> copy = log; // the implicit conversion the vector APIs use
        QCOMPARE(copy.size(), n);
        QCOMPARE(copy.back().text, QString::number(n - 1));
        TraceEventLog copied = log;
        QCOMPARE(copied.size(), n);
        QCOMPARE(copied[n - 2].text, QString::number(n - 2));
        TraceEventLog moved = std::move(copied);
        QCOMPARE(moved.size(), n);
        QVERIFY(copied.empty()); // NOLINT: a moved-from log is empty
        QCOMPARE(copied.block_count(), std::size_t(0));

        log.clear(); // keeps its blocks for the next events
        QVERIFY(log.empty());
        QCOMPARE(log.block_count(), std::size_t(4));
        log.push_back(e);
        QCOMPARE(&log.front(), first); // the first block again
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log.back().text, QString::number(n - 1));
        log.release();
        QCOMPARE(log.block_count(), std::size_t(0));
        QVERIFY(log.empty());
    }

    void a_step_transition_shares_one_clock_reading_and_user_code_reads_its_own()
    {
        // On the real clock: a task yields, a callback then busy-waits before finishing a future,
        // and the task, woken, busy-waits before printing. The events of each transition share
        // one stamp; what user code does after it is stamped when it happens.
        EventLoop loop;
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.set_output_handler([](const QString &) {});
        Future<int> f(loop);
        auto task = loop.create_task(yield_then_await_then_spin(loop, f), QStringLiteral("body"));
        loop.run_until_complete(task);

        std::vector<TraceEvent> mine;
        for (const TraceEvent &e : recorder.events())
            if (e.task == task.id() || e.task == f.id())
                mine.push_back(e);
        const auto find = [&](TraceType type, int nth = 0) -> const TraceEvent & {
            for (const TraceEvent &e : mine)
                if (e.type == type && nth-- == 0)
                    return e;
            qFatal("no such event");
        };
        // sleep(0): the Schedule, the StepEnd and the next StepBegin are one transition.
        QCOMPARE(find(TraceType::Schedule, 1).t_ns, find(TraceType::StepEnd, 0).t_ns);
        QCOMPARE(find(TraceType::StepBegin, 1).t_ns, find(TraceType::StepEnd, 0).t_ns);
        // The callback's busy wait comes before the future's Done, and the Done, the wake-up
        // (AwaitEdge remove, Schedule) share its reading.
        const TraceEvent &done = find(TraceType::Done, 0);
        QCOMPARE(done.task, f.id());
        QVERIFY(done.t_ns - find(TraceType::StepEnd, 1).t_ns >= 3'000'000);
        QCOMPARE(find(TraceType::AwaitEdge, 1).t_ns, done.t_ns);
        QCOMPARE(find(TraceType::Schedule, 2).t_ns, done.t_ns);
        // The task's own busy wait comes before its print.
        QVERIFY(find(TraceType::Print, 0).t_ns - find(TraceType::StepBegin, 2).t_ns >= 3'000'000);
    }

    void without_observers_nothing_is_recorded()
    {
        EventLoop loop(coro_test::virtual_time());
        QVERIFY(!loop.tracing());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        loop.remove_observer(&recorder);
        loop.run_until_complete(add(1, 2));
        QVERIFY(recorder.events().empty());
    }
};

QTEST_GUILESS_MAIN(TraceTest)
#include "tst_trace.moc"
