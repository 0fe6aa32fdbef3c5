// SPDX-License-Identifier: MIT
// coroscope gather: the tutorial's lesson as a measurement. The same pages are fetched
// sequentially, with blocking fetches in the executor, and with awaitable requests; the totals
// show sum-of-latencies versus slowest-page.

#include "commands.h"

#include "comparison_runner.h"
#include "demo_pages.h"
#include "demo_server_thread.h"

#include <coroscope/net/fetch.h>
#include <coroscope/run.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace coroscope::cli {

namespace {

using compare::ComparisonResult;
using compare::Variant;

struct GatherSettings
{
    QList<QUrl> urls;
    QStringList names;
    qint64 pages = 6;
    qint64 latency_ms = 200;
    qint64 hosts = 1;
    qint64 timeout_ms = 30'000;
    bool json = false;
    bool own_server = true;
};


/// Parses the command line; returns an exit code to stop with, or nothing to go on.
std::optional<int> parse(const QStringList &arguments, GatherSettings &s)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Fetches the same pages three ways and times them: sequential (one after another, blocking),\n"
        "executor (blocking fetches in run_in_executor + gather, the tutorial's way) and async\n"
        "(a gather of awaitable requests, no threads). Without --url it starts the loopback demo\n"
        "server and fetches the tutorial's pages (apple, pear, grape, pineapple, orange, strawberry...)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pages"), QCoreApplication::translate("cli", "Number of demo pages (default 6, 1-1000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("latency-ms"), QCoreApplication::translate("cli", "Demo server latency per page (default 200)."), QStringLiteral("L")});
    parser.addOption({QStringLiteral("url"), QCoreApplication::translate("cli", "Fetch this http(s) URL instead of demo pages (repeatable)."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("hosts"),
                      QCoreApplication::translate("cli", "Spread demo pages over 127.0.0.1 .. 127.0.0.<H>: each is a separate host with its own "
                                     "six connections (default 1)."),
                      QStringLiteral("H")});
    parser.addOption({QStringLiteral("timeout-ms"), QCoreApplication::translate("cli", "Per-request timeout (default 30000)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of a table.")});
    if (!parser.parse(QStringList{QStringLiteral("coroscope gather")} + arguments)) {
        print_error(QCoreApplication::translate("cli", "gather: %1 (see coroscope gather --help)").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print_help(parser, QStringLiteral("coroscope gather [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print_error(QCoreApplication::translate("cli", "gather: unexpected argument '%1' (URLs go after --url)").arg(parser.positionalArguments().first()));
        return 2;
    }
    const QString command = QStringLiteral("gather");
    if (!read_int(command, parser, QStringLiteral("pages"), 1, 1000, s.pages)
        || !read_int(command, parser, QStringLiteral("latency-ms"), 0, 60'000, s.latency_ms)
        || !read_int(command, parser, QStringLiteral("hosts"), 1, 64, s.hosts)
        || !read_int(command, parser, QStringLiteral("timeout-ms"), 1, 600'000, s.timeout_ms))
        return 2;
    s.json = parser.isSet(QStringLiteral("json"));
    const QStringList urls = parser.values(QStringLiteral("url"));
    if (!urls.isEmpty()) {
        for (const char *demo_only : {"pages", "latency-ms", "hosts"}) {
            if (parser.isSet(QLatin1String(demo_only))) {
                print_error(QCoreApplication::translate("cli", "gather: --%1 applies to the demo server's pages, not to --url").arg(QLatin1String(demo_only)));
                return 2;
            }
        }
        for (const QString &text : urls) {
            try {
                s.urls << aio::net::parse_url(text);
            } catch (const aio::net::NetworkError &e) {
                print_error(QStringLiteral("gather: %1").arg(e.message()));
                return 2;
            }
        }
        s.pages = s.urls.size();
        s.own_server = false;
    }
    return std::nullopt;
}

QString join_lengths(const QList<std::int64_t> &lengths)
{
    QStringList parts;
    for (auto n : lengths)
        parts << QString::number(n);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QJsonValue number_or_null(double value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

void print_json(const GatherSettings &s, const ComparisonResult &r, const QUrl &server)
{
    const QList<double> latencies = r.server_latencies_ms();
    const bool all_known = std::all_of(latencies.begin(), latencies.end(), [](double v) { return v >= 0; });
    double sum = 0, max = 0;
    QJsonArray latency_json;
    for (double v : latencies) {
        latency_json.append(number_or_null(v));
        sum += std::max(v, 0.0);
        max = std::max(max, v);
    }
    QJsonArray urls, names, variants;
    for (int i = 0; i < s.urls.size(); ++i) {
        urls.append(s.urls[i].toString());
        names.append(s.names.value(i, s.urls[i].toDisplayString()));
    }
    QJsonObject out{{QStringLiteral("pages"), qint64(s.pages)},
                    {QStringLiteral("latency_ms"), s.own_server ? QJsonValue(qint64(s.latency_ms)) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("hosts"), qint64(s.hosts)},
                    {QStringLiteral("server"), s.own_server ? QJsonValue(server.toString()) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("urls"), urls},
                    {QStringLiteral("names"), names},
                    {QStringLiteral("page_latency_ms"), latency_json},
                    {QStringLiteral("sum_latency_ms"), all_known ? QJsonValue(sum) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("max_latency_ms"), all_known ? QJsonValue(max) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("speedup"), std::round(r.speedup() * 100.0) / 100.0},
                    {QStringLiteral("ok"), r.ok()}};
    for (const auto &v : r.variants) {
        const QString name = compare::to_string(v.variant);
        out[name + QStringLiteral("_ms")] = std::round(v.total_ms * 10.0) / 10.0;
        QJsonArray lengths;
        for (auto n : v.lengths())
            lengths.append(qint64(n));
        out[name + QStringLiteral("_lengths")] = lengths;
        QJsonObject variant = v.to_json();
        const double ideal = r.ideal_ms(v.variant);
        const compare::Parallelism parallel = r.parallelism(v.variant);
        variant[QStringLiteral("ideal_ms")] = ideal > 0 ? QJsonValue(std::round(ideal * 10.0) / 10.0) : QJsonValue(QJsonValue::Null);
        variant[QStringLiteral("ratio_to_ideal")] = ideal > 0 && v.ok() ? QJsonValue(std::round(v.total_ms / ideal * 1000.0) / 1000.0)
                                                                        : QJsonValue(QJsonValue::Null);
        variant[QStringLiteral("parallel")] = parallel.pages;
        variant[QStringLiteral("limited_by")] = parallel.limited_by;
        variants.append(variant);
    }
    out[QStringLiteral("variants")] = variants;
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
}

/// How many terminal columns `text` takes: Hangul and other wide characters take two.
int columns(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60);
        n += wide ? 2 : 1;
    }
    return n;
}

/// `text` padded to `width` columns, on the right (left-aligned) or on the left.
QString pad(const QString &text, int width, bool left_aligned)
{
    const QString fill(std::max(0, width - columns(text)), u' ');
    return left_aligned ? text + fill : fill + text;
}

/// Each variant against the best it could do with the pages it can have in flight.
QString ideal_table(const ComparisonResult &r)
{
    QString out;
    for (const auto &v : r.variants) {
        const double ideal = r.ideal_ms(v.variant);
        if (ideal <= 0 || !v.ok())
            continue;
        if (out.isEmpty())
            out += u'\n' + pad(QCoreApplication::translate("cli", "variant"), 11, true) + u' '
                   + pad(QCoreApplication::translate("cli", "ideal ms"), 10, false) + u' '
                   + pad(QCoreApplication::translate("cli", "vs ideal"), 9, false) + QStringLiteral("  ")
                   + QCoreApplication::translate("cli", "pages in flight") + u'\n';
        const compare::Parallelism parallel = r.parallelism(v.variant);
        out += pad(compare::to_string(v.variant), 11, true) + u' ' + pad(QString::number(ideal, 'f', 1), 10, false) + u' '
               + pad(QString::number(v.total_ms / ideal, 'f', 2) + u'x', 9, false)
               + QStringLiteral("  %1 (%2)\n").arg(parallel.pages).arg(parallel.limited_by);
    }
    return out;
}

void print_table(const GatherSettings &s, const ComparisonResult &r, const QUrl &server)
{
    // The variant names (sequential, executor, async) are names from the code, as in --json.
    QString out;
    if (s.own_server) {
        out += (s.hosts > 1 ? QCoreApplication::translate("cli", "%1 pages from the demo server at %2 (latency %3 ms + up to 10 % per page, over %4 loopback hosts)")
                                  .arg(s.pages)
                                  .arg(server.toString())
                                  .arg(s.latency_ms)
                                  .arg(s.hosts)
                            : QCoreApplication::translate("cli", "%1 pages from the demo server at %2 (latency %3 ms + up to 10 % per page)")
                                  .arg(s.pages)
                                  .arg(server.toString())
                                  .arg(s.latency_ms));
    } else {
        out += QCoreApplication::translate("cli", "%1 URLs").arg(s.pages);
    }
    out += QStringLiteral("\n\n");
    out += pad(QCoreApplication::translate("cli", "variant"), 11, true) + u' ' + pad(QCoreApplication::translate("cli", "total ms"), 10, false) + u' '
           + pad(QCoreApplication::translate("cli", "speedup"), 9, false) + QStringLiteral("  ") + QCoreApplication::translate("cli", "page lengths (argument order)") + u'\n';
    const compare::VariantResult *seq = r.find(Variant::Sequential);
    for (const auto &v : r.variants) {
        const QString speedup = seq && seq->ok() && v.ok() && v.total_ms > 0 ? QStringLiteral("%1x").arg(seq->total_ms / v.total_ms, 0, 'f', 2)
                                                                              : QStringLiteral("-");
        out += pad(compare::to_string(v.variant), 11, true) + u' ' + pad(QString::number(v.total_ms, 'f', 1), 10, false) + u' '
               + pad(speedup, 9, false) + QStringLiteral("  ")
               + (v.ok() ? join_lengths(v.lengths()) : QCoreApplication::translate("cli", "FAILED: %1").arg(v.error)) + u'\n';
    }
    const QList<double> latencies = r.server_latencies_ms();
    out += u'\n' + pad(QCoreApplication::translate("cli", "page"), 12, true) + u' ' + pad(QCoreApplication::translate("cli", "latency"), 8, false);
    for (const auto &v : r.variants)
        out += QStringLiteral("  ") + pad(compare::to_string(v.variant), 15, false);
    out += u'\n' + pad(QString(), 12, true) + u' ' + pad(QStringLiteral("ms"), 8, false);
    for (std::size_t i = 0; i < r.variants.size(); ++i)
        out += QStringLiteral("  ") + pad(QCoreApplication::translate("cli", "start-end ms"), 15, false);
    out += u'\n';
    double sum = 0, max = 0;
    for (int i = 0; i < s.urls.size(); ++i) {
        const double latency = latencies.value(i, -1);
        sum += std::max(latency, 0.0);
        max = std::max(max, latency);
        out += pad(s.names.value(i, QString::number(i + 1)).left(12), 12, true) + u' '
               + pad(latency >= 0 ? QString::number(latency) : QStringLiteral("?"), 8, false);
        for (const auto &v : r.variants) {
            const bool fetched = std::size_t(i) < v.pages.size() && v.pages[std::size_t(i)].error.isEmpty();
            const QString span = fetched ? QStringLiteral("%1-%2")
                                               .arg(v.pages[std::size_t(i)].start_ms, 0, 'f', 0)
                                               .arg(v.pages[std::size_t(i)].end_ms, 0, 'f', 0)
                                         : QStringLiteral("-");
            out += QStringLiteral("  ") + pad(span, 15, false);
        }
        out += u'\n';
    }
    if (std::all_of(latencies.begin(), latencies.end(), [](double v) { return v >= 0; }))
        out += u'\n'
               + QCoreApplication::translate("cli", "sum of latencies %1 ms (what sequential costs); slowest page %2 ms (what concurrent costs)")
                     .arg(sum, 0, 'f', 0)
                     .arg(max, 0, 'f', 0)
               + u'\n';
    if (r.speedup() > 0)
        out += QCoreApplication::translate("cli", "speedup %1x (sequential / best concurrent)").arg(r.speedup(), 0, 'f', 2) + u'\n';
    out += ideal_table(r);
    std::fputs(out.toUtf8().constData(), stdout);
}

} // namespace

int gather_command(const QStringList &arguments)
{
    GatherSettings s;
    if (const auto code = parse(arguments, s))
        return *code;

    std::optional<demo::DemoServerThread> server;
    QUrl server_url;
    if (s.own_server) {
        demo::DemoServerOptions options;
        options.latency = std::chrono::milliseconds(s.latency_ms);
        options.hosts = int(s.hosts);
        server.emplace(options);
        if (!server->start()) {
            print_error(QCoreApplication::translate("cli", "gather: cannot start the demo server: %1").arg(server->error_string()));
            return 1;
        }
        server_url = server->base_url();
        if (server->host_count() < s.hosts)
            print_error(QCoreApplication::translate("cli", "gather: this OS allows only %1 of the %2 loopback hosts; pages share them")
                            .arg(server->host_count())
                            .arg(s.hosts));
        s.names = demo::DemoPages::words(int(s.pages));
        for (int i = 0; i < s.names.size(); ++i)
            s.urls << server->page_url(s.names[i], i);
    }

    compare::ComparisonOptions options;
    options.urls = s.urls;
    options.names = s.names;
    options.timeout = std::chrono::milliseconds(s.timeout_ms);
    ComparisonResult result;
    try {
        result = aio::run(compare::run_comparison(options));
    } catch (const std::exception &e) {
        print_error(QStringLiteral("gather: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    if (s.json)
        print_json(s, result, server_url);
    else
        print_table(s, result, server_url);
    std::fflush(stdout);
    for (const auto &v : result.variants)
        if (!v.ok())
            print_error(QStringLiteral("gather: %1: %2").arg(compare::to_string(v.variant), v.error));
    return result.ok() ? 0 : 1;
}

} // namespace coroscope::cli
