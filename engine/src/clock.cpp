// SPDX-License-Identifier: MIT
#include "coroscope/clock.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace aio {

Clock::Clock(ClockMode mode, double speed)
    : m_mode(mode), m_speed(std::clamp(speed, 1e-3, 1e3)), m_base_steady_ns(steady_ns())
{
}

std::int64_t Clock::steady_ns()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::int64_t Clock::now_ns() const
{
    if (m_mode == ClockMode::Virtual || m_frozen)
        return m_base_loop_ns;
    const std::int64_t real = steady_ns() - m_base_steady_ns;
    if (m_mode == ClockMode::Real)
        return m_base_loop_ns + real;
    return m_base_loop_ns + static_cast<std::int64_t>(double(real) * m_speed);
}

void Clock::rebase()
{
    m_base_loop_ns = now_ns();
    m_base_steady_ns = steady_ns();
}

void Clock::set_mode(ClockMode mode)
{
    rebase();
    m_mode = mode;
}

void Clock::set_speed(double factor)
{
    rebase();
    m_speed = std::clamp(factor, 1e-3, 1e3);
}

void Clock::set_frozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    rebase();
    m_frozen = frozen;
    m_base_steady_ns = steady_ns();
}

void Clock::advance_to(std::int64_t t_ns)
{
    if (m_mode == ClockMode::Virtual || m_frozen)
        m_base_loop_ns = std::max(m_base_loop_ns, t_ns);
}

std::int64_t Clock::real_ns_until(std::int64_t t_ns) const
{
    if (m_mode == ClockMode::Virtual || m_frozen)
        return 0;
    const std::int64_t loop_delta = t_ns - now_ns();
    if (loop_delta <= 0)
        return 0;
    if (m_mode == ClockMode::Real)
        return loop_delta;
    return static_cast<std::int64_t>(std::ceil(double(loop_delta) / m_speed));
}

} // namespace aio

namespace aio {

std::int64_t Clock::loop_time_at(std::int64_t steady_reading_ns) const
{
    const std::int64_t now = now_ns();
    if (m_mode == ClockMode::Virtual || m_frozen)
        return now;
    const std::int64_t real_ago = std::max<std::int64_t>(0, steady_ns() - steady_reading_ns);
    const double factor = m_mode == ClockMode::Real ? 1.0 : m_speed;
    return now - static_cast<std::int64_t>(double(real_ago) * factor);
}

} // namespace aio
