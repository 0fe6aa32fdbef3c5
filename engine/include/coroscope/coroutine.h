// SPDX-License-Identifier: MIT
#pragma once
// aio::Coroutine<T>: what an `async def` function is in Python.
//
// A function returning Coroutine<T> is LAZY: calling it only creates the coroutine; nothing in
// its body runs until it is awaited (`co_await f()`, which runs it inline in the current task,
// like `await f()`) or wrapped in a task (loop.create_task / ensure_future). This is asyncio's
// rule. (QCoro's QCoro::Task is the opposite: it starts eagerly, running up to its first
// suspension as soon as it is called.)
//
// Results and exceptions travel through co_await. Finishing a coroutine transfers control to
// its awaiter directly (symmetric transfer), so long chains of awaits do not grow the stack,
// in Debug and sanitizer builds too (detail::transfer_to bounces through the task's step when
// the compiler emits no tail call).
// A Coroutine destroyed without ever being awaited or scheduled is reported, as asyncio warns
// "coroutine '...' was never awaited".
//
// Inside a Coroutine only engine awaitables may be awaited (Coroutine, Future, Task, sleep,
// gather, run_in_executor, the sync primitives...): each co_await records its source line for
// the trace and is the point where a task's cancellation is delivered.
//
// Two rules that keep coroutine code safe with GCC 12:
//  - A coroutine lambda must not capture: the lambda object is usually a temporary that dies
//    before the body runs. Pass what it needs as parameters.
//  - Do not write a lambda that captures something with a destructor (a QString, a QUrl, a
//    shared_ptr...) inside a co_await expression, e.g. co_await run_in_executor(nullptr,
//    [url] {...}): GCC 12 destroys that temporary twice. Name the lambda first, then await.

#include "coroscope/impl/task_core.h"
#include "coroscope/loop.h"

#include <coroutine>
#include <exception>
#include <optional>
#include <source_location>
#include <utility>

namespace aio {

template<typename T>
class Coroutine;

namespace detail {

/// An awaiter type the engine understands: it says whether suspending means the whole task
/// waits (`suspends_task = true`) or control just passes inline to another coroutine.
template<typename A>
concept EngineAwaiter = requires(A a) {
    { a.await_ready() } -> std::convertible_to<bool>;
    { A::suspends_task } -> std::convertible_to<bool>;
};

template<typename A>
decltype(auto) get_awaiter(A &&awaitable)
{
    if constexpr (requires { std::forward<A>(awaitable).operator co_await(); })
        return std::forward<A>(awaitable).operator co_await();
    else
        return std::forward<A>(awaitable);
}

/// Wraps every awaiter used inside a Coroutine: remembers the co_await's source location and
/// delivers a pending cancellation when a suspended task resumes.
template<typename Inner>
struct TracedAwaiter
{
    Inner inner;
    std::source_location where;
    bool suspended = false;

    bool await_ready() { return inner.await_ready(); }

    template<typename Promise>
    auto await_suspend(std::coroutine_handle<Promise> handle)
    {
        if constexpr (std::remove_cvref_t<Inner>::suspends_task) {
            TaskCore *task = TaskCore::current();
            task->set_resume_point(handle, where);
            suspended = true;
        }
        using R = decltype(inner.await_suspend(handle));
        if constexpr (std::is_same_v<R, bool>) {
            const bool really = inner.await_suspend(handle);
            suspended = suspended && really;
            return really;
        } else {
            return inner.await_suspend(handle);
        }
    }

    decltype(auto) await_resume()
    {
        if (suspended)
            TaskCore::current()->deliver_cancellation_if_due();
        return inner.await_resume();
    }
};

struct PromiseBase : Pooled
{
    std::coroutine_handle<> continuation;
    std::exception_ptr error;
    const char *function = "";
    bool started = false;

    std::suspend_always initial_suspend() noexcept { return {}; }

    struct FinalAwaiter
    {
        bool await_ready() noexcept { return false; }
        template<typename P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> self) noexcept
        {
            auto next = self.promise().continuation;
            return next ? transfer_to(next) : std::noop_coroutine();
        }
        void await_resume() noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { error = std::current_exception(); }

    template<typename A>
    auto await_transform(A &&awaitable, std::source_location where = std::source_location::current())
    {
        using Awaiter = std::remove_cvref_t<decltype(get_awaiter(std::forward<A>(awaitable)))>;
        static_assert(EngineAwaiter<Awaiter>,
                      "aio::Coroutine can only co_await engine awaitables (Coroutine, Future, Task, "
                      "sleep, gather, run_in_executor, sync primitives...); wrap other async APIs "
                      "in an aio::Future");
        return TracedAwaiter<Awaiter>{get_awaiter(std::forward<A>(awaitable)), where};
    }
};

template<typename T>
struct Promise : PromiseBase
{
    std::optional<T> value;
    // The default argument is evaluated in the coroutine function: it names it for the trace.
    Coroutine<T> get_return_object(std::source_location where = std::source_location::current()) noexcept;
    template<typename U = T>
    void return_value(U &&v) { value.emplace(std::forward<U>(v)); }
};

template<>
struct Promise<void> : PromiseBase
{
    Coroutine<void> get_return_object(std::source_location where = std::source_location::current()) noexcept;
    void return_void() noexcept {}
};

void report_never_awaited(const char *function);

} // namespace detail

template<typename T = void>
class [[nodiscard]] Coroutine
{
public:
    using promise_type = detail::Promise<T>;
    using value_type = T;
    using Handle = std::coroutine_handle<promise_type>;

    Coroutine() = default;
    explicit Coroutine(Handle handle) noexcept : m_handle(handle) {}
    Coroutine(Coroutine &&other) noexcept : m_handle(std::exchange(other.m_handle, {})) {}
    Coroutine &operator=(Coroutine &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    ~Coroutine() { reset(); }

    [[nodiscard]] bool valid() const noexcept { return bool(m_handle); }
    /// The coroutine function's signature, for names in the trace.
    [[nodiscard]] const char *function_name() const noexcept
    {
        return m_handle ? m_handle.promise().function : "";
    }

    /// Hands the frame to a task (marks it as scheduled, so no "never awaited" report).
    Handle release() noexcept
    {
        if (m_handle)
            m_handle.promise().started = true;
        return std::exchange(m_handle, {});
    }

    struct Awaiter
    {
        static constexpr bool suspends_task = false; // runs inline in the same task
        Handle handle;
        bool await_ready() const noexcept { return !handle || handle.done(); }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept
        {
            handle.promise().continuation = awaiting;
            handle.promise().started = true;
            return detail::transfer_to(handle);
        }
        T await_resume()
        {
            if (!handle)
                throw RuntimeError("awaiting an empty aio::Coroutine");
            auto &promise = handle.promise();
            if (promise.error)
                std::rethrow_exception(promise.error);
            if constexpr (!std::is_void_v<T>)
                return std::move(*promise.value);
        }
    };
    /// `co_await coroutine` runs it inline; the temporary owns the frame until the
    /// full expression ends, so awaiting `f()` directly is safe.
    Awaiter operator co_await() && noexcept { return Awaiter{m_handle}; }
    Awaiter operator co_await() & noexcept { return Awaiter{m_handle}; }

private:
    void reset() noexcept
    {
        if (!m_handle)
            return;
        if (!m_handle.promise().started)
            detail::report_never_awaited(m_handle.promise().function);
        m_handle.destroy();
        m_handle = {};
    }
    Handle m_handle;
};

namespace detail {
template<typename T>
Coroutine<T> Promise<T>::get_return_object(std::source_location where) noexcept
{
    function = where.function_name();
    return Coroutine<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Coroutine<void> Promise<void>::get_return_object(std::source_location where) noexcept
{
    function = where.function_name();
    return Coroutine<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}
} // namespace detail

} // namespace aio
