// SPDX-License-Identifier: MIT
#include "coroscope/impl/pool.h"

#include <cstdlib>
#include <new>
#include <utility>

namespace aio::detail {

#if defined(COROSCOPE_NO_POOL)

void *pool_allocate(std::size_t size)
{
    return ::operator new(size);
}

void pool_deallocate(void *pointer, std::size_t) noexcept
{
    ::operator delete(pointer);
}

std::size_t pool_release_cached() noexcept
{
    return 0;
}

#else

namespace {
constexpr std::size_t kGranule = 16;
constexpr std::size_t kClasses = 64;            // blocks up to 1 KiB are pooled
constexpr std::size_t kMaxCachedPerClass = 1 << 17; // bounds what a burst leaves cached

struct FreeBlock
{
    FreeBlock *next;
};

/// One thread's free lists. Trivially destructible, so the hot path reads it without a TLS
/// initialisation guard; `t_cleanup` frees the cached blocks when the thread ends. Blocks freed
/// on another thread simply join that thread's lists.
struct Pools
{
    FreeBlock *heads[kClasses];
    std::size_t counts[kClasses];
};

// initial-exec: see t_current_task in impl/task_core.h.
[[gnu::tls_model("initial-exec")]] thread_local Pools t_pools{};

std::size_t release_all() noexcept
{
    std::size_t bytes = 0;
    for (std::size_t c = 0; c < kClasses; ++c) {
        bytes += t_pools.counts[c] * (c + 1) * kGranule;
        t_pools.counts[c] = 0;
        for (FreeBlock *&head = t_pools.heads[c]; head;)
            std::free(std::exchange(head, head->next));
    }
    return bytes;
}

struct PoolsCleanup
{
    bool armed = false;
    ~PoolsCleanup() { release_all(); }
};
thread_local PoolsCleanup t_cleanup;
[[gnu::tls_model("initial-exec")]] thread_local bool t_cleanup_registered = false; // trivial: cheap to test on every free

std::size_t class_of(std::size_t size) noexcept
{
    return (size + kGranule - 1) / kGranule - 1;
}
} // namespace

void *pool_allocate(std::size_t size)
{
    const std::size_t c = class_of(size ? size : 1);
    if (c < kClasses) {
        if (FreeBlock *block = t_pools.heads[c]) {
            t_pools.heads[c] = block->next;
            --t_pools.counts[c];
            return block;
        }
        if (void *fresh = std::malloc((c + 1) * kGranule))
            return fresh;
        throw std::bad_alloc();
    }
    if (void *big = std::malloc(size))
        return big;
    throw std::bad_alloc();
}

void pool_deallocate(void *pointer, std::size_t size) noexcept
{
    if (!pointer)
        return;
    const std::size_t c = class_of(size ? size : 1);
    if (c < kClasses && t_pools.counts[c] < kMaxCachedPerClass) {
        if (!t_cleanup_registered) [[unlikely]] {
            t_cleanup_registered = true;
            t_cleanup.armed = true; // first touch constructs it, registering its destructor
        }
        auto *block = static_cast<FreeBlock *>(pointer);
        block->next = t_pools.heads[c];
        t_pools.heads[c] = block;
        ++t_pools.counts[c];
        return;
    }
    std::free(pointer);
}

std::size_t pool_release_cached() noexcept
{
    return release_all();
}

#endif

} // namespace aio::detail
