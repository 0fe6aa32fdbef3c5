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

// Beyond the tutorial (parameter break_after): leaving the loop early. The generator is left
// suspended after its yield; asyncio's loop finalizes it later, as a task of its own ("aclose
// of async generator" on the timeline), so main's next line runs first. With use_aclosing,
// contextlib.aclosing closes it at once, before main goes on, as Python recommends.
Coroutine<void> main(int stop, double delay, int break_after, bool use_aclosing)
{
    // async for i in counter:
    //     print(i, end=' ')
    //     if i == break_after: break
    const auto body = [break_after](int i) {
        print(QString::number(i), QStringLiteral(" "));
        return i >= break_after ? Flow::Break : Flow::Continue;
    };
    if (use_aclosing) {
        // async with contextlib.aclosing(async_counter(stop)) as counter:
        const auto loop_over = [&body](AsyncGenerator<int> &counter) { return aio::async_for(counter, body); };
        co_await aio::async_with(aio::aclosing(async_counter(stop, delay)), loop_over);
    } else {
        // counter = async_counter(stop)
        co_await aio::async_for(async_counter(stop, delay), body);
    }
    print("\nafter the loop"); // print('after the loop')
    co_await sleep(0);           // await asyncio.sleep(0): the finalizer's turn comes now
    print("main done");
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    const int stop = context.integer(QStringLiteral("stop"), 3);
    const double delay = context.number(QStringLiteral("sleep"), 1.0);
    const int break_after = context.integer(QStringLiteral("break_after"), -1);
    if (break_after < 0)
        return main(stop, delay);
    return main(stop, delay, break_after, context.params.value(QStringLiteral("use_aclosing")).toBool());
}

} // namespace coroscope::scenarios::async_generator
