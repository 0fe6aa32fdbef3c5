// SPDX-License-Identifier: MIT
#pragma once
// aio::timeout: asyncio.timeout / timeout_at (Python 3.11), an async context manager that
// cancels the current task when its deadline passes and turns that cancellation into
// aio::TimeoutError when the block exits:
//
//     try {
//         co_await aio::async_with(aio::timeout(1.0), [&]() -> aio::Coroutine<void> {
//             co_await long_running();
//         });
//     } catch (const aio::TimeoutError &) { ... }
//
//     // the manager itself, to ask expired() or move the deadline (reschedule):
//     co_await aio::async_with(aio::timeout(1.0), [](aio::Timeout &cm) { ... cm.reschedule(...); });
//
// The deadline is fixed when timeout() is called (loop time + delay), as in asyncio; timeout_at
// takes an absolute loop time. Code inside the block sees the usual CancelledError at its
// co_await, so it can clean up. As in 3.11, the expiry is one cancel request on the task, taken
// back with uncancel() at exit: when another cancel request is still outstanding (someone else
// cancelled the task while the block handled its expiry), CancelledError leaves the block instead
// of TimeoutError, so the outside cancel is not lost.

#include "coroscope/impl/awaitable.h"

#include <chrono>
#include <memory>
#include <optional>

namespace aio {

class Timeout
{
public:
    /// A deadline in loop time (EventLoop::now_ns()); std::nullopt never expires.
    explicit Timeout(std::optional<std::int64_t> when_ns);

    /// The deadline in loop seconds (std::nullopt: none).
    [[nodiscard]] std::optional<double> when() const;
    /// Moves the deadline (loop seconds; std::nullopt removes it). Only inside the block.
    void reschedule(std::optional<double> when_seconds);
    /// True once the deadline passed inside the block.
    [[nodiscard]] bool expired() const noexcept;

    /// __aenter__: arms the deadline for the current task.
    detail::Ready<Timeout &> aenter();
    /// __aexit__: disarms it; throws TimeoutError if it expired and cancelled the block.
    detail::Ready<void> aexit(std::exception_ptr error);

private:
    struct State;
    void arm();
    std::shared_ptr<State> m_state; // shared with the armed timer callback
};

/// asyncio.timeout(delay): expires `delay` seconds from now.
[[nodiscard]] Timeout timeout(double delay_seconds);
template<typename Rep, typename Period>
[[nodiscard]] Timeout timeout(std::chrono::duration<Rep, Period> delay)
{
    return timeout(std::chrono::duration<double>(delay).count());
}
/// asyncio.timeout_at(when): expires at loop time `when` (seconds, as EventLoop::time()).
[[nodiscard]] Timeout timeout_at(double when_seconds);

} // namespace aio
