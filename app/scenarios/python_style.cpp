// SPDX-License-Identifier: MIT
#include "python_style.h"

#include <coroscope/loop.h>

#include <chrono>

namespace coroscope::py {

QString str(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

double time()
{
    // Inside a run this is loop time, which the timeline shows and slow motion stretches; a
    // scenario always runs on a loop, the fallback is for code that does not.
    if (aio::EventLoop *loop = aio::EventLoop::current())
        return loop->time();
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

QString fixed3(double seconds)
{
    return QString::number(seconds, 'f', 3);
}

} // namespace coroscope::py
