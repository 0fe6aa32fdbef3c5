// SPDX-License-Identifier: MIT
#pragma once
// aio::async_with: Python's `async with cm as value: body`.
//
// An async context manager is any type with `aenter()` and `aexit(std::exception_ptr)`, each
// returning an engine awaitable (usually an aio::Coroutine), as __aenter__ / __aexit__:
//
//     struct AsyncAdd {
//         int a, b;
//         aio::Coroutine<int> aenter() { co_await aio::sleep(1.0); co_return a + b; }
//         aio::Coroutine<void> aexit(std::exception_ptr) { co_return; }
//     };
//     co_await aio::async_with(AsyncAdd{1, 2}, [](int result) { aio::print(QString::number(result)); });
//
// async_with awaits aenter() and passes its value to the body (a body that takes no argument
// ignores it, as `async with cm:` without `as`). The body may be a plain function or return an awaitable (a coroutine lambda); it
// may capture by reference: async_with keeps the callable alive while the body runs. Then
// aexit(error) is ALWAYS awaited: after the body succeeds (error is null), when it throws, and
// when the task is cancelled inside it (error holds the CancelledError). If aexit's awaitable
// yields `true` the exception is suppressed, as __aexit__ returning True; if aexit throws, that
// exception replaces the body's. A context manager passed as a temporary is moved into the
// statement and lives until it ends; an lvalue is used by reference.
//
// Trace: Phase events "aenter", "body", "aexit" and "end" mark the statement for the current
// task (src = the async_with call), and a task suspended inside aenter / aexit reports
// WaitKind::AEnter / WaitKind::AExit as what it waits on (the text names the inner wait,
// "sleep 1.000 s"), except on a sync primitive, which reports WaitKind::Sync ("semaphore s").

#include "coroscope/impl/awaitable.h"

#include <exception>
#include <functional>
#include <optional>
#include <source_location>
#include <type_traits>

namespace aio {

/// An awaitable that is ready at once, for an aenter() / aexit() with nothing to wait for:
/// `aio::Ready<int> aenter() { return {42}; }`, `aio::Ready<> aexit(std::exception_ptr) { return {}; }`.
template<typename T = void>
using Ready = detail::Ready<T>;

/// Python's async context manager protocol (__aenter__ / __aexit__).
template<typename CM>
concept AsyncContextManager = requires(CM &cm, std::exception_ptr error) {
    { cm.aenter() } -> detail::Awaitable;
    { cm.aexit(error) } -> detail::Awaitable;
};

namespace detail {
/// Reports (through the current loop) a body's exception that aexit's own exception replaced.
void report_replaced_by_aexit(const std::exception_ptr &body_error, const std::exception_ptr &aexit_error);
} // namespace detail

namespace detail {

template<typename CM>
using aenter_result_t = await_result_t<decltype(std::declval<CM &>().aenter())>;

template<typename CM, typename F>
Coroutine<void> async_with_impl(CM cm, F body, std::source_location where)
{
    // `cm` is a value for temporaries and a reference for lvalues (see async_with below).
    using Entered = aenter_result_t<std::remove_reference_t<CM>>;
    using ExitResult = await_result_t<decltype(cm.aexit(std::exception_ptr()))>;
    emit_phase(QStringLiteral("aenter"), where);
    std::exception_ptr error;
    if constexpr (std::is_void_v<Entered>) {
        {
            WaitContextScope context(WaitKind::AEnter);
            co_await cm.aenter();
        }
        emit_phase(QStringLiteral("body"), where);
        try {
            if constexpr (Awaitable<std::invoke_result_t<F &>>)
                co_await std::invoke(body);
            else
                std::invoke(body);
        } catch (...) {
            error = std::current_exception();
        }
    } else {
        // A reference result (a TaskGroup handing out itself) stays a reference.
        std::optional<std::conditional_t<std::is_reference_v<Entered>,
                                         std::reference_wrapper<std::remove_reference_t<Entered>>, Entered>>
            value;
        {
            WaitContextScope context(WaitKind::AEnter);
            value.emplace(co_await cm.aenter());
        }
        emit_phase(QStringLiteral("body"), where);
        auto &entered = [&]() -> std::remove_reference_t<Entered> & {
            if constexpr (std::is_reference_v<Entered>)
                return value->get();
            else
                return *value;
        }();
        try {
            if constexpr (!std::is_invocable_v<F &, decltype(entered)>) {
                // `async with cm:` without `as`: the body ignores the entered value.
                if constexpr (Awaitable<std::invoke_result_t<F &>>)
                    co_await std::invoke(body);
                else
                    std::invoke(body);
            } else if constexpr (Awaitable<std::invoke_result_t<F &, decltype(entered)>>) {
                co_await std::invoke(body, entered);
            } else {
                std::invoke(body, entered);
            }
        } catch (...) {
            error = std::current_exception();
        }
    }
    emit_phase(QStringLiteral("aexit"), where);
    bool suppress = false;
    try {
        WaitContextScope context(WaitKind::AExit);
        if constexpr (std::is_convertible_v<ExitResult, bool>)
            suppress = co_await cm.aexit(error);
        else
            co_await cm.aexit(error);
    } catch (...) {
        // aexit's exception replaces the body's (as in Python); the body's is reported rather
        // than lost (Python keeps it as __context__).
        if (error && !is_cancelled_error(error))
            report_replaced_by_aexit(error, std::current_exception());
        throw;
    }
    emit_phase(QStringLiteral("end"), where);
    if (error && !suppress)
        std::rethrow_exception(error);
}

} // namespace detail

/// `async with cm as value: body(value)`. Await the result: `co_await async_with(cm, body)`.
template<typename CM, typename F>
    requires AsyncContextManager<std::remove_reference_t<CM>>
[[nodiscard]] Coroutine<void> async_with(CM &&cm, F body, std::source_location where = std::source_location::current())
{
    // Temporaries move into the statement's frame; lvalues are used in place.
    using Held = std::conditional_t<std::is_lvalue_reference_v<CM>, CM, std::remove_cvref_t<CM>>;
    return detail::async_with_impl<Held, F>(std::forward<CM>(cm), std::move(body), where);
}

} // namespace aio
