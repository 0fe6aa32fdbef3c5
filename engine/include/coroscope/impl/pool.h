// SPDX-License-Identifier: MIT
#pragma once
// Internal header, do not include directly: a per-thread free-list allocator for the engine's
// small, short-lived objects (coroutine frames, task and future states, callbacks). Creating and
// finishing tasks by the hundred thousand is otherwise dominated by malloc/free. Sanitizer
// builds bypass it so AddressSanitizer sees every allocation.

#include <cstddef>

namespace aio::detail {

void *pool_allocate(std::size_t size);
void pool_deallocate(void *pointer, std::size_t size) noexcept;
/// Gives this thread's cached blocks back to malloc and returns how many bytes they held: after
/// a burst of tasks, or before measuring the heap, so every block a measurement uses is counted.
std::size_t pool_release_cached() noexcept;

/// Gives a class (and its subclasses, which must have virtual destructors) pooled new/delete.
struct Pooled
{
    static void *operator new(std::size_t size) { return pool_allocate(size); }
    static void operator delete(void *pointer, std::size_t size) noexcept { pool_deallocate(pointer, size); }
};

} // namespace aio::detail
