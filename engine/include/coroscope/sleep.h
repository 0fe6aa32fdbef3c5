// SPDX-License-Identifier: MIT
#pragma once
// aio::sleep: asyncio.sleep. `co_await sleep(0)` yields to the loop (the task goes to the back
// of the ready queue); a positive delay suspends the task on a timer for that long on the loop
// clock (exact on the virtual clock).

#include "coroscope/impl/task_core.h"
#include "coroscope/loop.h"

#include <chrono>
#include <coroutine>

namespace aio {

struct SleepAwaiter
{
    static constexpr bool suspends_task = true;
    std::int64_t delay_ns;

    bool await_ready() const noexcept { return false; } // even sleep(0) yields
    void await_suspend(std::coroutine_handle<>) const
    {
        TaskCore *task = TaskCore::current();
        if (delay_ns <= 0)
            task->suspend_ready();
        else
            task->suspend_on_timer(task->loop().now_ns() + delay_ns);
    }
    void await_resume() const noexcept {}
};

template<typename Rep, typename Period>
[[nodiscard]] SleepAwaiter sleep(std::chrono::duration<Rep, Period> delay)
{
    return SleepAwaiter{std::chrono::duration_cast<std::chrono::nanoseconds>(delay).count()};
}

/// sleep(seconds), as in Python: sleep(1.0), sleep(0.1). Throws ValueError for NaN, inf and
/// delays the loop clock cannot hold (detail::delay_ns).
[[nodiscard]] inline SleepAwaiter sleep(double seconds)
{
    return SleepAwaiter{detail::delay_ns(seconds)};
}

/// sleep(0), sleep(1): whole seconds (also keeps `sleep(0)` from meaning POSIX ::sleep).
[[nodiscard]] inline SleepAwaiter sleep(int seconds)
{
    return SleepAwaiter{std::int64_t(seconds) * 1'000'000'000};
}

} // namespace aio
