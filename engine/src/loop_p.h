// SPDX-License-Identifier: MIT
#pragma once
// Private parts of the event loop: the QObject that receives its Qt events, the scheduled
// callback record and the inbox other threads post into.

#include "coroscope/impl/pool.h"
#include "coroscope/impl/small_function.h"

#include <QEvent>
#include <QMutex>
#include <QObject>
#include <cstdint>
#include <functional>
#include <vector>

namespace aio {
class EventLoop;
}

namespace aio::detail {

/// A call_soon / call_later callback; shared by the loop's queues and user Handles.
struct CallbackHandle : Pooled
{
    SmallFunction callback;
    std::uint32_t refs = 1;
    bool cancelled = false;
    void ref() noexcept { ++refs; }
    void unref() noexcept
    {
        if (--refs == 0)
            delete this;
    }
};

/// Receives the loop's posted drain events and its timer; lives on the loop's thread.
class LoopDriver : public QObject
{
public:
    explicit LoopDriver(EventLoop &loop) : m_loop(loop) {}
    static QEvent::Type drain_event_type();
    void arm(int milliseconds);
    void disarm();

protected:
    bool event(QEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    EventLoop &m_loop;
    int m_timer_id = 0;
};

/// Callbacks posted by other threads (call_soon_threadsafe). Shared with those threads so a
/// post after the loop is gone is dropped safely instead of touching freed memory.
struct ThreadsafeInbox
{
    QMutex mutex;
    QObject *target = nullptr; // null once the loop has closed
    std::vector<std::function<void()>> callbacks;
    bool wake_posted = false;
    static QEvent::Type wake_event_type();
    /// False when the loop is closed (the callback is dropped).
    bool post(std::function<void()> callback);
    /// Wakes the loop without a callback (it re-checks its timers and the clock); false when closed.
    bool wake();
    std::vector<std::function<void()>> take();

private:
    void post_wake_event(); // with the mutex held
};

} // namespace aio::detail
