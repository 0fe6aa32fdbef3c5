// SPDX-License-Identifier: MIT
// Stress: many tasks cancelled at random points, and a flood of ready steps against a Qt timer.
// Sized to finish in seconds in the normal build; sanitizer builds (2-20x slower) run fewer
// tasks and steps, the same checks.
#include "coro_test.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <unordered_map>

using namespace aio;

namespace {

#if defined(COROSCOPE_SANITIZED_BUILD)
constexpr int kTasks = 20'000;
constexpr int kReadySteps = 200'000;
#else
constexpr int kTasks = 100'000;
constexpr int kReadySteps = 1'000'000;
#endif

/// A few awaits of different kinds, so a cancel can land on a timer, an event's future, a child
/// task or a ready step; every 7th raises at the end.
Coroutine<int> worker(int seed, Event *gate)
{
    QRandomGenerator random{quint32(seed)};
    int steps = 0;
    for (int i = 0; i < 3; ++i) {
        switch (random.bounded(4)) {
        case 0: co_await sleep(random.bounded(1, 1000) / 1000.0); break;
        case 1: co_await sleep(0); break;
        case 2: co_await gate->wait(); break;
        default: co_await get_event_loop().create_task([](int ms) -> Coroutine<void> { co_await sleep(ms / 1000.0); }(random.bounded(1, 500))); break;
        }
        ++steps;
    }
    if (seed % 7 == 0)
        throw std::runtime_error("worker failed");
    co_return steps;
}

/// This thread's CPU time in milliseconds.
qint64 thread_cpu_ms()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

} // namespace

class StressTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tasks_cancelled_at_random_points_all_finish()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder recorder;
        loop.add_observer(&recorder);
        coro_test::Reports reports(loop);
        QRandomGenerator random(20240611);
        Event gate;
        std::vector<Task<int>> tasks;
        tasks.reserve(kTasks);
        for (int i = 0; i < kTasks; ++i)
            tasks.push_back(loop.create_task(worker(i, &gate)));
        // Each task is cancelled at a random moment of the first second (some before their first
        // step, some in a sleep, some on the gate, some never); the gate opens at 0.5 s.
        int cancels_planned = 0;
        for (int i = 0; i < kTasks; ++i) {
            if (random.bounded(4) == 0)
                continue;
            ++cancels_planned;
            (void)loop.call_later(random.bounded(0, 1000) / 1000.0, [task = tasks[std::size_t(i)]]() mutable { task.cancel(); });
        }
        (void)loop.call_later(0.5, [&gate] { gate.set(); });
        QElapsedTimer wall;
        wall.start();
        loop.run_until([&] { return std::all_of(tasks.begin(), tasks.end(), [](const Task<int> &t) { return t.done(); }); });
        qInfo("%d tasks, %d cancels planned: %lld ms of wall time", kTasks, cancels_planned, wall.elapsed());

        int done = 0, failed = 0, cancelled = 0;
        for (auto &task : tasks) {
            QVERIFY(task.done());
            if (task.cancelled())
                ++cancelled;
            else if (task.exception())
                ++failed;
            else
                ++done;
        }
        QCOMPARE(done + failed + cancelled, kTasks);
        QVERIFY(cancelled > 0 && failed > 0 && done > 0);
        QVERIFY(cancelled <= cancels_planned); // only those asked; a shared Event is not cancelled
        // Nothing left behind: no live task (the children included), no timer but stale ones.
        loop.run_until([&] { return loop.timer_count() == 0 && loop.ready_count() == 0; });
        QCOMPARE(loop.live_task_count(), std::size_t(0));
        // The trace accounts for every task: one spawn and one final state each.
        const auto summaries = summarize_tasks(recorder.events(), loop.now_ns());
        std::unordered_map<std::uint64_t, TaskStatus> status;
        for (const auto &s : summaries)
            if (s.kind == SpawnKind::Task)
                status[s.id] = s.status;
        for (auto &task : tasks) {
            const auto it = status.find(task.id());
            QVERIFY(it != status.end());
            const TaskStatus expected = task.cancelled() ? TaskStatus::Cancelled
                                        : task.exception() ? TaskStatus::Failed
                                                           : TaskStatus::Done;
            QCOMPARE(int(it->second), int(expected));
        }
        for (const auto &[id, s] : status)
            QVERIFY2(s == TaskStatus::Done || s == TaskStatus::Failed || s == TaskStatus::Cancelled,
                     qPrintable(QStringLiteral("task %1 is still %2").arg(id).arg(QLatin1String(to_string(s)))));
        loop.remove_observer(&recorder);
    }

    void a_flood_of_ready_steps_does_not_starve_a_qt_timer()
    {
        // One task yields (sleep(0)) kReadySteps times: each yield is a ready step. The loop
        // drains in batches with a 4 ms budget, so a 10 ms QTimer keeps ticking, never more than
        // 20 ms late. The gaps are measured on this thread's CPU clock: while the flood runs the
        // thread is always busy, so that is the time the loop kept Qt from the timer, without
        // the moments a loaded machine gives the CPU to another process (the wall-clock gaps are
        // printed too).
        EventLoop loop;
        QElapsedTimer wall;
        wall.start();
        qint64 last_cpu = 0, last_wall = 0;
        qint64 worst_cpu_gap = 0, worst_wall_gap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            const qint64 cpu = thread_cpu_ms();
            const qint64 now = wall.elapsed();
            if (ticks++ > 0) {
                worst_cpu_gap = std::max(worst_cpu_gap, cpu - last_cpu);
                worst_wall_gap = std::max(worst_wall_gap, now - last_wall);
            }
            last_cpu = cpu;
            last_wall = now;
        });
        timer.start(10);
        // At least kReadySteps, and until the timer has ticked a dozen times so there are gaps
        // to measure (an optimised build runs a million steps in a few tens of milliseconds; a
        // loaded machine may give this thread the CPU only now and then). A starved timer never
        // gets there: the flood gives up after 10 s and the tick count below fails.
        auto flood = [](const QElapsedTimer *since, const int *ticks) -> Coroutine<int> {
            int steps = 0;
            while ((steps < kReadySteps || *ticks < 12) && since->elapsed() < 10000) {
                co_await sleep(0);
                ++steps;
            }
            co_return steps;
        };
        const int steps = loop.run_until_complete(flood(&wall, &ticks));
        qInfo("%d ready steps in %lld ms, %d timer ticks, worst gap %lld ms of CPU (%lld ms of wall time)", steps,
              wall.elapsed(), ticks, worst_cpu_gap, worst_wall_gap);
        QVERIFY(steps >= kReadySteps);
        QVERIFY(ticks >= 10);
        QVERIFY2(worst_cpu_gap <= 10 + 20, qPrintable(QString::number(worst_cpu_gap)));
    }
};

QTEST_GUILESS_MAIN(StressTest)
#include "tst_stress.moc"
