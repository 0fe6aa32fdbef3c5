// SPDX-License-Identifier: MIT
#include "coroscope/trace_recorder.h"

#include <unordered_map>

namespace aio {

const char *to_string(TaskStatus status) noexcept
{
    switch (status) {
    case TaskStatus::Pending: return "pending";
    case TaskStatus::Running: return "running";
    case TaskStatus::Waiting: return "waiting";
    case TaskStatus::Done: return "done";
    case TaskStatus::Failed: return "failed";
    case TaskStatus::Cancelled: return "cancelled";
    }
    return "?";
}

const TaskSummary *TaskSummarizer::consume(const TraceEvent &e)
{
    if (e.type == TraceType::Spawn) {
        if (e.spawn_kind != SpawnKind::Task && e.spawn_kind != SpawnKind::AsyncGenerator)
            return nullptr;
        m_index[e.task] = m_rows.size();
        TaskSummary &row = m_rows.emplace_back();
        row.id = e.task;
        row.parent = e.other;
        row.name = e.text;
        row.kind = e.spawn_kind;
        row.created_ns = e.t_ns;
        row.spawn_src = e.src;
        return &row;
    }
    const auto it = m_index.find(e.task);
    if (it == m_index.end())
        return nullptr;
    TaskSummary &row = m_rows[it->second];
    const auto close_wait = [&row](std::int64_t t) {
        if (row.wait_open_since_ns >= 0)
            row.waiting_ns += t - std::exchange(row.wait_open_since_ns, -1);
    };
    const auto close_step = [&row](std::int64_t t) {
        if (row.step_open_since_ns >= 0)
            row.busy_ns += t - std::exchange(row.step_open_since_ns, -1);
    };
    switch (e.type) {
    case TraceType::StepBegin:
        if (row.started_ns < 0)
            row.started_ns = e.t_ns;
        close_wait(e.t_ns);
        row.step_open_since_ns = e.t_ns;
        row.status = TaskStatus::Running;
        row.waiting_on.clear();
        ++row.steps;
        return &row;
    case TraceType::StepEnd:
        close_step(e.t_ns);
        if (e.reason == StepEndReason::Await || e.reason == StepEndReason::Yield) {
            row.status = TaskStatus::Waiting;
            row.waiting_on = e.text;
            row.await_src = e.src;
            row.wait_open_since_ns = e.t_ns;
        }
        return &row;
    case TraceType::Done:
        row.finished_ns = e.t_ns;
        row.waiting_on.clear();
        close_wait(e.t_ns);
        close_step(e.t_ns);
        if (e.outcome == DoneOutcome::Result) {
            row.status = TaskStatus::Done;
            row.result = e.text;
        } else {
            row.status = e.outcome == DoneOutcome::Cancelled ? TaskStatus::Cancelled : TaskStatus::Failed;
            row.error = e.text;
        }
        return &row;
    default:
        return nullptr;
    }
}

const TaskSummary *TaskSummarizer::find(std::uint64_t id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_rows[it->second];
}

std::vector<TaskSummary> TaskSummarizer::closed_at(std::int64_t now_ns) const
{
    std::vector<TaskSummary> rows = m_rows;
    for (TaskSummary &row : rows) {
        row.busy_ns = row.busy_at(now_ns);
        row.waiting_ns = row.waiting_at(now_ns);
        row.step_open_since_ns = row.wait_open_since_ns = -1;
    }
    return rows;
}

void TaskSummarizer::clear()
{
    m_rows.clear();
    m_index.clear();
}

namespace {
template<typename Events>
std::vector<TaskSummary> summarize(const Events &events, std::int64_t now_ns)
{
    TaskSummarizer summarizer;
    for (const TraceEvent &e : events)
        summarizer.consume(e);
    return summarizer.closed_at(now_ns);
}
} // namespace

std::vector<TaskSummary> summarize_tasks(const std::vector<TraceEvent> &events, std::int64_t now_ns)
{
    return summarize(events, now_ns);
}

std::vector<TaskSummary> summarize_tasks(const TraceEventLog &events, std::int64_t now_ns)
{
    return summarize(events, now_ns);
}

} // namespace aio
