// SPDX-License-Identifier: MIT
// 비동기 표현식: comprehensions over an async iterator, and a list of awaits.
#include "async_counter.h"
#include "ports.h"
#include "python_style.h"

#include <coroscope/coroscope.h>

#include <map>
#include <set>
#include <vector>

namespace coroscope::scenarios::async_comprehension {
using namespace aio;

// async def main():   (the first listing)
Coroutine<void> main(int stop)
{
    // a = [i async for i in AsyncCounter(3)]
    const std::vector<int> a = co_await collect(AsyncCounter(stop));
    print(py::str(a));
}

// async def async_one():
Coroutine<int> async_one()
{
    co_return 1;
}

// async def main():   (the second listing)
Coroutine<void> main()
{
    const std::vector<Coroutine<int> (*)()> coroutines{async_one, async_one, async_one};
    // a = [await co() for co in coroutines]
    const std::vector<int> a = co_await await_each(coroutines);
    print(py::str(a)); // [1, 1, 1]
}

// The other forms the tutorial names: dict, set and generator comprehensions.
Coroutine<void> other_forms(int stop)
{
    // {i: i * i async for i in AsyncCounter(3)}
    const std::map<int, int> squares = co_await collect_dict(AsyncCounter(stop), [](int i) { return std::pair(i, i * i); });
    print(py::str(squares));
    // {i % 2 async for i in AsyncCounter(3)}
    const std::set<int> parities = co_await collect_set(AsyncCounter(stop), [](int i) { return i % 2; });
    print(py::str(parities));
    // (i + 1 async for i in AsyncCounter(3)), consumed by async for
    co_await aio::async_for(genexpr(AsyncCounter(stop), [](int i) { return i + 1; }),
                       [](int i) { print(QString::number(i), QStringLiteral(" ")); });
    print("");
}

// The two listings, one after the other
Coroutine<void> listings(int stop, bool all_forms)
{
    co_await main(stop);
    co_await main();
    if (all_forms)
        co_await other_forms(stop);
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return listings(context.integer(QStringLiteral("stop"), 3), context.params.value(QStringLiteral("all_forms")).toBool());
}

} // namespace coroscope::scenarios::async_comprehension
