// SPDX-License-Identifier: MIT
#include "coroscope/loop_time.h"

#include "coroscope/loop.h"

#include <thread>

namespace aio {

namespace {
thread_local std::shared_ptr<Clock> t_job_clock;

/// Waits `duration` on the governing clock, or on the steady clock when there is none.
void wait_for(std::chrono::nanoseconds duration, bool burn)
{
    if (duration.count() <= 0)
        return;
    if (const std::shared_ptr<Clock> clock = this_thread_clock()) {
        const std::int64_t until = clock->now_ns() + duration.count();
        if (burn)
            clock->burn_until(until);
        else
            clock->sleep_until(until);
        return;
    }
    if (!burn) {
        std::this_thread::sleep_for(duration);
        return;
    }
    const std::int64_t end = Clock::steady_ns() + duration.count();
    while (Clock::steady_ns() < end) {
    }
}
} // namespace

std::shared_ptr<Clock> this_thread_clock()
{
    if (t_job_clock)
        return t_job_clock;
    if (EventLoop *loop = EventLoop::current())
        return loop->shared_clock();
    return nullptr;
}

void blocking_sleep(std::chrono::nanoseconds duration)
{
    wait_for(duration, false);
}

void burn_cpu(std::chrono::nanoseconds duration)
{
    wait_for(duration, true);
}

namespace detail {
ClockScope::ClockScope(std::shared_ptr<Clock> clock) : m_previous(std::exchange(t_job_clock, std::move(clock))) {}
ClockScope::~ClockScope()
{
    t_job_clock = std::move(m_previous);
}
} // namespace detail

} // namespace aio
