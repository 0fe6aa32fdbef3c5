// SPDX-License-Identifier: MIT
// 네이티브 코루틴 만들기: the tutorial's first native coroutine.
#include "ports.h"

#include <coroscope/coroscope.h>

namespace coroscope::scenarios::hello {
using namespace aio;

// async def hello():
Coroutine<void> hello()
{
    print("hello, world!");
    co_return;
}

// loop = asyncio.get_event_loop()
// loop.run_until_complete(hello())   <- the runner: hello() becomes the one task it waits for
// loop.close()                       <- the runner, once the task is done
// (Since Python 3.10 the modern spelling is asyncio.run(hello()), which does the same three
// steps; in C++: aio::run(hello()).)
Coroutine<void> scenario(const ScenarioContext &)
{
    return hello();
}

} // namespace coroscope::scenarios::hello
