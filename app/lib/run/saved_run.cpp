// SPDX-License-Identifier: MIT
#include "saved_run.h"

#include <coroscope/chrome_trace.h>
#include <coroscope/trace_json.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cctype>
#include <cmath>

namespace coroscope {

namespace {

const QString k_coroscope = QStringLiteral("coroscope");
const QString k_format = QStringLiteral("format");

QString producer()
{
    return QStringLiteral("Coroscope " COROSCOPE_VERSION);
}

const char *clock_name(aio::ClockMode clock)
{
    switch (clock) {
    case aio::ClockMode::Real: return "real";
    case aio::ClockMode::Scaled: return "scaled";
    case aio::ClockMode::Virtual: return "virtual";
    }
    return "real";
}

bool clock_from_name(const QString &name, aio::ClockMode &out)
{
    for (aio::ClockMode mode : {aio::ClockMode::Real, aio::ClockMode::Scaled, aio::ClockMode::Virtual})
        if (name == QLatin1String(clock_name(mode))) {
            out = mode;
            return true;
        }
    return false;
}

/// A whole number of `object[key]` (false when absent or not whole).
bool whole(const QJsonObject &object, const QString &key, qint64 &out)
{
    const QJsonValue value = object.value(key);
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(d) || d != std::trunc(d) || std::abs(d) > 9.2e18)
        return false;
    out = value.toInteger();
    return true;
}

/// Where parsing stopped is the end of what was written: the file was cut short (a copy that
/// stopped, a disk that filled up), as opposed to text that is not JSON at all.
bool cut_short(const QByteArray &data, const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::TerminationByNumber:
        break;
    default:
        return false;
    }
    qsizetype end = data.size();
    while (end > 0 && std::isspace(static_cast<unsigned char>(data[end - 1])))
        --end;
    // The parser reports the error at (or a few bytes before) the end of the data it was given.
    return error.offset >= end - 8;
}

} // namespace

SavedRun saved_run(const RunResult &result, const RunOptions &options)
{
    SavedRun run;
    run.scenario = result.scenario;
    run.params = result.params;
    run.clock = options.clock;
    run.speed = options.speed;
    run.main_task = result.main_task;
    run.elapsed_ns = result.elapsed_ns;
    run.end_ns = result.end_ns;
    run.finished = result.finished;
    run.error = result.error;
    run.events = result.events;
    run.reports = result.timed_reports;
    return run;
}

QByteArray saved_run_json(const SavedRun &run)
{
    QJsonArray reports;
    for (const RunReport &report : run.reports)
        reports.append(QJsonObject{{QStringLiteral("after"), qint64(report.after_events)},
                                   {QStringLiteral("t"), qint64(report.t_ns)},
                                   {QStringLiteral("message"), report.message}});
    const QJsonObject record{
        {k_format, saved_run_format},
        {QStringLiteral("producer"), producer()},
        {QStringLiteral("scenario"), run.scenario},
        {QStringLiteral("params"), QJsonObject::fromVariantMap(run.params)},
        {QStringLiteral("clock"), QLatin1String(clock_name(run.clock))},
        {QStringLiteral("speed"), run.speed},
        {QStringLiteral("main_task"), qint64(run.main_task)},
        {QStringLiteral("elapsed_ns"), qint64(run.elapsed_ns)},
        {QStringLiteral("end_ns"), qint64(run.end_ns)},
        {QStringLiteral("finished"), run.finished},
        {QStringLiteral("error"), run.error},
        {QStringLiteral("reports"), reports},
        {QStringLiteral("trace"), aio::trace_to_json(run.events)},
    };
    aio::ChromeTraceExtras extras;
    extras.other_data = QJsonObject{{QStringLiteral("producer"), producer()},
                                    {QStringLiteral("coroscope_format"), saved_run_format},
                                    {QStringLiteral("scenario"), run.scenario}};
    extras.metadata = QJsonObject{{k_coroscope, record}};
    return aio::to_chrome_trace(run.events, extras);
}

bool write_saved_run(const QString &path, const SavedRun &run, QString *error)
{
    return aio::write_chrome_trace_json(path, saved_run_json(run), error);
}

bool read_saved_run(const QString &path, SavedRun &run, QString *error)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot open %1: %2.").arg(name, file.errorString());
        return false;
    }
    return parse_saved_run(file.readAll(), name, run, error);
}

bool parse_saved_run(const QByteArray &data, const QString &name, SavedRun &run, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (data.trimmed().isEmpty())
        return fail(QStringLiteral("%1 is empty: it is not a Coroscope trace.").arg(name));
    QJsonParseError parse_error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parse_error);
    if (parse_error.error != QJsonParseError::NoError) {
        const char first = data.trimmed().front();
        if ((first == '{' || first == '[') && cut_short(data, parse_error))
            return fail(QStringLiteral("%1 is truncated: it stops after %2 bytes, in the middle of the trace "
                                       "(was it saved or copied only in part?).")
                            .arg(name)
                            .arg(data.size()));
        return fail(QStringLiteral("%1 is not a Coroscope trace: it is not JSON (%2 at byte %3).")
                        .arg(name, parse_error.errorString())
                        .arg(parse_error.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("traceEvents")).isArray())
        return fail(QStringLiteral("%1 is not a Coroscope trace: it is JSON, but has no list of trace events.").arg(name));
    const QJsonValue record_value = root.value(QStringLiteral("metadata")).toObject().value(k_coroscope);
    if (!record_value.isObject())
        return fail(QStringLiteral("%1 is a trace from another tool, not a Coroscope run: it has no Coroscope record "
                                   "(metadata.coroscope), so there is nothing to restore the window from.")
                        .arg(name));
    const QJsonObject record = record_value.toObject();
    const auto damaged = [&](const QString &what) {
        return fail(QStringLiteral("%1 has a damaged Coroscope record: %2.").arg(name, what));
    };
    qint64 format = 0;
    if (!whole(record, k_format, format) || format < 1)
        return damaged(QStringLiteral("no format version"));
    if (format > saved_run_format)
        return fail(QStringLiteral("%1 was written by a newer Coroscope (%2, trace format %3); this one reads "
                                   "format %4 and older. Update Coroscope to open it.")
                        .arg(name, record.value(QStringLiteral("producer")).toString(QStringLiteral("unknown version")))
                        .arg(format)
                        .arg(saved_run_format));

    SavedRun out;
    out.producer = record.value(QStringLiteral("producer")).toString();
    out.scenario = record.value(QStringLiteral("scenario")).toString();
    if (out.scenario.isEmpty())
        return damaged(QStringLiteral("no scenario id"));
    if (!record.value(QStringLiteral("params")).isObject())
        return damaged(QStringLiteral("no parameters"));
    out.params = record.value(QStringLiteral("params")).toObject().toVariantMap();
    if (!clock_from_name(record.value(QStringLiteral("clock")).toString(), out.clock))
        return damaged(QStringLiteral("an unknown clock '%1'").arg(record.value(QStringLiteral("clock")).toString()));
    out.speed = record.value(QStringLiteral("speed")).toDouble(1.0);
    qint64 main_task = 0, elapsed = 0, end = 0;
    if (!whole(record, QStringLiteral("main_task"), main_task) || main_task < 0
        || !whole(record, QStringLiteral("elapsed_ns"), elapsed) || !whole(record, QStringLiteral("end_ns"), end) || end < 0)
        return damaged(QStringLiteral("no main task or loop times"));
    out.main_task = std::uint64_t(main_task);
    out.elapsed_ns = elapsed;
    out.end_ns = end;
    out.finished = record.value(QStringLiteral("finished")).toBool(true);
    out.error = record.value(QStringLiteral("error")).toString();
    out.python_script = record.value(QStringLiteral("python")).toObject().value(QStringLiteral("script")).toString();

    QString why;
    if (!aio::trace_from_json(record.value(QStringLiteral("trace")).toObject(), out.events, &why))
        return damaged(why);
    for (const QJsonValue &value : record.value(QStringLiteral("reports")).toArray()) {
        const QJsonObject report = value.toObject();
        qint64 after = 0, t = 0;
        if (!whole(report, QStringLiteral("after"), after) || !whole(report, QStringLiteral("t"), t) || after < 0
            || after > qint64(out.events.size()) || !report.value(QStringLiteral("message")).isString())
            return damaged(QStringLiteral("a report out of place"));
        if (!out.reports.empty() && std::size_t(after) < out.reports.back().after_events)
            return damaged(QStringLiteral("reports out of order"));
        out.reports.push_back({t, report.value(QStringLiteral("message")).toString(), std::size_t(after)});
    }
    run = std::move(out);
    return true;
}

} // namespace coroscope
