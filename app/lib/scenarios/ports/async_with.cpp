// SPDX-License-Identifier: MIT
// async with: AsyncAdd is an asynchronous context manager whose __aenter__ takes a second.
#include "ports.h"

#include <coroscope/coroscope.h>

#include <exception>

namespace coroscope::scenarios::async_with {
using namespace aio;

// class AsyncAdd:
class AsyncAdd
{
public:
    // def __init__(self, a, b):
    AsyncAdd(int a, int b, double delay = 1.0) : a(a), b(b), delay(delay) {}

    // async def __aenter__(self):
    Coroutine<int> aenter()
    {
        co_await sleep(delay);
        // the value __aenter__ returns goes into the variable after `as`
        co_return a + b;
    }

    // async def __aexit__(self, exc_type, exc_val, exc_tb):
    Coroutine<void> aexit(std::exception_ptr)
    {
        co_return; // pass
    }

private:
    int a;
    int b;
    double delay;
};

// async def main():
Coroutine<void> main(int a, int b, double delay, bool raise_in_body)
{
    // async with AsyncAdd(1, 2) as result:
    //     print(result)
    co_await aio::async_with(AsyncAdd(a, b, delay), [raise_in_body](int result) {
        print(QString::number(result));
        if (raise_in_body) // shows that __aexit__ still runs when the body raises
            throw RuntimeError("raised in the body of async with");
    });
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(context.integer(QStringLiteral("a"), 1), context.integer(QStringLiteral("b"), 2),
                context.number(QStringLiteral("sleep"), 1.0),
                context.params.value(QStringLiteral("raise_in_body")).toBool());
}

} // namespace coroscope::scenarios::async_with
