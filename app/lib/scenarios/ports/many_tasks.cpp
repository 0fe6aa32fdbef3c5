// SPDX-License-Identifier: MIT
// Many tasks at once, to see the loop at scale: workers sleep up to 49 ms and are gathered in
// groups; one in ten fails, and each group cancels the workers it still waits for among every
// 25th. With `tasks` at 10,000 the window shows 10,000 lanes (about 200,000 trace events).
#include "ports.h"

#include <coroscope/coroscope.h>

#include <algorithm>
#include <array>
#include <vector>

namespace coroscope::scenarios::many_tasks {
using namespace aio;

// async def worker(i):
Coroutine<int> worker(int i)
{
    co_await sleep(0.001 * (i % 50)); // await asyncio.sleep(0.001 * (i % 50))   # 0 to 49 ms
    if (i % 10 == 7)                  // if i % 10 == 7:
        throw ValueError(QStringLiteral("worker %1 failed").arg(i).toStdString());
    co_await sleep(0.010);            // await asyncio.sleep(0.010)
    co_return i;
}

/// (done, failed, cancelled)
using Counts = std::array<int, 3>;

// async def group(first, last):
Coroutine<Counts> group(int first, int last)
{
    // tasks = [asyncio.create_task(worker(i), name=f'worker-{i}') for i in range(first, last)]
    std::vector<Task<int>> tasks;
    tasks.reserve(std::size_t(last - first));
    for (int i = first; i < last; ++i)
        tasks.push_back(create_task(worker(i), QStringLiteral("worker-%1").arg(i)));
    co_await sleep(0.030);
    for (std::size_t k = 24; k < tasks.size(); k += 25) // for task in tasks[24::25]:
        tasks[k].cancel();                              //     task.cancel()
    // results = await asyncio.gather(*tasks, return_exceptions=True)
    const auto results = co_await gather(return_exceptions, tasks);
    Counts counts{};
    for (const auto &result : results)
        ++counts[result.ok() ? 0 : result.cancelled() ? 2 : 1];
    co_return counts; // return done, len(results) - done - cancelled, cancelled
}

// async def main():
Coroutine<void> main(int tasks, int group_size)
{
    // groups = [group(first, min(first + GROUP, TASKS)) for first in range(0, TASKS, GROUP)]
    std::vector<Coroutine<Counts>> groups;
    for (int first = 0; first < tasks; first += group_size)
        groups.push_back(group(first, std::min(first + group_size, tasks)));
    const std::size_t group_count = groups.size();
    const std::vector<Counts> totals = co_await gather(std::move(groups)); // totals = await asyncio.gather(*groups)
    Counts sum{};
    for (const Counts &counts : totals) {
        for (std::size_t c = 0; c < sum.size(); ++c)
            sum[c] += counts[c];
    }
    print(QStringLiteral("%1 tasks in %2 groups: %3 done, %4 failed, %5 cancelled")
              .arg(tasks)
              .arg(group_count)
              .arg(sum[0])
              .arg(sum[1])
              .arg(sum[2]));
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(context.integer(QStringLiteral("tasks"), 1000), context.integer(QStringLiteral("group"), 100));
}

} // namespace coroscope::scenarios::many_tasks
