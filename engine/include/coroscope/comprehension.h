// SPDX-License-Identifier: MIT
#pragma once
// Async comprehensions: Python's [x async for x in it], {k: v async for ...}, {x async for ...},
// (x async for ...) and [await co() for co in cs].
//
//     std::vector<int> a = co_await aio::collect(AsyncCounter{.stop = 3});          // [0, 1, 2]
//     auto squares = co_await aio::collect(async_counter(3), [](int i) { return i * i; });
//     auto odd = co_await aio::collect_if(async_counter(5), [](int i) { return i % 2; });
//     std::set<int> s = co_await aio::collect_set(async_counter(3));
//     std::map<int, QString> d = co_await aio::collect_dict(async_counter(3),
//         [](int i) { return std::pair(i, QString::number(i)); });
//     aio::AsyncGenerator<int> g = aio::genexpr(async_counter(3), [](int i) { return i + 1; });
//     std::vector<int> ones = co_await aio::await_each(coroutines);   // [await co() for co in cs]
//
// The transform (and the filter) may be plain functions or return an awaitable, which is then
// awaited: Python's [await f(x) async for x in it]. They may capture by reference (the
// comprehension keeps them alive while it runs). Items are produced one after another in the
// awaiting task, never concurrently (use gather for that). An iterator passed as a temporary is
// owned and, as in Python, never closed by the comprehension: if it stops with an exception, an
// AsyncGenerator is dropped and finalized later by the loop (see generator.h). dict
// comprehensions keep the LAST value of a repeated key, as
// Python does; std::map orders by key (Python's dict keeps insertion order).
//
// await_each(range, fn) is Python's [await fn(x) for x in range]: fn(x) is awaited for each
// element in order, each after the previous one finished. await_each(factories) calls each
// coroutine function with no argument: [await co() for co in cs].

#include "coroscope/async_iterator.h"
#include "coroscope/generator.h"

#include <functional>
#include <map>
#include <set>
#include <type_traits>
#include <utility>
#include <vector>

namespace aio {

namespace detail {

struct Identity
{
    template<typename T>
    std::remove_cvref_t<T> operator()(T &&item) const
    {
        return std::forward<T>(item);
    }
};
struct Always
{
    template<typename T>
    bool operator()(const T &) const noexcept
    {
        return true;
    }
};
struct CallIt
{
    template<typename F>
    decltype(auto) operator()(F &f) const
    {
        return std::invoke(f);
    }
};

/// What fn(x) gives once awaited (if it returns an awaitable).
template<typename R>
struct Awaited
{
    using type = R;
};
template<typename R>
    requires Awaitable<R>
struct Awaited<R>
{
    using type = await_result_t<R>;
};
template<typename F, typename... Args>
using awaited_invoke_t = std::remove_cvref_t<typename Awaited<std::invoke_result_t<F &, Args &...>>::type>;

template<typename I>
using held_t = std::conditional_t<std::is_lvalue_reference_v<I>, I, std::remove_cvref_t<I>>;

template<typename T>
void insert_into(std::vector<T> &out, T &&value)
{
    out.push_back(std::move(value));
}
template<typename T>
void insert_into(std::set<T> &out, T &&value)
{
    out.insert(std::move(value));
}
template<typename K, typename V>
void insert_into(std::map<K, V> &out, std::pair<K, V> &&value)
{
    out.insert_or_assign(std::move(value.first), std::move(value.second));
}

template<typename Out, typename I, typename Pred, typename Fn>
Coroutine<Out> comprehend(I it, Pred pred, Fn fn)
{
    using Item = async_item_t<std::remove_reference_t<I>>;
    Out out;
    while (auto item = co_await anext(it)) {
        bool keep;
        if constexpr (Awaitable<std::invoke_result_t<Pred &, Item &>>)
            keep = static_cast<bool>(co_await std::invoke(pred, *item));
        else
            keep = static_cast<bool>(std::invoke(pred, *item));
        if (!keep)
            continue;
        if constexpr (std::is_same_v<Fn, Identity>)
            insert_into(out, std::move(*item));
        else if constexpr (Awaitable<std::invoke_result_t<Fn &, Item &>>)
            insert_into(out, co_await std::invoke(fn, *item));
        else
            insert_into(out, std::invoke(fn, *item));
    }
    co_return out;
}

template<typename U, typename I, typename Pred, typename Fn>
AsyncGenerator<U> genexpr_impl(I it, Pred pred, Fn fn)
{
    using Item = async_item_t<std::remove_reference_t<I>>;
    while (auto item = co_await anext(it)) {
        bool keep;
        if constexpr (Awaitable<std::invoke_result_t<Pred &, Item &>>)
            keep = static_cast<bool>(co_await std::invoke(pred, *item));
        else
            keep = static_cast<bool>(std::invoke(pred, *item));
        if (!keep)
            continue;
        if constexpr (std::is_same_v<Fn, Identity>)
            co_yield std::move(*item);
        else if constexpr (Awaitable<std::invoke_result_t<Fn &, Item &>>)
            co_yield co_await std::invoke(fn, *item);
        else
            co_yield std::invoke(fn, *item);
    }
}

template<typename R, typename Fn>
auto await_each_impl(R range, Fn fn)
    -> Coroutine<std::vector<Stored<awaited_invoke_t<Fn, std::ranges::range_reference_t<std::remove_reference_t<R>>>>>>
{
    using U = awaited_invoke_t<Fn, std::ranges::range_reference_t<std::remove_reference_t<R>>>;
    std::vector<Stored<U>> out;
    for (auto &&element : range) {
        if constexpr (std::is_void_v<U>) {
            co_await std::invoke(fn, element);
            out.emplace_back();
        } else {
            out.push_back(co_await std::invoke(fn, element));
        }
    }
    co_return out;
}

} // namespace detail

/// [x async for x in it] -> std::vector
template<typename I>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect(I &&it)
{
    using T = async_item_t<std::remove_reference_t<I>>;
    return detail::comprehend<std::vector<T>, detail::held_t<I>>(std::forward<I>(it), detail::Always{}, detail::Identity{});
}

/// [fn(x) async for x in it] -> std::vector (fn may return an awaitable: [await fn(x) ...])
template<typename I, typename Fn>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect(I &&it, Fn fn)
{
    using U = detail::awaited_invoke_t<Fn, async_item_t<std::remove_reference_t<I>>>;
    return detail::comprehend<std::vector<U>, detail::held_t<I>>(std::forward<I>(it), detail::Always{}, std::move(fn));
}

/// [x async for x in it if pred(x)] -> std::vector
template<typename I, typename Pred>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect_if(I &&it, Pred pred)
{
    using T = async_item_t<std::remove_reference_t<I>>;
    return detail::comprehend<std::vector<T>, detail::held_t<I>>(std::forward<I>(it), std::move(pred), detail::Identity{});
}

/// [fn(x) async for x in it if pred(x)] -> std::vector
template<typename I, typename Pred, typename Fn>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect_if(I &&it, Pred pred, Fn fn)
{
    using U = detail::awaited_invoke_t<Fn, async_item_t<std::remove_reference_t<I>>>;
    return detail::comprehend<std::vector<U>, detail::held_t<I>>(std::forward<I>(it), std::move(pred), std::move(fn));
}

/// {x async for x in it} -> std::set
template<typename I>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect_set(I &&it)
{
    using T = async_item_t<std::remove_reference_t<I>>;
    return detail::comprehend<std::set<T>, detail::held_t<I>>(std::forward<I>(it), detail::Always{}, detail::Identity{});
}

/// {fn(x) async for x in it} -> std::set
template<typename I, typename Fn>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect_set(I &&it, Fn fn)
{
    using U = detail::awaited_invoke_t<Fn, async_item_t<std::remove_reference_t<I>>>;
    return detail::comprehend<std::set<U>, detail::held_t<I>>(std::forward<I>(it), detail::Always{}, std::move(fn));
}

/// {k: v async for k, v in it} over an iterator of std::pair -> std::map
template<typename I>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect_dict(I &&it)
{
    using P = async_item_t<std::remove_reference_t<I>>;
    using Map = std::map<typename P::first_type, typename P::second_type>;
    return detail::comprehend<Map, detail::held_t<I>>(std::forward<I>(it), detail::Always{}, detail::Identity{});
}

/// {key(x): value(x) async for x in it}: fn returns std::pair(key, value) -> std::map
template<typename I, typename Fn>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto collect_dict(I &&it, Fn fn)
{
    using P = detail::awaited_invoke_t<Fn, async_item_t<std::remove_reference_t<I>>>;
    using Map = std::map<typename P::first_type, typename P::second_type>;
    return detail::comprehend<Map, detail::held_t<I>>(std::forward<I>(it), detail::Always{}, std::move(fn));
}

/// (fn(x) async for x in it): a lazy AsyncGenerator
template<typename I, typename Fn = detail::Identity>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto genexpr(I &&it, Fn fn = {})
{
    using U = detail::awaited_invoke_t<Fn, async_item_t<std::remove_reference_t<I>>>;
    return detail::genexpr_impl<U, detail::held_t<I>>(std::forward<I>(it), detail::Always{}, std::move(fn));
}

/// (fn(x) async for x in it if pred(x)): a lazy AsyncGenerator
template<typename I, typename Pred, typename Fn = detail::Identity>
    requires AsyncIterable<std::remove_reference_t<I>>
[[nodiscard]] auto genexpr_if(I &&it, Pred pred, Fn fn = {})
{
    using U = detail::awaited_invoke_t<Fn, async_item_t<std::remove_reference_t<I>>>;
    return detail::genexpr_impl<U, detail::held_t<I>>(std::forward<I>(it), std::move(pred), std::move(fn));
}

/// [await fn(x) for x in range], one after another -> std::vector
template<std::ranges::range R, typename Fn>
[[nodiscard]] auto await_each(R &&range, Fn fn)
{
    return detail::await_each_impl<detail::held_t<R>>(std::forward<R>(range), std::move(fn));
}

/// [await co() for co in factories], one after another -> std::vector
template<std::ranges::range R>
[[nodiscard]] auto await_each(R &&factories)
{
    return detail::await_each_impl<detail::held_t<R>>(std::forward<R>(factories), detail::CallIt{});
}

} // namespace aio
