// SPDX-License-Identifier: MIT
#pragma once
// Private: posting a Qt event to another thread's object in a way ThreadSanitizer understands.
// Debian's Qt is not built with TSan, so the locking inside QCoreApplication::postEvent (the
// receiving thread's posted-event list and its mutex) is invisible to it: the list's memory,
// written by two threads under that mutex, and the event itself, built on one thread and read
// and deleted on the other, look like races. Free in every other build.

#include <QCoreApplication>
#include <QEvent>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#endif

namespace aio::detail {

/// Posts `event` to `receiver`, which may live on another thread: everything this thread wrote
/// before happens before `arrived(event)` there. Qt's own accesses to its event list are not
/// recorded for this thread (its locking guards them; TSan cannot see it).
inline void post_to_thread(QObject *receiver, QEvent *event)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(event);
    __tsan_ignore_thread_begin();
    QCoreApplication::postEvent(receiver, event);
    __tsan_ignore_thread_end();
#else
    QCoreApplication::postEvent(receiver, event);
#endif
}

/// Call first in the receiver's `event()`: pairs with `post_to_thread` on the sending thread.
inline void arrived(const QEvent *event) noexcept
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<QEvent *>(event));
#else
    (void)event;
#endif
}

} // namespace aio::detail
