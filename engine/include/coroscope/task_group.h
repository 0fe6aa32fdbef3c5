// SPDX-License-Identifier: MIT
#pragma once
// aio::TaskGroup: asyncio.TaskGroup (Python 3.11), structured concurrency as an async context
// manager:
//
//     co_await aio::async_with(aio::TaskGroup(), [](aio::TaskGroup &tg) -> aio::Coroutine<void> {
//         auto a = tg.create_task(fetch("apple"));
//         auto b = tg.create_task(fetch("pear"));
//         co_return;
//     });   // here every task of the group has finished
//
// Leaving the block waits for all the group's tasks. The first task that fails cancels all the
// others AND the task running the block (so the block's own co_await stops too); when
// everything has finished, the errors are raised together as an aio::ExceptionGroup
// ("unhandled errors in a TaskGroup (N sub-exceptions)"), including the block's own error if it
// raised one. A block that raises cancels the tasks as well. Cancelling the task running the
// block cancels the group's tasks and, once they have finished, re-raises CancelledError.
// create_task before entering, or once the group has finished or is shutting down, throws
// RuntimeError. As in 3.11, the group's own cancel of its parent is taken back with uncancel()
// at exit, so a cancellation from outside that arrives meanwhile still propagates.

#include "coroscope/impl/awaitable.h"
#include "coroscope/task.h"

#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace aio {

/// Python's ExceptionGroup / BaseExceptionGroup: several errors raised together.
class ExceptionGroup : public std::exception
{
public:
    ExceptionGroup(const std::string &message, std::vector<std::exception_ptr> errors);
    [[nodiscard]] const char *what() const noexcept override { return m_what.c_str(); }
    [[nodiscard]] const std::vector<std::exception_ptr> &exceptions() const noexcept { return m_errors; }

private:
    std::vector<std::exception_ptr> m_errors;
    std::string m_what;
};

class TaskGroup
{
public:
    TaskGroup();

    /// asyncio's TaskGroup.create_task: a task that belongs to the group.
    template<typename T>
    Task<T> create_task(Coroutine<T> coroutine, QString name = {},
                        std::source_location where = std::source_location::current())
    {
        EventLoop &loop = check_can_create();
        auto task = loop.create_task(std::move(coroutine), std::move(name), where);
        adopt(task.task_core());
        return task;
    }

    /// __aenter__: binds the group to the current task.
    detail::Ready<TaskGroup &> aenter();
    /// __aexit__: waits for every task; raises ExceptionGroup if any failed.
    Coroutine<void> aexit(std::exception_ptr error);

private:
    struct State;
    EventLoop &check_can_create() const;
    void adopt(TaskCore *task);
    static void on_task_done(const std::shared_ptr<State> &state, TaskCore *task);
    static void abort(State &state);
    std::shared_ptr<State> m_state; // shared with the tasks' done callbacks
};

} // namespace aio
