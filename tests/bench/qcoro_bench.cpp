// SPDX-License-Identifier: MIT
#include "qcoro_bench.h"

#include "signal_source.h"

#include <QCoroSignal>
#include <QCoroTask>
#include <QCoroTimer>

namespace bench {

namespace {

// QCoro's Task is eager: it runs at once on the caller's stack up to its first suspension, and
// resumes from whatever Qt event completes what it awaits (it has no ready queue of its own).

QCoro::Task<int> trivial()
{
    co_return 1;
}

QCoro::Task<void> create_and_await(int n)
{
    for (int i = 0; i < n; ++i)
        co_await trivial();
}

QCoro::Task<void> sleep_zero(int n)
{
    for (int i = 0; i < n; ++i)
        co_await QCoro::sleepFor(std::chrono::milliseconds(0));
}

QCoro::Task<void> queued_signals(int n)
{
    SignalSource source;
    for (int i = 0; i < n; ++i) {
        QMetaObject::invokeMethod(&source, &SignalSource::fired, Qt::QueuedConnection);
        co_await qCoro(&source, &SignalSource::fired);
    }
}

template<typename Make>
double timed_ns(Make &&make)
{
    const auto t0 = SteadyClock::now();
    QCoro::waitFor(make());
    return ns_since(t0);
}

void add(QJsonArray &rows, const Selection &selection, const char *name, int ops,
         const std::function<QCoro::Task<void>()> &make)
{
    if (!selection.wants(name) || !selection.wants_tracing(false))
        return;
    rows.append(row(name, "ns_per_op", median_of([&] { return timed_ns(make); }) / ops, false, "qcoro"));
}

} // namespace

QJsonArray qcoro_rows(const Selection &selection)
{
    QJsonArray rows;
    add(rows, selection, "yield", 100'000, [] { return sleep_zero(100'000); });
    add(rows, selection, "task_await", 100'000, [] { return create_and_await(100'000); });
    add(rows, selection, "signal_await", 100'000, [] { return queued_signals(100'000); });
    return rows;
}

} // namespace bench
