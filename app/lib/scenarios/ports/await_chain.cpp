// SPDX-License-Identifier: MIT
// await로 네이티브 코루틴 실행: one coroutine awaits another, inline, in the same task.
#include "ports.h"

#include <coroscope/coroscope.h>

namespace coroscope::scenarios::await_chain {
using namespace aio;

// async def add(a, b):
Coroutine<int> add(int a, int b, double delay = 1.0)
{
    print(QStringLiteral("%1 + %2").arg(a).arg(b)); // print('{0} + {1}'.format(a, b))
    co_await sleep(delay);                          // await asyncio.sleep(1.0)
    co_return a + b;
}

// async def print_add(a, b):
Coroutine<void> print_add(int a, int b, double delay = 1.0)
{
    // await runs add inside this task (no new task) and takes its return value
    const int res = co_await add(a, b, delay);
    print(QStringLiteral("%1 + %2 = %3").arg(a).arg(b).arg(res)); // print('{0} + {1} = {2}'.format(a, b, res))
}

// loop.run_until_complete(print_add(1, 2))
Coroutine<void> scenario(const ScenarioContext &context)
{
    return print_add(context.integer(QStringLiteral("a"), 1), context.integer(QStringLiteral("b"), 2),
                     context.number(QStringLiteral("sleep"), 1.0));
}

} // namespace coroscope::scenarios::await_chain
