// SPDX-License-Identifier: MIT
// The engine tour: asyncio's model in a plain Qt program, built against the installed engine.
//  - two tasks count down concurrently and gather joins them (results in argument order);
//  - three pages are fetched at once from a loopback server and gathered;
//  - the run's trace is written in the Chrome Trace Event Format (open it in ui.perfetto.dev),
//    and a summary of every task is printed.
// Usage: engine-tour [TRACE.json]. Exits 0 when every result is what asyncio gives, else 1.

#include "tiny_http_server.h"

#include <coroscope/coroscope.h>
#include <coroscope/net/fetch.h>

#include <QCoreApplication>
#include <cstdio>

namespace {

// async def count_down(name, n):
aio::Coroutine<int> count_down(QString name, int n)
{
    for (int i = n; i > 0; --i) {                                // for i in range(n, 0, -1):
        aio::print(QStringLiteral("%1: %2").arg(name).arg(i));   //     print(f"{name}: {i}")
        co_await aio::sleep(0.05);                               //     await asyncio.sleep(0.05)
    }
    co_return n;                                                 // return n
}

// async def page_length(url): return len(await fetch(url))
aio::Coroutine<qint64> page_length(QUrl url)
{
    // Named, not written inline as fetch(url, {.name = ...}): GCC 12 mishandles an aggregate
    // temporary with a destructor inside a co_await expression (its QString is freed twice).
    aio::net::FetchOptions options;
    options.name = url.path();
    const aio::net::Response page = co_await aio::net::fetch(url, options);
    co_return page.length;
}

aio::Coroutine<bool> tour(QUrl server)
{
    // Tasks are scheduled at once and start on the loop's next turn.
    auto a = aio::create_task(count_down(QStringLiteral("A"), 3), QStringLiteral("A"));
    auto b = aio::create_task(count_down(QStringLiteral("B"), 2), QStringLiteral("B"));
    const double started = aio::get_event_loop().time();
    auto [from_a, from_b] = co_await aio::gather(a, b);          // a, b = await asyncio.gather(a, b)
    const double counting_ms = (aio::get_event_loop().time() - started) * 1000;
    aio::print(QStringLiteral("gather(A, B) = (%1, %2) after %3 ms: the longer one, not the sum")
                   .arg(from_a).arg(from_b).arg(counting_ms, 0, 'f', 0));

    // One named task per page (gather would wrap coroutines in unnamed tasks); they fetch at once.
    std::vector<aio::Task<qint64>> fetches;
    for (const QString &path : {QStringLiteral("apple"), QStringLiteral("banana"), QStringLiteral("cherry")})
        fetches.push_back(aio::create_task(page_length(server.resolved(QUrl(path))), QStringLiteral("fetch ") + path));
    const std::vector<qint64> lengths = co_await aio::gather(std::move(fetches));
    aio::print(QStringLiteral("page lengths: [%1, %2, %3]").arg(lengths[0]).arg(lengths[1]).arg(lengths[2]));

    // The tiny server repeats the path 100 times: "/apple" x 100 + "\n" is 601 bytes.
    co_return from_a == 3 && from_b == 2 && lengths == std::vector<qint64>{601, 701, 701};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString trace_path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("engine-tour-trace.json");
    TinyHttpServer server;
    if (server.base_url().isEmpty()) {
        std::fputs("engine-tour: cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }

    aio::EventLoop loop;            // loop = asyncio.new_event_loop()
    aio::TraceRecorder recorder;    // every task's life, as events
    loop.add_observer(&recorder);
    bool ok = false;
    try {
        // loop.run_until_complete(tour())
        ok = loop.run_until_complete(loop.create_task(tour(server.base_url()), QStringLiteral("tour")));
    } catch (const std::exception &error) {
        std::fprintf(stderr, "engine-tour: %s\n", error.what());
    }
    const std::int64_t end_ns = loop.now_ns();
    loop.remove_observer(&recorder);
    loop.close();

    for (const aio::TaskSummary &task : aio::summarize_tasks(recorder.events(), end_ns))
        if (task.kind == aio::SpawnKind::Task)
            std::printf("task %-14s %-5s %zu steps, busy %.2f ms, waiting %.1f ms\n",
                        qPrintable(task.name), aio::to_string(task.status), task.steps,
                        double(task.busy_ns) / 1e6, double(task.waiting_ns) / 1e6);

    QString error;
    if (!aio::write_chrome_trace(trace_path, recorder.events(), &error)) {
        std::fprintf(stderr, "engine-tour: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%zu trace events written to %s\n", recorder.events().size(), qPrintable(trace_path));
    return ok ? 0 : 1;
}
