// SPDX-License-Identifier: MIT
#pragma once
// Recording: a run's trace (its events, and the loop's reports with their place among them) and
// the one fold that turns a prefix of it into the window's timeline and console. The window at
// any moment of the run is that fold over the events recorded until then: live, the prefix is
// everything so far; in time travel it is any prefix (a position, 0 to size()).
//
// seek() moves the models to a position: forward it consumes the events in between (what the
// live window does every frame), backward it rewinds the models to the nearest checkpoint at or
// before the position and folds forward from there. Checkpoints (TimelineModel::Mark and
// ConsoleModel::Mark) are taken every few hundred events as the fold passes, spaced with the
// number of lanes so their memory stays linear in the run: scrubbing a run of tens of thousands
// of events folds at most one interval per move.
//
// It also indexes the trace for stepping. Step stops are the moments just before each task step
// (one ready item of the loop) and just after it (its StepEnd, with what finishing it set off at
// once: its Done, the futures it completed, the waiters it woke); the two are one position when
// nothing happens between steps, and apart when time passes (a timer, a reply, an executor job),
// so "all six fetches wait" is a stop of its own before the first reply wakes one. Iteration stops
// are the moments before each loop iteration's first task step and after its last one (asyncio's
// _run_once: the items that were ready when it began; a task scheduled during an iteration runs in
// the next one). A StepBegin carries its iteration's number; a trace without them (all 0) falls
// back to that rule, seen from the Schedule events.

#include "console_model.h"
#include "ingest_budget.h"
#include "timeline_model.h"

#include "scenario_run.h"

#include <coroscope/trace.h>
#include <coroscope/trace_event_log.h>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace coroscope::ui {

class Recording
{
public:
    Recording(TimelineModel &timeline, ConsoleModel &console);

    /// Forgets the recording and empties the models, giving their memory back.
    void clear();
    void append(std::vector<aio::TraceEvent> events);
    /// Reports in the order they came (each after_events at most size() when appended).
    void append_reports(const std::vector<RunReport> &reports);

    [[nodiscard]] const aio::TraceEventLog &events() const noexcept { return m_events; }
    [[nodiscard]] const std::vector<RunReport> &reports() const noexcept { return m_reports; }
    [[nodiscard]] std::size_t size() const noexcept { return m_events.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_events.empty() && m_reports.empty(); }

    /// How many events the models hold.
    [[nodiscard]] std::size_t position() const noexcept { return m_position; }
    /// Puts the models at `position` (clamped to size()): events [0, position) and the reports
    /// that came before the next event. Signals as consume() does; the caller commits.
    void seek(std::size_t position);
    /// Moves the models forward towards `position` until `budget` is spent (one event at least,
    /// so every call makes progress; a due checkpoint ends the batch before it, to open the
    /// next one); returns the position reached. The live window's per-frame
    /// batch: the rest waits for the next frame. The caller commits.
    std::size_t fold_within(std::size_t position, const IngestBudget &budget);

    /// The latest loop time stamped on the first `position` events (0 for none): the moment a
    /// position shows. (Stamps are not strictly in order: executor jobs are stamped on their
    /// threads and recorded a moment later.)
    [[nodiscard]] std::int64_t time_at(std::size_t position) const;
    /// The position that shows loop time `t_ns`: every event up to the first stamped after it.
    [[nodiscard]] std::size_t position_at(std::int64_t t_ns) const;
    [[nodiscard]] std::int64_t end_time() const { return time_at(size()); }

    /// The next / previous step stop (size() after the last, 0 before the first).
    [[nodiscard]] std::size_t next_step(std::size_t position) const;
    [[nodiscard]] std::size_t previous_step(std::size_t position) const;
    /// The next / previous iteration stop.
    [[nodiscard]] std::size_t next_iteration(std::size_t position) const;
    [[nodiscard]] std::size_t previous_iteration(std::size_t position) const;
    /// Task steps / loop iterations begun before `position`, and in all.
    [[nodiscard]] int steps_before(std::size_t position) const;
    [[nodiscard]] int iterations_before(std::size_t position) const;
    [[nodiscard]] int step_count() const { return int(m_step_starts.size()); }
    [[nodiscard]] int iteration_count() const { return int(m_iteration_starts.size()); }

private:
    struct Checkpoint
    {
        std::size_t position = 0;
        std::size_t reports = 0;
        TimelineModel::Mark timeline;
        ConsoleModel::Mark console;
    };
    void index(std::size_t from);
    /// Where iteration k (0-based) ends: after its last task step.
    [[nodiscard]] std::size_t iteration_end(std::size_t k) const;
    void apply_reports();
    void fold_to(std::size_t position);
    /// Folds the event at m_position into the models (with the reports after it, and a
    /// checkpoint when one is due).
    void fold_next();
    /// The position at which the next checkpoint is taken.
    [[nodiscard]] std::size_t next_checkpoint() const;

    TimelineModel &m_timeline;
    ConsoleModel &m_console;
    // In blocks: appending never moves the events before (a vector's doubling copied 70,000
    // of them, 7 ms, inside one frame's batch).
    aio::TraceEventLog m_events;
    std::vector<RunReport> m_reports;
    std::size_t m_position = 0;
    std::size_t m_reports_applied = 0;
    std::vector<Checkpoint> m_checkpoints; // by position; the first is the empty start

    // The index.
    std::vector<std::int64_t> m_time;            // per event: the latest stamp so far
    std::vector<std::size_t> m_step_starts;      // positions of task StepBegins
    std::vector<std::size_t> m_step_ends;        // positions just after each task step
    bool m_step_ending = false;                  // the last step's end still takes what follows
    std::vector<std::size_t> m_iteration_starts; // positions of each iteration's first StepBegin
    std::unordered_set<std::uint64_t> m_tasks;   // ids of tasks (not generators)
    std::unordered_map<std::uint64_t, std::size_t> m_last_schedule;
    std::uint64_t m_last_iteration = 0;
};

} // namespace coroscope::ui
