// SPDX-License-Identifier: MIT
#pragma once
// aio::gather: asyncio.gather. Runs awaitables concurrently (coroutines are wrapped in tasks,
// scheduled in argument order) and returns their results IN ARGUMENT ORDER, whatever order
// they finish in:
//     auto [a, b] = co_await gather(fetch("x"), fetch("y"));   // a fixed set -> std::tuple
//     std::vector<int> all = co_await gather(std::move(coros)); // a vector   -> std::vector
// Without return_exceptions the first child to fail makes the gather fail with that error
// (the other children keep running, as in asyncio); a cancelled child fails it with
// CancelledError. With `gather(return_exceptions, ...)` every result is an Outcome<T> holding
// either the value or the error. Cancelling the gather (or the task awaiting it) cancels every
// child still running.

#include "coroscope/future.h"
#include "coroscope/task.h"

#include <tuple>
#include <variant>
#include <vector>

namespace aio {

/// A child's result under return_exceptions: the value, or the error it raised (CancelledError
/// for a cancelled child).
template<typename T>
class Outcome
{
public:
    explicit Outcome(detail::Stored<T> value) : m_state(std::move(value)) {}
    explicit Outcome(std::exception_ptr error) : m_state(std::move(error)) {}
    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    [[nodiscard]] const detail::Stored<T> &value() const
    {
        if (!ok())
            std::rethrow_exception(std::get<1>(m_state));
        return std::get<0>(m_state);
    }
    [[nodiscard]] std::exception_ptr error() const { return ok() ? nullptr : std::get<1>(m_state); }
    [[nodiscard]] bool cancelled() const { return !ok() && is_cancelled_error(error()); }

private:
    std::variant<detail::Stored<T>, std::exception_ptr> m_state;
};

struct ReturnExceptions
{
};
/// Pass as gather's first argument: gather(return_exceptions, a, b).
inline constexpr ReturnExceptions return_exceptions{};

namespace detail {

template<typename A>
struct AwaitableTraits;
template<typename T>
struct AwaitableTraits<Coroutine<T>> { using type = T; };
template<typename T>
struct AwaitableTraits<Future<T>> { using type = T; };
template<typename T>
struct AwaitableTraits<Task<T>> { using type = T; };
template<typename A>
using awaitable_result_t = typename AwaitableTraits<std::remove_cvref_t<A>>::type;

template<typename T>
Future<T> to_future(Coroutine<T> &&coroutine)
{
    return create_task(std::move(coroutine));
}
template<typename T>
Future<T> to_future(const Future<T> &future)
{
    return future;
}

template<typename T>
Stored<T> take_value(Future<T> &future)
{
    if constexpr (std::is_void_v<T>) {
        future.result();
        return {};
    } else {
        return future.result();
    }
}

template<typename T>
Outcome<T> take_outcome(Future<T> &future)
{
    if (future.cancelled())
        return Outcome<T>(std::make_exception_ptr(CancelledError(future.core()->cancel_message())));
    if (auto error = future.exception())
        return Outcome<T>(error);
    return Outcome<T>(take_value(future));
}

/// The gathering future: watches its children and completes when they have.
template<typename R>
class GatherState : public FutureState<R>
{
public:
    GatherState(EventLoop &loop, bool return_exceptions)
        : FutureState<R>(loop), m_return_exceptions(return_exceptions)
    {
    }

    bool cancel(const std::string &message = {}) override
    {
        if (this->done())
            return false;
        bool any = false;
        for (FutureCore *child : m_children)
            any = child->cancel(message) || any;
        if (any)
            m_cancel_requested = true;
        return any;
    }
    [[nodiscard]] QString label() const override
    {
        return QStringLiteral("gather of %1").arg(m_children.size());
    }
    [[nodiscard]] WaitKind wait_kind() const noexcept override { return WaitKind::Gather; }

    /// Starts watching the children; call once a handle owns this state (a child that is
    /// already done reports on the next loop iteration, as an asyncio done callback does).
    void start()
    {
        m_children = children();
        m_remaining = m_children.size();
        if (m_remaining == 0) {
            this->set_result(collect());
            return;
        }
        for (FutureCore *child : m_children) {
            this->ref(); // held by the child's hook, then by the callback it schedules
            child->add_hook({&GatherState::on_child_done, this, &GatherState::release});
        }
    }

protected:
    /// Builds the result once every child is done (all succeeded, or return_exceptions).
    virtual R collect() = 0;
    virtual std::vector<FutureCore *> children() = 0;

private:
    static void release(void *context) { static_cast<GatherState *>(context)->unref(); }

    /// asyncio's gather learns of a finished child through a done callback, which call_soon
    /// runs one loop iteration later; the task awaiting the gather then resumes one more
    /// iteration later. Keeping that hop keeps every round trip equal to asyncio's.
    static void on_child_done(void *context, FutureCore &child)
    {
        auto *self = static_cast<GatherState *>(context);
        if (!self->m_loop->is_closed())
            self->m_loop->call_soon([self = CoreRef<GatherState>(self), child = CoreRef<FutureCore>(&child)] {
            self->child_done(*child.get());
        });
        self->unref(); // the hook's reference; the callback holds its own
    }

    void child_done(FutureCore &child)
    {
        --m_remaining;
        if (this->done()) {
            if (child.failed())
                (void)child.exception(); // asyncio marks it retrieved: the gather already failed
        } else if (!m_return_exceptions && child.cancelled()) {
            // asyncio sets the child's CancelledError as the gather's exception: awaiting it
            // raises CancelledError, yet cancelled() stays false.
            this->set_exception(cancelled_error_of(child));
        } else if (!m_return_exceptions && child.failed()) {
            this->set_exception(child.exception());
        } else if (m_remaining == 0) {
            if (m_cancel_requested) {
                // Cancelled from outside and every child swallowed it (or return_exceptions):
                // asyncio propagates the cancellation as the gather's exception, so here too
                // cancelled() is false while awaiting raises CancelledError.
                // (asyncio makes it from the last child in argument order: its own
                // CancelledError if it was cancelled, else one with its cancel message.)
                FutureCore &last = *m_children.back();
                this->set_exception(last.cancelled()
                                        ? cancelled_error_of(last)
                                        : std::make_exception_ptr(CancelledError(last.cancel_message())));
            } else {
                try {
                    this->set_result(collect());
                } catch (...) {
                    this->set_exception(std::current_exception());
                }
            }
        }
    }

    static std::exception_ptr cancelled_error_of(FutureCore &child)
    {
        try {
            child.check_result();
        } catch (...) {
            return std::current_exception();
        }
        return std::make_exception_ptr(CancelledError());
    }

    std::vector<FutureCore *> m_children; // kept alive by the typed handles in subclasses
    std::size_t m_remaining = 0;
    bool m_return_exceptions;
    bool m_cancel_requested = false;
};

template<bool ReturnExceptions, typename... Ts>
class TupleGather final
    : public GatherState<std::conditional_t<ReturnExceptions, std::tuple<Outcome<Ts>...>, std::tuple<Stored<Ts>...>>>
{
    using R = std::conditional_t<ReturnExceptions, std::tuple<Outcome<Ts>...>, std::tuple<Stored<Ts>...>>;

public:
    using result_type = R;
    TupleGather(EventLoop &loop, Future<Ts>... children)
        : GatherState<R>(loop, ReturnExceptions), m_children(std::move(children)...)
    {
    }

private:
    std::vector<FutureCore *> children() override
    {
        return std::apply([](auto &...f) { return std::vector<FutureCore *>{f.core()...}; }, m_children);
    }
    R collect() override
    {
        return std::apply(
            [](auto &...f) {
                if constexpr (ReturnExceptions)
                    return R(take_outcome(f)...);
                else
                    return R(take_value(f)...);
            },
            m_children);
    }
    std::tuple<Future<Ts>...> m_children;
};

template<bool ReturnExceptions, typename T>
class VectorGather final
    : public GatherState<std::conditional_t<ReturnExceptions, std::vector<Outcome<T>>, std::vector<Stored<T>>>>
{
    using R = std::conditional_t<ReturnExceptions, std::vector<Outcome<T>>, std::vector<Stored<T>>>;

public:
    using result_type = R;
    VectorGather(EventLoop &loop, std::vector<Future<T>> children)
        : GatherState<R>(loop, ReturnExceptions), m_children(std::move(children))
    {
    }

private:
    std::vector<FutureCore *> children() override
    {
        std::vector<FutureCore *> cores;
        cores.reserve(m_children.size());
        for (auto &f : m_children)
            cores.push_back(f.core());
        return cores;
    }
    R collect() override
    {
        R results;
        results.reserve(m_children.size());
        for (auto &f : m_children) {
            if constexpr (ReturnExceptions)
                results.push_back(take_outcome(f));
            else
                results.push_back(take_value(f));
        }
        m_children.clear(); // the results are out; let the children go
        return results;
    }
    std::vector<Future<T>> m_children;
};

template<typename State>
Future<typename State::result_type> start_gather(State *state)
{
    Future<typename State::result_type> future(state);
    state->start();
    return future;
}

template<typename A>
concept Gatherable = requires { typename AwaitableTraits<std::remove_cvref_t<A>>::type; };

} // namespace detail

template<detail::Gatherable... As>
[[nodiscard]] auto gather(As &&...awaitables)
{
    using State = detail::TupleGather<false, detail::awaitable_result_t<As>...>;
    // Braces: children become tasks left to right, so they start in argument order as in
    // asyncio (function-call arguments may be evaluated in any order).
    return detail::start_gather(new State{get_event_loop(), detail::to_future(std::forward<As>(awaitables))...});
}

template<detail::Gatherable... As>
[[nodiscard]] auto gather(ReturnExceptions, As &&...awaitables)
{
    using State = detail::TupleGather<true, detail::awaitable_result_t<As>...>;
    // Braces: children become tasks left to right, so they start in argument order as in
    // asyncio (function-call arguments may be evaluated in any order).
    return detail::start_gather(new State{get_event_loop(), detail::to_future(std::forward<As>(awaitables))...});
}

namespace detail {
template<bool ReturnExceptions, typename A>
auto gather_vector(std::vector<A> awaitables)
{
    using T = awaitable_result_t<A>;
    std::vector<Future<T>> futures;
    futures.reserve(awaitables.size());
    for (auto &a : awaitables)
        futures.push_back(to_future(std::move(a)));
    awaitables.clear();
    using State = VectorGather<ReturnExceptions, T>;
    return start_gather(new State(get_event_loop(), std::move(futures)));
}
} // namespace detail

template<detail::Gatherable A>
[[nodiscard]] auto gather(std::vector<A> awaitables)
{
    return detail::gather_vector<false>(std::move(awaitables));
}

template<detail::Gatherable A>
[[nodiscard]] auto gather(ReturnExceptions, std::vector<A> awaitables)
{
    return detail::gather_vector<true>(std::move(awaitables));
}

} // namespace aio
