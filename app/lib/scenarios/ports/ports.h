// SPDX-License-Identifier: MIT
#pragma once
// The entry point of each port: returns the coroutine the runner wraps in its main task (the
// tutorial's `loop.run_until_complete(...)` argument). Nothing runs until the task is scheduled.

#include "scenario.h"

#include <coroscope/coroutine.h>

namespace coroscope::scenarios {

#define COROSCOPE_SCENARIO_ENTRY(ns) \
    namespace ns { \
    aio::Coroutine<void> scenario(const ScenarioContext &context); \
    }

COROSCOPE_SCENARIO_ENTRY(hello)
COROSCOPE_SCENARIO_ENTRY(await_chain)
COROSCOPE_SCENARIO_ENTRY(future_task)
COROSCOPE_SCENARIO_ENTRY(fetch_sequential)
COROSCOPE_SCENARIO_ENTRY(fetch_executor)
COROSCOPE_SCENARIO_ENTRY(fetch_async)
COROSCOPE_SCENARIO_ENTRY(executor_partial)
COROSCOPE_SCENARIO_ENTRY(async_with)
COROSCOPE_SCENARIO_ENTRY(async_for)
COROSCOPE_SCENARIO_ENTRY(async_generator)
COROSCOPE_SCENARIO_ENTRY(async_comprehension)
COROSCOPE_SCENARIO_ENTRY(gather_order)
COROSCOPE_SCENARIO_ENTRY(many_tasks)

#undef COROSCOPE_SCENARIO_ENTRY

} // namespace coroscope::scenarios
