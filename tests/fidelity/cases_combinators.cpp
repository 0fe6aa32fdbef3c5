// SPDX-License-Identifier: MIT
// Twins of cases_combinators.py: gather, wait, as_completed, TaskGroup.
#include "harness.h"

using namespace fidelity;
using aio::CancelledError;
using aio::Coroutine;

namespace {

Coroutine<std::string> job(std::string name, double delay, bool fail = false)
{
    try {
        co_await aio::sleep(delay);
    } catch (const CancelledError &) {
        log(name + " cancelled " + err(std::current_exception()));
        throw;
    }
    if (fail) {
        log(name + " fails");
        throw ValueError(name);
    }
    log(name + " done");
    co_return name;
}

Coroutine<std::string> swallower(std::string name, double delay)
{
    try {
        co_await aio::sleep(delay);
    } catch (const CancelledError &) {
        log(name + " swallows " + err(std::current_exception()));
    }
    co_return name;
}

std::string list(const std::vector<std::string> &items)
{
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? ", '" : "'") + items[i] + "'";
    return text + "]";
}

std::string outcomes(const std::vector<aio::Outcome<std::string>> &items)
{
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? ", " : "") + (items[i].ok() ? "'" + items[i].value() + "'" : "\"" + err(items[i].error()) + "\"");
    return text + "]";
}

Coroutine<void> waits_for_gather()
{
    try {
        std::vector<Coroutine<std::string>> children;
        children.push_back(job("a", 2));
        children.push_back(job("b", 3, true));
        co_await aio::gather(aio::return_exceptions, std::move(children));
    } catch (const CancelledError &) {
        log("waits caught " + err(std::current_exception()));
        throw;
    }
}

Coroutine<int> child()
{
    log("child runs");
    co_return 1;
}

Coroutine<void> waits_for_child()
{
    co_await aio::gather(child());
    log("waiter resumes");
}

Coroutine<void> inner_group()
{
    co_await aio::async_with(aio::TaskGroup(), [](aio::TaskGroup &tg) -> Coroutine<void> {
        tg.create_task(job("inner ok", 1));
        tg.create_task(job("inner fail", 2, true));
        tg.create_task(job("inner slow", 5));
        co_return;
    });
}

Coroutine<void> runs_group()
{
    try {
        co_await aio::async_with(aio::TaskGroup(), [](aio::TaskGroup &tg) -> Coroutine<void> {
            tg.create_task(job("fails", 1, true));
            tg.create_task(job("slow", 5));
            co_return;
        });
    } catch (const aio::ExceptionGroup &) {
        log("group raised " + err(std::current_exception()));
    }
    log("after group cancelling=" + str(me().cancelling()));
    co_await aio::sleep(1);
    log("not reached");
}

} // namespace

FIDELITY_CASE(gather_results_in_argument_order)
{
    auto [a, b, c] = co_await aio::gather(job("a", 3), job("b", 1), job("c", 2));
    log("gather -> " + list({a, b, c}));
    auto none = co_await aio::gather(std::vector<Coroutine<int>>{});
    log("empty gather -> [" + std::string(none.empty() ? "" : "?") + "]");
}

FIDELITY_CASE(gather_first_error_and_the_others_keep_running)
{
    try {
        co_await aio::gather(job("a", 1), job("b", 2, true), job("c", 3));
    } catch (const ValueError &) {
        log("gather raised " + err(std::current_exception()));
    }
    co_await aio::sleep(2);
    log("after the others");
}

FIDELITY_CASE(gather_return_exceptions_collects_everything)
{
    auto c = aio::create_task(job("c", 5));
    std::vector<aio::Future<std::string>> children{aio::create_task(job("a", 1)), aio::create_task(job("b", 2, true)), c};
    auto g = aio::gather(aio::return_exceptions, std::move(children));
    co_await aio::sleep(3);
    c.cancel("c stop");
    auto r = co_await g;
    log("gather -> " + outcomes(r));
}

FIDELITY_CASE(gather_with_a_cancelled_child_fails_with_cancelled_error)
{
    auto b = aio::create_task(job("b", 5));
    auto g = aio::gather(job("a", 1), b);
    co_await aio::sleep(2);
    b.cancel("b stop");
    try {
        co_await g;
    } catch (const CancelledError &) {
        log("gather raised " + err(std::current_exception()) + " cancelled=" + str(g.cancelled())
            + " done=" + str(g.done()));
    }
}

FIDELITY_CASE(gather_cancelled_from_outside_cancels_the_children)
{
    auto g = aio::gather(job("a", 2), job("b", 3));
    co_await aio::sleep(1);
    log("cancel -> " + str(g.cancel("outside")));
    try {
        co_await g;
    } catch (const CancelledError &) {
        log("gather raised " + err(std::current_exception()) + " cancelled=" + str(g.cancelled()));
    }
}

FIDELITY_CASE(gather_cancelled_while_a_task_awaits_it)
{
    auto t = aio::create_task(waits_for_gather());
    co_await aio::sleep(1);
    t.cancel("stop all");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main caught " + err(std::current_exception()));
    }
}

FIDELITY_CASE(gather_whose_children_all_swallow_the_cancel)
{
    {
        auto g = aio::gather(swallower("a", 2), swallower("b", 3));
        co_await aio::sleep(1);
        log("cancel -> " + str(g.cancel("outside")));
        try {
            auto [a, b] = co_await g;
            log("gather -> " + list({a, b}));
        } catch (const CancelledError &) {
            log("gather raised " + err(std::current_exception()) + " cancelled=" + str(g.cancelled())
                + " done=" + str(g.done()));
        }
    }
    {
        std::vector<Coroutine<std::string>> children;
        children.push_back(swallower("a", 2));
        children.push_back(swallower("b", 3));
        auto g = aio::gather(aio::return_exceptions, std::move(children));
        co_await aio::sleep(1);
        log("cancel -> " + str(g.cancel("outside")));
        try {
            log("gather -> " + outcomes(co_await g));
        } catch (const CancelledError &) {
            log("gather raised " + err(std::current_exception()) + " cancelled=" + str(g.cancelled())
                + " done=" + str(g.done()));
        }
    }
}

FIDELITY_CASE(gather_round_trips_against_call_soon)
{
    auto &loop = aio::get_event_loop();
    auto t = aio::create_task(waits_for_child());
    for (int i = 0; i < 5; ++i) {
        loop.call_soon([i] { log("tick " + str(i)); });
        co_await aio::sleep(0);
    }
    co_await t;
}

FIDELITY_CASE(wait_first_completed_first_exception_all_and_timeout)
{
    std::vector<aio::Task<std::string>> tasks{aio::create_task(job("a", 1)), aio::create_task(job("b", 2, true)),
                                              aio::create_task(job("c", 3))};
    auto first = co_await aio::wait(tasks, aio::FIRST_COMPLETED);
    log("first completed: done=['" + first.done.front().result() + "'] pending=" + str(first.pending.size()));
    auto error = co_await aio::wait(tasks, aio::FIRST_EXCEPTION);
    log("first exception: done=" + str(error.done.size()) + " pending=" + str(error.pending.size()));
    auto timed = co_await aio::wait(tasks, aio::ALL_COMPLETED, 0.5);
    log("timeout: done=" + str(timed.done.size()) + " pending=" + str(timed.pending.size()));
    auto all = co_await aio::wait(tasks);
    log("all: done=" + str(all.done.size()) + " pending=" + str(all.pending.size()) + " b="
        + err(tasks[1].exception()));
}

FIDELITY_CASE(as_completed_in_finishing_order_and_timeout)
{
    {
        std::vector<Coroutine<std::string>> jobs;
        jobs.push_back(job("a", 3));
        jobs.push_back(job("b", 1));
        jobs.push_back(job("c", 2));
        auto next = aio::as_completed(std::move(jobs));
        while (auto f = co_await next.anext())
            log("as_completed -> " + f->result());
    }
    try {
        std::vector<Coroutine<std::string>> jobs;
        jobs.push_back(job("d", 1));
        jobs.push_back(job("e", 5));
        auto next = aio::as_completed(std::move(jobs), 2.0);
        while (auto f = co_await next.anext())
            log("as_completed -> " + f->result());
    } catch (const aio::TimeoutError &) {
        log("as_completed raised " + err(std::current_exception()));
    }
    co_await aio::sleep(4);
}

FIDELITY_CASE(task_group_a_failing_child_cancels_the_rest)
{
    try {
        co_await aio::async_with(aio::TaskGroup(), [](aio::TaskGroup &tg) -> Coroutine<void> {
            tg.create_task(job("a", 1));
            tg.create_task(job("b", 2, true));
            tg.create_task(job("c", 3));
            co_await aio::sleep(5);
            log("body not reached");
        });
    } catch (const aio::ExceptionGroup &) {
        log("caught " + err(std::current_exception()));
    }
    log("cancelling=" + str(me().cancelling()));
}

FIDELITY_CASE(task_group_failure_during_exit)
{
    try {
        co_await aio::async_with(aio::TaskGroup(), [](aio::TaskGroup &tg) -> Coroutine<void> {
            tg.create_task(job("a", 2, true));
            tg.create_task(job("b", 3));
            log("body ends");
            co_return;
        });
    } catch (const aio::ExceptionGroup &) {
        log("caught " + err(std::current_exception()));
    }
    try {
        co_await aio::async_with(aio::TaskGroup(), [](aio::TaskGroup &tg) -> Coroutine<void> {
            tg.create_task(job("c", 2));
            co_await aio::sleep(1);
            throw ValueError("body");
        });
    } catch (const aio::ExceptionGroup &) {
        log("caught " + err(std::current_exception()));
    }
}

FIDELITY_CASE(task_group_nested_groups)
{
    try {
        co_await aio::async_with(aio::TaskGroup(), [](aio::TaskGroup &tg) -> Coroutine<void> {
            tg.create_task(inner_group());
            tg.create_task(job("outer slow", 6));
            co_return;
        });
    } catch (const aio::ExceptionGroup &) {
        log("caught " + err(std::current_exception()));
    }
}

FIDELITY_CASE(task_group_cancelled_from_outside_while_a_child_fails)
{
    auto t = aio::create_task(runs_group());
    co_await aio::sleep(1);
    co_await aio::sleep(0);
    t.cancel("outside");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main caught " + err(std::current_exception()) + " cancelled=" + str(t.cancelled()));
    }
}
