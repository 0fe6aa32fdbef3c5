// SPDX-License-Identifier: MIT
// coroscope-bench: the engine's hot paths, each the median of several runs, with tracing off and
// on, next to the same workloads in QCoro (when installed) and Python asyncio
// (asyncio_baseline.py), all in the same invocation. `coroscope-bench --json` prints
// {"benchmarks": [...]}.

#include "bench_support.h"
#include "engine_bench.h"
#include "fetch_bench.h"
#include "qcoro_bench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <cstdio>

namespace {

/// The rows another program prints as JSON: a Python script (the asyncio baseline, the tracer's
/// cost) or coroscope-window-bench.
QJsonArray process_rows(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(20 * 60 * 1000) || process.exitCode() != 0) {
        std::fprintf(stderr, "coroscope-bench: %s failed: %s\n", qPrintable(arguments.value(0, program)),
                     process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("benchmarks")).toArray();
}

QJsonArray python_rows(const QStringList &arguments)
{
    return process_rows(QStringLiteral("python3"), arguments);
}

void print_table(const QJsonArray &rows)
{
    std::printf("%-24s %-15s %-8s %8s %14s\n", "benchmark", "peer", "tracing", "tasks", "value");
    for (const auto &v : rows) {
        const auto o = v.toObject();
        QString unit;
        double value = 0;
        for (const char *key : {"ns_per_op", "total_ms", "bytes_per_task", "ratio_to_ideal", "ms_per_frame",
                                "events_per_s", "bytes_per_event", "ms_per_page", "slope_per_decade", "ratio_to_before"}) {
            if (o.contains(QLatin1String(key))) {
                unit = QLatin1String(key);
                value = o.value(QLatin1String(key)).toDouble();
                break;
            }
        }
        const QString size = o.contains(QStringLiteral("tasks")) ? QString::number(o.value(QStringLiteral("tasks")).toInt())
                             : o.contains(QStringLiteral("pages")) ? QStringLiteral("p%1").arg(o.value(QStringLiteral("pages")).toInt())
                             : o.contains(QStringLiteral("lanes")) ? QStringLiteral("l%1").arg(o.value(QStringLiteral("lanes")).toInt())
                                                                  : QString();
        QString note;
        if (o.contains(QStringLiteral("cpu_ns_per_op")))
            note = QStringLiteral("  (CPU %1 ns)").arg(o.value(QStringLiteral("cpu_ns_per_op")).toDouble(), 0, 'f', 1);
        if (o.contains(QStringLiteral("ns_per_event")))
            note += QStringLiteral("  (%1 ns per recorded event, CPU %2 ns)")
                        .arg(o.value(QStringLiteral("ns_per_event")).toDouble(), 0, 'f', 1)
                        .arg(o.value(QStringLiteral("cpu_ns_per_event")).toDouble(), 0, 'f', 1);
        if (o.contains(QStringLiteral("variant")))
            note = QStringLiteral("  %1").arg(o.value(QStringLiteral("variant")).toString());
        std::printf("%-24s %-15s %-8s %8s %14.2f %s%s\n", qPrintable(o.value(QStringLiteral("name")).toString()),
                    qPrintable(o.value(QStringLiteral("peer")).toString()),
                    o.value(QStringLiteral("tracing")).toBool() ? "on" : "off", qPrintable(size), value,
                    qPrintable(unit), qPrintable(note));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Coroscope engine benchmark with its peers (QCoro, Python asyncio)"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON document.")});
    parser.addOption({QStringLiteral("no-python"), QStringLiteral("Skip the Python asyncio baseline.")});
    parser.addOption({QStringLiteral("no-qcoro"), QStringLiteral("Skip the QCoro rows.")});
    parser.addOption({QStringLiteral("no-fetch"), QStringLiteral("Skip the fetch rows (they take a minute and a half).")});
    parser.addOption({QStringLiteral("no-window"), QStringLiteral("Skip the window rows (coroscope-window-bench).")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run one benchmark (yield, spawn_gather, task_await, future_roundtrip, signal_await, "
                                     "gather_sleep_10k, suspended_task, trace_bytes_per_event, fetch, fetch_overhead, python_trace_step, "
                                     "timeline_frame, ingest_events, reset_memory)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("tracing"), QStringLiteral("Only with tracing off or on."), QStringLiteral("off|on")});
    parser.addOption({QStringLiteral("max-tasks"), QStringLiteral("The largest task count of the scaling rows."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (the median is reported)."), QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    bench::g_runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    bench::g_max_tasks = std::max(1000, parser.value(QStringLiteral("max-tasks")).toInt());
    const bench::Selection selection{parser.value(QStringLiteral("only")), parser.value(QStringLiteral("tracing"))};

    QJsonArray rows = bench::engine_rows(selection);
    if (!parser.isSet(QStringLiteral("no-qcoro"))) {
        for (const auto &r : bench::qcoro_rows(selection))
            rows.append(r);
    }
    if (!parser.isSet(QStringLiteral("no-fetch"))) {
        for (const auto &r : bench::fetch_rows(selection))
            rows.append(r);
    }
    // The window at scale (tracing on: the window records every event).
    const QString window_bench = QCoreApplication::applicationDirPath() + QStringLiteral("/coroscope-window-bench");
    const bool wants_window = selection.wants("timeline_frame") || selection.wants("ingest_events") || selection.wants("reset_memory");
    if (!parser.isSet(QStringLiteral("no-window")) && wants_window && selection.wants_tracing(true)) {
        if (QFileInfo::exists(window_bench)) {
            QStringList args;
            if (!selection.only.isEmpty())
                args << QStringLiteral("--only") << selection.only;
            for (const auto &r : process_rows(window_bench, args))
                rows.append(r);
        } else {
            std::fprintf(stderr, "coroscope-bench: %s not found; no window rows\n", qPrintable(window_bench));
        }
    }
    if (!parser.isSet(QStringLiteral("no-python")) && selection.wants_tracing(false)) {
        const QString bin = QCoreApplication::applicationDirPath();
        const QString script = bin + QStringLiteral("/asyncio_baseline.py");
        if (QFileInfo::exists(script)) {
            QStringList args{script};
            if (!selection.only.isEmpty())
                args << QStringLiteral("--only") << selection.only;
            args << QStringLiteral("--max-tasks") << QString::number(bench::g_max_tasks);
            for (const auto &r : python_rows(args))
                rows.append(r);
        } else {
            std::fprintf(stderr, "coroscope-bench: %s not found; no baseline\n", qPrintable(script));
        }
        // python_trace_step: the Python tracer's cost per task step (the tracer sits beside bin/).
        const QString tracer = bin + QStringLiteral("/../share/coroscope/python");
        if (!selection.wants("python_trace_step")) {
        } else if (QFileInfo::exists(tracer + QStringLiteral("/coroscope_tracer/__init__.py"))) {
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
