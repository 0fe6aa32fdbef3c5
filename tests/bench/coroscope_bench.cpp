// SPDX-License-Identifier: MIT
// coroscope-bench: the engine's hot paths, each the median of several runs, with tracing off and
// on, next to the same workloads in Python asyncio (asyncio_baseline.py, run in the same
// invocation). `coroscope-bench --json` prints {"benchmarks": [...]}.

#include <coroscope/coroscope.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <vector>

using namespace aio;
using SteadyClock = std::chrono::steady_clock;

namespace {

int g_runs = 5;

/// A realistic observer: copies every event into a buffer, as the window and --trace do. The
/// buffer is reused when full, so the figure is the cost of tracing, not of page faults on
/// ever-growing memory.
class Recorder : public TraceObserver
{
public:
    Recorder() { m_events.reserve(1 << 14); }
    void on_trace(const TraceEvent &event) override
    {
        if (m_events.size() == m_events.capacity())
            m_events.clear();
        m_events.push_back(event);
    }

private:
    std::vector<TraceEvent> m_events;
};

double ns_since(SteadyClock::time_point t0)
{
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - t0).count());
}

template<typename F>
double median_of(F &&run_once)
{
    std::vector<double> samples;
    for (int i = 0; i < g_runs; ++i)
        samples.push_back(run_once());
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

Coroutine<void> yield_loop(int n)
{
    for (int i = 0; i < n; ++i)
        co_await sleep(0);
}

Coroutine<int> trivial()
{
    co_return 1;
}

Coroutine<void> spawn_and_gather(int n)
{
    std::vector<Future<int>> tasks;
    tasks.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        tasks.push_back(create_task(trivial()));
    co_await gather(std::move(tasks));
}

Coroutine<void> future_round_trips(int n)
{
    EventLoop &loop = get_event_loop();
    for (int i = 0; i < n; ++i) {
        Future<int> f(loop);
        loop.call_soon([f]() mutable { f.set_result(1); });
        co_await f;
    }
}

Coroutine<void> sleep_10ms()
{
    co_await sleep(std::chrono::milliseconds(10));
}

Coroutine<void> gather_sleeps(int n)
{
    std::vector<Coroutine<void>> sleeps;
    sleeps.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        sleeps.push_back(sleep_10ms());
    co_await gather(std::move(sleeps));
}

Coroutine<void> wait_on(Future<void> f)
{
    co_await f;
}

/// Runs `make()` as a task on a fresh loop (tracing on or off) and returns the wall time in ns.
template<typename Make>
double timed_run(bool tracing, Make &&make)
{
    EventLoop loop;
    Recorder recorder;
    if (tracing)
        loop.add_observer(&recorder);
    const auto t0 = SteadyClock::now();
    loop.run_until_complete(make());
    return ns_since(t0);
}

QJsonObject row(const char *name, const char *unit, double value, bool tracing)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                       {QLatin1String(unit), value},
                       {QStringLiteral("tracing"), tracing},
                       {QStringLiteral("peer"), QStringLiteral("coroscope")}};
}

/// Heap bytes in use per task suspended on a future (tasks, frames, the future's waiter list:
/// what malloc reports, its own overhead included). Run first, before any free list fills.
double suspended_task_bytes(int n)
{
    EventLoop loop;
    Future<void> never(loop);
    std::vector<Task<void>> tasks;
    tasks.reserve(std::size_t(n));
    const std::size_t before = mallinfo2().uordblks;
    for (int i = 0; i < n; ++i)
        tasks.push_back(loop.create_task(wait_on(never)));
    loop.run_until([&] { return tasks.back().phase() == TaskCore::Phase::Waiting; });
    const std::size_t after = mallinfo2().uordblks;
    never.set_result();
    loop.run_until([&] { return loop.live_task_count() == 0; });
    return double(after - before) / n;
}

struct Selection
{
    QString only; ///< run just this benchmark (empty: all)
    QString tracing; ///< "off", "on" or empty for both
    bool wants(const char *name) const { return only.isEmpty() || only == QLatin1String(name); }
};

QJsonArray coroscope_rows(const Selection &selection)
{
    QJsonArray rows;
    if (selection.wants("suspended_task"))
        rows.append(row("suspended_task", "bytes_per_task", suspended_task_bytes(10'000), false));
    for (bool tracing : {false, true}) {
        if (!selection.tracing.isEmpty() && (selection.tracing == QLatin1String("on")) != tracing)
            continue;
        if (selection.wants("yield")) {
            constexpr int yields = 1'000'000;
            rows.append(row("yield", "ns_per_op",
                            median_of([&] { return timed_run(tracing, [] { return yield_loop(yields); }) / yields; }),
                            tracing));
        }
        if (selection.wants("spawn_gather")) {
            constexpr int spawns = 100'000;
            rows.append(row("spawn_gather", "ns_per_op",
                            median_of([&] { return timed_run(tracing, [] { return spawn_and_gather(spawns); }) / spawns; }),
                            tracing));
        }
        if (selection.wants("future_roundtrip")) {
            constexpr int trips = 1'000'000;
            rows.append(row("future_roundtrip", "ns_per_op",
                            median_of([&] { return timed_run(tracing, [] { return future_round_trips(trips); }) / trips; }),
                            tracing));
        }
        if (selection.wants("gather_sleep_10k")) {
            rows.append(row("gather_sleep_10k", "total_ms",
                            median_of([&] { return timed_run(tracing, [] { return gather_sleeps(10'000); }) / 1e6; }),
                            tracing));
        }
    }
    return rows;
}

QJsonArray python_rows(const QStringList &arguments)
{
    QProcess python;
    python.start(QStringLiteral("python3"), arguments);
    if (!python.waitForFinished(10 * 60 * 1000) || python.exitCode() != 0) {
        std::fprintf(stderr, "coroscope-bench: %s failed: %s\n", qPrintable(arguments.first()),
                     python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object().value(QStringLiteral("benchmarks")).toArray();
}

void print_table(const QJsonArray &rows)
{
    std::printf("%-18s %-15s %-8s %14s\n", "benchmark", "peer", "tracing", "value");
    for (const auto &v : rows) {
        const auto o = v.toObject();
        QString unit;
        double value = 0;
        for (const char *key : {"ns_per_op", "total_ms", "bytes_per_task"}) {
            if (o.contains(QLatin1String(key))) {
                unit = QLatin1String(key);
                value = o.value(QLatin1String(key)).toDouble();
            }
        }
        std::printf("%-18s %-15s %-8s %14.1f %s\n", qPrintable(o.value(QStringLiteral("name")).toString()),
                    qPrintable(o.value(QStringLiteral("peer")).toString()),
                    o.value(QStringLiteral("tracing")).toBool() ? "on" : "off", value, qPrintable(unit));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Coroscope engine benchmark with the Python asyncio baseline"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON document.")});
    parser.addOption({QStringLiteral("no-python"), QStringLiteral("Skip the Python asyncio baseline.")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run one benchmark (yield, spawn_gather, future_roundtrip, gather_sleep_10k, suspended_task)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("tracing"), QStringLiteral("Only with tracing off or on."), QStringLiteral("off|on")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (the median is reported)."), QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    g_runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QJsonArray rows = coroscope_rows(Selection{parser.value(QStringLiteral("only")), parser.value(QStringLiteral("tracing"))});
    if (!parser.isSet(QStringLiteral("no-python"))) {
        const QString bin = QCoreApplication::applicationDirPath();
        const QString script = bin + QStringLiteral("/asyncio_baseline.py");
        if (QFileInfo::exists(script)) {
            for (const auto &r : python_rows({script}))
                rows.append(r);
        } else {
            std::fprintf(stderr, "coroscope-bench: %s not found; no baseline\n", qPrintable(script));
        }
        // python_trace_step: the Python tracer's cost per task step (the tracer sits beside bin/).
        const QString tracer = bin + QStringLiteral("/../share/coroscope/python");
        if (QFileInfo::exists(tracer + QStringLiteral("/coroscope_tracer/__init__.py"))) {
            for (const auto &r : python_rows({bin + QStringLiteral("/python_trace_bench.py"), tracer}))
                rows.append(r);
        } else {
            std::fprintf(stderr, "coroscope-bench: no Python tracer in %s; no python_trace_step\n", qPrintable(tracer));
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("benchmarks"), rows}}).toJson(QJsonDocument::Indented).constData());
    } else {
        print_table(rows);
    }
    return 0;
}
