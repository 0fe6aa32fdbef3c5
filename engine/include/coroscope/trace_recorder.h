// SPDX-License-Identifier: MIT
#pragma once
// TraceRecorder keeps a run's trace events (in blocks: trace_event_log.h); TaskSummarizer turns
// them, one at a time, into one row per task (what `coroscope run --json` prints and the window's
// timeline and task details show: both ask the same summarizer, so they never disagree);
// summarize_tasks() does it for a whole recorded run.

#include "coroscope/trace.h"
#include "coroscope/trace_event_log.h"

#include <QString>
#include <cstdint>
#include <algorithm>
#include <source_location>
#include <unordered_map>
#include <vector>

namespace aio {

class TraceRecorder : public TraceObserver
{
public:
    void on_trace(const TraceEvent &event) override { m_events.push_back(event); }
    [[nodiscard]] const TraceEventLog &events() const noexcept { return m_events; }
    void clear() { m_events.clear(); }

private:
    TraceEventLog m_events;
};

/// A task's state for display: asyncio's pending / done / cancelled, refined with running,
/// waiting and failed.
enum class TaskStatus : std::uint8_t { Pending, Running, Waiting, Done, Failed, Cancelled };
[[nodiscard]] const char *to_string(TaskStatus status) noexcept;

struct TaskSummary
{
    std::uint64_t id = 0;
    std::uint64_t parent = 0;
    QString name;
    SpawnKind kind = SpawnKind::Task;
    TaskStatus status = TaskStatus::Pending;
    std::int64_t created_ns = 0;
    std::int64_t started_ns = -1;  ///< first step; -1 if it never ran
    std::int64_t finished_ns = -1; ///< -1 while not finished
    std::int64_t busy_ns = 0;      ///< time inside steps
    std::int64_t waiting_ns = 0;   ///< time suspended between steps
    std::size_t steps = 0;
    QString result;                ///< short text of the result (done)
    QString error;                 ///< the error (failed / cancelled)
    QString waiting_on;            ///< what it waits on now (waiting)
    SourceLocation spawn_src;
    SourceLocation await_src; ///< the co_await it last suspended at
    std::int64_t step_open_since_ns = -1; ///< a step runs since then (not in busy_ns yet); -1: none
    std::int64_t wait_open_since_ns = -1; ///< it waits since then (not in waiting_ns yet); -1: none

    /// busy_ns / waiting_ns with the interval still open counted up to `now_ns`.
    [[nodiscard]] std::int64_t busy_at(std::int64_t now_ns) const noexcept
    {
        return busy_ns + (step_open_since_ns >= 0 ? std::max<std::int64_t>(0, now_ns - step_open_since_ns) : 0);
    }
    [[nodiscard]] std::int64_t waiting_at(std::int64_t now_ns) const noexcept
    {
        return waiting_ns + (wait_open_since_ns >= 0 ? std::max<std::int64_t>(0, now_ns - wait_open_since_ns) : 0);
    }
};

/// Builds the task rows incrementally from trace events, in creation order.
class TaskSummarizer
{
public:
    /// Takes one event; returns the row it changed (null: not about a task or generator).
    const TaskSummary *consume(const TraceEvent &event);
    [[nodiscard]] const TaskSummary *find(std::uint64_t id) const;
    [[nodiscard]] const std::vector<TaskSummary> &rows() const noexcept { return m_rows; }
    /// The rows with their open intervals closed at `now_ns`.
    [[nodiscard]] std::vector<TaskSummary> closed_at(std::int64_t now_ns) const;
    void clear();

private:
    std::vector<TaskSummary> m_rows;
    std::unordered_map<std::uint64_t, std::size_t> m_index;
};

/// One row per task and async generator, in creation order. Open intervals end at `now_ns`.
[[nodiscard]] std::vector<TaskSummary> summarize_tasks(const std::vector<TraceEvent> &events, std::int64_t now_ns);
[[nodiscard]] std::vector<TaskSummary> summarize_tasks(const TraceEventLog &events, std::int64_t now_ns);

} // namespace aio
