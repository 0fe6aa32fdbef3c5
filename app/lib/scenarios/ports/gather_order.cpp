// SPDX-License-Identifier: MIT
// The note after gather, corrected: results come back in argument order, whatever order the
// awaitables finish in.
#include "ports.h"
#include "python_style.h"

#include <coroscope/coroscope.h>

#include <vector>

namespace coroscope::scenarios::gather_order {
using namespace aio;

// async def work(i, delay):
Coroutine<int> work(int i, double delay)
{
    co_await sleep(delay);
    print(QStringLiteral("finished %1").arg(i));
    co_return i;
}

// async def main():
Coroutine<void> main(std::vector<double> delays)
{
    // gather(*[work(i, delay) for i, delay in enumerate(delays)])
    std::vector<Coroutine<int>> works;
    for (std::size_t i = 0; i < delays.size(); ++i)
        works.push_back(work(int(i), delays[i]));
    const std::vector<int> result = co_await gather(std::move(works));
    print(py::str(result)); // [0, 1, 2]: argument order, not completion order
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    std::vector<double> delays;
    for (const QString &delay : context.list(QStringLiteral("delays")))
        delays.push_back(delay.toDouble());
    return main(std::move(delays));
}

} // namespace coroscope::scenarios::gather_order
