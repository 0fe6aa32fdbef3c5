// SPDX-License-Identifier: MIT
#pragma once
// async for: the tutorial's AsyncCounter, an asynchronous iterator that makes a number every
// second (async-for and async-comprehension both iterate it).
#include <coroscope/async_iterator.h>
#include <coroscope/errors.h>
#include <coroscope/sleep.h>

namespace coroscope::scenarios {

// class AsyncCounter:
class AsyncCounter
{
public:
    // def __init__(self, stop):
    explicit AsyncCounter(int stop, double delay = 1.0, bool tutorial_stop_iteration = false)
        : current(0), stop(stop), delay(delay), tutorial_stop_iteration(tutorial_stop_iteration)
    {
    }

    // def __aiter__(self): return self      (the object is its own iterator)

    // async def __anext__(self):
    aio::Coroutine<int> anext()
    {
        if (current < stop) {
            co_await aio::sleep(delay);
            const int r = current;
            current += 1;
            co_return r;
        } else {
            if (tutorial_stop_iteration) {
                // The tutorial's `raise StopIteration`: since Python 3.7 (PEP 479) it leaves
                // the coroutine as this RuntimeError, and the async for fails.
                throw aio::RuntimeError("coroutine raised StopIteration");
            }
            throw aio::StopAsyncIteration(); // the right way to end: raise StopAsyncIteration
        }
    }

private:
    int current;
    int stop;
    double delay;
    bool tutorial_stop_iteration;
};

} // namespace coroscope::scenarios
