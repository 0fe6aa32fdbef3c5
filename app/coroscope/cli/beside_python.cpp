// SPDX-License-Identifier: MIT
#include "beside_python.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace coroscope::cli {

ListingTraceResult run_listing(const Scenario &scenario, double timeout_s)
{
    ListingTraceResult out;
    ListingTrace trace(scenario, {.timeout_s = timeout_s});
    bool done = false;
    QEventLoop loop; // the demo server for the fetch listings answers on its own thread
    trace.start([&](const ListingTraceResult &result) {
        out = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

QString listing_problem_text(const ListingTraceResult &result)
{
    using Problem = ListingTraceResult::Problem;
    switch (result.problem) {
    case Problem::None:
        return {};
    case Problem::NoInterpreter:
        return QCoreApplication::translate("cli", "trace-python: no Python interpreter '%1' found (install python3, 3.8 or newer, "
                                                  "or name one with --python PATH)")
            .arg(result.detail);
    case Problem::NoTracer:
        return QCoreApplication::translate("cli", "trace-python: the tracer is missing from %1 (a broken installation?)").arg(result.detail);
    case Problem::NoServer:
        return QCoreApplication::translate("cli", "the listing's demo server did not start: %1").arg(result.detail);
    case Problem::Crashed:
        return QCoreApplication::translate("cli", "trace-python: the Python process crashed (%1)").arg(result.detail);
    case Problem::NoFolder:
    case Problem::NoStart:
    case Problem::NoTrace:
        return QCoreApplication::translate("cli", "CPython did not run the listing: %1").arg(result.detail);
    case Problem::ScriptFailed:
        return QCoreApplication::translate("cli", "CPython's run of the listing failed: %1").arg(result.detail);
    }
    return {};
}

namespace {

QString quoted_line(const QStringList &lines, int index)
{
    return index < lines.size() ? QStringLiteral("\"%1\"").arg(lines[index]) : QCoreApplication::translate("cli", "(no line)");
}

/// At most a dozen names: many-tasks ends a thousand tasks.
QString names(const QStringList &order)
{
    constexpr qsizetype kShown = 12;
    if (order.size() <= kShown)
        return order.join(QStringLiteral(", "));
    return QCoreApplication::translate("cli", "%1 ... (%2 more)").arg(order.first(kShown).join(QStringLiteral(", "))).arg(order.size() - kShown);
}

QString ms(std::int64_t ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1);
}

} // namespace

QString comparison_text(const RunComparison &c)
{
    QString text = QCoreApplication::translate("cli", "C++ beside CPython:\n");
    if (c.same_output)
        text += QCoreApplication::translate("cli", "  output            same (%1 lines)\n").arg(c.cpp.lines.size());
    else
        text += QCoreApplication::translate("cli", "  output            differs from line %1: C++ %2, CPython %3\n")
                    .arg(c.first_difference + 1)
                    .arg(quoted_line(c.cpp.lines, c.first_difference), quoted_line(c.python.lines, c.first_difference));
    text += (c.same_task_count ? QCoreApplication::translate("cli", "  tasks             same (%1)\n").arg(c.cpp.tasks)
                               : QCoreApplication::translate("cli", "  tasks             C++ %1, CPython %2\n").arg(c.cpp.tasks).arg(c.python.tasks));
    if (c.same_completion_order)
        text += QCoreApplication::translate("cli", "  completion order  same (%1)\n").arg(names(c.cpp.completion_order));
    else
        text += QCoreApplication::translate("cli", "  completion order  C++ %1\n                    CPython %2\n")
                    .arg(names(c.cpp.completion_order), names(c.python.completion_order));
    text += QCoreApplication::translate("cli", "  total time        C++ %1 ms, CPython %2 ms\n").arg(ms(c.cpp.total_ns), ms(c.python.total_ns));
    if (c.cpp.error != c.python.error) {
        const QString none = QCoreApplication::translate("cli", "none");
        text += QCoreApplication::translate("cli", "  error             C++ %1, CPython %2\n")
                    .arg(c.cpp.error.isEmpty() ? none : c.cpp.error, c.python.error.isEmpty() ? none : c.python.error);
    }
    return text;
}

} // namespace coroscope::cli
