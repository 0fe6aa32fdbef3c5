// SPDX-License-Identifier: MIT
#pragma once
// IngestBudget: how long one frame may spend folding trace events into the window's models, so
// a big run (200,000 events) is taken in over several frames instead of freezing the window.
// The clock is injected: tests drive the batching with a fake clock, not wall time.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <utility>

namespace coroscope::ui {

class IngestBudget
{
public:
    /// Nanoseconds on a clock that only moves forward.
    using Clock = std::function<std::int64_t()>;

    /// The live window's budget per frame for taking events in and folding them: with one
    /// event's overrun and the commit after it, a frame's ingest stays within 8 ms, half of a
    /// 60 Hz frame; the rest is for drawing.
    static constexpr std::int64_t frame_ns = 5'000'000;

    /// Events a frame takes from the run at most: copying and indexing them costs 1 to 2 ms.
    static constexpr std::size_t max_take = 8192;

    static std::int64_t steady_ns()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }

    explicit IngestBudget(std::int64_t budget_ns = frame_ns, Clock clock = &IngestBudget::steady_ns)
        : m_clock(std::move(clock)), m_deadline(m_clock() + budget_ns)
    {
    }

    /// The time is up (checked after each event: a batch overruns by one event at most).
    [[nodiscard]] bool spent() const { return m_clock() >= m_deadline; }

private:
    Clock m_clock;
    std::int64_t m_deadline;
};

} // namespace coroscope::ui
