// SPDX-License-Identifier: MIT
#pragma once
// aio::print: Python's print() for scenarios. The text goes to the loop's output handler
// (stdout by default) and into the trace as a Print event stamped with the loop time, so the
// window's console and `coroscope run --json` show every line at the moment it was printed.

#include <QString>

namespace aio {

class EventLoop;

/// print(text, end="\n") on the current thread's loop.
void print(const QString &text, const QString &end = QStringLiteral("\n"));
/// Convenience for string literals: print("hello, world!").
inline void print(const char *text, const char *end = "\n")
{
    print(QString::fromUtf8(text), QString::fromUtf8(end));
}

} // namespace aio
