// SPDX-License-Identifier: MIT
// coroscope run ID [--json] [--trace FILE] [--speed X] [--virtual-time] [--param KEY=VALUE]:
// runs one scenario headless; prints its output as it happens, or one JSON document at the end.
#include "commands.h"

#include "beside_python.h"
#include "saved_run.h"
#include "scenario_catalog.h"
#include "scenario_text.h"
#include "scenario_run.h"

#include <coroscope/clock.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

namespace coroscope::cli {

namespace {

constexpr double kListingTimeoutS = 60; // the listings take a few seconds; many-tasks at most a few more

void write_stdout(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QJsonValue ms(std::int64_t ns)
{
    return ns < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(ns) / 1e6);
}

QJsonObject task_json(const aio::TaskSummary &task)
{
    QJsonObject object{
        {QStringLiteral("id"), qint64(task.id)},
        {QStringLiteral("name"), task.name},
        {QStringLiteral("parent"), qint64(task.parent)},
        {QStringLiteral("kind"), QString::fromUtf8(aio::to_string(task.kind))},
        {QStringLiteral("state"), QString::fromUtf8(aio::to_string(task.status))},
        {QStringLiteral("created_ms"), ms(task.created_ns)},
        {QStringLiteral("started_ms"), ms(task.started_ns)},
        {QStringLiteral("finished_ms"), ms(task.finished_ns)},
        {QStringLiteral("busy_ms"), ms(task.busy_ns)},
        {QStringLiteral("waiting_ms"), ms(task.waiting_ns)},
        {QStringLiteral("steps"), qint64(task.steps)},
    };
    if (task.status == aio::TaskStatus::Done)
        object.insert(QStringLiteral("result"), task.result);
    else if (!task.error.isEmpty())
        object.insert(QStringLiteral("error"), task.error);
    else if (task.status == aio::TaskStatus::Cancelled)
        object.insert(QStringLiteral("error"), QStringLiteral("CancelledError"));
    return object;
}

QByteArray result_json(const RunResult &result, const QJsonObject &beside_python)
{
    QJsonArray tasks;
    for (const aio::TaskSummary &task : result.tasks)
        tasks.append(task_json(task));
    QJsonObject document{
        {QStringLiteral("scenario"), result.scenario},
        {QStringLiteral("output"), result.output},
        {QStringLiteral("elapsed_ms"), double(result.elapsed_ns) / 1e6},
        {QStringLiteral("tasks"), tasks},
    };
    if (!result.ok())
        document.insert(QStringLiteral("error"), result.error);
    if (!beside_python.isEmpty())
        document.insert(QStringLiteral("beside_python"), beside_python);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

/// Checks before running that `path` can be written (its folder exists and is writable, and it
/// is not a folder itself), so a bad path fails at once instead of after a long run.
QString trace_path_problem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QCoreApplication::translate("cli", "cannot write the trace to '%1': it is a directory").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return QCoreApplication::translate("cli", "cannot write the trace to '%1': folder '%2' does not exist").arg(path, folder.filePath());
    if (!folder.isWritable())
        return QCoreApplication::translate("cli", "cannot write the trace to '%1': folder '%2' is not writable").arg(path, folder.filePath());
    if (info.exists() && !info.isWritable())
        return QCoreApplication::translate("cli", "cannot write the trace to '%1': the file is not writable").arg(path);
    return {};
}

QString scenario_help(const Scenario &scenario)
{
    QString help = QStringLiteral("\n%1: %2\n").arg(scenario.id, scenario_text(scenario.title));
    if (scenario.params.isEmpty())
        return help + QCoreApplication::translate("cli", "It takes no parameters.\n");
    help += QCoreApplication::translate("cli", "Parameters (--param KEY=VALUE):\n");
    for (const ScenarioParam &param : scenario.params) {
        const QString value = param.default_value.typeId() == QMetaType::QStringList
                                  ? param.default_value.toStringList().join(u',')
                                  : param.default_value.toString();
        help += QCoreApplication::translate("cli", "  %1  %2 (default: %3; accepts %4)\n")
                    .arg(param.key, scenario_text(param.description), value.isEmpty() ? QCoreApplication::translate("cli", "none") : value, param.range_text());
    }
    return help;
}

} // namespace

int run_command(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Runs one of the tutorial's scenarios headless and prints what it prints.\n"
        "Exit codes: 0 success, 1 the scenario failed or the trace could not be written, 2 bad input."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cli", "Print one JSON document (scenario, output, elapsed_ms, tasks) instead of the output."));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   QCoreApplication::translate("cli", "Write the run's trace to <file> (Chrome Trace Event Format; opens in "
                                                                      "Perfetto, and in the window: coroscope --open <file>)."),
                                   QStringLiteral("file"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QCoreApplication::translate("cli", "Run the loop clock <x> times as fast as real time (0.25 = slow motion; "
                                                  "0.001 to 1000). Sleeps, CPU burns and the demo server's page "
                                                  "latencies all follow it; pages from your own urls= cannot be slowed "
                                                  "down and keep their real timings."),
                                   QStringLiteral("x"));
    const QCommandLineOption virtual_time(QStringLiteral("virtual-time"),
                                          QCoreApplication::translate("cli", "Run on the virtual clock: instant in wall time, with the same "
                                                         "loop-time results (elapsed_ms is exact)."));
    const QCommandLineOption param(QStringLiteral("param"),
                                   QCoreApplication::translate("cli", "Set a scenario parameter (repeatable); 'run ID --help' lists them."),
                                   QStringLiteral("key=value"));
    const QCommandLineOption beside_python(QStringLiteral("beside-python"),
                                           QCoreApplication::translate("cli", "Then run the scenario's tutorial listing under CPython (the tracer of "
                                                                              "trace-python; the fetch listings against the demo server) and print "
                                                                              "how the two runs differ: output, tasks, completion order, total time."));
    parser.addOptions({json, trace, speed, virtual_time, param, beside_python});
    parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("cli", "The scenario to run (see 'coroscope list')."));

    if (!parser.parse(QStringList{QStringLiteral("coroscope run")} + arguments)) {
        print_error(parser.errorText());
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        if (positional.size() == 1) {
            if (const Scenario *scenario = find_scenario(positional.first()))
                text += scenario_help(*scenario);
        }
        write_stdout(text);
        return 0;
    }
    if (positional.size() != 1) {
        print_error(positional.isEmpty() ? QCoreApplication::translate("cli", "'run' needs a scenario id (see 'coroscope list')")
                                         : QCoreApplication::translate("cli", "'run' takes one scenario id, got %1").arg(positional.size()));
        return 2;
    }
    const Scenario *scenario = find_scenario(positional.first());
    if (!scenario) {
        print_error(QCoreApplication::translate("cli", "unknown scenario '%1' (see 'coroscope list')").arg(positional.first()));
        return 2;
    }

    RunOptions options;
    if (parser.isSet(speed)) {
        if (parser.isSet(virtual_time)) {
            print_error(QCoreApplication::translate("cli", "--speed and --virtual-time cannot be combined (the virtual clock has no speed)"));
            return 2;
        }
        bool ok = false;
        const double factor = parser.value(speed).toDouble(&ok);
        if (!ok || !std::isfinite(factor) || factor < aio::Clock::min_speed || factor > aio::Clock::max_speed) {
            print_error(QCoreApplication::translate("cli", "--speed needs a number from %1 to %2, got '%3'")
                            .arg(aio::Clock::min_speed)
                            .arg(aio::Clock::max_speed)
                            .arg(parser.value(speed)));
            return 2;
        }
        options.clock = aio::ClockMode::Scaled;
        options.speed = factor;
    }
    if (parser.isSet(virtual_time))
        options.clock = aio::ClockMode::Virtual;
    for (const QString &assignment : parser.values(param)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            print_error(QCoreApplication::translate("cli", "--param needs KEY=VALUE, got '%1'").arg(assignment));
            return 2;
        }
        options.params.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    QString problem;
    (void)resolve_params(*scenario, options.params, &problem);
    if (problem.isEmpty() && parser.isSet(trace))
        problem = trace_path_problem(parser.value(trace));
    if (!problem.isEmpty()) {
        print_error(problem);
        return 2;
    }

    const bool as_json = parser.isSet(json);
    if (!as_json)
        options.on_output = &write_stdout;
    const RunResult result = run_scenario(*scenario, options);

    for (const QString &report : result.reports)
        print_error(report);
    int exit_code = 0;
    if (parser.isSet(trace)) {
        QString error;
        if (!write_saved_run(parser.value(trace), saved_run(result, options), &error)) {
            print_error(error);
            exit_code = 1;
        }
    }
    // The listing runs after the port, never at the same time: each keeps the machine to itself.
    QJsonObject beside;
    if (parser.isSet(beside_python)) {
        const ListingTraceResult python = run_listing(*scenario, kListingTimeoutS);
        if (!python.ok || python.problem != ListingTraceResult::Problem::None)
            print_error(listing_problem_text(python));
        if (python.ok) {
            const RunComparison comparison = compare_runs(saved_run(result, options), python.run);
            if (as_json)
                beside = comparison_json(comparison);
            else
                write_stdout(comparison_text(comparison));
        } else {
            exit_code = 1;
        }
    }
    if (as_json)
        std::fputs(result_json(result, beside).constData(), stdout);
    if (!result.ok()) {
        print_error(QCoreApplication::translate("cli", "scenario '%1' failed: %2").arg(scenario->id, result.error));
        exit_code = 1;
    }
    return exit_code;
}

} // namespace coroscope::cli
