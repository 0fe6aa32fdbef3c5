// SPDX-License-Identifier: MIT
#pragma once
// TraceRecorder keeps a run's trace events; summarize_tasks() turns them into one row per task
// (what `coroscope run --json` prints and the window's task details show).

#include "coroscope/trace.h"

#include <QString>
#include <cstdint>
#include <source_location>
#include <vector>

namespace aio {

class TraceRecorder : public TraceObserver
{
public:
    void on_trace(const TraceEvent &event) override { m_events.push_back(event); }
    [[nodiscard]] const std::vector<TraceEvent> &events() const noexcept { return m_events; }
    void clear() { m_events.clear(); }

private:
    std::vector<TraceEvent> m_events;
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
    std::source_location spawn_src;
    std::source_location await_src; ///< the co_await it last suspended at
};

/// One row per task and async generator, in creation order. Open intervals end at `now_ns`.
[[nodiscard]] std::vector<TaskSummary> summarize_tasks(const std::vector<TraceEvent> &events, std::int64_t now_ns);

} // namespace aio
