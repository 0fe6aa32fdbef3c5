// SPDX-License-Identifier: MIT
#pragma once
// aio::Future<T>: asyncio.Future. A handle (shared, reference-counted) to a result that will be
// set later by someone else: set_result / set_exception / cancel, then done() is true and every
// task awaiting it resumes. Callbacks from add_done_callback are scheduled with call_soon, as in
// asyncio. result() on a pending future throws InvalidStateError; on a cancelled one,
// CancelledError. A future whose exception nobody retrieved is reported when it is destroyed.
// Loop-thread only: other threads complete futures through loop.call_soon_threadsafe.

#include "coroscope/impl/future_core.h"
#include "coroscope/impl/task_core.h"
#include "coroscope/loop.h"

#include <functional>
#include <utility>

namespace aio {

template<typename T = void>
class Future
{
public:
    using value_type = T;

    /// An empty handle (valid() is false).
    Future() = default;
    /// A new pending future on `loop` (asyncio's loop.create_future()).
    explicit Future(EventLoop &loop) : Future(new FutureState<T>(loop)) {}
    /// Adopts `state` (takes a reference).
    explicit Future(FutureState<T> *state) : m_core(state), m_value(&state->value()) {}
    Future(FutureCore *core, std::optional<detail::Stored<T>> *value) : m_core(core), m_value(value) {}

    [[nodiscard]] bool valid() const noexcept { return bool(m_core); }
    [[nodiscard]] bool done() const noexcept { return m_core->done(); }
    [[nodiscard]] bool cancelled() const noexcept { return m_core->cancelled(); }
    [[nodiscard]] std::uint64_t id() const noexcept { return m_core->id(); }
    [[nodiscard]] FutureCore *core() const noexcept { return m_core.get(); }

    /// Throws InvalidStateError when already done.
    template<typename... Args>
    void set_result(Args &&...args)
    {
        static_cast<FutureState<T> *>(m_core.get())->set_result(std::forward<Args>(args)...);
    }
    void set_exception(std::exception_ptr error) { m_core->set_exception(std::move(error)); }
    template<typename E>
    void set_exception(E error) { set_exception(std::make_exception_ptr(std::move(error))); }
    bool cancel(const std::string &message = {}) { return m_core->cancel(message); }

    /// The result; throws the stored error, CancelledError, or InvalidStateError if pending.
    T result() const
    {
        m_core->check_result();
        if constexpr (!std::is_void_v<T>)
            return **m_value;
    }
    /// The stored error (null if it finished with a result); marks it retrieved.
    [[nodiscard]] std::exception_ptr exception() const { return m_core->exception(); }

    /// Scheduled with call_soon once done, with this future as argument.
    void add_done_callback(std::function<void(Future<T>)> callback)
    {
        m_core->add_done_callback([self = *this, callback = std::move(callback)] { callback(self); });
    }

    struct Awaiter
    {
        static constexpr bool suspends_task = true;
        Future future;
        bool await_ready() const noexcept { return future.done(); }
        void await_suspend(std::coroutine_handle<>) { TaskCore::current()->suspend_on_future(*future.m_core.get()); }
        T await_resume() { return future.take_result(); }
    };
    Awaiter operator co_await() const noexcept { return Awaiter{*this}; }

protected:
    /// result(), but moves the value out when no one else can see it.
    T take_result()
    {
        m_core->check_result();
        if constexpr (!std::is_void_v<T>) {
            if (m_core->refcount() == 1)
                return std::move(**m_value);
            return **m_value;
        }
    }

    CoreRef<FutureCore> m_core;
    std::optional<detail::Stored<T>> *m_value = nullptr;
};

} // namespace aio
