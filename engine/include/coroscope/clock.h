// SPDX-License-Identifier: MIT
#pragma once
// The loop's clock: every duration of a run is measured on it. Three modes:
//  - Real:    the steady clock.
//  - Scaled:  real time multiplied by a factor (0.25 = slow motion for watching, 4 = fast forward).
//  - Virtual: time stands still until the loop has nothing ready, then jumps to the next
//             deadline (like Trio's MockClock with autojump): tests and `--virtual-time` runs are
//             exact and instant.
// The clock can be frozen (the loop's pause) so that nothing waiting on it moves.
//
// Thread safety: every method may be called from any thread. Readings are lock-free (a
// sequence lock over atomics); changes are serialised and wake every thread waiting on the clock.
//
// Other threads wait on loop time with sleep_until() / burn_until(): an executor job that
// burns CPU for 0.2 s of loop time, or a blocking fetch holding the demo server's latency. Such
// a waiter is "parked": it does nothing until a loop-time deadline, so on the virtual clock the
// loop may jump time to that deadline (the loop asks parked()), and in slow motion or while
// paused the waiter waits as long as the loop does. Called on the loop's own thread (from inside
// a step, which blocks the loop), a wait on the virtual clock moves time forward at once: the
// loop can do nothing else meanwhile, exactly as when real time passes in a blocking call.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace aio {

enum class ClockMode { Real, Scaled, Virtual };

class Clock
{
public:
    explicit Clock(ClockMode mode = ClockMode::Real, double speed = 1.0);
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    /// The slowest and fastest scaled speeds (loop seconds per real second).
    static constexpr double min_speed = 1e-3;
    static constexpr double max_speed = 1e3;

    /// Loop time in nanoseconds since the clock was created.
    [[nodiscard]] std::int64_t now_ns() const;

    [[nodiscard]] ClockMode mode() const noexcept { return ClockMode(m_mode.load(std::memory_order_relaxed)); }
    [[nodiscard]] double speed() const noexcept { return m_speed.load(std::memory_order_relaxed); }
    [[nodiscard]] bool frozen() const noexcept { return m_frozen.load(std::memory_order_relaxed); }

    /// Switches mode, keeping the current reading continuous.
    void set_mode(ClockMode mode);
    /// Scaled mode's factor, clamped to [min_speed, max_speed].
    void set_speed(double factor);
    /// Stops (or restarts) the flow of time; virtual jumps still work when frozen.
    void set_frozen(bool frozen);
    /// Virtual or frozen clock: moves time forward to `t_ns` (never backwards), releasing the
    /// parked waiters whose deadline it reaches.
    void advance_to(std::int64_t t_ns);
    /// Real nanoseconds until loop time reaches `t_ns` (0 when due; virtual or frozen: 0).
    [[nodiscard]] std::int64_t real_ns_until(std::int64_t t_ns) const;

    // --- waiting on loop time (any thread) ----------------------------------------------------
    /// Blocks the calling thread, without using the CPU, until loop time reaches `t_ns`.
    /// Returns false when the clock was shut down first (the loop is closing).
    bool sleep_until(std::int64_t t_ns);
    /// The same, but spinning on the CPU while time runs (CPU-bound work that lasts a span of
    /// loop time); it only sleeps while the clock is frozen or virtual.
    bool burn_until(std::int64_t t_ns);
    /// Parked waiters (threads other than the loop's in sleep_until/burn_until that are not
    /// running now) and the earliest of their deadlines (-1 when none).
    [[nodiscard]] int parked(std::int64_t *earliest_deadline) const;
    /// Called, on the waiter's thread, whenever a waiter parks (the loop re-checks whether time
    /// may jump). Set once by the loop.
    void set_on_park(std::function<void()> callback);
    /// The thread whose waits move virtual time instead of parking (the loop's).
    void set_owner_thread(std::thread::id owner);
    /// Releases every waiter (they return false) and makes later waits return false at once.
    void shut_down();

    /// The steady clock in nanoseconds.
    [[nodiscard]] static std::int64_t steady_ns();

private:
    struct Reading
    {
        ClockMode mode;
        double speed;
        bool frozen;
        std::int64_t base_loop_ns;
        std::int64_t base_steady_ns;
        [[nodiscard]] std::int64_t now_ns(std::int64_t steady) const;
    };
    struct Waiter
    {
        std::int64_t deadline;
        bool parked;   // counted in parked(): it does nothing until the deadline
        bool released; // the deadline was reached by a jump
    };

    [[nodiscard]] Reading read() const;
    /// Under m_mutex: replaces the reading (rebasing it on now) and wakes every waiter.
    void write(ClockMode mode, double speed, bool frozen, std::int64_t base_loop_ns);
    void release_due(std::int64_t now);
    bool wait(std::int64_t t_ns, bool burn);

    // The reading, guarded by a sequence number (odd while a writer changes it).
    std::atomic<std::uint64_t> m_seq{0};
    std::atomic<int> m_mode;
    std::atomic<double> m_speed;
    std::atomic<bool> m_frozen{false};
    std::atomic<std::int64_t> m_base_loop_ns{0};
    std::atomic<std::int64_t> m_base_steady_ns{0};

    mutable std::mutex m_mutex; // serialises writers; guards the waiters below
    std::condition_variable m_changed;
    std::vector<Waiter *> m_waiters;
    std::function<void()> m_on_park;
    std::atomic<std::thread::id> m_owner{};
    bool m_shut_down = false;
};

} // namespace aio
