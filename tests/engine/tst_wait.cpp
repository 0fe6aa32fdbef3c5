// SPDX-License-Identifier: MIT
// asyncio.wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, timeout) and
// asyncio.as_completed, on the virtual clock.
#include "coro_test.h"

using namespace aio;

namespace {
/// Builds a container outside the coroutine body (GCC 12 rejects braced initialiser lists of
/// containers inside coroutines: "array used as initializer").
template<typename C, typename... A>
C make(A &&...items)
{
    return C{std::forward<A>(items)...};
}

Coroutine<int> value_after(double seconds, int value)
{
    co_await sleep(seconds);
    co_return value;
}

Coroutine<int> fail_after(double seconds)
{
    co_await sleep(seconds);
    throw std::runtime_error("failed");
}

std::vector<Task<int>> three_tasks()
{
    return {create_task(value_after(1.0, 1)), create_task(fail_after(2.0)), create_task(value_after(3.0, 3))};
}

std::vector<std::uint64_t> ids(const std::vector<Future<int>> &futures)
{
    std::vector<std::uint64_t> out;
    for (const auto &f : futures)
        out.push_back(f.id());
    return out;
}
} // namespace

class WaitTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void first_completed_returns_as_soon_as_one_is_done()
    {
        // done, pending = await asyncio.wait(tasks, return_when=FIRST_COMPLETED)  at 1.0
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto tasks = three_tasks();
            auto [done, pending] = co_await wait(tasks, FIRST_COMPLETED);
            CO_COMPARE(get_event_loop().time(), 1.0);
            CO_COMPARE(ids(done), make<std::vector<std::uint64_t>>(tasks[0].id()));
            CO_COMPARE(ids(pending), make<std::vector<std::uint64_t>>(tasks[1].id(), tasks[2].id()));
            CO_COMPARE(done[0].result(), 1);
            for (auto &t : tasks)
                t.cancel();
            co_await wait(tasks); // let the cancellations finish
        }());
    }

    void first_exception_returns_at_the_first_failure_without_raising()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto tasks = three_tasks();
            auto result = co_await wait(tasks, FIRST_EXCEPTION);
            CO_COMPARE(get_event_loop().time(), 2.0);
            CO_COMPARE(result.done.size(), std::size_t(2));
            CO_COMPARE(result.pending.size(), std::size_t(1));
            CO_VERIFY(result.done[1].exception() != nullptr);
            co_await tasks[2]; // wait does not cancel what is pending
            CO_COMPARE(get_event_loop().time(), 3.0);
        }());
    }

    void all_completed_with_a_timeout_leaves_the_rest_pending_and_running()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto tasks = three_tasks();
            auto [done, pending] = co_await wait(tasks, ALL_COMPLETED, 2.5);
            CO_COMPARE(get_event_loop().time(), 2.5);
            CO_COMPARE(done.size(), std::size_t(2));
            CO_COMPARE(pending.size(), std::size_t(1));
            CO_VERIFY(!pending[0].cancelled());
            (void)tasks[1].exception();
            CO_COMPARE(co_await pending[0], 3);
        }());
    }

    void wait_wraps_coroutines_and_rejects_an_empty_list()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            std::vector<Coroutine<int>> coros;
            coros.push_back(value_after(0.5, 1));
            coros.push_back(value_after(1.5, 2));
            auto [done, pending] = co_await wait(std::move(coros));
            CO_COMPARE(done.size(), std::size_t(2));
            CO_VERIFY(pending.empty());
            CO_COMPARE(get_event_loop().time(), 1.5);
            bool raised = false;
            try {
                co_await wait(std::vector<Task<int>>());
            } catch (const std::invalid_argument &) {
                raised = true;
            }
            CO_VERIFY(raised);
        }());
    }

    void as_completed_yields_in_completion_order()
    {
        // for f in as_completed([sleep 3 -> 3, sleep 1 -> 1, sleep 2 -> 2]): await f -> 1, 2, 3
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            std::vector<Coroutine<int>> coros;
            coros.push_back(value_after(3.0, 3));
            coros.push_back(value_after(1.0, 1));
            coros.push_back(value_after(2.0, 2));
            std::vector<int> order;
            std::vector<double> times;
            auto pending = as_completed(std::move(coros));
            while (auto f = co_await pending.anext()) {
                order.push_back(co_await *f);
                times.push_back(get_event_loop().time());
            }
            CO_COMPARE(order, make<std::vector<int>>(1, 2, 3));
            CO_COMPARE(times, make<std::vector<double>>(1.0, 2.0, 3.0));
        }());
    }

    void as_completed_is_an_async_iterator_and_times_out()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto tasks = make<std::vector<Task<int>>>(create_task(value_after(1.0, 1)), create_task(value_after(5.0, 5)));
            std::vector<int> seen;
            bool timed_out = false;
            try {
                co_await async_for(as_completed(tasks, 2.0), [&](Future<int> f) { seen.push_back(f.result()); });
            } catch (const TimeoutError &) {
                timed_out = true;
            }
            CO_VERIFY(timed_out);
            CO_COMPARE(seen, make<std::vector<int>>(1));
            CO_COMPARE(get_event_loop().time(), 2.0);
            tasks[1].cancel();
            co_await wait(tasks);
        }());
    }
};

QTEST_GUILESS_MAIN(WaitTest)
#include "tst_wait.moc"
