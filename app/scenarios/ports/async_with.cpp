// SPDX-License-Identifier: MIT
#include "ports.h"

#include <coroscope/coroscope.h>

namespace coroscope::scenarios::async_with {

aio::Coroutine<void> main()
{
    throw aio::RuntimeError("this scenario is not part of this build yet");
    co_return;
}

aio::Coroutine<void> scenario(const ScenarioContext &)
{
    return main();
}

} // namespace coroscope::scenarios::async_with
