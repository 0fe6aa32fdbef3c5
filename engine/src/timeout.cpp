// SPDX-License-Identifier: MIT
#include "coroscope/timeout.h"

namespace aio {

namespace {
enum class TimeoutPhase : std::uint8_t { Created, Entered, Expiring, Expired, Exited };

EventLoop &running_loop(const char *what)
{
    EventLoop *loop = EventLoop::current();
    if (!loop)
        throw RuntimeError(std::string(what) + ": no running event loop");
    return *loop;
}

std::int64_t to_ns(double seconds)
{
    return static_cast<std::int64_t>(seconds * 1e9 + (seconds >= 0 ? 0.5 : -0.5));
}
} // namespace

struct Timeout::State
{
    std::optional<std::int64_t> when;
    TimeoutPhase phase = TimeoutPhase::Created;
    CoreRef<TaskCore> task;
    Handle handle;
};

Timeout::Timeout(std::optional<std::int64_t> when_ns) : m_state(std::make_shared<State>())
{
    m_state->when = when_ns;
}

std::optional<double> Timeout::when() const
{
    if (!m_state->when)
        return std::nullopt;
    return double(*m_state->when) / 1e9;
}

bool Timeout::expired() const noexcept
{
    return m_state->phase == TimeoutPhase::Expiring || m_state->phase == TimeoutPhase::Expired;
}

void Timeout::arm()
{
    m_state->handle.cancel();
    m_state->handle = Handle();
    if (!m_state->when)
        return;
    EventLoop &loop = m_state->task->loop();
    std::weak_ptr<State> weak = m_state;
    auto on_timeout = [weak] {
        auto state = weak.lock();
        if (!state || state->phase != TimeoutPhase::Entered)
            return;
        state->task->cancel();
        state->phase = TimeoutPhase::Expiring;
        state->handle = Handle();
    };
    if (*m_state->when <= loop.now_ns())
        m_state->handle = loop.call_soon(on_timeout);
    else
        m_state->handle = loop.call_at(*m_state->when, on_timeout);
}

void Timeout::reschedule(std::optional<double> when_seconds)
{
    if (m_state->phase != TimeoutPhase::Entered)
        throw RuntimeError("Cannot change the deadline of a Timeout that is not entered or has expired");
    m_state->when = when_seconds ? std::optional<std::int64_t>(to_ns(*when_seconds)) : std::nullopt;
    arm();
}

detail::Ready<Timeout &> Timeout::aenter()
{
    if (m_state->phase != TimeoutPhase::Created)
        throw RuntimeError("Timeout has already been entered");
    m_state->task = CoreRef<TaskCore>(&detail::require_task("timeout()"));
    m_state->phase = TimeoutPhase::Entered;
    arm();
    return {*this};
}

detail::Ready<void> Timeout::aexit(std::exception_ptr error)
{
    m_state->handle.cancel();
    m_state->handle = Handle();
    if (m_state->phase == TimeoutPhase::Expiring) {
        m_state->phase = TimeoutPhase::Expired;
        // Take back our own cancel request; if others remain (someone else cancelled the task
        // too), the CancelledError is theirs and goes on, as in 3.11.
        const bool only_ours = m_state->task->uncancel() == 0;
        if (only_ours && is_cancelled_error(error)) {
            m_state->task = CoreRef<TaskCore>();
            throw TimeoutError();
        }
    } else if (m_state->phase == TimeoutPhase::Entered) {
        m_state->phase = TimeoutPhase::Exited;
    }
    m_state->task = CoreRef<TaskCore>();
    return {};
}

Timeout timeout(double delay_seconds)
{
    EventLoop &loop = running_loop("timeout()");
    return Timeout(loop.now_ns() + to_ns(delay_seconds));
}

Timeout timeout_at(double when_seconds)
{
    (void)running_loop("timeout_at()");
    return Timeout(to_ns(when_seconds));
}

} // namespace aio
