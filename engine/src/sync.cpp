// SPDX-License-Identifier: MIT
#include "coroscope/sync.h"

#include <algorithm>

namespace aio {

// --- waiters -----------------------------------------------------------------------------------

namespace detail {

Future<bool> SyncWaiters::add()
{
    auto waiter = labelled_future<bool>(require_task(m_label.toUtf8().constData()).loop(), m_label, WaitKind::Sync);
    m_waiters.push_back(waiter);
    return waiter;
}

void SyncWaiters::remove(const Future<bool> &waiter)
{
    auto it = std::find_if(m_waiters.begin(), m_waiters.end(), [&](const auto &w) { return w.core() == waiter.core(); });
    if (it != m_waiters.end())
        m_waiters.erase(it);
}

Coroutine<std::exception_ptr> SyncWaiters::wait_turn(Future<bool> waiter)
{
    std::exception_ptr error;
    WaitContextScope shown_as_sync(WaitKind::None);
    try {
        co_await waiter;
    } catch (...) {
        error = std::current_exception();
    }
    remove(waiter);
    co_return error;
}

bool SyncWaiters::all_cancelled() const noexcept
{
    return std::all_of(m_waiters.begin(), m_waiters.end(), [](const auto &w) { return w.cancelled(); });
}

bool SyncWaiters::wake_first(bool value)
{
    for (auto &waiter : m_waiters) {
        if (!waiter.done()) {
            waiter.set_result(value);
            return true;
        }
    }
    return false;
}

void SyncWaiters::wake_front(bool value)
{
    if (!m_waiters.empty() && !m_waiters.front().done())
        m_waiters.front().set_result(value);
}

void SyncWaiters::wake_all(bool value)
{
    // set_result runs hooks synchronously; they only schedule tasks, so the deque is stable.
    for (auto &waiter : m_waiters) {
        if (!waiter.done())
            waiter.set_result(value);
    }
}

} // namespace detail

// --- Lock --------------------------------------------------------------------------------------

Lock::Lock(QString name) : m_waiters(detail::sync_label("lock", name)) {}

Coroutine<void> Lock::acquire()
{
    if (!m_locked && m_waiters.all_cancelled()) {
        m_locked = true;
        co_return;
    }
    Future<bool> waiter = m_waiters.add();
    const std::exception_ptr error = co_await m_waiters.wait_turn(waiter);
    if (error) {
        if (is_cancelled_error(error) && !m_locked)
            wake_up_first();
        std::rethrow_exception(error);
    }
    m_locked = true;
}

void Lock::release()
{
    if (!m_locked)
        throw RuntimeError("Lock is not acquired.");
    m_locked = false;
    wake_up_first();
}

void Lock::wake_up_first()
{
    // asyncio wakes only the FIRST waiter, and only if it is not done yet.
    m_waiters.wake_front();
}

// --- Event -------------------------------------------------------------------------------------

Event::Event(QString name) : m_waiters(detail::sync_label("event", name)) {}

void Event::set()
{
    if (!m_value) {
        m_value = true;
        m_waiters.wake_all();
    }
}

Coroutine<void> Event::wait()
{
    if (m_value)
        co_return;
    Future<bool> waiter = m_waiters.add();
    const std::exception_ptr error = co_await m_waiters.wait_turn(waiter);
    if (error)
        std::rethrow_exception(error);
}

// --- Condition ---------------------------------------------------------------------------------

Condition::Condition(QString name)
    : m_own_lock(std::make_unique<Lock>(name)), m_lock(m_own_lock.get()), m_waiters(detail::sync_label("condition", name))
{
}

Condition::Condition(Lock &lock, QString name) : m_lock(&lock), m_waiters(detail::sync_label("condition", name)) {}

Coroutine<void> Condition::wait()
{
    if (!locked())
        throw RuntimeError("cannot wait on un-acquired lock");
    release();
    const std::exception_ptr error = co_await m_waiters.wait_turn(m_waiters.add());
    // asyncio's `finally`: re-acquire the lock whatever happened, even through cancellations.
    bool cancelled = false;
    for (;;) {
        bool again = false;
        try {
            co_await m_lock->acquire();
        } catch (const CancelledError &) {
            cancelled = true;
            again = true;
        }
        if (!again)
            break;
    }
    if (cancelled)
        throw CancelledError();
    if (error)
        std::rethrow_exception(error);
}

void Condition::notify(std::size_t n)
{
    if (!locked())
        throw RuntimeError("cannot notify on un-acquired lock");
    for (std::size_t woken = 0; woken < n && m_waiters.wake_first(false); ++woken) {
    }
}

// --- Semaphore ---------------------------------------------------------------------------------

Semaphore::Semaphore(int value, QString name) : Semaphore(value, std::move(name), "semaphore") {}

Semaphore::Semaphore(int value, QString name, const char *kind)
    : m_waiters(detail::sync_label(kind, name)), m_value(value)
{
    if (value < 0)
        throw ValueError("Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const noexcept
{
    return m_value == 0 || m_waiters.any_not_cancelled();
}

Coroutine<void> Semaphore::acquire()
{
    if (!locked()) {
        --m_value;
        co_return;
    }
    Future<bool> waiter = m_waiters.add();
    const std::exception_ptr error = co_await m_waiters.wait_turn(waiter);
    if (error) {
        if (is_cancelled_error(error) && !waiter.cancelled()) {
            // Woken (a unit was reserved for us) but cancelled before running: pass it on.
            ++m_value;
            wake_up_next();
        }
        std::rethrow_exception(error);
    }
    if (m_value > 0)
        wake_up_next();
}

void Semaphore::release()
{
    ++m_value;
    wake_up_next();
}

void Semaphore::wake_up_next()
{
    // Reserve a unit for the first waiter not done yet, as 3.11.7 does.
    if (m_waiters.empty())
        return;
    if (m_waiters.wake_first())
        --m_value;
}

BoundedSemaphore::BoundedSemaphore(int value, QString name)
    : Semaphore(value, std::move(name), "bounded semaphore"), m_bound(value)
{
}

void BoundedSemaphore::release()
{
    if (value() >= m_bound)
        throw ValueError("BoundedSemaphore released too many times");
    Semaphore::release();
}

} // namespace aio
