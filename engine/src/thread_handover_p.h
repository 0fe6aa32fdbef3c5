// SPDX-License-Identifier: MIT
#pragma once
// Private: tells ThreadSanitizer about hand-overs that go through Qt's posted-event queue.
// Debian's Qt is not built with TSan, so the queue's own locking is invisible to it and an event
// posted on one thread and read on another looks like a race. Releasing on the event's address
// before posting and acquiring on it when it arrives states the order Qt guarantees. Free in
// every other build.

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
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

/// Pairs with `handing_over(key)` on the sending thread.
inline void arrived(const void *key) noexcept
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void *>(key));
#else
    (void)key;
#endif
}

} // namespace aio::detail
