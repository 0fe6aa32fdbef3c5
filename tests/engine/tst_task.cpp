// SPDX-License-Identifier: MIT
// aio::Task mirrors asyncio.Task: scheduling, states, results, reports.
#include "coro_test.h"

using namespace aio;

namespace {
Coroutine<int> record(QStringList *log, QString what, double delay, int value)
{
    log->append(what + QStringLiteral(" start"));
    co_await sleep(delay);
    log->append(what + QStringLiteral(" end"));
    co_return value;
}

Coroutine<int> fail_after(double delay)
{
    co_await sleep(delay);
    throw std::runtime_error("task failed");
}

Coroutine<void> wait_forever(Future<void> never)
{
    co_await never;
}
} // namespace

class TaskTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void create_task_schedules_but_does_not_start_inline()
    {
        // asyncio: create_task() only schedules; the body runs on a later loop iteration.
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        auto task = loop.create_task(record(&log, QStringLiteral("a"), 1.0, 1), QStringLiteral("a"));
        QVERIFY(log.isEmpty());
        QCOMPARE(task.phase(), TaskCore::Phase::Pending);
        QCOMPARE(task.name(), QStringLiteral("a"));
        loop.pause();
        QVERIFY(loop.step());
        QCOMPARE(log, QStringList{QStringLiteral("a start")});
        QCOMPARE(task.phase(), TaskCore::Phase::Waiting);
        loop.resume();
        QCOMPARE(loop.run_until_complete(task), 1);
        QCOMPARE(task.phase(), TaskCore::Phase::Finished);
    }

    void tasks_run_concurrently_and_start_in_creation_order()
    {
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        auto a = loop.create_task(record(&log, QStringLiteral("a"), 2.0, 1));
        auto b = loop.create_task(record(&log, QStringLiteral("b"), 1.0, 2));
        loop.run_until([&] { return a.done() && b.done(); });
        QCOMPARE(log, (QStringList{QStringLiteral("a start"), QStringLiteral("b start"), QStringLiteral("b end"),
                                   QStringLiteral("a end")}));
        QCOMPARE(loop.time(), 2.0); // concurrent: max, not sum
    }

    void default_name_is_the_coroutine_function()
    {
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        auto task = loop.create_task(record(&log, QStringLiteral("x"), 0, 1));
        QVERIFY2(task.name().contains(QStringLiteral("record")), qPrintable(task.name()));
        loop.run_until_complete(task);
    }

    void awaiting_a_task_from_another_task()
    {
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        auto inner = loop.create_task(record(&log, QStringLiteral("inner"), 1.5, 7));
        auto outer = loop.create_task([](Task<int> t) -> Coroutine<int> { co_return 1 + co_await t; }(inner));
        QCOMPARE(loop.run_until_complete(outer), 8);
        QCOMPARE(loop.time(), 1.5);
    }

    void failed_task_rethrows_through_run_until_complete_and_await()
    {
        EventLoop loop(coro_test::virtual_time());
        auto task = loop.create_task(fail_after(1.0));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loop.run_until_complete(task));
        QVERIFY(task.done());
        QVERIFY(!task.cancelled());
        QVERIFY(task.exception());
    }

    void unretrieved_task_exception_is_reported()
    {
        // asyncio: "Task exception was never retrieved" when a failed task is garbage collected.
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        {
            auto task = loop.create_task(fail_after(0.5), QStringLiteral("doomed"));
            loop.run_until([&] { return task.done(); });
        }
        QCOMPARE(reports.messages.size(), 1);
        QVERIFY(reports.contains(QStringLiteral("Task exception was never retrieved")));
        QVERIFY(reports.contains(QStringLiteral("doomed")));
        QVERIFY(reports.contains(QStringLiteral("task failed")));
    }

    void pending_task_at_close_is_reported_not_crashing()
    {
        // asyncio: "Task was destroyed but it is pending!"
        coro_test::Reports *reports = nullptr;
        QStringList seen;
        {
            EventLoop loop(coro_test::virtual_time());
            loop.set_report_handler([&](const QString &m) { seen << m; });
            Future<void> never(loop);
            auto task = loop.create_task(wait_forever(never), QStringLiteral("stuck"));
            loop.run_until([&] { return task.phase() == TaskCore::Phase::Waiting; });
            loop.close();
            QVERIFY(loop.is_closed());
            QVERIFY_THROWS_EXCEPTION(RuntimeError, loop.call_soon([] {}));
        }
        (void)reports;
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().contains(QStringLiteral("Task was destroyed but it is pending!")));
        QVERIFY(seen.first().contains(QStringLiteral("stuck")));
    }

    void run_until_complete_from_inside_a_task_is_an_error()
    {
        // asyncio: RuntimeError('This event loop is already running')
        EventLoop loop(coro_test::virtual_time());
        auto task = loop.create_task([](EventLoop *l) -> Coroutine<bool> {
            try {
                l->run_until_complete(l->create_task([]() -> Coroutine<int> { co_return 1; }()));
            } catch (const RuntimeError &) {
                co_return true;
            }
            co_return false;
        }(&loop));
        QVERIFY(loop.run_until_complete(task));
        loop.run_until([&] { return loop.live_task_count() == 0; });
    }

    void aio_run_returns_main_result_and_cancels_leftovers()
    {
        // asyncio.run: runs main, then cancels the tasks still pending and waits for them.
        static bool leftover_cancelled;
        leftover_cancelled = false;
        const int result = aio::run(
            []() -> Coroutine<int> {
                create_task([]() -> Coroutine<void> {
                    try {
                        co_await sleep(100.0);
                    } catch (const CancelledError &) {
                        leftover_cancelled = true;
                        throw;
                    }
                }());
                co_await sleep(0.01);
                co_return 11;
            }(),
            coro_test::virtual_time());
        QCOMPARE(result, 11);
        QVERIFY(leftover_cancelled);
    }
};

QTEST_GUILESS_MAIN(TaskTest)
#include "tst_task.moc"
