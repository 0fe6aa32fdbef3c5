// SPDX-License-Identifier: MIT
// 제네레이터 방식으로 비동기 이터레이터 만들기: an async generator, co_yield and co_await in
// one body, consumed by async for.
#include "ports.h"

#include <coroscope/coroscope.h>

namespace coroscope::scenarios::async_generator {
using namespace aio;

// async def async_counter(stop):
AsyncGenerator<int> async_counter(int stop, double delay = 1.0)
{
    int n = 0;
    while (n < stop) {
        co_yield n;
        n += 1;
        co_await sleep(delay); // after the yield: 0 prints at once, the third sleep still runs
    }
}

// async def main():
Coroutine<void> main(int stop, double delay)
{
    // async for i in async_counter(3):
    //     print(i, end=' ')
    co_await aio::async_for(async_counter(stop, delay), [](int i) { print(QString::number(i), QStringLiteral(" ")); });
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(context.integer(QStringLiteral("stop"), 3), context.number(QStringLiteral("sleep"), 1.0));
}

} // namespace coroscope::scenarios::async_generator
