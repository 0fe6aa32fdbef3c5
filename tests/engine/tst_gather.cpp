// SPDX-License-Identifier: MIT
// aio::gather mirrors asyncio.gather.
#include "coro_test.h"

using namespace aio;

namespace {
Coroutine<int> finish_after(double seconds, int value, QList<int> *completion_order)
{
    co_await sleep(seconds);
    completion_order->append(value);
    co_return value;
}

Coroutine<int> fail_after(double seconds, const char *message)
{
    co_await sleep(seconds);
    throw std::runtime_error(message);
}

Coroutine<void> nothing_after(double seconds)
{
    co_await sleep(seconds);
}
} // namespace

class GatherTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void results_come_back_in_argument_order()
    {
        // The tutorial says the order may differ; asyncio guarantees argument order.
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        auto result = loop.run_until_complete(gather(finish_after(0.3, 0, &order), finish_after(0.1, 1, &order),
                                                     finish_after(0.2, 2, &order)));
        QCOMPARE(order, (QList<int>{1, 2, 0}));
        QCOMPARE(result, std::make_tuple(0, 1, 2));
        QCOMPARE(loop.time(), 0.3);
    }

    void vector_form_and_void_children()
    {
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        std::vector<Coroutine<int>> coros;
        for (int i = 0; i < 5; ++i)
            coros.push_back(finish_after(0.1 * (5 - i), i, &order));
        auto values = loop.run_until_complete(gather(std::move(coros)));
        QCOMPARE(values, (std::vector<int>{0, 1, 2, 3, 4}));
        QCOMPARE(order, (QList<int>{4, 3, 2, 1, 0}));
        auto mixed = loop.run_until_complete(gather(nothing_after(1.0), finish_after(0.5, 9, &order)));
        QCOMPARE(std::get<1>(mixed), 9);
    }

    void empty_gather_is_done_at_once()
    {
        EventLoop loop(coro_test::virtual_time());
        auto g = gather(std::vector<Coroutine<int>>{});
        QVERIFY(g.done());
        QVERIFY(g.result().empty());
    }

    void first_failure_propagates_and_the_others_keep_running()
    {
        // asyncio: without return_exceptions the first exception is raised by the gather; the
        // other children are not cancelled.
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        auto slow = loop.create_task(finish_after(0.2, 1, &order));
        auto g = gather(slow, fail_after(0.1, "x"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loop.run_until_complete(g));
        QCOMPARE(loop.time(), 0.1);
        QVERIFY(!slow.done());
        QCOMPARE(loop.run_until_complete(slow), 1);
        QCOMPARE(loop.time(), 0.2);
    }

    void return_exceptions_collects_errors_in_place()
    {
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        auto cancelled = loop.create_task(finish_after(5.0, 3, &order));
        loop.call_later(0.05, [cancelled]() mutable { cancelled.cancel(); });
        auto [a, b, c] = loop.run_until_complete(
            gather(return_exceptions, finish_after(0.1, 1, &order), fail_after(0.2, "second failed"), cancelled));
        QVERIFY(a.ok());
        QCOMPARE(a.value(), 1);
        QVERIFY(!b.ok());
        QCOMPARE(QString::fromStdString(describe_exception(b.error())), QStringLiteral("runtime_error: second failed"));
        QVERIFY(c.cancelled());
        QCOMPARE(loop.time(), 0.2);
    }

    void child_cancelled_fails_the_gather_with_cancelled_error()
    {
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        auto child = loop.create_task(finish_after(1.0, 1, &order));
        auto g = gather(child, finish_after(2.0, 2, &order));
        loop.call_later(0.5, [child]() mutable { child.cancel(); });
        loop.run_until([&] { return g.done(); });
        QVERIFY(!g.cancelled()); // asyncio: the gather got the CancelledError as its exception
        bool cancelled = false;
        try {
            g.result();
        } catch (const CancelledError &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(loop.time(), 0.5);
    }

    void gather_of_many_completes_together()
    {
        EventLoop loop(coro_test::virtual_time());
        QList<int> order;
        std::vector<Coroutine<int>> coros;
        for (int i = 0; i < 10000; ++i)
            coros.push_back(finish_after(1.0, i, &order));
        auto values = loop.run_until_complete(gather(std::move(coros)));
        QCOMPARE(values.size(), std::size_t(10000));
        QCOMPARE(values.back(), 9999);
        QCOMPARE(loop.time(), 1.0);
        QCOMPARE(loop.live_task_count(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(GatherTest)
#include "tst_gather.moc"
