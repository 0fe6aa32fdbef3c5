// SPDX-License-Identifier: MIT
// asyncio.TaskGroup (Python 3.11) on the virtual clock.
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

Coroutine<void> fail_after(double seconds, const char *message)
{
    co_await sleep(seconds);
    throw std::runtime_error(message);
}

Coroutine<void> sibling(double seconds)
{
    try {
        co_await sleep(seconds);
    } catch (const CancelledError &) {
        log(QStringLiteral("sibling cancelled"));
        throw;
    }
    log(QStringLiteral("sibling finished"));
}
} // namespace

class TaskGroupTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { g_log.clear(); }

    void leaving_the_block_waits_for_every_task()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            Task<int> a, b;
            co_await async_with(TaskGroup(), [&](TaskGroup &tg) -> Coroutine<void> {
                a = tg.create_task(value_after(1.0, 1));
                b = tg.create_task(value_after(2.0, 2));
                co_return;
            });
            CO_COMPARE(get_event_loop().time(), 2.0);
            CO_COMPARE(a.result() + b.result(), 3);
        }());
    }

    void first_failure_cancels_the_siblings_and_the_block()
    {
        // Python 3.11: the sibling is cancelled at 1.0, the block's sleep(10) too, and the
        // ExceptionGroup "unhandled errors in a TaskGroup (1 sub-exception)" is raised at 1.0.
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            Task<void> sib;
            try {
                co_await async_with(TaskGroup(), [&](TaskGroup &tg) -> Coroutine<void> {
                    tg.create_task(fail_after(1.0, "boom"));
                    sib = tg.create_task(sibling(5.0));
                    co_await sleep(10.0);
                    log(QStringLiteral("block not cancelled?"));
                });
            } catch (const ExceptionGroup &group) {
                log(QString::fromUtf8(group.what()));
                CO_COMPARE(group.exceptions().size(), std::size_t(1));
                CO_COMPARE(QString::fromStdString(describe_exception(group.exceptions()[0])), QStringLiteral("runtime_error: boom"));
            }
            CO_VERIFY(sib.cancelled());
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 sibling cancelled"),
                                     QStringLiteral("1.0 unhandled errors in a TaskGroup (1 sub-exception)")}));
    }

    void errors_are_combined()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            try {
                co_await async_with(TaskGroup(), [](TaskGroup &tg) {
                    tg.create_task(fail_after(1.0, "one"));
                    tg.create_task(fail_after(1.0, "two"));
                });
            } catch (const ExceptionGroup &group) {
                log(QString::fromUtf8(group.what()));
            }
        }());
        QCOMPARE(g_log, QStringList{QStringLiteral("1.0 unhandled errors in a TaskGroup (2 sub-exceptions)")});
    }

    void an_error_in_the_block_cancels_the_tasks_and_joins_the_group()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            try {
                co_await async_with(TaskGroup(), [](TaskGroup &tg) -> Coroutine<void> {
                    tg.create_task(sibling(5.0));
                    co_await sleep(1.0);
                    throw std::logic_error("block failed");
                });
            } catch (const ExceptionGroup &group) {
                log(QString::fromStdString(describe_exception(group.exceptions().at(0))));
            }
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 sibling cancelled"), QStringLiteral("1.0 logic_error: block failed")}));
    }

    void cancelling_the_parent_cancels_the_group_and_propagates()
    {
        EventLoop loop(coro_test::virtual_time());
        auto parent = loop.create_task([]() -> Coroutine<void> {
            co_await async_with(TaskGroup(), [](TaskGroup &tg) -> Coroutine<void> {
                tg.create_task(sibling(5.0));
                co_await sleep(10.0);
            });
            log(QStringLiteral("not reached"));
        }());
        coro_test::run(loop, [](Task<void> parent) -> Coroutine<void> {
            co_await sleep(2.0);
            parent.cancel();
            try {
                co_await parent;
            } catch (const CancelledError &) {
                log(QStringLiteral("parent cancelled"));
            }
        }(parent));
        QCOMPARE(g_log, (QStringList{QStringLiteral("2.0 sibling cancelled"), QStringLiteral("2.0 parent cancelled")}));
    }

    void a_group_abandoned_at_loop_close_is_freed()
    {
        // Closing the loop while a group's block and tasks wait destroys them all (reported,
        // no leak, no callback into freed memory).
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        loop.create_task([]() -> Coroutine<void> {
            co_await async_with(TaskGroup(), [](TaskGroup &tg) -> Coroutine<void> {
                tg.create_task(sibling(5.0));
                co_await async_with(timeout(10.0), []() -> Coroutine<void> { co_await sleep(8.0); });
            });
        }());
        coro_test::run(loop, []() -> Coroutine<void> { co_await sleep(1.0); }());
        loop.close();
        QVERIFY(reports.contains(QStringLiteral("Task was destroyed but it is pending")));
    }

    void no_new_tasks_after_the_group_has_finished()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop); // the two rejected coroutines were never awaited
        coro_test::run(loop, []() -> Coroutine<void> {
            TaskGroup group;
            bool before = false, after = false;
            try {
                group.create_task(value_after(1.0, 1));
            } catch (const RuntimeError &) {
                before = true; // not entered yet
            }
            co_await async_with(group, [](TaskGroup &tg) { tg.create_task(value_after(1.0, 1)); });
            try {
                group.create_task(value_after(1.0, 1));
            } catch (const RuntimeError &) {
                after = true;
            }
            CO_VERIFY(before);
            CO_VERIFY(after);
        }());
        QCOMPARE(reports.messages.size(), 2);
        QVERIFY(reports.contains(QStringLiteral("was never awaited")));
    }
};

QTEST_GUILESS_MAIN(TaskGroupTest)
#include "tst_task_group.moc"
