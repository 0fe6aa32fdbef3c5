// SPDX-License-Identifier: MIT
#include "coroscope/clock.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace aio {

namespace {
/// How long a burning thread spins before it looks at the clock's state again.
constexpr std::int64_t kBurnSliceNs = 200'000;
} // namespace

Clock::Clock(ClockMode mode, double speed)
    : m_mode(int(mode)), m_speed(std::clamp(speed, min_speed, max_speed)), m_base_steady_ns(steady_ns())
{
}

std::int64_t Clock::steady_ns()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// --- readings ----------------------------------------------------------------------------------

std::int64_t Clock::Reading::now_ns(std::int64_t steady) const
{
    if (mode == ClockMode::Virtual || frozen)
        return base_loop_ns;
    const std::int64_t real = steady - base_steady_ns;
    if (mode == ClockMode::Real)
        return base_loop_ns + real;
    return base_loop_ns + static_cast<std::int64_t>(double(real) * speed);
}

Clock::Reading Clock::read() const
{
    // A sequence lock: retry while a writer is (or was, meanwhile) changing the fields. Every
    // access is sequentially consistent (plain loads on x86; no standalone fences, which
    // ThreadSanitizer cannot model), so equal even sequence numbers around the field loads mean
    // no writer stored anything between them.
    while (true) {
        const std::uint64_t before = m_seq.load();
        if (before & 1U) {
            std::this_thread::yield();
            continue;
        }
        const Reading r{ClockMode(m_mode.load()), m_speed.load(), m_frozen.load(), m_base_loop_ns.load(),
                        m_base_steady_ns.load()};
        if (m_seq.load() == before)
            return r;
    }
}

std::int64_t Clock::now_ns() const
{
    const Reading r = read();
    if (r.mode == ClockMode::Virtual || r.frozen)
        return r.base_loop_ns; // no steady clock reading needed
    return r.now_ns(steady_ns());
}

std::int64_t Clock::real_ns_until(std::int64_t t_ns) const
{
    const Reading r = read();
    if (r.mode == ClockMode::Virtual || r.frozen)
        return 0;
    const std::int64_t loop_delta = t_ns - r.now_ns(steady_ns());
    if (loop_delta <= 0)
        return 0;
    if (r.mode == ClockMode::Real)
        return loop_delta;
    return static_cast<std::int64_t>(std::ceil(double(loop_delta) / r.speed));
}

// --- changes -----------------------------------------------------------------------------------

void Clock::write(ClockMode mode, double speed, bool frozen, std::int64_t base_loop_ns)
{
    const std::uint64_t seq = m_seq.load();
    m_seq.store(seq + 1);
    m_mode.store(int(mode));
    m_speed.store(speed);
    m_frozen.store(frozen);
    m_base_loop_ns.store(base_loop_ns);
    m_base_steady_ns.store(steady_ns());
    m_seq.store(seq + 2);
    m_changed.notify_all();
}

void Clock::set_mode(ClockMode mode)
{
    std::lock_guard lock(m_mutex);
    const Reading r = read();
    write(mode, r.speed, r.frozen, r.now_ns(steady_ns()));
}

void Clock::set_speed(double factor)
{
    std::lock_guard lock(m_mutex);
    const Reading r = read();
    write(r.mode, std::clamp(factor, min_speed, max_speed), r.frozen, r.now_ns(steady_ns()));
}

void Clock::set_frozen(bool frozen)
{
    std::lock_guard lock(m_mutex);
    const Reading r = read();
    if (r.frozen != frozen)
        write(r.mode, r.speed, frozen, r.now_ns(steady_ns()));
}

void Clock::advance_to(std::int64_t t_ns)
{
    std::lock_guard lock(m_mutex);
    const Reading r = read();
    if ((r.mode != ClockMode::Virtual && !r.frozen) || t_ns <= r.base_loop_ns)
        return;
    write(r.mode, r.speed, r.frozen, t_ns);
    release_due(t_ns);
}

void Clock::release_due(std::int64_t now)
{
    // Released here, under the lock, rather than when the waiter wakes up: the loop must not
    // count a waiter whose deadline has passed as parked, or it could jump again past work
    // that waiter is about to do.
    std::erase_if(m_waiters, [now](Waiter *w) {
        if (w->deadline > now)
            return false;
        w->released = true;
        return true;
    });
}

// --- waiting -----------------------------------------------------------------------------------

int Clock::parked(std::int64_t *earliest_deadline) const
{
    std::lock_guard lock(m_mutex);
    int count = 0;
    std::int64_t earliest = -1;
    for (const Waiter *w : m_waiters) {
        if (!w->parked)
            continue;
        ++count;
        if (earliest < 0 || w->deadline < earliest)
            earliest = w->deadline;
    }
    if (earliest_deadline)
        *earliest_deadline = earliest;
    return count;
}

void Clock::set_on_park(std::function<void()> callback)
{
    std::lock_guard lock(m_mutex);
    m_on_park = std::move(callback);
}

void Clock::set_owner_thread(std::thread::id owner)
{
    m_owner.store(owner);
}

void Clock::shut_down()
{
    std::lock_guard lock(m_mutex);
    m_shut_down = true;
    for (Waiter *w : m_waiters)
        w->released = true;
    m_waiters.clear();
    m_on_park = nullptr;
    m_changed.notify_all();
}

bool Clock::sleep_until(std::int64_t t_ns)
{
    return wait(t_ns, false);
}

bool Clock::burn_until(std::int64_t t_ns)
{
    return wait(t_ns, true);
}

bool Clock::wait(std::int64_t t_ns, bool burn)
{
    const bool on_owner = std::this_thread::get_id() == m_owner.load();
    std::unique_lock lock(m_mutex);
    Waiter self{t_ns, false, false};
    m_waiters.push_back(&self);
    const auto leave = [&] {
        std::erase(m_waiters, &self);
        return !m_shut_down;
    };
    while (!self.released && !m_shut_down) {
        const Reading r = read();
        const std::int64_t now = r.now_ns(steady_ns());
        if (now >= t_ns)
            return leave();
        if (r.mode == ClockMode::Virtual && on_owner) {
            // The loop's own thread is blocked here: nothing else of the loop can happen before
            // the deadline, so virtual time simply moves there.
            lock.unlock();
            advance_to(t_ns);
            lock.lock();
            continue;
        }
        if (r.mode == ClockMode::Virtual || r.frozen) {
            // Nothing to do until someone moves or unfreezes time.
            if (!on_owner && !self.parked) {
                self.parked = true;
                if (m_on_park)
                    m_on_park();
            }
            m_changed.wait(lock);
            continue;
        }
        self.parked = false; // time runs: this thread is busy (burning) or sleeping on its own
        if (burn) {
            lock.unlock();
            const std::int64_t slice_end = steady_ns() + std::min(kBurnSliceNs, real_ns_until(t_ns));
            while (steady_ns() < slice_end) {
            }
            lock.lock();
        } else {
            m_changed.wait_for(lock, std::chrono::nanoseconds(std::max<std::int64_t>(real_ns_until(t_ns), 1000)));
        }
    }
    return leave();
}

} // namespace aio
