// SPDX-License-Identifier: MIT
#include "bench_support.h"

#include <coroscope/impl/pool.h>

#include <QJsonArray>
#include <cmath>
#include <malloc.h>
#include <time.h>

namespace bench {

QJsonObject row(const char *name, const char *unit, double value, bool tracing, const char *peer)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                       {QLatin1String(unit), value},
                       {QStringLiteral("tracing"), tracing},
                       {QStringLiteral("peer"), QLatin1String(peer)}};
}

double thread_cpu_ns()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

std::size_t heap_bytes_in_use()
{
    aio::detail::pool_release_cached();
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

Scaling scaling_of(const std::vector<std::pair<double, double>> &tasks_and_cost)
{
    if (tasks_and_cost.size() < 2)
        return {};
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[tasks, cost] : tasks_and_cost) {
        const double x = std::log10(tasks);
        sx += x;
        sy += cost;
        sxx += x * x;
        sxy += x * cost;
    }
    const double n = double(tasks_and_cost.size());
    return {.per_decade = (n * sxy - sx * sy) / (n * sxx - sx * sx),
            .largest_over_smallest = tasks_and_cost.back().second / tasks_and_cost.front().second};
}

QJsonObject scaling_row(const char *name, const char *unit, const std::vector<std::pair<double, double>> &tasks_and_cost,
                        const char *peer)
{
    const Scaling s = scaling_of(tasks_and_cost);
    QJsonArray points;
    for (const auto &[tasks, cost] : tasks_and_cost)
        points.append(QJsonObject{{QStringLiteral("tasks"), tasks}, {QLatin1String(unit), cost}});
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("%1_scaling").arg(QLatin1String(name))},
                       {QStringLiteral("unit"), QLatin1String(unit)},
                       {QStringLiteral("slope_per_decade"), s.per_decade},
                       {QStringLiteral("largest_over_smallest"), s.largest_over_smallest},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("tracing"), false},
                       {QStringLiteral("peer"), QLatin1String(peer)}};
}

} // namespace bench
