// SPDX-License-Identifier: MIT
// 퓨처와 태스크: the tutorial has no code here, so this is Coroscope's own example: a bare
// Future completed by a timer callback, Tasks wrapping coroutines, one task cancelled; then
// erratum 4: CPU work on the loop thread freezes every other task, in the executor it does not.
#include "ports.h"
#include "python_style.h"

#include <coroscope/coroscope.h>

#include <chrono>

namespace coroscope::scenarios::future_task {
using namespace aio;

// async def add(a, b):
Coroutine<int> add(int a, int b, double delay)
{
    co_await sleep(delay);
    co_return a + b;
}

// async def sleeper():
Coroutine<void> sleeper()
{
    co_await sleep(10.0);
}

// async def heartbeat():
Coroutine<void> heartbeat()
{
    while (true)
        co_await sleep(0.05);
}

// def burn_cpu(seconds): CPU-bound work, no await inside, so nothing else runs on this thread
// (it burns for `seconds` of loop time: slow motion stretches it, the virtual clock skips it)
void burn_cpu(double seconds)
{
    aio::burn_cpu(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(seconds)));
}

// async def main():
Coroutine<void> main(double delay, double burn)
{
    EventLoop &loop = get_event_loop(); // loop = asyncio.get_running_loop()

    // A bare Future: someone else sets its result later (here a timer callback)
    Future<QString> future(loop); // future = loop.create_future()
    loop.call_later(delay, [future]() mutable { future.set_result(QStringLiteral("result set by call_later")); });
    print(QStringLiteral("future.done(): ") + py::str(future.done()));
    print(co_await future);
    print(QStringLiteral("future.done(): ") + py::str(future.done()));

    // Tasks wrap coroutines; they start on the loop's next turn, not inline
    Task<int> task = ensure_future(add(1, 2, delay));
    Task<void> doomed = ensure_future(sleeper());
    print(QStringLiteral("task.done(): ") + py::str(task.done()));
    print(QStringLiteral("await task: ") + py::str(co_await task));
    doomed.cancel();
    try {
        co_await doomed;
    } catch (const CancelledError &) {
        print(QStringLiteral("doomed.cancelled(): ") + py::str(doomed.cancelled()));
    }
    print(QStringLiteral("task.result(): ") + py::str(task.result()));

    // CPU work on the loop thread freezes every other task; in the executor it does not
    Task<void> beat = ensure_future(heartbeat());
    co_await sleep(0);
    print("burn_cpu on the loop thread");
    burn_cpu(burn);
    print("burn_cpu on a pool thread");
    co_await run_in_executor(loop, nullptr, burn_cpu, burn);
    beat.cancel();
    try {
        co_await beat;
    } catch (const CancelledError &) {
        print(QStringLiteral("beat.cancelled(): ") + py::str(beat.cancelled()));
    }
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(context.number(QStringLiteral("sleep"), 0.5), context.number(QStringLiteral("burn"), 0.2));
}

} // namespace coroscope::scenarios::future_task
