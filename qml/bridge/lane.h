// SPDX-License-Identifier: MIT
#pragma once
// What the timeline draws for one lane: a task, an async generator or an executor thread, and
// the state-coloured segments of its life. Plain data, built from the trace by TimelineModel.

#include <coroscope/trace.h>

#include <QString>
#include <cstdint>
#include <utility>
#include <vector>

namespace coroscope::ui {

/// A segment's state; the numbers are what QML sees (Theme.stateColor(state)).
enum class LaneState : std::uint8_t { Pending, Running, Waiting, Done, Failed, Cancelled, Busy };
/// Connection: one of the fetch layer's connections to a host (the queue for them is one too).
enum class LaneKind : std::uint8_t { Task, Generator, ExecutorThread, Connection };

struct Segment
{
    std::int64_t start = 0;
    std::int64_t end = -1;      ///< -1 while open (it grows with the loop clock)
    LaneState state = LaneState::Pending;
    aio::WaitKind wait = aio::WaitKind::None;
    std::int64_t deadline = 0;  ///< waiting on a timer: when it fires
    QString label;              ///< what it waits on / the executor job
    const char *file = nullptr; ///< the co_await (waiting) or the resumption (running)
    int line = 0;

    bool operator==(const Segment &) const = default;
};

struct Lane
{
    std::uint64_t id = 0;      ///< task id; executor threads: 1'000'000'000 + pool thread index;
                               ///< connections: 2'000'000'000 + connection number (+ 0: the queue)
    std::uint64_t parent = 0;
    int depth = 0;
    LaneKind kind = LaneKind::Task;
    QString name;
    LaneState state = LaneState::Pending;
    std::int64_t created = 0;  ///< when the lane appeared (a task's spawn, a thread's first job)
    /// A task's times, result and error are its aio::TaskSummary's (TimelineModel::summary);
    /// an executor thread is no task, so its busy time is kept here.
    std::int64_t thread_busy = 0;        ///< finished jobs only
    std::int64_t thread_busy_since = -1; ///< a job runs since then
    QString waiting_on;        ///< what it waits on, as the lane's label says it
    const char *await_file = nullptr;
    int await_line = 0;
    const char *spawn_file = nullptr;
    int spawn_line = 0;
    int color = 0;             ///< index into the task colour palette
    int revision = 0;          ///< bumps whenever the lane changes (delegates repaint)
    bool dirty = false;        ///< changed since the model's last commit
    int row = -1;              ///< its row when the model last numbered them (TimelineModel::rowOf)
    std::vector<Segment> segments;
    /// Labelled phases (async with's aenter / body / aexit) as (time, label).
    std::vector<std::pair<std::int64_t, QString>> phases;

    /// The segment covering loop time `t` (ns), or null.
    [[nodiscard]] const Segment *segment_at(std::int64_t t) const;
};

} // namespace coroscope::ui
