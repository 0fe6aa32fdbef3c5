// SPDX-License-Identifier: MIT
#pragma once
// Internal header, do not include directly: small pieces the protocol and combinator headers
// (async_with.h, async_iterator.h, generator.h, wait_for.h, sync.h...) share: what an engine
// awaitable yields, an already-ready awaitable, a future with its own label for waiters'
// traces, the wait context of inline protocol awaits, and Phase trace events.

#include "coroscope/coroutine.h"
#include "coroscope/future.h"

#include <QString>
#include <source_location>
#include <type_traits>
#include <utility>

namespace aio {

namespace detail {

/// An expression `co_await a` may use inside an aio::Coroutine.
template<typename A>
concept Awaitable = EngineAwaiter<std::remove_cvref_t<decltype(get_awaiter(std::declval<A>()))>>;

/// The type `co_await a` yields.
template<typename A>
using await_result_t = decltype(get_awaiter(std::declval<A>()).await_resume());

/// A value that is already there, as an awaitable (e.g. an aenter() that needs no waiting).
template<typename T>
struct Ready
{
    static constexpr bool suspends_task = false;
    T value;
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    T await_resume() { return std::forward<T>(value); }
};
template<>
struct Ready<void>
{
    static constexpr bool suspends_task = false;
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    void await_resume() const noexcept {}
};

/// A future whose waiters' traces say what they wait on ("semaphore s", "queue get").
template<typename T>
class LabelledFutureState final : public FutureState<T>
{
public:
    LabelledFutureState(EventLoop &loop, QString label, WaitKind kind)
        : FutureState<T>(loop), m_label(std::move(label)), m_kind(kind)
    {
    }
    [[nodiscard]] QString label() const override { return m_label; }
    [[nodiscard]] WaitKind wait_kind() const noexcept override { return m_kind; }

private:
    QString m_label;
    WaitKind m_kind;
};

template<typename T = void>
Future<T> labelled_future(EventLoop &loop, QString label, WaitKind kind)
{
    return Future<T>(new LabelledFutureState<T>(loop, std::move(label), kind));
}

/// The running task; throws RuntimeError naming `what` outside any task.
TaskCore &require_task(const char *what);

/// While alive, a StepEnd of the current task reports `kind` as what it waits on (async with's
/// aenter / aexit, async for's anext). Lives in a coroutine frame across the awaits it covers.
class WaitContextScope
{
public:
    explicit WaitContextScope(WaitKind kind) noexcept
        : m_task(TaskCore::current()), m_previous(m_task ? m_task->exchange_wait_context(kind) : WaitKind::None)
    {
    }
    ~WaitContextScope()
    {
        if (m_task)
            m_task->exchange_wait_context(m_previous);
    }
    WaitContextScope(const WaitContextScope &) = delete;
    WaitContextScope &operator=(const WaitContextScope &) = delete;

private:
    TaskCore *m_task;
    WaitKind m_previous;
};

/// Emits a Phase event ("aenter", "body", "aexit", "end") for the current task.
void emit_phase(const QString &label, std::source_location where);

/// "semaphore s" / "semaphore": a sync primitive's label for its waiters.
QString sync_label(const char *kind, const QString &name);

} // namespace detail

} // namespace aio
