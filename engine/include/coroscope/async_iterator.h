// SPDX-License-Identifier: MIT
#pragma once
// Async iterators and aio::async_for: Python's __anext__ / StopAsyncIteration and `async for`.
//
// An async iterator is any type with `anext()` returning an engine awaitable of either
//   - std::optional<T>: std::nullopt ends the iteration, or
//   - T: throwing aio::StopAsyncIteration ends it, as raising StopAsyncIteration in __anext__.
// (The object is its own iterator: Python's __aiter__ returning self.)
//
//     struct AsyncCounter {
//         int current = 0, stop;
//         aio::Coroutine<int> anext() {
//             if (current >= stop) throw aio::StopAsyncIteration();
//             co_await aio::sleep(1.0);
//             co_return current++;
//         }
//     };
//     co_await aio::async_for(AsyncCounter{.stop = 3}, [](int i) { aio::print(QString::number(i), QStringLiteral(" ")); });
//
//     // or a plain loop: `co_await aio::anext(it)` yields std::optional<T>, empty at the end.
//     AsyncCounter counter{.stop = 3};
//     while (auto i = co_await aio::anext(counter)) { ... *i ... }
//
// async_for's body takes the item and may be a plain function or return an awaitable; returning
// aio::Flow::Break (directly or from a coroutine) leaves the loop, as `break`. It may capture by
// reference: async_for keeps the callable alive while the loop runs. Exceptions from the body
// or from anext() propagate. Like Python's `async for`, it never closes the iterator: an owned
// AsyncGenerator left early (break or exception) is dropped when async_for returns and finalized
// later in a task of its own, as CPython's loop does (wrap it in aio::aclosing() to close it at
// once). A task waiting inside anext() reports WaitKind::AsyncNext.

#include "coroscope/impl/awaitable.h"

#include <exception>
#include <functional>
#include <optional>
#include <type_traits>

namespace aio {

/// Python's StopAsyncIteration: thrown by an anext() to end an async iteration.
class StopAsyncIteration : public std::exception
{
public:
    [[nodiscard]] const char *what() const noexcept override { return "StopAsyncIteration"; }
};

/// What an async_for body returns to go on or to leave the loop (`break`).
enum class Flow : bool { Continue, Break };

namespace detail {
template<typename T>
struct OptionalItem
{
    using type = T;
    static constexpr bool is_optional = false;
};
template<typename T>
struct OptionalItem<std::optional<T>>
{
    using type = T;
    static constexpr bool is_optional = true;
};
template<typename I>
using anext_result_t = std::remove_cvref_t<await_result_t<decltype(std::declval<I &>().anext())>>;
} // namespace detail

/// Python's async iterator protocol (__anext__).
template<typename I>
concept AsyncIterable = requires(I &it) {
    { it.anext() } -> detail::Awaitable;
};

/// The item type of an async iterator.
template<AsyncIterable I>
using async_item_t = typename detail::OptionalItem<detail::anext_result_t<I>>::type;

/// Python's `await anext(it, None)`-style step: the next item, or std::nullopt at the end
/// (an anext() that throws StopAsyncIteration ends too). Other exceptions propagate.
template<AsyncIterable I>
[[nodiscard]] Coroutine<std::optional<async_item_t<I>>> anext(I &it)
{
    detail::WaitContextScope context(WaitKind::AsyncNext);
    if constexpr (detail::OptionalItem<detail::anext_result_t<I>>::is_optional) {
        co_return co_await it.anext();
    } else {
        try {
            co_return co_await it.anext();
        } catch (const StopAsyncIteration &) {
        }
        co_return std::nullopt;
    }
}

namespace detail {

/// Calls an async_for / comprehension body with `item`, awaiting it when it returns an
/// awaitable; true when it asked to stop (Flow::Break).
template<typename F, typename Item>
Coroutine<bool> call_body(F &body, Item &item)
{
    using R = std::invoke_result_t<F &, Item &>;
    if constexpr (Awaitable<R>) {
        if constexpr (std::is_same_v<std::remove_cvref_t<await_result_t<R>>, Flow>)
            co_return (co_await std::invoke(body, item)) == Flow::Break;
        else
            co_await std::invoke(body, item);
    } else if constexpr (std::is_same_v<std::remove_cvref_t<R>, Flow>) {
        co_return std::invoke(body, item) == Flow::Break;
    } else {
        std::invoke(body, item);
    }
    co_return false;
}

template<typename I, typename F>
Coroutine<void> async_for_impl(I it, F body)
{
    // `it` is a value when async_for owns the iterator (dropped when this frame ends), a
    // reference otherwise.
    while (auto item = co_await anext(it)) {
        if (co_await call_body(body, *item))
            break;
    }
}

} // namespace detail

/// `async for item in iterable: body(item)`. Await the result: `co_await async_for(it, body)`.
template<typename I, typename F>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] Coroutine<void> async_for(I &&iterable, F body)
{
    using Held = std::conditional_t<std::is_lvalue_reference_v<I>, I, std::remove_cvref_t<I>>;
    return detail::async_for_impl<Held, F>(std::forward<I>(iterable), std::move(body));
}

} // namespace aio
