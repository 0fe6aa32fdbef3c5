// SPDX-License-Identifier: MIT
#include "fetch_bench.h"

#include "comparison_runner.h"
#include "demo_pages.h"
#include "demo_server_thread.h"

#include <coroscope/coroscope.h>
#include <coroscope/net/blocking_fetch.h>
#include <coroscope/net/fetch.h>

#include <cstdio>

namespace bench {

namespace {

constexpr int kPageCounts[] = {6, 60, 600};
constexpr int kLatencyMs = 100;

void add_comparison_rows(QJsonArray &rows, int pages)
{
    coroscope::demo::DemoServerThread server({.latency = std::chrono::milliseconds(kLatencyMs)});
    if (!server.start()) {
        std::fprintf(stderr, "coroscope-bench: no demo server: %s\n", qPrintable(server.error_string()));
        return;
    }
    coroscope::compare::ComparisonOptions options;
    options.names = coroscope::demo::DemoPages::words(pages);
    for (int i = 0; i < pages; ++i)
        options.urls << server.page_url(options.names[i], i);
    const auto result = aio::run(coroscope::compare::run_comparison(options));
    for (const auto &v : result.variants) {
        const coroscope::compare::Parallelism parallel = result.parallelism(v.variant);
        const double ideal = result.ideal_ms(v.variant);
        QJsonObject r = row("fetch", "ratio_to_ideal", v.ok() && ideal > 0 ? v.total_ms / ideal : -1, false);
        r.insert(QStringLiteral("variant"), coroscope::compare::to_string(v.variant));
        r.insert(QStringLiteral("pages"), pages);
        r.insert(QStringLiteral("latency_ms"), kLatencyMs);
        r.insert(QStringLiteral("total_ms"), v.total_ms);
        r.insert(QStringLiteral("ideal_ms"), ideal);
        r.insert(QStringLiteral("parallel"), parallel.pages);
        r.insert(QStringLiteral("limited_by"), parallel.limited_by);
        if (!v.ok())
            r.insert(QStringLiteral("error"), v.error);
        rows.append(r);
    }
}

/// What one fetch of an instant page costs, blocking (a helper thread and a network manager
/// per call, as the executor's jobs do) and awaited (one manager, its connection reused).
void add_overhead_rows(QJsonArray &rows)
{
    coroscope::demo::DemoServerThread server({.latency = std::chrono::milliseconds(0)});
    if (!server.start())
        return;
    const QUrl url = server.page_url(QStringLiteral("apple"));
    constexpr int fetches = 200;
    const double blocking_ms = median_of([&] {
        const auto t0 = SteadyClock::now();
        for (int i = 0; i < fetches; ++i)
            (void)aio::net::blocking_fetch(url);
        return ns_since(t0) / 1e6 / fetches;
    });
    const double async_ms = median_of([&] {
        const auto t0 = SteadyClock::now();
        aio::run([](QUrl u) -> aio::Coroutine<void> {
            for (int i = 0; i < fetches; ++i)
                (void)co_await aio::net::fetch(u);
        }(url));
        return ns_since(t0) / 1e6 / fetches;
    });
    QJsonObject b = row("fetch_overhead", "ms_per_page", blocking_ms, false);
    b.insert(QStringLiteral("variant"), QStringLiteral("blocking"));
    rows.append(b);
    QJsonObject a = row("fetch_overhead", "ms_per_page", async_ms, false);
    a.insert(QStringLiteral("variant"), QStringLiteral("async"));
    rows.append(a);
}

} // namespace

QJsonArray fetch_rows(const Selection &selection)
{
    QJsonArray rows;
    if (!selection.wants_tracing(false))
        return rows;
    if (selection.wants("fetch_overhead"))
        add_overhead_rows(rows);
    if (selection.wants("fetch")) {
        for (int pages : kPageCounts)
            add_comparison_rows(rows, pages);
    }
    return rows;
}

} // namespace bench
