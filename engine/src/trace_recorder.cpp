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

std::vector<TaskSummary> summarize_tasks(const std::vector<TraceEvent> &events, std::int64_t now_ns)
{
    std::vector<TaskSummary> rows;
    std::unordered_map<std::uint64_t, std::size_t> index;
    std::unordered_map<std::uint64_t, std::int64_t> step_began, wait_began;

    for (const TraceEvent &e : events) {
        if (e.type == TraceType::Spawn) {
            if (e.spawn_kind != SpawnKind::Task && e.spawn_kind != SpawnKind::AsyncGenerator)
                continue;
            index[e.task] = rows.size();
            TaskSummary row;
            row.id = e.task;
            row.parent = e.other;
            row.name = e.text;
            row.kind = e.spawn_kind;
            row.created_ns = e.t_ns;
            row.spawn_src = e.src;
            rows.push_back(row);
            continue;
        }
        auto it = index.find(e.task);
        if (it == index.end())
            continue;
        TaskSummary &row = rows[it->second];
        switch (e.type) {
        case TraceType::StepBegin:
            if (row.started_ns < 0)
                row.started_ns = e.t_ns;
            if (auto w = wait_began.find(e.task); w != wait_began.end()) {
                row.waiting_ns += e.t_ns - w->second;
                wait_began.erase(w);
            }
            step_began[e.task] = e.t_ns;
            row.status = TaskStatus::Running;
            row.waiting_on.clear();
            ++row.steps;
            break;
        case TraceType::StepEnd:
            if (auto s = step_began.find(e.task); s != step_began.end()) {
                row.busy_ns += e.t_ns - s->second;
                step_began.erase(s);
            }
            if (e.reason == StepEndReason::Await || e.reason == StepEndReason::Yield) {
                row.status = TaskStatus::Waiting;
                row.waiting_on = e.text;
                row.await_src = e.src;
                wait_began[e.task] = e.t_ns;
            }
            break;
        case TraceType::Done:
            row.finished_ns = e.t_ns;
            row.waiting_on.clear();
            if (auto w = wait_began.find(e.task); w != wait_began.end()) {
                row.waiting_ns += e.t_ns - w->second;
                wait_began.erase(w);
            }
            if (e.outcome == DoneOutcome::Result) {
                row.status = TaskStatus::Done;
                row.result = e.text;
            } else if (e.outcome == DoneOutcome::Cancelled) {
                row.status = TaskStatus::Cancelled;
                row.error = e.text;
            } else {
                row.status = TaskStatus::Failed;
                row.error = e.text;
            }
            break;
        default:
            break;
        }
    }
    for (auto &[task, began] : wait_began)
        rows[index[task]].waiting_ns += now_ns - began;
    for (auto &[task, began] : step_began)
        rows[index[task]].busy_ns += now_ns - began;
    return rows;
}

} // namespace aio
