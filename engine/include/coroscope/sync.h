// SPDX-License-Identifier: MIT
#pragma once
// Synchronisation primitives for tasks: asyncio's Lock, Event, Condition, Semaphore and
// BoundedSemaphore (asyncio/locks.py, Python 3.11 semantics, ported line for line).
//
//     aio::Semaphore limit(3, QStringLiteral("s"));  // at most three at a time
//     co_await aio::async_with(limit, [&]() -> aio::Coroutine<void> { co_await fetch(url); });
//     // or by hand: co_await limit.acquire(); ...; limit.release();
//
// Lock, Semaphore, BoundedSemaphore and Condition are async context managers (aenter acquires,
// aexit releases, whatever happened in the block). Waiters queue in FIFO order, and a waiter
// cancelled while queued hands its turn to the next one, as in asyncio. None of them is owned
// by a task (any task may release). They belong to the loop of the task that first waits on
// them. The optional name shows in the trace: a task waiting here reports WaitKind::Sync and
// "lock", "event e", "condition", "semaphore s" as what it waits on.

#include "coroscope/impl/awaitable.h"

#include <QString>
#include <deque>
#include <memory>
#include <stdexcept>

namespace aio {

namespace detail {
/// FIFO waiters: futures labelled for the trace.
class SyncWaiters
{
public:
    explicit SyncWaiters(QString label) : m_label(std::move(label)) {}
    // Waiters are tasks' futures: a primitive is neither copied nor moved while in use.
    SyncWaiters(const SyncWaiters &) = delete;
    SyncWaiters &operator=(const SyncWaiters &) = delete;
    /// A new waiter at the back of the queue (in the current task's loop).
    Future<bool> add();
    void remove(const Future<bool> &waiter);
    /// Awaits `waiter` (from add()), then removes it from the queue whatever happened; returns
    /// the error the wait ended with (null when woken). The wait shows as itself ("semaphore s",
    /// WaitKind::Sync), even inside an aenter.
    Coroutine<std::exception_ptr> wait_turn(Future<bool> waiter);
    [[nodiscard]] bool empty() const noexcept { return m_waiters.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return m_waiters.size(); }
    [[nodiscard]] bool all_cancelled() const noexcept;
    [[nodiscard]] bool any_not_cancelled() const noexcept { return !all_cancelled(); }
    /// Completes the first waiter that is not done yet (with `value`); false if none.
    bool wake_first(bool value = true);
    /// Completes the front waiter if it is not done yet (asyncio's Lock._wake_up_first).
    void wake_front(bool value = true);
    /// Completes every waiter not done yet.
    void wake_all(bool value = true);
    [[nodiscard]] const QString &label() const noexcept { return m_label; }

private:
    QString m_label;
    std::deque<Future<bool>> m_waiters;
};
} // namespace detail

/// asyncio.Lock: not reentrant, not owned.
class Lock
{
public:
    explicit Lock(QString name = {});
    [[nodiscard]] bool locked() const noexcept { return m_locked; }
    Coroutine<void> acquire();
    /// RuntimeError when not locked.
    void release();
    Coroutine<void> aenter() { return acquire(); }
    detail::Ready<void> aexit(std::exception_ptr)
    {
        release();
        return {};
    }

private:
    void wake_up_first();
    detail::SyncWaiters m_waiters;
    bool m_locked = false;
};

/// asyncio.Event
class Event
{
public:
    explicit Event(QString name = {});
    [[nodiscard]] bool is_set() const noexcept { return m_value; }
    /// Wakes every waiter; later wait()s return at once until clear().
    void set();
    void clear() noexcept { m_value = false; }
    Coroutine<void> wait();

private:
    detail::SyncWaiters m_waiters;
    bool m_value = false;
};

/// asyncio.Condition: notify / wait over a Lock (its own, or one passed in).
class Condition
{
public:
    explicit Condition(QString name = {});
    /// Uses `lock` (which must outlive the condition).
    explicit Condition(Lock &lock, QString name = {});
    [[nodiscard]] bool locked() const noexcept { return m_lock->locked(); }
    Coroutine<void> acquire() { return m_lock->acquire(); }
    void release() { m_lock->release(); }
    Coroutine<void> aenter() { return acquire(); }
    detail::Ready<void> aexit(std::exception_ptr)
    {
        release();
        return {};
    }
    /// Releases the lock, waits for notify(), re-acquires it (even when cancelled) and returns.
    /// RuntimeError if the lock is not held.
    Coroutine<void> wait();
    /// Waits until predicate() is true (checked now, then after each wakeup); returns its value.
    template<typename Predicate>
    Coroutine<bool> wait_for(Predicate predicate)
    {
        bool result = static_cast<bool>(predicate());
        while (!result) {
            co_await wait();
            result = static_cast<bool>(predicate());
        }
        co_return result;
    }
    /// Wakes up to n waiters (the lock must be held; RuntimeError otherwise).
    void notify(std::size_t n = 1);
    void notify_all() { notify(m_waiters.size()); }

private:
    std::unique_ptr<Lock> m_own_lock;
    Lock *m_lock;
    detail::SyncWaiters m_waiters;
};

/// asyncio.Semaphore: a counter; acquire() waits while it is zero.
class Semaphore
{
public:
    /// ValueError if value < 0.
    explicit Semaphore(int value = 1, QString name = {});
    virtual ~Semaphore() = default;
    /// True when acquire() would wait.
    [[nodiscard]] bool locked() const noexcept;
    [[nodiscard]] int value() const noexcept { return m_value; }
    Coroutine<void> acquire();
    virtual void release();
    Coroutine<void> aenter() { return acquire(); }
    detail::Ready<void> aexit(std::exception_ptr)
    {
        release();
        return {};
    }

protected:
    Semaphore(int value, QString name, const char *kind);

private:
    void wake_up_next();
    detail::SyncWaiters m_waiters;
    int m_value;
};

/// asyncio.BoundedSemaphore: release() above the initial value raises ValueError.
class BoundedSemaphore : public Semaphore
{
public:
    explicit BoundedSemaphore(int value = 1, QString name = {});
    void release() override;

private:
    int m_bound;
};

} // namespace aio
