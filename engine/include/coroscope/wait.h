// SPDX-License-Identifier: MIT
#pragma once
// aio::wait and aio::as_completed: asyncio.wait and asyncio.as_completed.
//
//     auto [done, pending] = co_await aio::wait(tasks, aio::FIRST_COMPLETED, /*timeout s*/ 2.0);
//     auto next = aio::as_completed(tasks);
//     while (auto f = co_await next.anext()) { int r = f->result(); ... }   // in completion order
//     // or: co_await aio::async_for(aio::as_completed(tasks), [](aio::Future<int> f) { ... });
//
// wait(aws, return_when, timeout) waits until FIRST_COMPLETED (any finished), FIRST_EXCEPTION
// (one failed, or all finished) or ALL_COMPLETED (the default), or until the timeout (seconds;
// none by default) passes, then returns {done, pending} in argument order (Python returns
// sets). It never raises the children's errors and never cancels them (not even on timeout, nor
// when the waiting task is cancelled). Coroutines are wrapped in tasks (3.11 accepts them with a
// deprecation warning). An empty list raises ValueError-like std::invalid_argument.
//
// as_completed(aws, timeout) is an async iterator of the same futures, each yielded once done,
// in the order they finish; past the timeout, anext() throws TimeoutError. Waiters see
// "wait FIRST_COMPLETED of 3" / "as_completed of 3".

#include "coroscope/gather.h"
#include "coroscope/impl/awaitable.h"
#include "coroscope/wait_for.h"

#include <deque>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace aio {

/// asyncio.FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED
enum class ReturnWhen : std::uint8_t { FirstCompleted, FirstException, AllCompleted };
inline constexpr ReturnWhen FIRST_COMPLETED = ReturnWhen::FirstCompleted;
inline constexpr ReturnWhen FIRST_EXCEPTION = ReturnWhen::FirstException;
inline constexpr ReturnWhen ALL_COMPLETED = ReturnWhen::AllCompleted;

template<typename T>
struct WaitResult
{
    std::vector<Future<T>> done;
    std::vector<Future<T>> pending;
};

namespace detail {

const char *to_string(ReturnWhen when) noexcept;

template<typename T, typename A>
Coroutine<WaitResult<T>> wait_impl(std::vector<A> awaitables, ReturnWhen when, std::optional<double> timeout)
{
    if (awaitables.empty())
        throw std::invalid_argument("Set of Tasks/Futures is empty.");
    std::vector<Future<T>> futures;
    futures.reserve(awaitables.size());
    for (auto &a : awaitables)
        futures.push_back(to_future(std::move(a)));
    awaitables.clear();

    EventLoop &loop = futures.front().core()->loop();
    auto waiter = labelled_future(loop,
                                  QStringLiteral("wait %1 of %2").arg(QLatin1String(to_string(when))).arg(futures.size()),
                                  WaitKind::Gather);
    auto release = [waiter]() mutable {
        if (!waiter.done())
            waiter.set_result();
    };
    HandleGuard timer;
    if (timeout)
        timer.handle = loop.call_later(*timeout, release);
    auto counter = std::make_shared<std::size_t>(futures.size());
    for (auto &f : futures) {
        f.add_done_callback([counter, when, release](Future<T> done) mutable {
            --*counter;
            if (*counter == 0 || when == ReturnWhen::FirstCompleted
                || (when == ReturnWhen::FirstException && !done.cancelled() && done.exception()))
                release();
        });
    }
    co_await waiter;
    WaitResult<T> result;
    for (auto &f : futures)
        (f.done() ? result.done : result.pending).push_back(std::move(f));
    co_return result;
}

/// The shared state of an as_completed iteration (callbacks outlive the iterator object).
template<typename T>
struct AsCompletedState
{
    std::deque<Future<T>> finished;
    Future<void> waiter;
    std::size_t remaining = 0; ///< not yet handed out
    bool timed_out = false;
    Handle timer;
    void wake()
    {
        if (waiter.valid() && !waiter.done())
            waiter.set_result();
    }
};

} // namespace detail

/// asyncio.wait(aws, return_when=..., timeout=...)
template<detail::Gatherable A>
[[nodiscard]] auto wait(std::vector<A> awaitables, ReturnWhen when = ALL_COMPLETED,
                        std::optional<double> timeout_seconds = std::nullopt)
{
    using T = detail::awaitable_result_t<A>;
    return detail::wait_impl<T, A>(std::move(awaitables), when, timeout_seconds);
}

/// asyncio.as_completed(aws, timeout=...): an async iterator of the futures in completion order.
template<typename T>
class AsCompleted
{
public:
    AsCompleted(std::vector<Future<T>> futures, std::optional<double> timeout_seconds)
        : m_state(std::make_shared<detail::AsCompletedState<T>>())
    {
        m_state->remaining = futures.size();
        m_count = futures.size();
        std::weak_ptr<detail::AsCompletedState<T>> weak = m_state;
        for (auto &f : futures) {
            f.add_done_callback([weak](Future<T> done) {
                if (auto state = weak.lock(); state && !state->timed_out) {
                    state->finished.push_back(done);
                    state->wake();
                }
            });
        }
        if (timeout_seconds && !futures.empty()) {
            m_state->timer = futures.front().core()->loop().call_later(*timeout_seconds, [weak] {
                if (auto state = weak.lock()) {
                    state->timed_out = true;
                    state->wake();
                }
            });
        }
    }
    AsCompleted(AsCompleted &&) noexcept = default;
    AsCompleted &operator=(AsCompleted &&) noexcept = default;
    ~AsCompleted()
    {
        if (m_state)
            m_state->timer.cancel();
    }

    /// The next future to finish (already done), std::nullopt when all were handed out;
    /// TimeoutError past the timeout.
    Coroutine<std::optional<Future<T>>> anext()
    {
        auto state = m_state; // the frame keeps the state alive even if `this` moves
        if (state->remaining == 0)
            co_return std::nullopt;
        if (state->finished.empty() && !state->timed_out) {
            state->waiter = detail::labelled_future(detail::require_task("as_completed").loop(),
                                                    QStringLiteral("as_completed of %1").arg(m_count),
                                                    WaitKind::Gather);
            co_await state->waiter;
        }
        if (state->finished.empty())
            throw TimeoutError();
        Future<T> next = std::move(state->finished.front());
        state->finished.pop_front();
        --state->remaining;
        if (state->remaining == 0)
            state->timer.cancel();
        co_return next;
    }

private:
    std::shared_ptr<detail::AsCompletedState<T>> m_state;
    std::size_t m_count = 0;
};

template<detail::Gatherable A>
[[nodiscard]] auto as_completed(std::vector<A> awaitables, std::optional<double> timeout_seconds = std::nullopt)
{
    using T = detail::awaitable_result_t<A>;
    std::vector<Future<T>> futures;
    futures.reserve(awaitables.size());
    for (auto &a : awaitables)
        futures.push_back(detail::to_future(std::move(a)));
    return AsCompleted<T>(std::move(futures), timeout_seconds);
}

} // namespace aio
