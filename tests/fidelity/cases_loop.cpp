// SPDX-License-Identifier: MIT
// Twins of cases_loop.py: call_soon against task steps, sleep(0), timers, and the loop
// iterations between an event and each resumption.
#include "harness.h"

#include <memory>

using namespace fidelity;
using aio::Coroutine;

namespace {

/// Counts loop iterations: a callback that re-schedules itself once per iteration.
class Iterations
{
public:
    Iterations() : m_state(std::make_shared<State>()) { tick(m_state); }
    ~Iterations() { m_state->running = false; }
    void mark(const std::string &text) const { log("iteration " + str(m_state->n) + ": " + text); }

private:
    struct State
    {
        int n = -1;
        bool running = true;
    };
    static void tick(std::shared_ptr<State> state)
    {
        ++state->n;
        if (state->running)
            aio::get_event_loop().call_soon([state] { tick(state); });
    }
    std::shared_ptr<State> m_state;
};

Coroutine<void> step(std::string name)
{
    log(name + " step 1");
    co_await aio::sleep(0);
    log(name + " step 2");
}

Coroutine<void> counter(std::string name, int n)
{
    for (int i = 0; i < n; ++i) {
        log(name + " " + str(i));
        co_await aio::sleep(0);
    }
}

Coroutine<void> future_waiter(aio::Future<void> fut)
{
    co_await fut;
    log("waiter resumed by the future");
}

Coroutine<void> sleeper()
{
    co_await aio::sleep(1);
    log("sleeper resumed");
}

Coroutine<std::string> finish_now(std::string name)
{
    log(name + " finishes");
    co_return name;
}

Coroutine<void> lock_waiter(aio::Lock &lock, const Iterations &it)
{
    co_await aio::async_with(lock, [&] { it.mark("lock acquired by waiter"); });
}

Coroutine<void> event_waiter(aio::Event &event, const Iterations &it)
{
    co_await event.wait();
    it.mark("event waiter resumed");
}

Coroutine<void> getter(aio::Queue<std::string> &q, const Iterations &it)
{
    it.mark("getter got " + co_await q.get());
}

Coroutine<void> value_waiter(aio::Future<int> fut)
{
    log("waiter sees " + str(co_await fut));
}

} // namespace

FIDELITY_CASE(call_soon_order_against_task_steps)
{
    auto &loop = aio::get_event_loop();
    loop.call_soon([] { log("callback 1"); });
    auto t = aio::create_task(step("t"));
    loop.call_soon([] { log("callback 2"); });
    co_await aio::sleep(0);
    log("main after sleep(0)");
    loop.call_soon([] { log("callback 3"); });
    co_await t;
    log("main after t");
}

FIDELITY_CASE(sleep_zero_interleaves_tasks)
{
    co_await aio::gather(counter("a", 3), counter("b", 2), counter("c", 3));
}

FIDELITY_CASE(timers_and_sleeps_at_the_same_deadline)
{
    auto &loop = aio::get_event_loop();
    aio::Future<void> fut(loop);
    loop.call_later(1.0, [fut]() mutable { fut.set_result(); });
    auto w = aio::create_task(future_waiter(fut));
    auto s = aio::create_task(sleeper());
    loop.call_later(1.0, [] { log("timer callback"); });
    co_await aio::gather(w, s);
    loop.call_at(loop.now_ns() + 500'000'000, [] { log("call_at"); });
    auto h = loop.call_later(0.25, [] { log("cancelled timer"); });
    h.cancel();
    co_await aio::sleep(1);
}

FIDELITY_CASE(round_trips_of_await_gather_wait_and_as_completed)
{
    Iterations it;
    auto t = aio::create_task(finish_now("task"));
    co_await t;
    it.mark("await task resumed");
    co_await aio::gather(finish_now("g1"), finish_now("g2"));
    it.mark("gather resumed");
    std::vector<aio::Task<std::string>> waited;
    waited.push_back(aio::create_task(finish_now("w")));
    co_await aio::wait(std::move(waited));
    it.mark("wait resumed");
    {
        std::vector<Coroutine<std::string>> one;
        one.push_back(finish_now("ac"));
        auto next = aio::as_completed(std::move(one));
        while (auto f = co_await next.anext())
            it.mark("as_completed resumed");
    }
    co_await aio::shield(finish_now("shield"));
    it.mark("shield resumed");
    co_await aio::wait_for(finish_now("wait_for"), 10.0);
    it.mark("wait_for resumed");
}

FIDELITY_CASE(round_trips_of_locks_events_and_queues)
{
    Iterations it;
    aio::Lock lock;
    aio::Event event;
    aio::Queue<std::string> q;
    co_await lock.acquire();
    std::vector<aio::Task<void>> tasks;
    tasks.push_back(aio::create_task(lock_waiter(lock, it)));
    tasks.push_back(aio::create_task(event_waiter(event, it)));
    tasks.push_back(aio::create_task(getter(q, it)));
    co_await aio::sleep(0);
    it.mark("releasing");
    lock.release();
    co_await aio::sleep(0);
    it.mark("setting");
    event.set();
    co_await aio::sleep(0);
    it.mark("putting");
    q.put_nowait("item");
    co_await aio::gather(std::move(tasks));
    it.mark("all done");
}

FIDELITY_CASE(done_callbacks_run_one_iteration_later)
{
    auto &loop = aio::get_event_loop();
    aio::Future<int> fut(loop);
    fut.add_done_callback([](aio::Future<int> f) { log("callback sees " + str(f.result())); });
    auto t = aio::create_task(value_waiter(fut));
    co_await aio::sleep(0);
    loop.call_soon([] { log("queued before set_result"); });
    fut.set_result(7);
    loop.call_soon([] { log("queued after set_result"); });
    co_await t;
    fut.add_done_callback([](aio::Future<int>) { log("late callback"); });
    co_await aio::sleep(0);
    log("end");
}
