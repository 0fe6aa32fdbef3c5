// SPDX-License-Identifier: MIT
#pragma once
// aio::Queue<T>: asyncio.Queue (asyncio/queues.py, Python 3.11 semantics), a FIFO between tasks:
//
//     aio::Queue<int> queue(/*maxsize*/ 2, QStringLiteral("jobs"));
//     co_await queue.put(1);             // waits while the queue is full (maxsize > 0)
//     int item = co_await queue.get();   // waits while it is empty
//     queue.task_done();                 // one per get(), then:
//     co_await queue.join();             // waits until every item put has been task_done()
//
// put_nowait / get_nowait throw QueueFull / QueueEmpty instead of waiting; task_done() more
// often than items were put raises ValueError. Waiting putters and getters are served in FIFO
// order; one cancelled while queued passes its wakeup on. A task waiting here reports
// WaitKind::Sync and "queue get jobs" / "queue put jobs" / "queue join jobs".

#include "coroscope/impl/awaitable.h"
#include "coroscope/sync.h"

#include <QString>
#include <deque>
#include <stdexcept>

namespace aio {

/// asyncio.QueueEmpty: get_nowait() on an empty queue.
class QueueEmpty : public std::runtime_error
{
public:
    QueueEmpty() : std::runtime_error("QueueEmpty") {}
};

/// asyncio.QueueFull: put_nowait() on a full queue.
class QueueFull : public std::runtime_error
{
public:
    QueueFull() : std::runtime_error("QueueFull") {}
};

template<typename T>
class Queue
{
public:
    /// maxsize <= 0: unbounded.
    explicit Queue(int maxsize = 0, QString name = {})
        : m_maxsize(maxsize)
        , m_get_label(detail::sync_label("queue get", name))
        , m_put_label(detail::sync_label("queue put", name))
        , m_join_label(detail::sync_label("queue join", name))
    {
    }
    Queue(const Queue &) = delete;
    Queue &operator=(const Queue &) = delete;

    [[nodiscard]] std::size_t qsize() const noexcept { return m_items.size(); }
    [[nodiscard]] int maxsize() const noexcept { return m_maxsize; }
    [[nodiscard]] bool empty() const noexcept { return m_items.empty(); }
    [[nodiscard]] bool full() const noexcept
    {
        return m_maxsize > 0 && m_items.size() >= static_cast<std::size_t>(m_maxsize);
    }

    /// Puts `item`, waiting for a free slot while the queue is full.
    Coroutine<void> put(T item)
    {
        while (full()) {
            Future<void> putter = waiter(m_put_label);
            m_putters.push_back(putter);
            std::exception_ptr error;
            // A sync wait shows as itself ("semaphore s", WaitKind::Sync), even inside aenter.
            detail::WaitContextScope shown_as_sync(WaitKind::None);
            try {
                co_await putter;
            } catch (...) {
                error = std::current_exception();
            }
            if (error) {
                putter.cancel(); // in case it is not done yet
                remove(m_putters, putter);
                if (!full() && !putter.cancelled())
                    wake_next(m_putters);
                std::rethrow_exception(error);
            }
        }
        put_nowait(std::move(item));
    }

    /// Takes the first item, waiting while the queue is empty.
    Coroutine<T> get()
    {
        while (empty()) {
            Future<void> getter = waiter(m_get_label);
            m_getters.push_back(getter);
            std::exception_ptr error;
            // A sync wait shows as itself ("semaphore s", WaitKind::Sync), even inside aenter.
            detail::WaitContextScope shown_as_sync(WaitKind::None);
            try {
                co_await getter;
            } catch (...) {
                error = std::current_exception();
            }
            if (error) {
                getter.cancel();
                remove(m_getters, getter);
                if (!empty() && !getter.cancelled())
                    wake_next(m_getters);
                std::rethrow_exception(error);
            }
        }
        co_return get_nowait();
    }

    void put_nowait(T item)
    {
        if (full())
            throw QueueFull();
        m_items.push_back(std::move(item));
        ++m_unfinished;
        wake_next(m_getters);
    }

    T get_nowait()
    {
        if (empty())
            throw QueueEmpty();
        T item = std::move(m_items.front());
        m_items.pop_front();
        wake_next(m_putters);
        return item;
    }

    /// Marks one item taken with get() as processed.
    void task_done()
    {
        if (m_unfinished == 0)
            throw ValueError("task_done() called too many times");
        if (--m_unfinished == 0) {
            for (auto &joiner : std::exchange(m_joiners, {})) {
                if (!joiner.done())
                    joiner.set_result();
            }
        }
    }

    /// Waits until every item put has been marked task_done().
    Coroutine<void> join()
    {
        if (m_unfinished == 0)
            co_return;
        Future<void> joiner = waiter(m_join_label);
        m_joiners.push_back(joiner);
        std::exception_ptr error;
        // A sync wait shows as itself ("semaphore s", WaitKind::Sync), even inside aenter.
        detail::WaitContextScope shown_as_sync(WaitKind::None);
        try {
            co_await joiner;
        } catch (...) {
            error = std::current_exception();
        }
        remove(m_joiners, joiner);
        if (error)
            std::rethrow_exception(error);
    }

private:
    static Future<void> waiter(const QString &label)
    {
        return detail::labelled_future(detail::require_task("aio::Queue").loop(), label, WaitKind::Sync);
    }
    static void remove(std::deque<Future<void>> &waiters, const Future<void> &waiter)
    {
        for (auto it = waiters.begin(); it != waiters.end(); ++it) {
            if (it->core() == waiter.core()) {
                waiters.erase(it);
                return;
            }
        }
    }
    /// asyncio's _wakeup_next: pops waiters until one not done is woken.
    static void wake_next(std::deque<Future<void>> &waiters)
    {
        while (!waiters.empty()) {
            Future<void> next = std::move(waiters.front());
            waiters.pop_front();
            if (!next.done()) {
                next.set_result();
                break;
            }
        }
    }

    std::deque<T> m_items;
    std::deque<Future<void>> m_getters;
    std::deque<Future<void>> m_putters;
    std::deque<Future<void>> m_joiners;
    std::size_t m_unfinished = 0;
    int m_maxsize;
    QString m_get_label;
    QString m_put_label;
    QString m_join_label;
};

} // namespace aio
