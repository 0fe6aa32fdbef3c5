// SPDX-License-Identifier: MIT
#pragma once
// What a gather comparison measured: per variant, the total and each page's length and timing,
// pages always in argument order (whatever order they finished in).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <cstdint>
#include <vector>

namespace coroscope::compare {

/// The three ways of fetching the same pages.
enum class Variant {
    Sequential, ///< one after another (the tutorial's first listing)
    Executor,   ///< blocking fetches in run_in_executor + ensure_future + gather (its second listing)
    Async,      ///< a gather of awaitable QNetworkAccessManager requests: no threads
};
[[nodiscard]] QString to_string(Variant variant);

struct PageResult
{
    QUrl url;
    QString name;                    ///< short name (the search word)
    std::int64_t length = -1;        ///< body bytes; -1 when it failed
    double start_ms = 0;             ///< since the variant started
    double end_ms = 0;
    double sent_ms = -1;             ///< async only: when the request went on the wire (queued until then)
    double server_latency_ms = -1;   ///< the demo server's X-Demo-Latency-Ms, -1 if absent
    QString error;                   ///< empty when it succeeded
};

struct VariantResult
{
    Variant variant = Variant::Sequential;
    double total_ms = 0;
    std::vector<PageResult> pages;   ///< argument order; a failed sequential run stops early
    QString error;                   ///< the first failure in argument order, if any
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] QList<std::int64_t> lengths() const;
    [[nodiscard]] QJsonObject to_json() const;
};

/// How many pages a variant has in flight at once, and what sets that number.
struct Parallelism
{
    int pages = 1;
    QString limited_by;
};

/// QNetworkAccessManager's HTTP/1.1 connections per host:port.
inline constexpr int kConnectionsPerHost = 6;

struct ComparisonResult
{
    QList<QUrl> urls;
    std::vector<VariantResult> variants; ///< in the order they ran
    int executor_threads = 0;            ///< the default executor's threads during the run
    [[nodiscard]] Parallelism parallelism(Variant variant) const;
    /// The shortest total `variant` could take: the pages' latencies laid out in argument order
    /// on parallelism(variant).pages slots, each page going to the first free one (what a pool
    /// or a connection queue does). Sequential: the sum; concurrent: about
    /// ceil(pages / parallel) x latency. 0 when a page's latency is unknown.
    [[nodiscard]] double ideal_ms(Variant variant) const;
    [[nodiscard]] const VariantResult *find(Variant variant) const;
    /// sequential total / the best concurrent total (0 when either is missing or failed).
    [[nodiscard]] double speedup() const;
    [[nodiscard]] bool ok() const;
    /// The server's per-page latencies (from the first variant with them), -1 where unknown.
    [[nodiscard]] QList<double> server_latencies_ms() const;
};

} // namespace coroscope::compare
