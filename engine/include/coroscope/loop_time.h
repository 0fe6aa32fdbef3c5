// SPDX-License-Identifier: MIT
#pragma once
// Blocking code on loop time. A scenario's CPU-bound step, or a blocking call in an executor
// job, lasts a span of *loop* time, so slow motion slows it, pause holds it and the virtual
// clock makes it instant, just as it does for sleeps:
//
//     void crunch() { aio::burn_cpu(std::chrono::milliseconds(200)); }   // 0.2 s of loop time
//     co_await aio::run_in_executor(loop, nullptr, crunch);               // a pool thread burns
//     crunch();                                                           // the loop is blocked
//
// Which clock governs the calling thread: on a loop's thread, that loop's; inside an executor
// job (run_in_executor), the clock of the loop that submitted it; anywhere else none, and these
// fall back to wall time. On the loop's own thread the virtual clock simply moves forward (the
// blocked loop can do nothing else meanwhile); on a pool thread the job parks, and the loop
// jumps virtual time to it when nothing else is running.

#include "coroscope/clock.h"

#include <chrono>
#include <memory>

namespace aio {

/// The clock that governs the calling thread, or null (see above).
[[nodiscard]] std::shared_ptr<Clock> this_thread_clock();

/// Blocks the calling thread (without using the CPU) for `duration` of loop time.
void blocking_sleep(std::chrono::nanoseconds duration);

/// CPU-bound work: spins for `duration` of loop time. Nothing else runs on this thread
/// meanwhile, which on the loop's thread is exactly the lesson (every other task freezes).
void burn_cpu(std::chrono::nanoseconds duration);

namespace detail {
/// Makes `clock` govern the current thread while alive (executor jobs use it).
class ClockScope
{
public:
    explicit ClockScope(std::shared_ptr<Clock> clock);
    ~ClockScope();
    ClockScope(const ClockScope &) = delete;
    ClockScope &operator=(const ClockScope &) = delete;

private:
    std::shared_ptr<Clock> m_previous;
};
} // namespace detail

} // namespace aio
