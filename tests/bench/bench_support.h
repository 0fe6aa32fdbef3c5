// SPDX-License-Identifier: MIT
#pragma once
// What every part of coroscope-bench shares: the median of several runs, one JSON row per
// figure, the heap in use, and the slope of a per-task cost across task counts.

#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <utility>
#include <vector>

namespace bench {

using SteadyClock = std::chrono::steady_clock;

/// Runs per figure; the median is reported.
inline int g_runs = 5;
/// The largest task count of the scaling rows (the smoke test keeps it small).
inline int g_max_tasks = 1'000'000;

inline double ns_since(SteadyClock::time_point t0)
{
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - t0).count());
}

/// This thread's CPU time: steadier than the wall clock on a machine shared with other work.
double thread_cpu_ns();

inline double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

template<typename F>
double median_of(F &&run_once, int runs = g_runs)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i)
        samples.push_back(run_once());
    return median(std::move(samples));
}

/// One figure: {"name", unit: value, "tracing", "peer"} (more keys may be added to it).
QJsonObject row(const char *name, const char *unit, double value, bool tracing, const char *peer = "coroscope");

/// Which figures to run.
struct Selection
{
    QString only;    ///< run just this benchmark (empty: all)
    QString tracing; ///< "off", "on" or empty for both
    [[nodiscard]] bool wants(const char *name) const { return only.isEmpty() || only == QLatin1String(name); }
    [[nodiscard]] bool wants_tracing(bool on) const
    {
        return tracing.isEmpty() || (tracing == QLatin1String("on")) == on;
    }
};

/// Every byte malloc has handed out and not yet taken back, on this thread's arena and in
/// mmap'd blocks (large vectors), its per-block overhead included. The engine's free lists of
/// this thread are emptied first, so blocks they would recycle count as new.
[[nodiscard]] std::size_t heap_bytes_in_use();

/// How a per-task cost grows with the number of tasks: the least-squares slope of cost against
/// log10(tasks) (cost units per tenfold more tasks) and the cost at the largest count over the
/// cost at the smallest. Flat scaling: slope near 0, ratio near 1.
struct Scaling
{
    double per_decade = 0;
    double largest_over_smallest = 0;
};
[[nodiscard]] Scaling scaling_of(const std::vector<std::pair<double, double>> &tasks_and_cost);

/// A row that states the scaling of `name` (its unit) across `tasks_and_cost`.
QJsonObject scaling_row(const char *name, const char *unit, const std::vector<std::pair<double, double>> &tasks_and_cost,
                        const char *peer = "coroscope");

} // namespace bench
