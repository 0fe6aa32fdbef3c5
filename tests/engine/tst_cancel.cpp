// SPDX-License-Identifier: MIT
// Cancellation, as asyncio delivers it: CancelledError thrown at the suspension point on the
// task's next step; awaited tasks and futures are cancelled along with their waiter.
#include "coro_test.h"

using namespace aio;

namespace {
Coroutine<int> sleeper(double seconds, int value)
{
    co_await sleep(seconds);
    co_return value;
}

Coroutine<int> sleeper_that_cleans_up(double seconds, QStringList *log)
{
    try {
        co_await sleep(seconds);
    } catch (const CancelledError &) {
        log->append(QStringLiteral("cleanup"));
        throw;
    }
    co_return 0;
}

Coroutine<int> suppressing_sleeper(double seconds)
{
    try {
        co_await sleep(seconds);
    } catch (const CancelledError &) {
        co_return 5; // swallows the cancellation
    }
    co_return 0;
}

Coroutine<int> await_task(Task<int> t)
{
    co_return 1 + co_await t;
}

Coroutine<bool> body_ran_flag(bool *ran)
{
    *ran = true;
    co_return true;
}

template<typename T>
bool is_cancelled_result(Task<T> &t)
{
    try {
        t.result();
    } catch (const CancelledError &) {
        return true;
    } catch (...) {
    }
    return false;
}
} // namespace

class CancelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancel_a_sleeping_task()
    {
        EventLoop loop(coro_test::virtual_time());
        auto task = loop.create_task(sleeper(10.0, 1));
        loop.call_later(1.0, [task]() mutable { QVERIFY(task.cancel()); });
        loop.run_until([&] { return task.done(); });
        QVERIFY(task.cancelled());
        QVERIFY(is_cancelled_result(task));
        QCOMPARE(loop.time(), 1.0); // delivered at once, not when the sleep would have ended
        QVERIFY(!task.cancel());    // asyncio: False once done
    }

    void catch_cancelled_error_and_clean_up()
    {
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        auto task = loop.create_task(sleeper_that_cleans_up(10.0, &log));
        loop.call_later(2.0, [task]() mutable { task.cancel(); });
        loop.run_until([&] { return task.done(); });
        QCOMPARE(log, QStringList{QStringLiteral("cleanup")});
        QVERIFY(task.cancelled());
    }

    void cancel_before_start_never_runs_the_body()
    {
        // asyncio: a task cancelled before its first step never enters its coroutine.
        EventLoop loop(coro_test::virtual_time());
        bool ran = false;
        auto task = loop.create_task(body_ran_flag(&ran));
        QVERIFY(task.cancel());
        QVERIFY(task.cancelling());
        loop.run_until([&] { return task.done(); });
        QVERIFY(!ran);
        QVERIFY(task.cancelled());
    }

    void cancelling_a_waiter_cancels_the_awaited_task()
    {
        EventLoop loop(coro_test::virtual_time());
        auto inner = loop.create_task(sleeper(10.0, 1));
        auto outer = loop.create_task(await_task(inner));
        loop.call_later(1.0, [outer]() mutable { outer.cancel(); });
        loop.run_until([&] { return outer.done() && inner.done(); });
        QVERIFY(inner.cancelled());
        QVERIFY(outer.cancelled());
        QCOMPARE(loop.time(), 1.0);
    }

    void awaited_task_that_swallows_the_cancel_lets_the_waiter_continue()
    {
        // asyncio quirk (3.11): outer.cancel() cancels the awaited inner task instead; if inner
        // suppresses it and returns 5, outer carries on and returns 6.
        EventLoop loop(coro_test::virtual_time());
        auto inner = loop.create_task(suppressing_sleeper(10.0));
        auto outer = loop.create_task(await_task(inner));
        loop.call_later(1.0, [outer]() mutable { QVERIFY(outer.cancel()); });
        QCOMPARE(loop.run_until_complete(outer), 6);
        QVERIFY(!outer.cancelled());
        QCOMPARE(inner.result(), 5);
    }

    void self_cancel_then_return_still_cancels()
    {
        // asyncio: a cancel requested during the last step cancels the task even if the
        // coroutine returns before reaching an await.
        EventLoop loop(coro_test::virtual_time());
        auto task = loop.create_task([]() -> Coroutine<int> {
            TaskCore::current()->cancel();
            co_return 3;
        }());
        loop.run_until([&] { return task.done(); });
        QVERIFY(task.cancelled());
    }

    void cancelling_a_task_awaiting_a_future_cancels_the_future()
    {
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        auto task = loop.create_task([](Future<int> fut) -> Coroutine<int> { co_return co_await fut; }(f));
        loop.call_later(0.5, [task]() mutable { task.cancel(); });
        loop.run_until([&] { return task.done(); });
        QVERIFY(f.cancelled());
        QVERIFY(task.cancelled());
    }

    void cancel_a_gather_cancels_its_children()
    {
        // asyncio 3.11: gather.cancel() cancels the children; awaiting the gather raises
        // CancelledError; the gather future itself finishes with that error (cancelled() False).
        EventLoop loop(coro_test::virtual_time());
        auto a = loop.create_task(sleeper(1.0, 1));
        auto b = loop.create_task(sleeper(1.0, 2));
        auto g = gather(a, b);
        auto waiter = loop.create_task([](Future<std::tuple<int, int>> gf) -> Coroutine<int> {
            auto [x, y] = co_await gf;
            co_return x + y;
        }(g));
        loop.call_later(0.25, [g]() mutable { QVERIFY(g.cancel()); });
        loop.run_until([&] { return waiter.done(); });
        QVERIFY(a.cancelled());
        QVERIFY(b.cancelled());
        QVERIFY(waiter.cancelled());
        QVERIFY(g.done());
        QCOMPARE(loop.time(), 0.25);
    }

    void cancelling_the_task_awaiting_a_gather_cancels_the_children()
    {
        EventLoop loop(coro_test::virtual_time());
        auto a = loop.create_task(sleeper(1.0, 1));
        auto b = loop.create_task(sleeper(2.0, 2));
        auto waiter = loop.create_task([](Task<int> x, Task<int> y) -> Coroutine<void> {
            co_await gather(x, y);
        }(a, b));
        loop.call_later(0.5, [waiter]() mutable { waiter.cancel(); });
        loop.run_until([&] { return waiter.done() && a.done() && b.done(); });
        QVERIFY(waiter.cancelled());
        QVERIFY(a.cancelled());
        QVERIFY(b.cancelled());
    }

    void cancel_while_ready_after_sleep_zero()
    {
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        auto task = loop.create_task([](QStringList *l) -> Coroutine<void> {
            try {
                for (;;)
                    co_await sleep(0);
            } catch (const CancelledError &) {
                l->append(QStringLiteral("cancelled in the yield loop"));
                throw;
            }
        }(&log));
        loop.call_soon([task]() mutable { task.cancel(); });
        loop.run_until([&] { return task.done(); });
        QVERIFY(task.cancelled());
        QCOMPARE(log.size(), 1);
    }

    void double_cancel_schedules_once()
    {
        EventLoop loop(coro_test::virtual_time());
        auto task = loop.create_task(sleeper(5.0, 1));
        loop.pause();
        loop.step(); // the task starts and sleeps
        QVERIFY(task.cancel());
        QVERIFY(task.cancel());
        QCOMPARE(loop.ready_count(), std::size_t(1));
        loop.resume();
        loop.run_until([&] { return task.done(); });
        QVERIFY(task.cancelled());
    }
};

QTEST_GUILESS_MAIN(CancelTest)
#include "tst_cancel.moc"
