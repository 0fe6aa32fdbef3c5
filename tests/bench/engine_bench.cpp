// SPDX-License-Identifier: MIT
#include "engine_bench.h"

#include "signal_source.h"

#include <coroscope/coroscope.h>


using namespace aio;

namespace bench {

namespace {

/// The task counts of the scaling rows.
constexpr int kScales[] = {1'000, 10'000, 100'000, 1'000'000};

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

/// A task created and awaited, one at a time (QCoro's Task and asyncio's create_task + await).
Coroutine<void> create_and_await(int n)
{
    for (int i = 0; i < n; ++i)
        co_await create_task(trivial());
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

/// A Qt signal emitted from a queued call, awaited through a Future its slot completes: the
/// path by which Qt's own events (replies, timers, widgets) reach a waiting task.
Coroutine<void> queued_signals(int n)
{
    EventLoop &loop = get_event_loop();
    SignalSource source;
    Future<void> current;
    QObject::connect(&source, &SignalSource::fired, &source, [&current] { current.set_result(); });
    for (int i = 0; i < n; ++i) {
        current = Future<void>(loop);
        QMetaObject::invokeMethod(&source, &SignalSource::fired, Qt::QueuedConnection);
        co_await current;
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

struct Timed
{
    double ns = 0;
    double cpu_ns = 0;      ///< this thread's CPU time (not what other processes take meanwhile)
    std::size_t events = 0; ///< trace events recorded (tracing on)
};

/// Runs `make()` as a task on a fresh loop, with a TraceRecorder keeping every event when
/// `tracing`, and returns the wall time (the recorder's memory is freed after the clock stops).
template<typename Make>
Timed timed_run(bool tracing, Make &&make)
{
    EventLoop loop;
    TraceRecorder recorder;
    if (tracing)
        loop.add_observer(&recorder);
    const auto t0 = SteadyClock::now();
    const double cpu0 = thread_cpu_ns();
    loop.run_until_complete(make());
    const double cpu = thread_cpu_ns() - cpu0;
    const double ns = ns_since(t0);
    loop.remove_observer(&recorder);
    return {ns, cpu, recorder.events().size()};
}

/// One workload measured with tracing off and on. ops: what ns_per_op divides by (0: the row
/// gives total_ms instead).
struct Figure
{
    const char *name;
    int ops;
    std::function<Coroutine<void>()> make;
};

void add_figure(QJsonArray &rows, const Selection &selection, const Figure &figure, const QJsonObject &extra = {})
{
    if (!selection.wants(figure.name))
        return;
    double off_ns = -1;
    double off_cpu_ns = -1;
    for (bool tracing : {false, true}) {
        if (!selection.wants_tracing(tracing))
            continue;
        std::size_t events = 0;
        std::vector<double> cpu_samples;
        const double ns = median_of([&] {
            const Timed t = timed_run(tracing, figure.make);
            events = t.events;
            cpu_samples.push_back(t.cpu_ns);
            return t.ns;
        });
        const double cpu_ns = median(cpu_samples);
        QJsonObject r = figure.ops > 0 ? row(figure.name, "ns_per_op", ns / figure.ops, tracing)
                                       : row(figure.name, "total_ms", ns / 1e6, tracing);
        if (figure.ops > 0)
            r.insert(QStringLiteral("cpu_ns_per_op"), cpu_ns / figure.ops);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            r.insert(it.key(), it.value());
        if (!tracing) {
            off_ns = ns;
            off_cpu_ns = cpu_ns;
        } else {
            const double per_op = double(events) / std::max(1, figure.ops);
            r.insert(QStringLiteral("events"), double(events));
            if (figure.ops > 0)
                r.insert(QStringLiteral("events_per_op"), per_op);
            // What recording costs: the time tracing adds, per event it recorded.
            if (off_ns >= 0 && events > 0)
                r.insert(QStringLiteral("ns_per_event"), (ns - off_ns) / double(events));
            if (off_cpu_ns >= 0 && events > 0)
                r.insert(QStringLiteral("cpu_ns_per_event"), (cpu_ns - off_cpu_ns) / double(events));
        }
        rows.append(r);
    }
}

/// Heap bytes per task suspended on a Future: the task state, the coroutine frame, the
/// future's waiter entry, each with malloc's overhead; mmap'd blocks included.
double suspended_task_bytes(int n)
{
    EventLoop loop;
    Future<void> never(loop);
    std::vector<Task<void>> tasks;
    tasks.reserve(std::size_t(n));
    const std::size_t before = heap_bytes_in_use();
    for (int i = 0; i < n; ++i)
        tasks.push_back(loop.create_task(wait_on(never)));
    loop.run_until([&] { return tasks.back().phase() == TaskCore::Phase::Waiting; });
    const std::size_t after = heap_bytes_in_use();
    never.set_result();
    loop.run_until([&] { return loop.live_task_count() == 0; });
    return double(after) / n - double(before) / n;
}

QJsonObject with_tasks(QJsonObject r, int tasks)
{
    r.insert(QStringLiteral("tasks"), tasks);
    return r;
}

void add_suspended_task(QJsonArray &rows, const Selection &selection)
{
    if (!selection.wants("suspended_task") || !selection.wants_tracing(false))
        return;
    std::vector<std::pair<double, double>> points;
    for (int n : kScales) {
        if (n > g_max_tasks)
            break;
        const double bytes = suspended_task_bytes(n);
        points.emplace_back(n, bytes);
        rows.append(with_tasks(row("suspended_task", "bytes_per_task", bytes, false), n));
    }
    rows.append(scaling_row("suspended_task", "bytes_per_task", points));
}

void add_spawn_gather(QJsonArray &rows, const Selection &selection)
{
    if (!selection.wants("spawn_gather"))
        return;
    // The headline (100,000 tasks) with tracing off and on; the other counts with tracing off.
    constexpr int headline = 100'000;
    add_figure(rows, selection, {"spawn_gather", headline, [] { return spawn_and_gather(headline); }},
               QJsonObject{{QStringLiteral("tasks"), headline}});
    if (!selection.wants_tracing(false))
        return;
    std::vector<std::pair<double, double>> points;
    for (int n : kScales) {
        if (n > g_max_tasks)
            break;
        std::vector<double> cpu_samples;
        const double ns = median_of([&] {
            const Timed t = timed_run(false, [n] { return spawn_and_gather(n); });
            cpu_samples.push_back(t.cpu_ns);
            return t.ns;
        }) / n;
        points.emplace_back(n, ns);
        if (n != headline) {
            QJsonObject r = with_tasks(row("spawn_gather", "ns_per_op", ns, false), n);
            r.insert(QStringLiteral("cpu_ns_per_op"), median(cpu_samples) / n);
            rows.append(r);
        }
    }
    rows.append(scaling_row("spawn_gather", "ns_per_op", points));
}

/// Heap bytes a TraceRecorder keeps per recorded event (the event records, the vector's spare
/// capacity, the texts) after 10,000 tasks spawned and gathered: what a recorded run costs in
/// memory, the window's copy of the trace included in the same way.
void add_trace_bytes(QJsonArray &rows, const Selection &selection)
{
    if (!selection.wants("trace_bytes_per_event") || !selection.wants_tracing(true))
        return;
    constexpr int tasks = 10'000;
    std::size_t events = 0;
    double bytes = 0;
    {
        EventLoop loop;
        TraceRecorder recorder;
        loop.run_until_complete(spawn_and_gather(tasks)); // warms what the loop keeps for good
        const std::size_t before = heap_bytes_in_use();
        loop.add_observer(&recorder);
        loop.run_until_complete(spawn_and_gather(tasks));
        loop.remove_observer(&recorder);
        const std::size_t after = heap_bytes_in_use();
        events = recorder.events().size();
        bytes = (double(after) - double(before)) / double(events);
    }
    QJsonObject r = row("trace_bytes_per_event", "bytes_per_event", bytes, true);
    r.insert(QStringLiteral("events"), double(events));
    r.insert(QStringLiteral("record_bytes"), double(sizeof(TraceEvent)));
    rows.append(r);
}

} // namespace

QJsonArray engine_rows(const Selection &selection)
{
    QJsonArray rows;
    // First, before the other figures fill this thread's free lists (they are emptied anyway).
    add_suspended_task(rows, selection);
    add_figure(rows, selection, {"yield", 1'000'000, [] { return yield_loop(1'000'000); }});
    add_spawn_gather(rows, selection);
    add_figure(rows, selection, {"task_await", 100'000, [] { return create_and_await(100'000); }});
    add_figure(rows, selection, {"future_roundtrip", 1'000'000, [] { return future_round_trips(1'000'000); }});
    add_figure(rows, selection, {"signal_await", 100'000, [] { return queued_signals(100'000); }});
    add_figure(rows, selection, {"gather_sleep_10k", 0, [] { return gather_sleeps(10'000); }});
    add_trace_bytes(rows, selection);
    return rows;
}

} // namespace bench
