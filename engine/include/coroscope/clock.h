// SPDX-License-Identifier: MIT
#pragma once
// The loop's clock. Three modes:
//  - Real:    the steady clock.
//  - Scaled:  real time multiplied by a factor (0.25 = slow motion for watching, 4 = fast forward).
//  - Virtual: time stands still until the loop has nothing ready, then jumps to the next timer
//             deadline (like Trio's MockClock with autojump): tests and `--virtual-time` runs are
//             exact and instant.
// The clock can be frozen (the loop's pause) so that a paused scenario's timers do not expire.

#include <cstdint>

namespace aio {

enum class ClockMode { Real, Scaled, Virtual };

class Clock
{
public:
    explicit Clock(ClockMode mode = ClockMode::Real, double speed = 1.0);

    /// Loop time in nanoseconds since the clock was created (or last reset).
    [[nodiscard]] std::int64_t now_ns() const;

    [[nodiscard]] ClockMode mode() const noexcept { return m_mode; }
    [[nodiscard]] double speed() const noexcept { return m_speed; }
    [[nodiscard]] bool frozen() const noexcept { return m_frozen; }

    /// Switches mode, keeping the current reading continuous.
    void set_mode(ClockMode mode);
    /// Scaled mode's factor (loop seconds per real second); > 0.
    void set_speed(double factor);
    /// Stops (or restarts) the flow of time; virtual jumps still work when frozen.
    void set_frozen(bool frozen);
    /// Virtual mode only: moves time forward to `t_ns` (never backwards).
    void advance_to(std::int64_t t_ns);
    /// Real nanoseconds until loop time reaches `t_ns` (0 when due; virtual: 0).
    [[nodiscard]] std::int64_t real_ns_until(std::int64_t t_ns) const;
    /// The loop time that a steady-clock reading (steady_ns(), taken on any thread) stood for;
    /// never later than now. Virtual and frozen clocks did not move: now.
    [[nodiscard]] std::int64_t loop_time_at(std::int64_t steady_reading_ns) const;

    /// The steady clock in nanoseconds (thread-safe).
    [[nodiscard]] static std::int64_t steady_ns();

private:
    void rebase();

    ClockMode m_mode = ClockMode::Real;
    double m_speed = 1.0;
    bool m_frozen = false;
    std::int64_t m_base_loop_ns = 0;   // loop time at the last rebase
    std::int64_t m_base_steady_ns = 0; // steady time at the last rebase
};

} // namespace aio
