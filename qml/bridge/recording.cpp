// SPDX-License-Identifier: MIT
#include "recording.h"

#include <algorithm>

namespace coroscope::ui {

namespace {
/// Events between checkpoints: at least this many, and more with many lanes (a mark costs a
/// few words per lane), so all the marks together stay about as big as the trace.
constexpr std::size_t min_checkpoint_interval = 256;
} // namespace

Recording::Recording(TimelineModel &timeline, ConsoleModel &console) : m_timeline(timeline), m_console(console)
{
    clear();
}

namespace {
/// Empties `v` and frees its storage (clear() keeps the capacity: megabytes after a big run).
template<typename Container>
void release(Container &v)
{
    Container().swap(v);
}
} // namespace

void Recording::clear()
{
    m_events.release();
    release(m_reports);
    m_position = 0;
    m_reports_applied = 0;
    release(m_time);
    release(m_step_starts);
    release(m_step_ends);
    m_step_ending = false;
    release(m_iteration_starts);
    release(m_tasks);
    release(m_last_schedule);
    m_last_iteration = 0;
    m_timeline.clear();
    m_console.clear();
    release(m_checkpoints);
    m_checkpoints.push_back({0, 0, m_timeline.mark(), m_console.mark()});
}

void Recording::append(std::vector<aio::TraceEvent> events)
{
    if (events.empty())
        return;
    const std::size_t from = m_events.size();
    for (aio::TraceEvent &event : events)
        m_events.push_back(std::move(event));
    index(from);
}

void Recording::append_reports(const std::vector<RunReport> &reports)
{
    for (const RunReport &report : reports) {
        RunReport placed = report;
        // In order, and never before what the models already show.
        placed.after_events = std::clamp(placed.after_events, m_reports.empty() ? 0 : m_reports.back().after_events, m_events.size());
        m_reports.push_back(placed);
    }
}

void Recording::index(std::size_t from)
{
    for (std::size_t i = from; i < m_events.size(); ++i) {
        const aio::TraceEvent &e = m_events[i];
        m_time.push_back(std::max(e.t_ns, m_time.empty() ? std::int64_t(0) : m_time.back()));
        // What a step's end sets off at once belongs to the step: the task's Done, the futures
        // it completes (a gather), the waiters they wake.
        if (m_step_ending) {
            const bool follows = e.type == aio::TraceType::Done || e.type == aio::TraceType::AwaitEdge
                                 || e.type == aio::TraceType::Cancel
                                 || (e.type == aio::TraceType::Schedule
                                     && (e.cause == aio::ScheduleCause::FutureDone || e.cause == aio::ScheduleCause::CallSoon
                                         || e.cause == aio::ScheduleCause::Cancel));
            if (follows)
                m_step_ends.back() = i + 1;
            else
                m_step_ending = false;
        }
        switch (e.type) {
        case aio::TraceType::Spawn:
            if (e.spawn_kind == aio::SpawnKind::Task)
                m_tasks.insert(e.task);
            break;
        case aio::TraceType::Schedule: m_last_schedule[e.task] = i; break;
        case aio::TraceType::StepBegin: {
            // A generator's steps run inside the step of the task iterating it: no loop step.
            if (!m_tasks.count(e.task))
                break;
            m_step_starts.push_back(i);
            bool new_iteration = m_iteration_starts.empty();
            if (e.other > 0) {
                new_iteration = new_iteration || e.other != m_last_iteration; // the loop's own count
                m_last_iteration = e.other;
            } else {
                // Scheduled after this iteration's first step began: it was not ready when the
                // iteration began, so this step opens the next one. (Blind to callbacks.)
                const auto scheduled = m_last_schedule.find(e.task);
                new_iteration = new_iteration
                                || (scheduled != m_last_schedule.end() && scheduled->second > m_iteration_starts.back());
            }
            if (new_iteration)
                m_iteration_starts.push_back(i);
            break;
        }
        case aio::TraceType::StepEnd:
            if (m_tasks.count(e.task)) {
                m_step_ends.push_back(i + 1);
                m_step_ending = true;
            }
            break;
        default: break;
        }
    }
}

std::int64_t Recording::time_at(std::size_t position) const
{
    position = std::min(position, m_time.size());
    return position == 0 ? 0 : m_time[position - 1];
}

std::size_t Recording::position_at(std::int64_t t_ns) const
{
    return std::size_t(std::upper_bound(m_time.begin(), m_time.end(), t_ns) - m_time.begin());
}

namespace {
std::size_t next_in(const std::vector<std::size_t> &stops, std::size_t position, std::size_t end)
{
    const auto it = std::upper_bound(stops.begin(), stops.end(), position);
    return it == stops.end() ? end : *it;
}
std::size_t previous_in(const std::vector<std::size_t> &stops, std::size_t position)
{
    const auto it = std::lower_bound(stops.begin(), stops.end(), position);
    return it == stops.begin() ? 0 : *std::prev(it);
}
} // namespace

std::size_t Recording::next_step(std::size_t position) const
{
    return std::min(next_in(m_step_starts, position, size()), next_in(m_step_ends, position, size()));
}

std::size_t Recording::previous_step(std::size_t position) const
{
    return std::max(previous_in(m_step_starts, position), previous_in(m_step_ends, position));
}

std::size_t Recording::iteration_end(std::size_t k) const
{
    // After the last step before the next iteration's first (or the last step of all).
    const std::size_t next_start = k + 1 < m_iteration_starts.size() ? m_iteration_starts[k + 1] : size();
    const auto it = std::upper_bound(m_step_ends.begin(), m_step_ends.end(), next_start);
    return it == m_step_ends.begin() ? m_iteration_starts[k] : std::max(*std::prev(it), m_iteration_starts[k]);
}

std::size_t Recording::next_iteration(std::size_t position) const
{
    // The stops in order: start 0, end 0, start 1, end 1, ... (an end may be the next start).
    const std::size_t k = std::size_t(std::upper_bound(m_iteration_starts.begin(), m_iteration_starts.end(), position)
                                      - m_iteration_starts.begin()); // the first start after it
    if (k > 0 && iteration_end(k - 1) > position)
        return iteration_end(k - 1);
    return k < m_iteration_starts.size() ? m_iteration_starts[k] : size();
}

std::size_t Recording::previous_iteration(std::size_t position) const
{
    const auto it = std::lower_bound(m_iteration_starts.begin(), m_iteration_starts.end(), position);
    if (it == m_iteration_starts.begin())
        return 0;
    const std::size_t k = std::size_t(it - m_iteration_starts.begin()) - 1; // the last start before it
    const std::size_t end = iteration_end(k);
    return end < position && end > m_iteration_starts[k] ? end : m_iteration_starts[k];
}

int Recording::steps_before(std::size_t position) const
{
    return int(std::lower_bound(m_step_starts.begin(), m_step_starts.end(), position) - m_step_starts.begin());
}

int Recording::iterations_before(std::size_t position) const
{
    return int(std::lower_bound(m_iteration_starts.begin(), m_iteration_starts.end(), position) - m_iteration_starts.begin());
}

void Recording::apply_reports()
{
    for (; m_reports_applied < m_reports.size() && m_reports[m_reports_applied].after_events <= m_position; ++m_reports_applied)
        m_console.report(m_reports[m_reports_applied].t_ns, m_reports[m_reports_applied].message);
}

void Recording::seek(std::size_t position)
{
    position = std::min(position, m_events.size());
    if (position < m_position) {
        // Back to the last checkpoint at or before it (the first one is the empty start).
        const auto it = std::prev(std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), position,
                                                   [](std::size_t p, const Checkpoint &c) { return p < c.position; }));
        m_timeline.rewind(it->timeline);
        m_console.rewind(it->console);
        m_position = it->position;
        m_reports_applied = it->reports;
    }
    fold_to(position);
}

void Recording::fold_to(std::size_t position)
{
    apply_reports();
    while (m_position < position)
        fold_next();
}

std::size_t Recording::fold_within(std::size_t position, const IngestBudget &budget)
{
    position = std::min(position, m_events.size());
    apply_reports();
    for (bool first = true; m_position < position; first = false) {
        // A checkpoint (a copy of every lane: milliseconds with 10,000 lanes) opens a batch
        // rather than ending one, so it counts against a whole budget.
        if (!first && m_position + 1 >= next_checkpoint())
            break;
        fold_next();
        if (budget.spent())
            break;
    }
    return m_position;
}

std::size_t Recording::next_checkpoint() const
{
    const std::size_t interval = std::max<std::size_t>(min_checkpoint_interval, 2 * std::size_t(m_timeline.rowCount()));
    return m_checkpoints.back().position + interval;
}

void Recording::fold_next()
{
    // The fold: the same for the live window and for any moment of the past.
    const aio::TraceEvent &e = m_events[m_position];
    m_timeline.consume(e);
    if (e.type == aio::TraceType::Print)
        m_console.print(e.t_ns, e.task, e.text);
    ++m_position;
    apply_reports();
    if (m_position >= next_checkpoint())
        m_checkpoints.push_back({m_position, m_reports_applied, m_timeline.mark(), m_console.mark()});
}

} // namespace coroscope::ui
