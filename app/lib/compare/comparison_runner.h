// SPDX-License-Identifier: MIT
#pragma once
// The gather comparison: fetch the same pages three ways on the caller's aio loop and time them.
//
//     ComparisonResult r = co_await run_comparison({.urls = urls}, [](const Progress &p) { ... });
//
//  - sequential: each page in turn. With `sequential_blocks` (the default) it calls the blocking
//    fetch right on the loop thread, as the tutorial's first listing calls urlopen: the loop is
//    blocked for the whole run (nothing else on it moves). Without it, each fetch is awaited in
//    turn: just as slow, but the loop stays responsive (the window may prefer that).
//  - executor: the tutorial's second listing: ensure_future of a coroutine per page that awaits
//    run_in_executor(nullptr, blocking fetch), then gather. The default pool has min(32, cores+4)
//    threads; more pages than threads wait for one.
//  - async: gather of awaitable QNetworkAccessManager requests, no threads. QNAM opens at most
//    six connections per host:port; beyond six pages per host the rest queue for a connection
//    (PageResult::sent_ms shows how long), unless the pages are spread over loopback aliases.
// Page results are in argument order. Failures are recorded (first failure per variant in
// argument order), not thrown; cancelling the awaiting task cancels the run.
// The callbacks run on the loop thread.

#include "comparison_result.h"

#include <coroscope/coroutine.h>

#include <QList>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <functional>

namespace coroscope::compare {

struct ComparisonOptions
{
    QList<QUrl> urls;
    QStringList names;                           ///< short names per URL (trace labels); default: the URL
    QList<Variant> variants{Variant::Sequential, Variant::Executor, Variant::Async};
    std::chrono::milliseconds timeout{30'000};   ///< per request
    bool sequential_blocks = true;               ///< see above
    /// One untimed request of each kind first, so one-time costs (the first network manager,
    /// the thread pool's threads) are not charged to whichever variant runs first.
    bool warm_up = true;
};

struct Progress
{
    enum class Event { Started, Finished, Failed };
    Variant variant = Variant::Sequential;
    int page = 0;         ///< index in the URL list
    Event event = Event::Started;
    double at_ms = 0;     ///< since the variant started
    std::int64_t length = -1;
    QString error;
};
using ProgressCallback = std::function<void(const Progress &)>;

/// Runs one variant.
[[nodiscard]] aio::Coroutine<VariantResult> run_variant(Variant variant, ComparisonOptions options,
                                                        ProgressCallback progress = {});
/// Runs options.variants in order (after the warm-up).
[[nodiscard]] aio::Coroutine<ComparisonResult> run_comparison(ComparisonOptions options, ProgressCallback progress = {});

} // namespace coroscope::compare
