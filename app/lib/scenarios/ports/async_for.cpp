// SPDX-License-Identifier: MIT
// async for: AsyncCounter (async_counter.h) makes a number every second; async for awaits its
// __anext__ until it raises StopAsyncIteration.
#include "async_counter.h"
#include "ports.h"

#include <coroscope/coroscope.h>

namespace coroscope::scenarios::async_for {
using namespace aio;

// async def main():
Coroutine<void> main(int stop, double delay, bool tutorial_stop_iteration)
{
    // async for i in AsyncCounter(3):
    //     print(i, end=' ')
    co_await aio::async_for(AsyncCounter(stop, delay, tutorial_stop_iteration),
                            [](int i) { print(QString::number(i), QStringLiteral(" ")); });
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(context.integer(QStringLiteral("stop"), 3), context.number(QStringLiteral("sleep"), 1.0),
                context.params.value(QStringLiteral("tutorial_stop_iteration")).toBool());
}

} // namespace coroscope::scenarios::async_for
