// SPDX-License-Identifier: MIT
// aio::EventLoop: callbacks, running and stopping, threads, batching, pause and step.
#include "coro_test.h"

#include <QThreadPool>
#include <QTimer>
#include <atomic>

using namespace aio;

namespace {
Coroutine<void> yield_forever(std::uint64_t *count)
{
    for (;;) {
        ++*count;
        co_await sleep(0);
    }
}

Coroutine<void> yield_n(int n)
{
    for (int i = 0; i < n; ++i)
        co_await sleep(0);
}

Coroutine<int> worker(QStringList *log, QString name, double delay)
{
    log->append(name + QStringLiteral(" a"));
    co_await sleep(delay);
    log->append(name + QStringLiteral(" b"));
    co_await sleep(0);
    log->append(name + QStringLiteral(" c"));
    co_return 1;
}

/// Counts every event Qt delivers, to prove the loop does not post one per resumption.
class EventCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *) override
    {
        ++count;
        return false;
    }
};

/// A Qt timer that keeps ticking while the loop runs proves the loop never blocks Qt.
class EventLoopChecker
{
public:
    explicit EventLoopChecker(int interval_ms)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++ticks; });
        m_timer.start(interval_ms);
    }
    int ticks = 0;

private:
    QTimer m_timer;
};
} // namespace

class LoopTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void call_soon_runs_in_fifo_order()
    {
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        for (int i = 0; i < 5; ++i)
            loop.call_soon([&order, i] { order << i; });
        QVERIFY(order.isEmpty());
        loop.run_until([&] { return order.size() == 5; });
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    }

    void call_later_and_call_at_fire_by_deadline_then_fifo()
    {
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        loop.call_later(2.0, [&] { order << 2; });
        loop.call_later(1.0, [&] { order << 1; });
        loop.call_at(loop.now_ns() + 1'000'000'000, [&] { order << 11; }); // same deadline: FIFO
        auto cancelled = loop.call_later(0.5, [&] { order << -1; });
        cancelled.cancel();
        QVERIFY(cancelled.cancelled());
        loop.run_until([&] { return order.size() == 3; });
        QCOMPARE(order, (QList<int>{1, 11, 2}));
        QCOMPARE(loop.time(), 2.0);
    }

    void run_forever_until_stop()
    {
        EventLoop loop(coro_test::virtual_time());
        int calls = 0;
        loop.call_later(3.0, [&] {
            ++calls;
            loop.stop();
        });
        loop.run_forever();
        QCOMPARE(calls, 1);
        QCOMPARE(loop.time(), 3.0);
        QVERIFY(!loop.is_running());
    }

    void exception_in_callback_is_reported_and_the_loop_goes_on()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        bool after = false;
        loop.call_soon([] { throw std::runtime_error("callback broke"); });
        loop.call_soon([&] { after = true; });
        loop.run_until([&] { return after; });
        QVERIFY(reports.contains(QStringLiteral("callback broke")));
    }

    void call_soon_threadsafe_from_a_pool_thread()
    {
        EventLoop loop;
        std::atomic<bool> ran_on_pool{false};
        Qt::HANDLE loop_thread = QThread::currentThreadId();
        Qt::HANDLE callback_thread = nullptr;
        bool done = false;
        QThreadPool pool;
        pool.start([&] {
            ran_on_pool = QThread::currentThreadId() != loop_thread;
            loop.call_soon_threadsafe([&] {
                callback_thread = QThread::currentThreadId();
                done = true;
            });
        });
        loop.run_until([&] { return done; });
        pool.waitForDone();
        QVERIFY(ran_on_pool);
        QCOMPARE(callback_thread, loop_thread);
    }

    void poster_to_a_closed_loop_is_dropped_safely()
    {
        LoopPoster poster;
        {
            EventLoop loop;
            poster = loop.poster();
            QVERIFY(poster.post([] {}));
        }
        QVERIFY(!poster.post([] {}));
    }

    void ready_queue_is_drained_in_batches_not_one_qt_event_per_resume()
    {
        EventLoop loop(coro_test::virtual_time());
        EventCounter counter;
        QCoreApplication::instance()->installEventFilter(&counter);
        loop.run_until_complete(yield_n(10000));
        QCoreApplication::instance()->removeEventFilter(&counter);
        QVERIFY2(counter.count < 100, qPrintable(QString::number(counter.count)));
    }

    void a_busy_loop_does_not_starve_qt_timers()
    {
        // A task yielding forever still leaves room for Qt's own timers (the batch budget): the
        // Qt timer reaches five ticks while the spinner runs. Starved, it never would (and the
        // watchdog would end the wait).
        EventLoop loop;
        EventLoopChecker checker(10);
        std::uint64_t yields = 0;
        auto spinner = loop.create_task(yield_forever(&yields));
        bool watchdog = false;
        QTimer::singleShot(20000, [&] { watchdog = true; });
        loop.run_until([&] { return checker.ticks >= 5 || watchdog; });
        QVERIFY(!watchdog);
        QVERIFY(yields > 100);
        spinner.cancel();
        loop.run_until([&] { return spinner.done(); });
    }

    void cancelled_timers_do_not_move_virtual_time()
    {
        EventLoop loop(coro_test::virtual_time());
        auto far = loop.call_later(10.0, [] {});
        far.cancel();
        bool fired = false;
        loop.call_later(1.0, [&] { fired = true; });
        loop.run_until([&] { return fired; });
        loop.run_until([&] { return loop.ready_count() == 0; });
        QCOMPARE(loop.time(), 1.0);
        QCOMPARE(loop.timer_count(), std::size_t(0));
    }

    void pause_and_step_run_exactly_one_item()
    {
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        loop.pause();
        auto a = loop.create_task(worker(&log, QStringLiteral("x"), 1.0));
        auto b = loop.create_task(worker(&log, QStringLiteral("y"), 2.0));
        QCOMPARE(loop.ready_count(), std::size_t(2));
        QVERIFY(loop.step());
        QCOMPARE(log, QStringList{QStringLiteral("x a")});
        QVERIFY(loop.step());
        QCOMPARE(log, (QStringList{QStringLiteral("x a"), QStringLiteral("y a")}));
        QCOMPARE(loop.time(), 0.0);
        QVERIFY(loop.step()); // nothing ready: time moves to x's deadline, its timer fires
        QCOMPARE(loop.time(), 1.0);
        QCOMPARE(log.last(), QStringLiteral("y a"));
        QVERIFY(loop.step()); // as asyncio's sleep, the task wakes one iteration after its timer
        QCOMPARE(log.last(), QStringLiteral("x b"));
        while (loop.step()) {
        }
        QVERIFY(a.done() && b.done());
        QCOMPARE(log, (QStringList{QStringLiteral("x a"), QStringLiteral("y a"), QStringLiteral("x b"),
                                   QStringLiteral("x c"), QStringLiteral("y b"), QStringLiteral("y c")}));
        QCOMPARE(loop.time(), 2.0);
    }

    void stepping_is_deterministic_and_matches_running()
    {
        auto trace_of = [](bool stepping) {
            EventLoop loop(coro_test::virtual_time());
            TraceRecorder recorder;
            loop.add_observer(&recorder);
            QStringList log;
            if (stepping)
                loop.pause();
            auto a = loop.create_task(worker(&log, QStringLiteral("x"), 0.5));
            auto b = loop.create_task(worker(&log, QStringLiteral("y"), 0.25));
            if (stepping) {
                while (loop.step()) {
                }
            } else {
                loop.run_until([&] { return a.done() && b.done(); });
            }
            QStringList summary;
            for (const auto &e : recorder.events())
                summary << QStringLiteral("%1:%2:%3").arg(QLatin1String(to_string(e.type))).arg(e.task).arg(e.t_ns);
            return summary;
        };
        const auto stepped = trace_of(true);
        QCOMPARE(trace_of(true), stepped);
        QCOMPARE(trace_of(false), stepped);
    }

    void paused_real_clock_freezes_time()
    {
        EventLoop loop;
        loop.pause();
        const auto t0 = loop.now_ns();
        QTest::qWait(20); // the point here is that time does NOT move while paused
        QCOMPARE(loop.now_ns(), t0);
        loop.resume();
    }

    void close_with_pending_tasks_warns_and_does_not_crash()
    {
        QStringList seen;
        {
            EventLoop loop(coro_test::virtual_time());
            loop.set_report_handler([&](const QString &m) { seen << m; });
            std::uint64_t yields = 0;
            auto t = loop.create_task(yield_forever(&yields));
            loop.call_later(100.0, [] {});
            loop.close();
            loop.close(); // twice is harmless
        }
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().contains(QStringLiteral("pending")));
    }

    void default_executor_is_sized_like_python()
    {
        EventLoop loop;
        QCOMPARE(loop.default_executor()->maxThreadCount(), std::min(32, QThread::idealThreadCount() + 4));
    }

    void get_event_loop_returns_the_current_loop()
    {
        EventLoop outer;
        QCOMPARE(&get_event_loop(), &outer);
        {
            EventLoop inner;
            QCOMPARE(&get_event_loop(), &inner);
        }
        QCOMPARE(&get_event_loop(), &outer);
    }
};

QTEST_GUILESS_MAIN(LoopTest)
#include "tst_loop.moc"
