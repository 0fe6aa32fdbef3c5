// SPDX-License-Identifier: MIT
// Twins of cases_generators.py: async generators, their finalization, athrow and asend.
#include "harness.h"

#include <optional>
#include <vector>

using namespace fidelity;
using aio::AsyncGenerator;
using aio::CancelledError;
using aio::Coroutine;
using aio::Flow;

namespace {

/// Python's `finally:` block of the generators below, as RAII.
struct Finally
{
    std::string name;
    ~Finally() { log(name + " finally"); }
};

AsyncGenerator<int> ticker(std::string name, int stop = 10)
{
    Finally guard{name};
    bool closing = false;
    try {
        for (int i = 0; i < stop; ++i) {
            co_yield i;
            co_await aio::sleep(1);
        }
    } catch (const aio::GeneratorExit &) {
        log(name + " GeneratorExit");
        closing = true;
    }
    if (closing) { // (C++ cannot co_await inside a catch block: the cleanup follows it)
        co_await aio::sleep(0.5);
        log(name + " async cleanup done");
        throw aio::GeneratorExit();
    }
}

void ticks(int n)
{
    for (int i = 0; i < n; ++i)
        aio::get_event_loop().call_soon([i] { log("tick " + str(i)); });
}

AsyncGenerator<int> failing()
{
    co_yield 1;
    co_await aio::sleep(1);
    throw ValueError("generator");
}

AsyncGenerator<int> stubborn()
{
    while (true) {
        try {
            co_yield 1;
        } catch (const aio::GeneratorExit &) {
            log("ignoring GeneratorExit");
        }
    }
}

Coroutine<void> use_stubborn()
{
    auto g = stubborn();
    co_await g.anext();
    try {
        co_await g.aclose();
    } catch (const aio::RuntimeError &) {
        log("aclose raised " + err(std::current_exception()));
    }
}

AsyncGenerator<int> resilient()
{
    int n = 0;
    while (n < 3) {
        bool handled = false;
        try {
            co_yield n;
        } catch (const ValueError &) {
            log("generator handles " + err(std::current_exception()));
            handled = true;
        }
        if (handled)
            co_await aio::sleep(1);
        ++n;
    }
    log("generator ends");
}

std::string show(const std::optional<int> &value)
{
    return value ? str(*value) : "None";
}

AsyncGenerator<std::optional<int>, int> averager()
{
    int total = 0;
    int count = 0;
    std::optional<int> average;
    while (true) {
        std::optional<int> received = co_yield average;
        log("received " + show(received));
        if (!received)
            continue;
        co_await aio::sleep(1);
        total += *received;
        ++count;
        average = total / count;
    }
}

std::vector<AsyncGenerator<int>> holder;

Coroutine<void> consumer(AsyncGenerator<int> g)
{
    co_await aio::async_for(g, [](int i) { log("consumer got " + str(i)); });
}

Coroutine<void> worker()
{
    Finally guard{"worker"};
    co_await aio::sleep(10);
}

Coroutine<void> consumer_inside(AsyncGenerator<int> *g)
{
    log("consumer got " + show(co_await g->anext()));
    // The generator object may go while this task is inside its body: the await holds the frame.
    log("consumer got " + show(co_await g->anext()));
}

Coroutine<void> child(std::string name)
{
    log(name + " starts");
    Finally guard{name};
    co_await aio::sleep(5);
}

} // namespace

FIDELITY_CASE(break_leaves_the_generator_to_the_loop_finalizer)
{
    co_await aio::async_for(ticker("g"), [](int i) {
        log("got " + str(i));
        if (i == 1) {
            ticks(4);
            return Flow::Break;
        }
        return Flow::Continue;
    });
    log("after the loop");
    co_await aio::sleep(0);
    log("after sleep(0)");
    co_await aio::sleep(2);
    log("later");
}

FIDELITY_CASE(an_error_in_the_loop_body_leaves_the_generator_to_the_finalizer)
{
    try {
        co_await aio::async_for(ticker("g"), [](int i) {
            if (i == 1)
                throw ValueError("consumer");
        });
    } catch (const ValueError &) {
        log("caught " + err(std::current_exception()));
    }
    co_await aio::sleep(1);
    log("later");
}

FIDELITY_CASE(an_error_in_the_generator_reaches_the_consumer)
{
    auto g = failing();
    try {
        co_await aio::async_for(g, [](int i) { log("got " + str(i)); });
    } catch (const ValueError &) {
        log("caught " + err(std::current_exception()));
    }
    if (!co_await g.anext())
        log("then exhausted");
}

FIDELITY_CASE(aclose_and_aclosing_close_at_once)
{
    auto g = ticker("g");
    log("got " + show(co_await g.anext()));
    co_await g.aclose();
    log("closed");
    co_await g.aclose();
    log("closed twice");
    co_await aio::async_with(aio::aclosing(ticker("h")), [](AsyncGenerator<int> &h) -> Coroutine<void> {
        co_await aio::async_for(h, [](int i) {
            log("got " + str(i));
            return i == 1 ? Flow::Break : Flow::Continue;
        });
    });
    log("after aclosing");
    auto never = ticker("never started");
    co_await never.aclose();
    log("closed a generator that never started");
}

FIDELITY_CASE(a_generator_that_ignores_generator_exit)
{
    co_await use_stubborn();
    co_await aio::sleep(1);
    log("later");
}

FIDELITY_CASE(athrow_handled_unhandled_and_before_start)
{
    auto g = resilient();
    log("got " + show(co_await g.anext()));
    log("athrow -> " + show(co_await g.athrow(ValueError("once"))));
    log("anext -> " + show(co_await g.anext()));
    if (!co_await g.athrow(ValueError("twice")))
        log("athrow -> StopAsyncIteration");
    auto g2 = ticker("g2");
    co_await g2.anext();
    try {
        co_await g2.athrow(ValueError("boom"));
    } catch (const ValueError &) {
        log("athrow raised " + err(std::current_exception()));
    }
    auto g3 = ticker("g3");
    try {
        co_await g3.athrow(ValueError("early"));
    } catch (const ValueError &) {
        log("athrow before start raised " + err(std::current_exception()));
    }
    if (!co_await g3.anext())
        log("g3 exhausted");
}

FIDELITY_CASE(asend_feeds_the_yield)
{
    auto g = averager();
    log("start -> " + show(*co_await g.anext()));
    log("asend 10 -> " + show(*co_await g.asend(10)));
    log("asend 20 -> " + show(*co_await g.asend(20)));
    log("anext -> " + show(*co_await g.anext()));
    try {
        auto fresh = averager();
        co_await fresh.asend(5);
    } catch (const std::invalid_argument &) {
        log("asend to a new generator raised " + err(std::current_exception()));
    }
    co_await g.aclose();
}

FIDELITY_CASE(generators_left_open_are_closed_at_loop_shutdown)
{
    holder.push_back(ticker("kept"));
    log("got " + show(co_await holder.back().anext()));
    aio::create_task(consumer(ticker("in task")));
    co_await aio::sleep(1.5);
    log("main returns");
}

FIDELITY_CASE(shutdown_asyncgens_runs_after_the_tasks_are_cancelled)
{
    holder.clear();
    holder.push_back(ticker("kept"));
    co_await holder.back().anext();
    aio::create_task(worker());
    co_await aio::sleep(0);
    log("main returns");
}

FIDELITY_CASE(a_generator_dropped_while_another_task_is_inside_it)
{
    auto &loop = aio::get_event_loop();
    auto box = std::make_shared<std::optional<AsyncGenerator<int>>>(ticker("g"));
    auto t = aio::create_task(consumer_inside(&**box));
    co_await aio::sleep(0.5);
    loop.call_soon([box] { box->reset(); }); // outside any task
    co_await t;
    log("consumer done");
    co_await aio::sleep(1);
    log("later");
}

FIDELITY_CASE(tasks_created_by_main_get_their_first_step_before_shutdown)
{
    aio::create_task(child("a"));
    log("main returns");
    co_return;
}

FIDELITY_CASE(a_comprehension_that_raises_leaves_the_generator_to_the_finalizer)
{
    auto check = [](int i) -> Coroutine<int> {
        if (i == 1)
            throw ValueError("comprehension");
        co_return i;
    };
    try {
        co_await aio::collect(ticker("g"), check);
        log("not reached");
    } catch (const ValueError &) {
        log("caught " + err(std::current_exception()));
    }
    auto squares = co_await aio::collect(ticker("h", 3), [](int i) { return i * i; });
    std::string text = "squares [";
    for (std::size_t i = 0; i < squares.size(); ++i)
        text += (i ? ", " : "") + str(squares[i]);
    log(text + "]");
    co_await aio::sleep(1);
    log("later");
}
