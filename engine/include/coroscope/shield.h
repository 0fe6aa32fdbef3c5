// SPDX-License-Identifier: MIT
#pragma once
// aio::shield: asyncio.shield. Protects an awaitable from cancellation:
//
//     auto result = co_await aio::shield(save_to_disk(data));
//
// shield returns an outer Future that mirrors the inner task (a coroutine is wrapped in a task
// at once). Cancelling the outer future (or the task awaiting it, which cancels the outer future)
// does NOT cancel the inner task: it keeps running, and the awaiting task gets CancelledError
// right away. If the inner task is cancelled on its own, the outer future is cancelled too.
// When the outer was cancelled, a later error of the inner task counts as retrieved (no "never
// retrieved" report), as in asyncio. Waiters see "shield of <inner>".

#include "coroscope/gather.h"
#include "coroscope/impl/awaitable.h"

namespace aio {

namespace detail {
template<typename T>
Future<T> shield_future(Future<T> inner)
{
    if (inner.done())
        return inner;
    auto outer = labelled_future<T>(inner.core()->loop(), QStringLiteral("shield of %1").arg(inner.core()->label()),
                                    inner.core()->wait_kind());
    inner.add_done_callback([outer](Future<T> done) mutable {
        if (outer.cancelled()) {
            if (!done.cancelled())
                (void)done.exception(); // marks it retrieved
            return;
        }
        if (done.cancelled()) {
            outer.cancel();
        } else if (auto error = done.exception()) {
            outer.set_exception(error);
        } else if constexpr (std::is_void_v<T>) {
            outer.set_result();
        } else {
            outer.set_result(done.result());
        }
    });
    return outer;
}
} // namespace detail

/// asyncio.shield(aw)
template<detail::Gatherable A>
[[nodiscard]] auto shield(A &&awaitable)
{
    return detail::shield_future(detail::to_future(std::forward<A>(awaitable)));
}

} // namespace aio
