// SPDX-License-Identifier: MIT
#include "python_style.h"

#include <chrono>

namespace coroscope::py {

QString str(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

double time()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

QString fixed3(double seconds)
{
    return QString::number(seconds, 'f', 3);
}

} // namespace coroscope::py
