// SPDX-License-Identifier: MIT
#include "comparison_result.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <functional>
#include <queue>

namespace coroscope::compare {

namespace {
double rounded(double ms)
{
    return std::round(ms * 10.0) / 10.0;
}
} // namespace

QString to_string(Variant variant)
{
    switch (variant) {
    case Variant::Sequential: return QStringLiteral("sequential");
    case Variant::Executor: return QStringLiteral("executor");
    case Variant::Async: return QStringLiteral("async");
    }
    return {};
}

QList<std::int64_t> VariantResult::lengths() const
{
    QList<std::int64_t> out;
    for (const auto &p : pages)
        out << p.length;
    return out;
}

QJsonObject VariantResult::to_json() const
{
    QJsonArray lengths_json;
    QJsonArray pages_json;
    for (const auto &p : pages) {
        lengths_json.append(qint64(p.length));
        QJsonObject page{{QStringLiteral("url"), p.url.toString()},
                         {QStringLiteral("name"), p.name},
                         {QStringLiteral("length"), qint64(p.length)},
                         {QStringLiteral("start_ms"), rounded(p.start_ms)},
                         {QStringLiteral("end_ms"), rounded(p.end_ms)}};
        if (p.sent_ms >= 0)
            page[QStringLiteral("sent_ms")] = rounded(p.sent_ms);
        if (p.server_latency_ms >= 0)
            page[QStringLiteral("server_latency_ms")] = p.server_latency_ms;
        if (!p.error.isEmpty())
            page[QStringLiteral("error")] = p.error;
        pages_json.append(page);
    }
    QJsonObject out{{QStringLiteral("variant"), to_string(variant)},
                    {QStringLiteral("total_ms"), rounded(total_ms)},
                    {QStringLiteral("lengths"), lengths_json},
                    {QStringLiteral("pages"), pages_json}};
    if (!error.isEmpty())
        out[QStringLiteral("error")] = error;
    return out;
}

const VariantResult *ComparisonResult::find(Variant variant) const
{
    for (const auto &v : variants)
        if (v.variant == variant)
            return &v;
    return nullptr;
}

double ComparisonResult::speedup() const
{
    const VariantResult *seq = find(Variant::Sequential);
    if (!seq || !seq->ok())
        return 0;
    double best = 0;
    for (Variant v : {Variant::Executor, Variant::Async}) {
        const VariantResult *r = find(v);
        if (r && r->ok() && r->total_ms > 0 && (best == 0 || r->total_ms < best))
            best = r->total_ms;
    }
    return best > 0 ? seq->total_ms / best : 0;
}

bool ComparisonResult::ok() const
{
    return std::all_of(variants.begin(), variants.end(), [](const VariantResult &v) { return v.ok(); });
}

QList<double> ComparisonResult::server_latencies_ms() const
{
    QList<double> out(urls.size(), -1.0);
    for (const auto &v : variants)
        for (std::size_t i = 0; i < v.pages.size() && i < std::size_t(out.size()); ++i)
            if (out[qsizetype(i)] < 0)
                out[qsizetype(i)] = v.pages[i].server_latency_ms;
    return out;
}

Parallelism ComparisonResult::parallelism(Variant variant) const
{
    switch (variant) {
    case Variant::Sequential:
        return {1, QStringLiteral("one page at a time")};
    case Variant::Executor:
        // Each blocking fetch opens its own connection: only the pool's threads limit it.
        return {std::max(1, executor_threads), QStringLiteral("executor threads")};
    case Variant::Async: {
        QSet<QString> hosts;
        for (const QUrl &url : urls)
            hosts.insert(url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80)));
        return {kConnectionsPerHost * int(std::max<qsizetype>(1, hosts.size())),
                QStringLiteral("%1 connections per host x %2 host(s)").arg(kConnectionsPerHost).arg(std::max<qsizetype>(1, hosts.size()))};
    }
    }
    return {};
}

double ComparisonResult::ideal_ms(Variant variant) const
{
    const QList<double> latencies = server_latencies_ms();
    if (latencies.isEmpty() || std::any_of(latencies.begin(), latencies.end(), [](double v) { return v < 0; }))
        return 0;
    std::priority_queue<double, std::vector<double>, std::greater<>> free_at;
    for (int i = 0; i < parallelism(variant).pages; ++i)
        free_at.push(0);
    double end = 0;
    for (double latency : latencies) {
        const double start = free_at.top();
        free_at.pop();
        free_at.push(start + latency);
        end = std::max(end, start + latency);
    }
    return end;
}

} // namespace coroscope::compare
