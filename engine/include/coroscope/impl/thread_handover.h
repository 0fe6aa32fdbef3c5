// SPDX-License-Identifier: MIT
#pragma once
// Hand-overs between threads stated to ThreadSanitizer. Debian's Qt is not built with TSan, so
// the synchronisation inside libQt6Core (a posted event's queue and its mutex, the semaphore of
// a blocking queued call) is invisible to it: memory handed over through Qt looks like a race.
// These calls state the order Qt guarantees. They cost nothing in any other build.

#include <QCoreApplication>
#include <QEvent>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#endif

namespace aio::detail {

/// Everything this thread wrote so far happens before an `arrived(key)` on another thread.
inline void handing_over(const void *key) noexcept
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void *>(key));
#else
    (void)key;
#endif
}

/// Pairs with `handing_over(key)` on the other thread.
inline void arrived(const void *key) noexcept
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void *>(key));
#else
    (void)key;
#endif
}

/// While alive, this thread's memory accesses are not recorded: wrap calls into Qt whose own
/// locking guards what they touch (e.g. another thread's posted-event list).
class QtGuardsThis
{
public:
    QtGuardsThis() noexcept
    {
#if defined(__SANITIZE_THREAD__)
        __tsan_ignore_thread_begin();
#endif
    }
    ~QtGuardsThis()
    {
#if defined(__SANITIZE_THREAD__)
        __tsan_ignore_thread_end();
#endif
    }
    QtGuardsThis(const QtGuardsThis &) = delete;
    QtGuardsThis &operator=(const QtGuardsThis &) = delete;
};

/// Posts `event` to `receiver`, which may live on another thread; the receiver's `event()`
/// calls `arrived(event)` first.
inline void post_to_thread(QObject *receiver, QEvent *event)
{
    handing_over(event);
    QtGuardsThis guarded;
    QCoreApplication::postEvent(receiver, event);
}

} // namespace aio::detail
