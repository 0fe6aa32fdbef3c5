// SPDX-License-Identifier: MIT
#include "coroscope/task_group.h"

#include <algorithm>

namespace aio {

ExceptionGroup::ExceptionGroup(const std::string &message, std::vector<std::exception_ptr> errors)
    : m_errors(std::move(errors))
{
    m_what = message + " (" + std::to_string(m_errors.size())
             + (m_errors.size() == 1 ? " sub-exception)" : " sub-exceptions)");
}

struct TaskGroup::State
{
    EventLoop *loop = nullptr;
    CoreRef<TaskCore> parent;
    std::vector<CoreRef<TaskCore>> tasks;
    std::vector<std::exception_ptr> errors;
    Future<void> on_completed;
    bool entered = false;
    bool exiting = false;
    bool aborting = false;
    bool parent_cancel_requested = false;
};

TaskGroup::TaskGroup() : m_state(std::make_shared<State>()) {}

EventLoop &TaskGroup::check_can_create() const
{
    if (!m_state->entered)
        throw RuntimeError("TaskGroup has not been entered");
    if (m_state->exiting && m_state->tasks.empty())
        throw RuntimeError("TaskGroup is finished");
    if (m_state->aborting)
        throw RuntimeError("TaskGroup is shutting down");
    return *m_state->loop;
}

void TaskGroup::adopt(TaskCore *task)
{
    m_state->tasks.emplace_back(task);
    // The callback holds the state weakly and the task not at all (a task never finished would
    // otherwise keep itself alive through its own callback).
    std::weak_ptr<State> weak = m_state;
    task->add_done_callback([weak, task] {
        if (auto state = weak.lock())
            on_task_done(state, task);
    });
}

void TaskGroup::abort(State &state)
{
    state.aborting = true;
    const auto tasks = state.tasks; // cancel() may finish a task (one that never started)
    for (const auto &task : tasks) {
        if (!task->done())
            task->cancel();
    }
}

void TaskGroup::on_task_done(const std::shared_ptr<State> &state, TaskCore *task)
{
    auto it = std::find_if(state->tasks.begin(), state->tasks.end(), [task](const auto &t) { return t.get() == task; });
    if (it == state->tasks.end())
        return;
    CoreRef<TaskCore> keep = *it; // `task` stays alive while we look at it
    state->tasks.erase(it);
    if (state->on_completed.valid() && state->tasks.empty() && !state->on_completed.done())
        state->on_completed.set_result();
    if (task->cancelled())
        return;
    std::exception_ptr error = task->exception();
    if (!error)
        return;
    state->errors.push_back(error);
    if (state->parent->done()) {
        state->loop->report(QStringLiteral("Task %1 has errored out but its parent task %2 is already completed: %3")
                                .arg(task->label(), state->parent->label(),
                                     QString::fromStdString(describe_exception(error))));
        return;
    }
    if (!state->aborting && !state->parent_cancel_requested) {
        abort(*state);
        state->parent_cancel_requested = true;
        state->parent->cancel();
    }
}

detail::Ready<TaskGroup &> TaskGroup::aenter()
{
    if (m_state->entered)
        throw RuntimeError("TaskGroup has already been entered");
    TaskCore &parent = detail::require_task("TaskGroup");
    m_state->parent = CoreRef<TaskCore>(&parent);
    m_state->loop = &parent.loop();
    m_state->entered = true;
    return {*this};
}

Coroutine<void> TaskGroup::aexit(std::exception_ptr error)
{
    auto state = m_state; // the frame keeps the state even if the TaskGroup object moves
    state->exiting = true;
    std::exception_ptr propagate_cancellation = is_cancelled_error(error) ? error : nullptr;
    // The group cancelled its parent task itself (a child failed): take that request back; if
    // none is left the CancelledError was only ours and is not propagated.
    if (state->parent_cancel_requested && state->parent->uncancel() == 0)
        propagate_cancellation = nullptr;
    if (error && !state->aborting)
        abort(*state);
    while (!state->tasks.empty()) {
        if (!state->on_completed.valid())
            state->on_completed = detail::labelled_future(
                *state->loop, QStringLiteral("task group of %1").arg(state->tasks.size()), WaitKind::Gather);
        std::exception_ptr cancelled;
        try {
            co_await state->on_completed;
        } catch (const CancelledError &) {
            cancelled = std::current_exception();
        }
        if (cancelled && !state->aborting) {
            propagate_cancellation = cancelled;
            abort(*state);
        }
        state->on_completed = Future<void>();
    }
    if (propagate_cancellation && state->errors.empty())
        std::rethrow_exception(propagate_cancellation);
    if (error && !is_cancelled_error(error))
        state->errors.push_back(error);
    if (!state->errors.empty())
        throw ExceptionGroup("unhandled errors in a TaskGroup", std::exchange(state->errors, {}));
}

} // namespace aio
