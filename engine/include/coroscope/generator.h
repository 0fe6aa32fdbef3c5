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
// athrow(error) throws `error` into the body at its co_yield and returns what it yields next
// (std::nullopt if it ends); with a second template argument, AsyncGenerator<T, S>, `co_yield`
// returns the std::optional<S> that asend(s) sent (std::nullopt when resumed by anext()), as
// Python's `received = yield item`.
//
// Dropping an unfinished generator (break out of an async for, a generator that nobody closes)
// works as CPython's asyncgen hooks: a generator that has started is finalized later, as a task
// of its own that awaits its aclose() (call_soon'd, so the code after the drop runs first and the
// generator's cleanup later; the timeline shows that task). asyncio.run's shutdown_asyncgens is
// aio::shutdown_asyncgens(loop): it closes the generators still alive when the main task ends
// (aio::run calls it). Use aclosing() to close at once, as Python recommends. A generator that
// never started is destroyed at once (its body never ran), as in Python. The frame stays alive
// while a task is suspended inside the body, even if the generator object goes away meanwhile.
// Once its loop has closed, a dropped generator's frame is destroyed (RAII cleanup runs, catch
// blocks do not).
//
// Trace: a generator is its own lane. It is spawned (SpawnKind::AsyncGenerator, its own id,
// parent = the task creating it) when called; while its body runs, StepBegin / StepEnd events
// carry its id: StepEnd reason Yield at a co_yield (text "yield <value>"), Await when the body
// suspends the task (with what it waits on), then Return / Raise / Cancelled and a Done event
// when it finishes. AwaitEdge events link the consuming task to the generator while it runs.
// (A suspension inside a coroutine that the body awaits shows on the consumer's lane only; the
// generator's step spans it.)

#include "coroscope/impl/awaitable.h"

#include <stdexcept>

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

template<typename T, typename Sent = void>
class AsyncGenerator;

namespace detail {

class GeneratorRef;

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
    std::exception_ptr thrown; ///< athrow(): the co_yield being resumed throws this
    std::coroutine_handle<> frame; ///< this generator's own frame
    /// Starts the task that closes a dropped or left-over generator (the typed aclose()).
    Coroutine<void> (*close_frame)(GeneratorRef) = nullptr;
    GeneratorPromiseBase *live_prev = nullptr; ///< the loop's list of live generators
    GeneratorPromiseBase *live_next = nullptr;
    std::uint32_t refs = 1; ///< the generator object, plus each anext()/aclose() in flight
    bool started = false;
    bool finished = false;   ///< ran to its end, raised, or was closed
    bool closing = false;    ///< aclose(): the co_yield being resumed throws GeneratorExit
    bool finalizing = false; ///< dropped unfinished: a task closes it (once)
    bool close_called = false; ///< aclose() was awaited (CPython's ag_closed: no finalizer then)

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
    /// Takes a reference (an anext()/aclose() in flight, a closing task).
    void acquire() noexcept { ++refs; }
    /// Drops a reference; the last one finalizes an unfinished started generator in a task of
    /// its own (asyncio's finalizer hook), or destroys the frame.
    void release(std::coroutine_handle<> frame) noexcept;
    /// Leaves the loop's list of generators (when the frame goes, or the loop closes).
    void forget() noexcept;

private:
    /// The frame goes: its lane ends (if it had not) and the frame is freed.
    void destroy(std::coroutine_handle<> frame) noexcept;
};

/// An owning reference to a generator frame (the closing task holds one).
class GeneratorRef
{
public:
    GeneratorRef(GeneratorPromiseBase *promise, std::coroutine_handle<> frame) noexcept
        : m_promise(promise), m_frame(frame)
    {
    }
    GeneratorRef(GeneratorRef &&other) noexcept
        : m_promise(std::exchange(other.m_promise, nullptr)), m_frame(other.m_frame)
    {
    }
    GeneratorRef &operator=(GeneratorRef &&) = delete;
    ~GeneratorRef()
    {
        if (m_promise)
            m_promise->release(m_frame);
    }
    [[nodiscard]] std::coroutine_handle<> frame() const noexcept { return m_frame; }

private:
    GeneratorPromiseBase *m_promise;
    std::coroutine_handle<> m_frame;
};

template<typename T, typename Sent>
struct GeneratorPromise : GeneratorPromiseBase
{
    std::optional<T> value;
    std::optional<Stored<Sent>> sent; ///< asend()'s value for the co_yield being resumed

    AsyncGenerator<T, Sent> get_return_object(std::source_location where = std::source_location::current()) noexcept;

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
        auto await_resume()
        {
            if (promise->closing)
                throw GeneratorExit();
            if (auto error = std::exchange(promise->thrown, nullptr))
                std::rethrow_exception(error);
            if constexpr (!std::is_void_v<Sent>)
                return std::exchange(promise->sent, std::nullopt);
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

template<typename T, typename Sent>
class [[nodiscard]] AsyncGenerator
{
public:
    using promise_type = detail::GeneratorPromise<T, Sent>;
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

    /// anext() / asend() / athrow(): resumes the body until its next co_yield or its end.
    struct NextAwaiter
    {
        static constexpr bool suspends_task = false; // runs inline in the consumer's task
        Handle handle;
        std::optional<detail::Stored<Sent>> sent;
        std::exception_ptr thrown;
        WaitKind previous_context = WaitKind::None;
        TaskCore *task = nullptr;
        bool held = false; // a reference keeps the frame while the body runs

        NextAwaiter(Handle h, std::optional<detail::Stored<Sent>> s = std::nullopt, std::exception_ptr e = nullptr)
            : handle(h), sent(std::move(s)), thrown(std::move(e))
        {
        }
        NextAwaiter(NextAwaiter &&other) noexcept
            : handle(other.handle), sent(std::move(other.sent)), thrown(std::move(other.thrown))
            , previous_context(other.previous_context), task(other.task), held(std::exchange(other.held, false))
        {
        }
        NextAwaiter &operator=(NextAwaiter &&) = delete;
        ~NextAwaiter()
        {
            if (held)
                handle.promise().release(handle);
        }

        bool await_ready()
        {
            if (!handle || handle.promise().finished)
                return !thrown || throw_now();
            if (handle.promise().running_in)
                throw RuntimeError("anext(): asynchronous generator is already running");
            if (!handle.promise().started) {
                if (sent && !std::is_void_v<Sent>)
                    throw std::invalid_argument("can't send non-None value to a just-started async generator");
                if (thrown) {
                    // Python: thrown into a generator that never started, the error comes
                    // straight out and the generator is finished without running its body.
                    handle.promise().on_finished();
                    return throw_now();
                }
            }
            return false;
        }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting)
        {
            task = TaskCore::current();
            if (task)
                previous_context = task->exchange_wait_context(WaitKind::AsyncNext);
            auto &promise = handle.promise();
            promise.acquire();
            held = true;
            promise.thrown = std::move(thrown);
            if constexpr (!std::is_void_v<Sent>)
                promise.sent = std::move(sent);
            promise.resumed_by(awaiting);
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

    private:
        [[noreturn]] bool throw_now() { std::rethrow_exception(std::exchange(thrown, nullptr)); }
    };
    /// The next item, or std::nullopt once the body has ended (Python's __anext__).
    NextAwaiter anext() noexcept { return NextAwaiter(m_handle); }
    /// Python's asend(value): resumes the body with `value` as the result of its co_yield and
    /// returns the next item (std::nullopt at the end). A generator that has not started
    /// cannot take a value (std::invalid_argument, Python's TypeError): start it with anext().
    template<typename U = Sent>
        requires(!std::is_void_v<U>)
    NextAwaiter asend(U value)
    {
        return NextAwaiter(m_handle, std::optional<detail::Stored<Sent>>(std::move(value)));
    }
    /// Python's athrow(error): throws `error` into the body at its co_yield; returns the item it
    /// yields next (std::nullopt if it ends), or the body's error if it does not handle it.
    NextAwaiter athrow(std::exception_ptr error) { return NextAwaiter(m_handle, std::nullopt, std::move(error)); }
    template<typename E>
    NextAwaiter athrow(E error)
    {
        return athrow(std::make_exception_ptr(std::move(error)));
    }

    struct CloseAwaiter
    {
        static constexpr bool suspends_task = false;
        Handle handle;
        bool held = false;

        explicit CloseAwaiter(Handle h) noexcept : handle(h) {}
        CloseAwaiter(CloseAwaiter &&other) noexcept : handle(other.handle), held(std::exchange(other.held, false)) {}
        CloseAwaiter &operator=(CloseAwaiter &&) = delete;
        ~CloseAwaiter()
        {
            if (held)
                handle.promise().release(handle);
        }

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
            handle.promise().acquire();
            held = true;
            handle.promise().close_called = true;
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
    CloseAwaiter aclose() noexcept { return CloseAwaiter(m_handle); }

private:
    friend promise_type;
    void reset() noexcept
    {
        if (m_handle) {
            const Handle handle = std::exchange(m_handle, {});
            handle.promise().release(handle);
        }
    }
    /// The task that finalizes a dropped generator, or closes it at shutdown.
    static Coroutine<void> close_frame(detail::GeneratorRef frame)
    {
        co_await CloseAwaiter(Handle::from_address(frame.frame().address()));
    }
    Handle m_handle;
};

/// asyncio's loop.shutdown_asyncgens(): closes every generator of `loop` that started and has
/// not finished, each in a task of its own, concurrently; their errors are reported. Generators
/// created afterwards are not tracked. aio::run awaits it after cancelling the remaining tasks.
Coroutine<void> shutdown_asyncgens(EventLoop &loop);

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
template<typename T, typename Sent>
AsyncGenerator<T, Sent> GeneratorPromise<T, Sent>::get_return_object(std::source_location where) noexcept
{
    const auto handle = std::coroutine_handle<GeneratorPromise<T, Sent>>::from_promise(*this);
    close_frame = &AsyncGenerator<T, Sent>::close_frame;
    frame = handle;
    spawned(where);
    return AsyncGenerator<T, Sent>(handle);
}
} // namespace detail

} // namespace aio
