// SPDX-License-Identifier: MIT
// Twins of cases_cancel.py: cancellation messages, cancelling()/uncancel(), chains of awaits,
// timeouts, wait_for, shield.
#include "harness.h"

using namespace fidelity;
using aio::CancelledError;
using aio::Coroutine;

namespace {

Coroutine<std::string> sleeper(std::string name, double delay)
{
    try {
        co_await aio::sleep(delay);
        log(name + " woke");
        co_return name;
    } catch (const CancelledError &) {
        log(name + " caught " + err(std::current_exception()));
        throw;
    }
}

Coroutine<void> waiter(aio::Task<std::string> t)
{
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("waiter caught " + err(std::current_exception()));
    }
}

Coroutine<std::string> middle()
{
    try {
        co_return co_await aio::create_task(sleeper("inner", 10));
    } catch (const CancelledError &) {
        log("middle caught " + err(std::current_exception()));
        throw;
    }
}

Coroutine<void> outer()
{
    try {
        co_await middle();
    } catch (const CancelledError &) {
        log("outer caught " + err(std::current_exception()));
        throw;
    }
}

Coroutine<int> uncancelling_worker()
{
    try {
        co_await aio::sleep(10);
    } catch (const CancelledError &) {
        log("caught " + err(std::current_exception()) + " cancelling=" + str(me().cancelling()));
        log("uncancel -> " + str(me().uncancel()));
        log("uncancel -> " + str(me().uncancel()));
        log("uncancel -> " + str(me().uncancel()));
    }
    co_await aio::sleep(1);
    log("worker carries on");
    co_return 5;
}

Coroutine<std::string> ready_worker()
{
    co_await aio::sleep(0);
    try {
        co_await aio::sleep(0);
    } catch (const CancelledError &) {
        log("caught " + err(std::current_exception()));
    }
    co_return "swallowed";
}

Coroutine<std::string> stubborn()
{
    for (int i = 0; i < 3; ++i) {
        try {
            co_await aio::sleep(1);
        } catch (const CancelledError &) {
            log("stubborn ignores " + err(std::current_exception()));
        }
    }
    co_return "done anyway";
}

Coroutine<std::string> timeout_worker()
{
    try {
        co_await aio::async_with(aio::timeout(1.0), [&]() -> Coroutine<void> {
            try {
                co_await aio::sleep(10);
            } catch (const CancelledError &) {
                log("block got " + err(std::current_exception()) + " cancelling=" + str(me().cancelling())
                    + "; cleaning up");
            }
            // (Python re-raises from inside the except block; the C++ twin re-raises after it.)
            co_await aio::sleep(0.5);
            log("cleanup done");
            throw CancelledError();
        });
    } catch (const aio::TimeoutError &) {
        log("worker: TimeoutError");
        co_return "timed out";
    } catch (const CancelledError &) {
        log("worker: " + err(std::current_exception()) + " cancelling=" + str(me().cancelling()));
        throw;
    }
    co_return "";
}

Coroutine<void> timeout_block_worker()
{
    co_await aio::async_with(aio::timeout(5.0), [&]() -> Coroutine<void> { co_await sleeper("in block", 10); });
}

Coroutine<void> cleanup_slowly()
{
    try {
        co_await aio::sleep(5);
    } catch (const CancelledError &) {
        log("cleanup starts");
    }
    co_await aio::sleep(0.5);
    log("cleanup ends");
    throw CancelledError();
}

Coroutine<void> waits_for()
{
    try {
        co_await aio::wait_for(sleeper("inner", 5), 3.0);
    } catch (const CancelledError &) {
        log("waits caught " + err(std::current_exception()));
        throw;
    }
}

Coroutine<std::string> waits_shielded(aio::Task<std::string> inner)
{
    try {
        co_return co_await aio::shield(inner);
    } catch (const CancelledError &) {
        log("waits caught " + err(std::current_exception()));
        throw;
    }
}

} // namespace

FIDELITY_CASE(cancel_message_reaches_the_task_and_its_awaiter)
{
    auto t = aio::create_task(sleeper("worker", 10));
    auto w = aio::create_task(waiter(t));
    co_await aio::sleep(1);
    log("cancel -> " + str(t.cancel("stop")));
    co_await w;
    const bool cancelled = t.cancelled();
    log("worker cancelled=" + str(cancelled) + " cancel again -> " + str(t.cancel("late")));
}

FIDELITY_CASE(cancel_message_through_a_chain_of_awaits)
{
    auto t = aio::create_task(outer());
    co_await aio::sleep(2);
    t.cancel("from main");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main caught " + err(std::current_exception()) + " cancelled=" + str(t.cancelled()));
    }
}

FIDELITY_CASE(cancel_before_the_first_step)
{
    auto t = aio::create_task(sleeper("never", 1));
    t.cancel("early");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main caught " + err(std::current_exception()) + " cancelled=" + str(t.cancelled()));
    }
}

FIDELITY_CASE(cancelling_counts_requests_and_uncancel_takes_them_back)
{
    auto t = aio::create_task(uncancelling_worker());
    co_await aio::sleep(1);
    bool r1 = t.cancel();
    log("cancel -> " + str(r1) + " cancelling=" + str(t.cancelling()));
    bool r2 = t.cancel("again");
    log("cancel -> " + str(r2) + " cancelling=" + str(t.cancelling()));
    int r = co_await t;
    log("result " + str(r) + " cancelling=" + str(t.cancelling()) + " cancelled=" + str(t.cancelled()));
}

FIDELITY_CASE(two_cancels_of_a_ready_task_keep_the_last_message)
{
    auto t = aio::create_task(ready_worker());
    co_await aio::sleep(0);
    t.cancel("first");
    t.cancel("second");
    std::string r = co_await t;
    log("result " + r + " cancelled=" + str(t.cancelled()) + " cancelling=" + str(t.cancelling()));
}

FIDELITY_CASE(a_cancel_swallowed_then_the_task_returns)
{
    auto t = aio::create_task(stubborn());
    co_await aio::sleep(0.5);
    t.cancel("one");
    co_await aio::sleep(1);
    t.cancel("two");
    log("result " + co_await t);
}

FIDELITY_CASE(timeout_expires_and_becomes_timeout_error)
{
    auto &loop = aio::get_event_loop();
    aio::Timeout cm = aio::timeout(1.0);
    try {
        co_await aio::async_with(cm, [&](aio::Timeout &c) -> Coroutine<void> {
            log("when " + f3(*c.when()));
            c.reschedule(loop.time() + 2);
            log("rescheduled to " + f3(*c.when()));
            co_await sleeper("in block", 5);
        });
    } catch (const aio::TimeoutError &) {
        log("caught " + err(std::current_exception()) + " expired=" + str(cm.expired())
            + " cancelling=" + str(me().cancelling()));
    }
    aio::Timeout ok = aio::timeout(2.0);
    co_await aio::async_with(ok, [&]() -> Coroutine<void> { co_await aio::sleep(1); });
    log("in time expired=" + str(ok.expired()));
    co_await aio::async_with(aio::Timeout(std::nullopt), [&](aio::Timeout &never) -> Coroutine<void> {
        co_await aio::sleep(1);
        never.reschedule(loop.time() + 0.5);
        try {
            co_await aio::sleep(1);
        } catch (const CancelledError &) {
            log("rescheduled deadline cancelled the block: " + err(std::current_exception()));
            throw;
        }
    });
    log("not reached");
}

FIDELITY_CASE(nested_timeouts_the_right_one_fires)
{
    aio::Timeout outer_cm = aio::timeout(3.0);
    try {
        co_await aio::async_with(outer_cm, [&]() -> Coroutine<void> {
            aio::Timeout inner_cm = aio::timeout(1.0);
            try {
                co_await aio::async_with(inner_cm, [&]() -> Coroutine<void> { co_await aio::sleep(5); });
            } catch (const aio::TimeoutError &) {
                log("inner timed out inner=" + str(inner_cm.expired()) + " outer=" + str(outer_cm.expired()));
            }
            co_await aio::sleep(5);
        });
    } catch (const aio::TimeoutError &) {
        log("outer timed out expired=" + str(outer_cm.expired()));
    }
    aio::Timeout outer2 = aio::timeout(1.0);
    aio::Timeout inner2 = aio::timeout(5.0);
    try {
        co_await aio::async_with(outer2, [&]() -> Coroutine<void> {
            inner2 = aio::timeout(5.0);
            try {
                co_await aio::async_with(inner2, [&]() -> Coroutine<void> { co_await aio::sleep(10); });
            } catch (const aio::TimeoutError &) {
                log("inner2 timed out (wrong)");
            }
        });
    } catch (const aio::TimeoutError &) {
        log("outer2 timed out inner2=" + str(inner2.expired()) + " outer2=" + str(outer2.expired()));
    }
}

FIDELITY_CASE(timeout_does_not_swallow_an_outside_cancel)
{
    auto t = aio::create_task(timeout_worker());
    co_await aio::sleep(1.25);
    t.cancel("outside");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main: " + err(std::current_exception()) + " cancelled=" + str(t.cancelled()));
    }
}

FIDELITY_CASE(timeout_cancelled_from_outside_before_expiry)
{
    auto t = aio::create_task(timeout_block_worker());
    co_await aio::sleep(1);
    t.cancel("outside");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main: " + err(std::current_exception()) + " cancelled=" + str(t.cancelled()));
    }
}

FIDELITY_CASE(wait_for_result_timeout_and_outside_cancel)
{
    log("result " + co_await aio::wait_for(sleeper("fast", 1), 2.0));
    try {
        co_await aio::wait_for(sleeper("slow", 5), 1.0);
    } catch (const aio::TimeoutError &) {
        log("caught " + err(std::current_exception()));
    }
    try {
        co_await aio::wait_for(cleanup_slowly(), 1.0);
    } catch (const aio::TimeoutError &) {
        log("caught " + err(std::current_exception()) + " after the cleanup");
    }
    auto t = aio::create_task(waits_for());
    co_await aio::sleep(1);
    t.cancel("stop waiting");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main caught " + err(std::current_exception()));
    }
    try {
        co_await aio::wait_for(sleeper("zero", 1), 0.0);
    } catch (const aio::TimeoutError &) {
        log("timeout 0: " + err(std::current_exception()));
    }
}

FIDELITY_CASE(shield_keeps_the_inner_task_running)
{
    auto inner = aio::create_task(sleeper("shielded", 2));
    auto t = aio::create_task(waits_shielded(inner));
    co_await aio::sleep(1);
    t.cancel("go away");
    try {
        co_await t;
    } catch (const CancelledError &) {
        log("main caught " + err(std::current_exception()) + " inner.done=" + str(inner.done()));
    }
    log("inner result " + co_await inner);
    auto inner2 = aio::create_task(sleeper("inner2", 2));
    auto shielded = aio::shield(inner2);
    co_await aio::sleep(1);
    inner2.cancel("inner cancelled");
    try {
        co_await shielded;
    } catch (const CancelledError &) {
        log("outer of a cancelled inner: " + err(std::current_exception()) + " cancelled=" + str(shielded.cancelled()));
    }
    log("shield result " + co_await aio::shield(sleeper("plain", 1)));
}
