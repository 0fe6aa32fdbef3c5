// SPDX-License-Identifier: MIT
#pragma once
// aio::Task<T>: asyncio.Task, a Future that drives a Coroutine on the loop.
//
// loop.create_task(coro, name) / aio::create_task / aio::ensure_future schedule the task's first
// step on the ready queue; the coroutine does not start inline. States: pending (created) ->
// running (a step executes) <-> waiting (suspended at a co_await) -> done | failed | cancelled.
// cancel() throws CancelledError into the coroutine at its suspension point on its next step; the
// coroutine may catch it and clean up. cancel(message) carries the message into that
// CancelledError and into the one the task's awaiters see, as in 3.11. Cancelling a task that
// awaits another task or a future cancels that one too. Cancelling before the first step means
// the body never runs. cancelling() counts the cancel requests until uncancel() takes them back.
// A task that failed and whose exception nobody retrieved is reported when destroyed ("Task
// exception was never retrieved"); a task still pending when the loop closes is reported too.

#include "coroscope/coroutine.h"
#include "coroscope/future.h"
#include "coroscope/loop.h"

#include <QString>
#include <source_location>

namespace aio {

template<typename T>
class TaskState final : public TaskCore
{
public:
    TaskState(EventLoop &loop, Coroutine<T> coroutine, QString name, std::source_location where)
        : TaskState(loop, coroutine.release(), std::move(name), where)
    {
    }
    std::optional<detail::Stored<T>> &value() noexcept { return m_value; }
    [[nodiscard]] QString describe_result() const override
    {
        return m_value ? detail::describe_value(*m_value) : QString();
    }

private:
    using Handle = typename Coroutine<T>::Handle;
    TaskState(EventLoop &loop, Handle handle, QString name, std::source_location where)
        : TaskCore(loop, handle, std::move(name), handle.promise().function, where)
    {
    }
    void take_coroutine_result() override
    {
        auto &promise = Handle::from_address(root().address()).promise();
        std::exception_ptr error = std::move(promise.error);
        if (!error) {
            if constexpr (std::is_void_v<T>)
                m_value.emplace();
            else
                m_value.emplace(std::move(*promise.value));
        }
        finish_from_coroutine(std::move(error));
    }

    std::optional<detail::Stored<T>> m_value;
};

template<typename T = void>
class Task : public Future<T>
{
public:
    Task() = default;
    explicit Task(TaskState<T> *state) : Future<T>(state, &state->value()) {}

    [[nodiscard]] TaskCore *task_core() const noexcept { return static_cast<TaskCore *>(this->m_core.get()); }
    [[nodiscard]] QString name() const { return task_core()->name(); }
    /// asyncio's Task.cancelling(): cancel requests not taken back by uncancel().
    [[nodiscard]] int cancelling() const noexcept { return task_core()->cancelling(); }
    /// asyncio's Task.uncancel(): takes one cancel request back; returns what is left.
    int uncancel() noexcept { return task_core()->uncancel(); }
    [[nodiscard]] TaskCore::Phase phase() const noexcept { return task_core()->phase(); }
};

/// asyncio.create_task on the current thread's loop.
template<typename T>
Task<T> create_task(Coroutine<T> coroutine, QString name = {},
                    std::source_location where = std::source_location::current())
{
    return get_event_loop().create_task(std::move(coroutine), std::move(name), where);
}

/// asyncio.ensure_future: a coroutine becomes a scheduled Task; a Future or Task is returned as is.
template<typename T>
Task<T> ensure_future(Coroutine<T> coroutine, std::source_location where = std::source_location::current())
{
    return create_task(std::move(coroutine), {}, where);
}
template<typename T>
Future<T> ensure_future(Future<T> future)
{
    return future;
}
template<typename T>
Task<T> ensure_future(Task<T> task)
{
    return task;
}

/// asyncio.current_task(): the id of the running task (0 outside any task).
inline std::uint64_t current_task_id() noexcept
{
    auto *task = TaskCore::current();
    return task ? task->id() : 0;
}

template<typename T>
Task<T> EventLoop::create_task(Coroutine<T> coroutine, QString name, std::source_location where)
{
    if (m_closed)
        throw RuntimeError("create_task on a closed event loop");
    if (!coroutine.valid())
        throw RuntimeError("create_task with an empty coroutine");
    auto *state = new TaskState<T>(*this, std::move(coroutine), std::move(name), where);
    Task<T> task(state);
    schedule(state, ScheduleCause::Start);
    return task;
}

template<typename T>
T EventLoop::run_until_complete(Future<T> future)
{
    if (inside_step())
        throw RuntimeError("run_until_complete called from inside a running task or callback "
                           "(this event loop is already running): use co_await instead");
    if (m_closed)
        throw RuntimeError("run_until_complete on a closed event loop");
    // asyncio stops the loop from a done callback of the future, which call_soon runs one
    // iteration after the future finished: that iteration still runs, here too.
    auto stopping = std::make_shared<bool>(false);
    future.core()->add_done_callback([stopping] { *stopping = true; });
    run_until([&] { return *stopping; });
    if (!future.done())
        throw RuntimeError("Event loop stopped before Future completed.");
    return future.result();
}

template<typename T>
T EventLoop::run_until_complete(Task<T> task)
{
    return run_until_complete(static_cast<Future<T>>(task));
}

template<typename T>
T EventLoop::run_until_complete(Coroutine<T> coroutine)
{
    return run_until_complete(static_cast<Future<T>>(create_task(std::move(coroutine))));
}

} // namespace aio
