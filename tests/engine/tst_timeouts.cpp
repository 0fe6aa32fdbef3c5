// SPDX-License-Identifier: MIT
// asyncio.wait_for, asyncio.timeout and asyncio.shield (Python 3.11 semantics) on the virtual
// clock. Expected times come from running the same code on Python 3.11.
#include "coro_test.h"

using namespace aio;

namespace {
QStringList g_log;

void log(const QString &line)
{
    g_log << QStringLiteral("%1 %2").arg(get_event_loop().time(), 0, 'f', 1).arg(line);
}

Coroutine<int> value_after(double seconds, int value)
{
    co_await sleep(seconds);
    co_return value;
}

/// Catches CancelledError, cleans up for half a second (awaiting), then re-raises.
Coroutine<int> slow_with_cleanup()
{
    bool cancelled = false;
    try {
        co_await sleep(10.0);
    } catch (const CancelledError &) {
        log(QStringLiteral("caught CancelledError"));
        cancelled = true;
    }
    if (cancelled) {
        co_await sleep(0.5);
        log(QStringLiteral("cleaned up"));
        throw CancelledError();
    }
    co_return 1;
}

/// Swallows the cancellation and returns a value after cleaning up.
Coroutine<int> swallows_cancellation()
{
    try {
        co_await sleep(10.0);
    } catch (const CancelledError &) {
    }
    co_await sleep(0.5);
    co_return 42;
}

Coroutine<int> work(double seconds)
{
    co_await sleep(seconds);
    log(QStringLiteral("work done"));
    co_return 7;
}
} // namespace

class TimeoutsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { g_log.clear(); }

    // --- wait_for ------------------------------------------------------------------------------

    void wait_for_returns_the_result_in_time()
    {
        EventLoop loop(coro_test::virtual_time());
        QCOMPARE(coro_test::run(loop, []() -> Coroutine<int> { co_return co_await wait_for(value_after(1.0, 5), 2.0); }()), 5);
        QCOMPARE(loop.time(), 1.0);
    }

    void wait_for_times_out_a_task_that_catches_cancellation_and_cleans_up()
    {
        // Python 3.11: caught at 1.0, cleaned at 1.5, TimeoutError at 1.5 (wait_for waits for
        // the cancelled task to finish its cleanup).
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            try {
                co_await wait_for(slow_with_cleanup(), 1.0);
                log(QStringLiteral("no timeout?"));
            } catch (const TimeoutError &) {
                log(QStringLiteral("TimeoutError"));
            }
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 caught CancelledError"), QStringLiteral("1.5 cleaned up"),
                                     QStringLiteral("1.5 TimeoutError")}));
    }

    void wait_for_returns_the_value_of_a_task_that_swallowed_the_cancellation()
    {
        // Python 3.11: `await wait_for(swallow(), 1)` returns 42 at 1.5.
        EventLoop loop(coro_test::virtual_time());
        QCOMPARE(coro_test::run(loop, []() -> Coroutine<int> { co_return co_await wait_for(swallows_cancellation(), 1.0); }()), 42);
        QCOMPARE(loop.time(), 1.5);
    }

    void wait_for_with_zero_timeout_never_starts_a_coroutine()
    {
        EventLoop loop(coro_test::virtual_time());
        QVERIFY_THROWS_EXCEPTION(TimeoutError, coro_test::run(loop, []() -> Coroutine<int> {
            co_return co_await wait_for(work(1.0), 0.0);
        }()));
        QVERIFY(g_log.isEmpty());
        QCOMPARE(loop.time(), 0.0);
    }

    void cancelling_the_waiter_cancels_the_inner_task_and_waits_for_it()
    {
        EventLoop loop(coro_test::virtual_time());
        auto outer = loop.create_task([]() -> Coroutine<int> { co_return co_await wait_for(slow_with_cleanup(), 5.0); }());
        coro_test::run(loop, [](Task<int> outer) -> Coroutine<void> {
            co_await sleep(2.0);
            outer.cancel();
            try {
                co_await outer;
            } catch (const CancelledError &) {
                log(QStringLiteral("outer cancelled"));
            }
        }(outer));
        QCOMPARE(g_log, (QStringList{QStringLiteral("2.0 caught CancelledError"), QStringLiteral("2.5 cleaned up"),
                                     QStringLiteral("2.5 outer cancelled")}));
    }

    void wait_for_passes_errors_through()
    {
        EventLoop loop(coro_test::virtual_time());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, coro_test::run(loop, []() -> Coroutine<void> {
            co_await wait_for([]() -> Coroutine<void> {
                co_await sleep(0.5);
                throw std::runtime_error("inner");
            }(), std::chrono::seconds(1));
        }()));
        QCOMPARE(loop.time(), 0.5);
    }

    // --- timeout scope ----------------------------------------------------------------------------

    void timeout_scope_turns_its_cancellation_into_timeout_error()
    {
        // async with asyncio.timeout(1): await slow()   -> TimeoutError after the cleanup
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            try {
                co_await async_with(timeout(1.0), []() -> Coroutine<void> { co_await slow_with_cleanup(); });
            } catch (const TimeoutError &) {
                log(QStringLiteral("TimeoutError"));
            }
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 caught CancelledError"), QStringLiteral("1.5 cleaned up"),
                                     QStringLiteral("1.5 TimeoutError")}));
    }

    void timeout_scope_that_does_not_expire_changes_nothing()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_with(timeout(2.0), [](Timeout &cm) -> Coroutine<void> {
                co_await sleep(1.0);
                CO_VERIFY(!cm.expired());
                CO_COMPARE(*cm.when(), 2.0);
            });
            co_await sleep(5.0); // no stray cancellation arrives later
            log(QStringLiteral("fine"));
        }());
        QCOMPARE(g_log, QStringList{QStringLiteral("6.0 fine")});
    }

    void a_deadline_equal_to_a_sleep_end_cancels_exactly_once()
    {
        // The timeout and the sleep fall due at the same instant: the task must run once,
        // see the cancellation, and end with TimeoutError (no double wakeup).
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            try {
                co_await async_with(timeout(1.0), []() -> Coroutine<void> {
                    co_await sleep(1.0);
                    co_await sleep(1.0);
                    log(QStringLiteral("not reached"));
                });
            } catch (const TimeoutError &) {
                log(QStringLiteral("TimeoutError"));
            }
            co_await sleep(0.5);
            log(QStringLiteral("later"));
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 TimeoutError"), QStringLiteral("1.5 later")}));
    }

    void timeout_can_be_rescheduled()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            try {
                co_await async_with(timeout(1.0), [](Timeout &cm) -> Coroutine<void> {
                    cm.reschedule(get_event_loop().time() + 3.0);
                    co_await sleep(10.0);
                });
            } catch (const TimeoutError &) {
                log(QStringLiteral("TimeoutError"));
            }
        }());
        QCOMPARE(g_log, QStringList{QStringLiteral("3.0 TimeoutError")});
    }

    // --- shield ----------------------------------------------------------------------------------

    void shield_keeps_the_inner_task_alive()
    {
        // wait_for(shield(task), 1) times out at 1.0; the task runs on and finishes at 3.0.
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto task = create_task(work(3.0));
            try {
                co_await wait_for(shield(task), 1.0);
            } catch (const TimeoutError &) {
                log(QStringLiteral("timeout; task done: %1").arg(task.done()));
            }
            const int result = co_await task;
            log(QStringLiteral("inner result %1").arg(result));
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 timeout; task done: 0"), QStringLiteral("3.0 work done"),
                                     QStringLiteral("3.0 inner result 7")}));
    }

    void cancelling_a_task_awaiting_a_shield_leaves_the_inner_one_running()
    {
        EventLoop loop(coro_test::virtual_time());
        auto inner = loop.create_task(work(3.0));
        auto outer = loop.create_task([](Task<int> inner) -> Coroutine<int> { co_return co_await shield(inner); }(inner));
        coro_test::run(loop, [](Task<int> outer, Task<int> inner) -> Coroutine<void> {
            co_await sleep(1.0);
            outer.cancel();
            try {
                co_await outer;
            } catch (const CancelledError &) {
                log(QStringLiteral("outer cancelled"));
            }
            CO_COMPARE(co_await inner, 7);
        }(outer, inner));
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 outer cancelled"), QStringLiteral("3.0 work done")}));
    }

    void cancelling_the_inner_task_cancels_the_shield()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto inner = create_task(work(3.0));
            auto outer = shield(inner);
            co_await sleep(1.0);
            inner.cancel();
            bool cancelled = false;
            try {
                co_await outer;
            } catch (const CancelledError &) {
                cancelled = true;
            }
            CO_VERIFY(cancelled);
            CO_VERIFY(outer.cancelled());
        }());
    }
};

QTEST_GUILESS_MAIN(TimeoutsTest)
#include "tst_timeouts.moc"
