// SPDX-License-Identifier: MIT
#pragma once
// aio::wait_for: asyncio.wait_for (Python 3.11 semantics).
//
//     try {
//         QString page = co_await aio::wait_for(fetch(url), 1.5);   // seconds, or a chrono duration
//     } catch (const aio::TimeoutError &) { ... }
//
// A coroutine is wrapped in a task (a Future or Task is awaited as is). If it finishes within
// `timeout`, its result (or error) comes back. Otherwise it is cancelled, and wait_for WAITS for
// the cancellation to finish (the task may catch CancelledError and clean up, even awaiting)
// before raising aio::TimeoutError; if the task swallowed the cancellation and returned a value,
// that value is returned, as in 3.11. A timeout <= 0 cancels at once unless already done.
// Cancelling the task that awaits wait_for cancels the inner one, waits for it, and re-raises
// CancelledError. To time out without cancelling the inner task, wrap it in aio::shield.
// While waiting, the trace shows "wait_for <inner> (<timeout> s)".

#include "coroscope/gather.h"
#include "coroscope/impl/awaitable.h"

#include <chrono>

namespace aio {

namespace detail {

/// Cancels a timer callback when the frame that owns it goes (asyncio's `finally: handle.cancel()`).
struct HandleGuard
{
    Handle handle;
    HandleGuard() = default;
    explicit HandleGuard(Handle h) : handle(std::move(h)) {}
    HandleGuard(const HandleGuard &) = delete;
    HandleGuard &operator=(const HandleGuard &) = delete;
    ~HandleGuard() { handle.cancel(); }
};

/// asyncio.tasks._cancel_and_wait: cancels `future` and waits until it is done.
template<typename T>
Coroutine<void> cancel_and_wait(Future<T> future)
{
    auto waiter = labelled_future(future.core()->loop(),
                                  QStringLiteral("cancellation of %1").arg(future.core()->label()),
                                  future.core()->wait_kind());
    future.add_done_callback([waiter](Future<T>) mutable {
        if (!waiter.done())
            waiter.set_result();
    });
    future.cancel();
    co_await waiter;
}

template<typename T, typename A>
Coroutine<T> wait_for_impl(A awaitable, std::int64_t timeout_ns)
{
    // As in asyncio, a coroutine becomes a task when wait_for starts, not when it is called.
    Future<T> future = to_future(std::move(awaitable));
    EventLoop &loop = future.core()->loop();
    if (timeout_ns <= 0) {
        if (future.done())
            co_return future.result();
        co_await cancel_and_wait(future);
        if (future.cancelled())
            throw TimeoutError();
        co_return future.result();
    }
    auto waiter = labelled_future(loop,
                                  QStringLiteral("wait_for %1 (%2 s)")
                                      .arg(future.core()->label())
                                      .arg(double(timeout_ns) / 1e9, 0, 'f', 3),
                                  future.core()->wait_kind());
    auto release = [waiter]() mutable {
        if (!waiter.done())
            waiter.set_result();
    };
    HandleGuard timer(loop.call_later(std::chrono::nanoseconds(timeout_ns), release));
    future.add_done_callback([release](Future<T>) mutable { release(); });

    std::exception_ptr cancelled;
    try {
        co_await waiter;
    } catch (const CancelledError &) {
        cancelled = std::current_exception();
    }
    if (cancelled) {
        // The awaiting task was cancelled: cancel the inner one too, wait for it, and re-raise
        // the same CancelledError (its message included).
        if (future.done())
            co_return future.result();
        co_await cancel_and_wait(future);
        std::rethrow_exception(cancelled);
    }
    if (future.done())
        co_return future.result();
    co_await cancel_and_wait(future);
    if (future.cancelled())
        throw TimeoutError();
    co_return future.result();
}

} // namespace detail

/// asyncio.wait_for(aw, timeout) with the timeout in seconds.
template<detail::Gatherable A>
[[nodiscard]] auto wait_for(A &&awaitable, double timeout_seconds)
{
    using T = detail::awaitable_result_t<A>;
    return detail::wait_for_impl<T, std::remove_cvref_t<A>>(std::forward<A>(awaitable),
                                    static_cast<std::int64_t>(timeout_seconds * 1e9 + 0.5));
}

/// asyncio.wait_for(aw, timeout) with a chrono duration.
template<detail::Gatherable A, typename Rep, typename Period>
[[nodiscard]] auto wait_for(A &&awaitable, std::chrono::duration<Rep, Period> timeout)
{
    using T = detail::awaitable_result_t<A>;
    return detail::wait_for_impl<T, std::remove_cvref_t<A>>(std::forward<A>(awaitable),
                                    std::chrono::duration_cast<std::chrono::nanoseconds>(timeout).count());
}

} // namespace aio
