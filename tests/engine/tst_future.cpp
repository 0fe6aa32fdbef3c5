// SPDX-License-Identifier: MIT
// aio::Future mirrors asyncio.Future.
#include "coro_test.h"

using namespace aio;

namespace {
Coroutine<int> await_future(Future<int> f)
{
    co_return co_await f;
}
} // namespace

class FutureTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void result_of_pending_future_is_an_error()
    {
        // asyncio: InvalidStateError('Result is not set.')
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        QVERIFY(!f.done());
        QVERIFY_THROWS_EXCEPTION(InvalidStateError, f.result());
        QVERIFY_THROWS_EXCEPTION(InvalidStateError, (void)f.exception());
    }

    void set_result_then_result()
    {
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        f.set_result(42);
        QVERIFY(f.done());
        QVERIFY(!f.cancelled());
        QCOMPARE(f.result(), 42);
        QVERIFY(!f.exception());
        QVERIFY_THROWS_EXCEPTION(InvalidStateError, f.set_result(1)); // asyncio: invalid state
    }

    void set_exception_then_result_rethrows()
    {
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        f.set_exception(std::runtime_error("bad"));
        QVERIFY(f.done());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, f.result());
        QVERIFY(f.exception());
    }

    void cancel_pending_and_done()
    {
        // asyncio: cancel() is True for a pending future, False once done; result() of a
        // cancelled future raises CancelledError.
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        QVERIFY(f.cancel());
        QVERIFY(f.cancelled());
        QVERIFY(f.done());
        QVERIFY(!f.cancel());
        bool threw = false;
        try {
            f.result();
        } catch (const CancelledError &) {
            threw = true;
        }
        QVERIFY(threw);
        Future<void> g(loop);
        g.set_result();
        QVERIFY(!g.cancel());
    }

    void done_callbacks_are_scheduled_with_call_soon()
    {
        // asyncio schedules done callbacks with call_soon: they do not run inside set_result.
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        QStringList order;
        f.add_done_callback([&](Future<int> done) { order << QStringLiteral("callback %1").arg(done.result()); });
        f.set_result(7);
        order << QStringLiteral("after set_result");
        QCOMPARE(order, QStringList{QStringLiteral("after set_result")});
        loop.run_until([&] { return order.size() == 2; });
        QCOMPARE(order, (QStringList{QStringLiteral("after set_result"), QStringLiteral("callback 7")}));
        // Adding a callback to a done future schedules it too.
        f.add_done_callback([&](Future<int>) { order << QStringLiteral("late"); });
        QCOMPARE(order.size(), 2);
        loop.run_until([&] { return order.size() == 3; });
    }

    void awaiting_suspends_until_done()
    {
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        auto task = loop.create_task(await_future(f));
        loop.call_later(2.0, [f]() mutable { f.set_result(5); });
        QCOMPARE(loop.run_until_complete(task), 5);
        QCOMPARE(loop.time(), 2.0);
    }

    void future_round_trip_from_call_soon()
    {
        EventLoop loop(coro_test::virtual_time());
        Future<int> f(loop);
        auto task = loop.create_task(await_future(f));
        loop.call_soon([f]() mutable { f.set_result(9); });
        QCOMPARE(loop.run_until_complete(task), 9);
        QCOMPARE(loop.time(), 0.0);
    }

    void unretrieved_exception_is_reported_on_destruction()
    {
        // asyncio: "Future exception was never retrieved"
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        {
            Future<int> f(loop);
            f.set_exception(std::runtime_error("lost"));
        }
        QCOMPARE(reports.messages.size(), 1);
        QVERIFY(reports.contains(QStringLiteral("Future exception was never retrieved")));
        QVERIFY(reports.contains(QStringLiteral("lost")));
        {
            Future<int> f(loop);
            f.set_exception(std::runtime_error("seen"));
            (void)f.exception();
        }
        QCOMPARE(reports.messages.size(), 1);
    }
};

QTEST_GUILESS_MAIN(FutureTest)
#include "tst_future.moc"
