// SPDX-License-Identifier: MIT
#pragma once
// Internal header, do not include directly: the non-template state shared by every Future and
// Task. Futures are loop-thread objects with an intrusive, non-atomic reference count; other
// threads reach them only through EventLoop::call_soon_threadsafe.

#include "coroscope/errors.h"
#include "coroscope/impl/pool.h"
#include "coroscope/trace.h"

#include <QString>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace aio {

class EventLoop;
class FutureCore;
class TaskCore;

namespace detail {

/// An engine-internal completion hook: called synchronously when a future finishes. (User
/// callbacks added with add_done_callback are instead scheduled with call_soon, as asyncio does.)
struct DoneHook
{
    void (*fn)(void *context, FutureCore &future) = nullptr;
    void *context = nullptr;
    /// Called instead of fn when the future is destroyed before finishing (releases context).
    void (*drop)(void *context) = nullptr;
    friend bool operator==(const DoneHook &, const DoneHook &) = default;
};

/// `void` results are stored as std::monostate so that one template serves both.
template<typename T>
using Stored = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

} // namespace detail

class FutureCore : public detail::Pooled
{
public:
    enum class State : std::uint8_t { Pending, Done, Cancelled };

    FutureCore(EventLoop &loop, SpawnKind kind);
    virtual ~FutureCore();
    FutureCore(const FutureCore &) = delete;
    FutureCore &operator=(const FutureCore &) = delete;

    void ref() noexcept { ++m_refs; }
    [[nodiscard]] std::uint32_t refcount() const noexcept { return m_refs; }
    void unref() noexcept
    {
        if (--m_refs == 0)
            delete this;
    }

    [[nodiscard]] bool done() const noexcept { return m_state != State::Pending; }
    [[nodiscard]] bool cancelled() const noexcept { return m_state == State::Cancelled; }
    /// Done with an exception (not a cancellation).
    [[nodiscard]] bool failed() const noexcept { return m_state == State::Done && m_error; }
    [[nodiscard]] State state() const noexcept { return m_state; }
    /// The stored error without marking it retrieved (engine internals).
    [[nodiscard]] const std::exception_ptr &error_unchecked() const noexcept { return m_error; }
    [[nodiscard]] std::uint64_t id() const noexcept { return m_id; }
    [[nodiscard]] EventLoop &loop() const noexcept { return *m_loop; }

    /// asyncio's Future.exception(): the error (null when it finished with a result).
    /// Throws InvalidStateError while pending and CancelledError when cancelled.
    std::exception_ptr exception();
    /// Throws what result() would throw: InvalidStateError, CancelledError or the stored error.
    void check_result();

    /// Cancels a pending future (asyncio semantics); false when already done.
    virtual bool cancel(const std::string &message = {});
    /// asyncio's _cancel_message: what gather puts in the CancelledError it makes for this one
    /// (a future: its cancel()'s message; a task: see TaskCore).
    [[nodiscard]] virtual std::string cancel_message() const;
    /// Finishes with an error; InvalidStateError when already done.
    void set_exception(std::exception_ptr error);

    void add_hook(detail::DoneHook hook);
    bool remove_hook(detail::DoneHook hook);
    /// Releases every hook without firing it (this will never finish: the loop is closing).
    /// Breaks reference cycles such as a gather holding a child that holds the gather's hook.
    void drop_hooks() noexcept;
    /// asyncio's add_done_callback: `callback` is scheduled with call_soon once this is done
    /// (at once if it already is).
    void add_done_callback(std::function<void()> callback);

    /// The text a waiter's trace shows for this object ("task #3 fetch", "executor job 2").
    [[nodiscard]] virtual QString label() const;
    /// What a task that awaits this waits on.
    [[nodiscard]] virtual WaitKind wait_kind() const noexcept { return WaitKind::Future; }
    /// Short text of the result for the trace's Done event.
    [[nodiscard]] virtual QString describe_result() const { return {}; }

protected:
    /// Subclasses store their value, then call this.
    void finish(State state);
    void set_error_unchecked(std::exception_ptr error) { m_error = std::move(error); }
    [[nodiscard]] bool error_retrieved() const noexcept { return m_error_retrieved; }
    void throw_if_done(const char *what) const;
    /// Reports "<label> exception was never retrieved" if so, once (subclasses call this from
    /// their destructor, where their label() still works).
    void report_unretrieved_error()
    {
        if (m_error && !m_error_retrieved && m_state == State::Done) [[unlikely]]
            report_unretrieved_error_now();
    }

    EventLoop *m_loop;
    std::exception_ptr m_error;
    std::uint64_t m_id;
    std::uint32_t m_refs = 0;
    State m_state = State::Pending;
    SpawnKind m_kind;
    bool m_error_retrieved = false;

private:
    void report_unretrieved_error_now();
    void fire_hooks();
    detail::DoneHook m_first_hook;
    std::unique_ptr<std::vector<detail::DoneHook>> m_more_hooks;
};

/// Intrusive pointer to a FutureCore subclass.
template<typename Core>
class CoreRef
{
public:
    CoreRef() = default;
    explicit CoreRef(Core *core) noexcept : m_core(core)
    {
        if (m_core)
            m_core->ref();
    }
    CoreRef(const CoreRef &other) noexcept : CoreRef(other.m_core) {}
    CoreRef(CoreRef &&other) noexcept : m_core(std::exchange(other.m_core, nullptr)) {}
    CoreRef &operator=(CoreRef other) noexcept
    {
        std::swap(m_core, other.m_core);
        return *this;
    }
    ~CoreRef()
    {
        if (m_core)
            m_core->unref();
    }
    [[nodiscard]] Core *get() const noexcept { return m_core; }
    Core *operator->() const noexcept { return m_core; }
    explicit operator bool() const noexcept { return m_core != nullptr; }

private:
    Core *m_core = nullptr;
};

/// The typed state of a bare Future<T>.
template<typename T>
class FutureState : public FutureCore
{
public:
    explicit FutureState(EventLoop &loop, SpawnKind kind = SpawnKind::Future) : FutureCore(loop, kind) {}

    template<typename... Args>
    void set_result(Args &&...args)
    {
        throw_if_done("set_result");
        m_value.emplace(std::forward<Args>(args)...);
        finish(State::Done);
    }
    std::optional<detail::Stored<T>> &value() noexcept { return m_value; }
    [[nodiscard]] QString describe_result() const override;

private:
    std::optional<detail::Stored<T>> m_value;
};

namespace detail {
/// A short text for a value, for the trace (numbers, strings, containers of them).
template<typename T>
QString describe_value(const T &value);
} // namespace detail

template<typename T>
QString FutureState<T>::describe_result() const
{
    return m_value ? detail::describe_value(*m_value) : QString();
}

} // namespace aio

#include "coroscope/impl/describe_value.h"
