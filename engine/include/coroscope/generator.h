// SPDX-License-Identifier: MIT
#pragma once
// aio::AsyncGenerator<T>: Python's async generator (`yield` inside `async def`).
//
//     aio::AsyncGenerator<int> async_counter(int stop) {
//         for (int n = 0; n < stop; ++n) {
//             co_yield n;
//             co_await aio::sleep(1.0);
//         }
//     }
//     co_await aio::async_for(async_counter(3), [](int i) { aio::print(QString::number(i), QStringLiteral(" ")); });
//     // or: auto gen = async_counter(3); while (auto i = co_await gen.anext()) { ... }
//
// One body holds both co_yield and co_await. It is LAZY: nothing runs until the first anext().
// It runs inside the task that consumes it (as in Python): each anext() resumes the body in the
// consumer's task until the next co_yield (the item), its end (std::nullopt, as
// StopAsyncIteration) or an exception (which reaches the consumer; the generator is then
// finished). Its co_awaits record their source lines and deliver the consuming task's
// cancellation, like any coroutine's. anext() while the body is already running (another task
// is inside it) throws RuntimeError, as Python does.
//
// aclose() (asyncio's agen.aclose()) throws aio::GeneratorExit into the body at its co_yield, so
// its catch blocks and destructors run (and it may co_await after the catch block); a body
// that yields again instead raises RuntimeError("async generator ignored GeneratorExit").
// Destroying an unfinished generator is safe: the frame is destroyed, so RAII cleanup runs but
// catch blocks do not (await aclose() for those; async_for does when it owns the generator).
// A generator must not outlive its loop.
//
// Trace: a generator is its own lane. It is spawned (SpawnKind::AsyncGenerator, its own id,
// parent = the task creating it) when called; while its body runs, StepBegin / StepEnd events
// carry its id: StepEnd reason Yield at a co_yield (text "yield <value>"), Await when the body
// suspends the task (with what it waits on), then Return / Raise / Cancelled and a Done event
// when it finishes. AwaitEdge events link the consuming task to the generator while it runs.
// (A suspension inside a coroutine that the body awaits shows on the consumer's lane only; the
// generator's step spans it.)

#include "coroscope/impl/awaitable.h"

#include <coroutine>
#include <exception>
#include <optional>
#include <source_location>
#include <type_traits>
#include <utility>

namespace aio {

/// Python's GeneratorExit: thrown into an async generator's body by aclose(). Like
/// CancelledError (and GeneratorExit, a BaseException) it does not derive from std::exception,
/// so ordinary `catch (const std::exception &)` error handling does not swallow it.
class GeneratorExit
{
public:
    [[nodiscard]] const char *what() const noexcept { return "GeneratorExit"; }
};

template<typename T>
class AsyncGenerator;

namespace detail {

/// The non-template part of a generator's promise: its trace identity and the hand-over state.
struct GeneratorPromiseBase
{
    std::coroutine_handle<> consumer; ///< resumed at each co_yield and at the end
    std::exception_ptr error;
    EventLoop *loop = nullptr;
    TaskCore *running_in = nullptr; ///< the task running the body now, or null
    std::uint64_t id = 0;
    std::uint64_t consumer_task = 0;
    std::source_location spawn_src;
    std::source_location resume_src; ///< where the body resumes (its last co_yield / co_await)
    bool started = false;
    bool finished = false; ///< ran to its end, raised, or was closed
    bool closing = false;  ///< aclose(): the co_yield being resumed throws GeneratorExit

    std::suspend_always initial_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { error = std::current_exception(); }
    void return_void() noexcept {}

    struct FinalAwaiter
    {
        bool await_ready() noexcept { return false; }
        template<typename P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> self) noexcept
        {
            auto &promise = self.promise();
            promise.on_finished();
            return promise.consumer ? transfer_to(promise.consumer) : std::noop_coroutine();
        }
        void await_resume() noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }

    /// Wraps the body's co_awaits: a TracedAwaiter (source line, cancellation) that also ends
    /// and begins the generator's steps in the trace when the task really suspends.
    template<typename Inner>
    struct Awaiter
    {
        TracedAwaiter<Inner> traced;
        GeneratorPromiseBase *promise;
        bool await_ready() { return traced.await_ready(); }
        template<typename P>
        auto await_suspend(std::coroutine_handle<P> handle)
        {
            promise->resume_src = traced.where;
            using R = decltype(traced.await_suspend(handle));
            if constexpr (std::is_void_v<R>) {
                traced.await_suspend(handle);
                if (traced.suspended)
                    promise->trace_await();
            } else if constexpr (std::is_same_v<R, bool>) {
                const bool really = traced.await_suspend(handle);
                if (traced.suspended)
                    promise->trace_await();
                return really;
            } else {
                return traced.await_suspend(handle);
            }
        }
        decltype(auto) await_resume()
        {
            if (traced.suspended)
                promise->trace_step_begin();
            return traced.await_resume();
        }
    };

    template<typename A>
    auto await_transform(A &&awaitable, std::source_location where = std::source_location::current())
    {
        using Inner = std::remove_cvref_t<decltype(get_awaiter(std::forward<A>(awaitable)))>;
        static_assert(EngineAwaiter<Inner>,
                      "aio::AsyncGenerator can only co_await engine awaitables (Coroutine, Future, Task, "
                      "sleep, gather, sync primitives...); wrap other async APIs in an aio::Future");
        return Awaiter<Inner>{TracedAwaiter<Inner>{get_awaiter(std::forward<A>(awaitable)), where}, this};
    }

    void spawned(std::source_location where);
    /// anext() / aclose() hands control to the body.
    void resumed_by(std::coroutine_handle<> awaiting);
    void trace_step_begin();
    void trace_await();
    void trace_yield(const QString &value);
    void on_finished();
    /// The generator object goes away: its lane ends (if it had not) and the frame is freed
    /// (or, if another task is running the body right now, kept and reported).
    void destroy(std::coroutine_handle<> frame);
};

template<typename T>
struct GeneratorPromise : GeneratorPromiseBase
{
    std::optional<T> value;

    AsyncGenerator<T> get_return_object(std::source_location where = std::source_location::current()) noexcept;

    struct YieldAwaiter
    {
        GeneratorPromise *promise;
        bool await_ready() noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept
        {
            promise->running_in = nullptr;
            if (promise->loop && promise->loop->tracing()) [[unlikely]]
                promise->trace_yield(describe_value(*promise->value));
            return transfer_to(promise->consumer);
        }
        void await_resume()
        {
            if (promise->closing)
                throw GeneratorExit();
        }
    };
    template<typename U = T>
        requires std::is_constructible_v<T, U &&>
    YieldAwaiter yield_value(U &&item, std::source_location where = std::source_location::current())
    {
        value.emplace(std::forward<U>(item));
        resume_src = where;
        return YieldAwaiter{this};
    }
};

} // namespace detail

template<typename T>
class [[nodiscard]] AsyncGenerator
{
public:
    using promise_type = detail::GeneratorPromise<T>;
    using value_type = T;
    using Handle = std::coroutine_handle<promise_type>;

    AsyncGenerator() = default;
    explicit AsyncGenerator(Handle handle) noexcept : m_handle(handle) {}
    AsyncGenerator(AsyncGenerator &&other) noexcept : m_handle(std::exchange(other.m_handle, {})) {}
    AsyncGenerator &operator=(AsyncGenerator &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    ~AsyncGenerator() { reset(); }

    [[nodiscard]] bool valid() const noexcept { return bool(m_handle); }
    /// The generator's id in the trace (its lane).
    [[nodiscard]] std::uint64_t id() const noexcept { return m_handle ? m_handle.promise().id : 0; }
    /// True once it ran to its end, raised, or was closed.
    [[nodiscard]] bool finished() const noexcept { return !m_handle || m_handle.promise().finished; }
    /// True while its body runs (or is suspended at a co_await inside a consumer's anext()).
    [[nodiscard]] bool running() const noexcept { return m_handle && m_handle.promise().running_in; }

    struct NextAwaiter
    {
        static constexpr bool suspends_task = false; // runs inline in the consumer's task
        Handle handle;
        WaitKind previous_context = WaitKind::None;
        TaskCore *task = nullptr;

        bool await_ready()
        {
            if (!handle || handle.promise().finished)
                return true;
            if (handle.promise().running_in)
                throw RuntimeError("anext(): asynchronous generator is already running");
            return false;
        }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting)
        {
            task = TaskCore::current();
            if (task)
                previous_context = task->exchange_wait_context(WaitKind::AsyncNext);
            handle.promise().resumed_by(awaiting);
            return detail::transfer_to(handle);
        }
        std::optional<T> await_resume()
        {
            if (task)
                task->exchange_wait_context(previous_context);
            if (!handle)
                return std::nullopt;
            auto &promise = handle.promise();
            if (handle.done()) {
                if (auto error = std::exchange(promise.error, nullptr))
                    std::rethrow_exception(error);
                return std::nullopt;
            }
            if (!promise.value) // finished earlier
                return std::nullopt;
            std::optional<T> item = std::move(promise.value);
            promise.value.reset();
            return item;
        }
    };
    /// The next item, or std::nullopt once the body has ended (Python's __anext__).
    NextAwaiter anext() noexcept { return NextAwaiter{m_handle}; }

    struct CloseAwaiter
    {
        static constexpr bool suspends_task = false;
        Handle handle;

        bool await_ready()
        {
            if (!handle || handle.promise().finished)
                return true;
            auto &promise = handle.promise();
            if (promise.running_in)
                throw RuntimeError("aclose(): asynchronous generator is already running");
            if (!promise.started) {
                // Never started: the body never runs (Python closes it without running it).
                promise.on_finished();
                return true;
            }
            return false;
        }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting)
        {
            handle.promise().closing = true;
            handle.promise().resumed_by(awaiting);
            return detail::transfer_to(handle);
        }
        void await_resume()
        {
            if (!handle || !handle.promise().closing)
                return; // nothing to close
            auto &promise = handle.promise();
            if (!handle.done()) {
                promise.value.reset();
                promise.closing = false;
                throw RuntimeError("async generator ignored GeneratorExit");
            }
            if (auto error = std::exchange(promise.error, nullptr)) {
                try {
                    std::rethrow_exception(error);
                } catch (const GeneratorExit &) {
                    return; // the expected way out
                }
            }
        }
    };
    /// Python's aclose(): throws GeneratorExit into the body at its co_yield and waits for the
    /// body's cleanup to finish. Closing a finished or never started generator does nothing.
    CloseAwaiter aclose() noexcept { return CloseAwaiter{m_handle}; }

private:
    void reset() noexcept
    {
        if (m_handle)
            m_handle.promise().destroy(std::exchange(m_handle, {}));
    }
    Handle m_handle;
};

/// contextlib.aclosing: an async context manager that awaits the generator's aclose() when
/// the block ends, however it ends (even when the generator is borrowed):
///     co_await aio::async_with(aio::aclosing(gen), [](aio::AsyncGenerator<int> &g) -> aio::Coroutine<void> { ... });
template<typename G>
struct Aclosing
{
    G generator; ///< a reference when aclosing() got an lvalue, else the generator itself
    detail::Ready<std::remove_reference_t<G> &> aenter() noexcept { return {generator}; }
    auto aexit(std::exception_ptr) { return generator.aclose(); }
};
template<typename G>
[[nodiscard]] Aclosing<G> aclosing(G &&generator)
{
    return Aclosing<G>{std::forward<G>(generator)};
}

namespace detail {
template<typename T>
AsyncGenerator<T> GeneratorPromise<T>::get_return_object(std::source_location where) noexcept
{
    spawned(where);
    return AsyncGenerator<T>(std::coroutine_handle<GeneratorPromise<T>>::from_promise(*this));
}
} // namespace detail

} // namespace aio
