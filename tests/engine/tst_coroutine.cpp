// SPDX-License-Identifier: MIT
// Lazy coroutines: asyncio's `async def` semantics.
#include "coro_test.h"

#include <QThread>
#include <memory>

using namespace aio;
using namespace std::chrono_literals;

namespace {
int g_side_effects = 0;

Coroutine<int> add(int a, int b)
{
    ++g_side_effects;
    co_await sleep(1.0);
    co_return a + b;
}

Coroutine<int> level3() { throw std::runtime_error("boom at level 3"); co_return 0; }
Coroutine<int> level2() { co_return co_await level3(); }
Coroutine<int> level1() { co_return co_await level2(); }

Coroutine<int> count_down(int n)
{
    if (n == 0)
        co_return 0;
    co_return 1 + co_await count_down(n - 1);
}

Coroutine<void> never_awaited_helper() { co_return; }
} // namespace

class CoroutineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void calling_an_async_function_runs_nothing()
    {
        // asyncio: calling a coroutine function only creates the coroutine object.
        EventLoop loop(coro_test::virtual_time());
        g_side_effects = 0;
        auto c = add(1, 2);
        QCOMPARE(g_side_effects, 0);
        QCOMPARE(coro_test::run(loop, std::move(c)), 3);
        QCOMPARE(g_side_effects, 1);
    }

    void awaiting_runs_inline_in_the_same_task()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            const auto outer = current_task_id();
            auto inner = []() -> Coroutine<std::uint64_t> { co_return current_task_id(); };
            CO_COMPARE(co_await inner(), outer);
        }());
        QCOMPARE(loop.time(), 0.0);
    }

    void exception_travels_through_three_levels_of_await()
    {
        EventLoop loop(coro_test::virtual_time());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, coro_test::run(loop, level1()));
    }

    void deep_chain_does_not_grow_the_stack()
    {
        // 100,000 nested awaits that complete synchronously, in every build: symmetric transfer
        // keeps the stack flat when the compiler emits tail calls, and transfer_to's trampoline
        // keeps it bounded when it does not (-O0, -Og, sanitizers), where a plain recursive
        // resume overflows an 8 MiB stack after a few thousand levels.
        constexpr int depth = 100000;
        EventLoop loop(coro_test::virtual_time());
        QCOMPARE(coro_test::run(loop, count_down(depth)), depth);
    }

    void deep_chain_in_a_small_stack()
    {
        // The same chain on a thread with a 256 KiB stack: the bound does not depend on the
        // default 8 MiB of the main thread.
        int result = 0;
        std::unique_ptr<QThread> thread(QThread::create([&result] {
            EventLoop loop(coro_test::virtual_time());
            result = coro_test::run(loop, count_down(100000));
        }));
        thread->setStackSize(256 * 1024);
        thread->start();
        QVERIFY(thread->wait(60000));
        QCOMPARE(result, 100000);
    }

    void never_awaited_coroutine_is_reported()
    {
        // asyncio: RuntimeWarning: coroutine '...' was never awaited
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        { auto c = never_awaited_helper(); }
        QCOMPARE(reports.messages.size(), 1);
        QVERIFY2(reports.contains(QStringLiteral("never_awaited_helper")), qPrintable(reports.messages.join(u'\n')));
        QVERIFY(reports.contains(QStringLiteral("was never awaited")));
    }

    void awaited_or_scheduled_coroutines_are_not_reported()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        coro_test::run(loop, []() -> Coroutine<void> { co_await never_awaited_helper(); }());
        QVERIFY(reports.messages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CoroutineTest)
#include "tst_coroutine.moc"
