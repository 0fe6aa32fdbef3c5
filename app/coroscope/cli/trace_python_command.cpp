// SPDX-License-Identifier: MIT
// coroscope trace-python: runs an asyncio script under CPython with Coroscope's tracer (the
// coroscope_tracer package, installed next to the app's data) and writes the run as a trace file
// the window opens like a C++ run.

#include "commands.h"

#include "python_trace.h"
#include "scenario_catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <cstdio>

namespace coroscope::cli {

namespace {

constexpr int kStopGraceMs = 5000; // the tracer stops the script itself at --timeout; this is its margin

} // namespace

int trace_python_command(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Runs an asyncio script under CPython and records its tasks, their steps and waits, executor jobs and\n"
        "printed lines as a Coroscope trace (it also opens in Perfetto). Arguments after SCRIPT go to the script."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "Write the trace to FILE and exit (without it, the run opens in the window)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("map-url"),
                      QCoreApplication::translate("cli", "Send urllib and aiohttp requests for URLs starting with PREFIX to URL instead "
                                     "(repeatable)."),
                      QStringLiteral("PREFIX=URL")});
    parser.addOption({QStringLiteral("timeout"),
                      QCoreApplication::translate("cli", "Stop the script after S seconds; the trace ends there (default: no limit)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("python"),
                      QCoreApplication::translate("cli", "The interpreter (default: $COROSCOPE_PYTHON, else python3 on PATH)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("listing"),
                      QCoreApplication::translate("cli", "Run scenario ID's tutorial listing instead of a SCRIPT, as CPython can run it: its "
                                                         "output block and REPL output as comments, the typos that keep it from parsing corrected."),
                      QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("SCRIPT"), QCoreApplication::translate("cli", "The Python script to run."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), QCoreApplication::translate("cli", "Its arguments."), QStringLiteral("[ARGS...]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QStringList{QStringLiteral("coroscope trace-python")} + arguments)) {
        print_error(QCoreApplication::translate("cli", "trace-python: %1 (see coroscope trace-python --help)").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print_help(parser, QStringLiteral("coroscope trace-python [--out FILE] [--map-url PREFIX=URL ...] [--timeout S] (SCRIPT | --listing ID) [ARGS...]"));
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    // --listing ID: the listing's runnable form, written to a folder of its own as ID.py (kept
    // when the window opens the run: the window reads the script from there).
    QTemporaryDir listing_folder;
    if (parser.isSet(QStringLiteral("listing"))) {
        const Scenario *scenario = find_scenario(parser.value(QStringLiteral("listing")));
        if (!scenario) {
            print_error(QCoreApplication::translate("cli", "unknown scenario '%1' (see 'coroscope list')").arg(parser.value(QStringLiteral("listing"))));
            return 2;
        }
        QString error;
        const QString path = listing_folder.isValid() ? write_runnable_listing(*scenario, listing_folder.path(), &error) : QString();
        if (path.isEmpty()) {
            print_error(QStringLiteral("trace-python: %1").arg(error.isEmpty() ? listing_folder.errorString() : error));
            return 2;
        }
        positional.prepend(path);
        listing_folder.setAutoRemove(parser.isSet(QStringLiteral("out")));
    }
    if (positional.isEmpty()) {
        print_error(QCoreApplication::translate("cli", "trace-python: which script? (coroscope trace-python [--out FILE] SCRIPT [ARGS...])"));
        return 2;
    }
    const QString script = positional.first();
    if (!QFileInfo(script).isFile()) {
        print_error(QCoreApplication::translate("cli", "trace-python: no script %1").arg(script));
        return 2;
    }
    double timeout_s = 0;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout_s = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(timeout_s > 0 && timeout_s <= 86400)) {
            print_error(QCoreApplication::translate("cli", "trace-python: --timeout must be a number of seconds above 0 (at most 86400), got '%1'")
                            .arg(parser.value(QStringLiteral("timeout"))));
            return 2;
        }
    }
    // Without --out the trace goes to a file of its own in the temporary folder and opens in the
    // window once the script has ended (coroscope --open FILE).
    const bool open_in_window = !parser.isSet(QStringLiteral("out"));
    const QString out = open_in_window ? QDir::temp().filePath(QStringLiteral("coroscope-%1-%2.trace.json")
                                                                   .arg(QFileInfo(script).completeBaseName())
                                                                   .arg(QCoreApplication::applicationPid()))
                                       : parser.value(QStringLiteral("out"));
    PythonTraceOptions trace_options;
    trace_options.out = out;
    trace_options.map_urls = parser.values(QStringLiteral("map-url"));
    trace_options.timeout_s = timeout_s;
    trace_options.python = parser.value(QStringLiteral("python"));
    const PythonTraceProcess start = python_trace_process(script, positional.mid(1), trace_options);
    if (start.problem == PythonTraceProcess::Problem::NoInterpreter) {
        print_error(QCoreApplication::translate("cli", "trace-python: no Python interpreter '%1' found (install python3, 3.8 or newer, "
                                   "or name one with --python PATH)")
                        .arg(start.wanted));
        return 2;
    }
    if (start.problem == PythonTraceProcess::Problem::NoTracer) {
        print_error(QCoreApplication::translate("cli", "trace-python: the tracer is missing from %1 (a broken installation?)").arg(start.tracer));
        return 2;
    }
    const QString python = start.program;

    QProcess process;
    process.setProcessEnvironment(start.environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels); // the script's output appears as it prints
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(python, start.arguments);
    if (!process.waitForStarted()) {
        print_error(QCoreApplication::translate("cli", "trace-python: cannot start %1: %2").arg(python, process.errorString()));
        return 2;
    }
    const int wait_ms = timeout_s > 0 ? int(timeout_s * 1000) + kStopGraceMs : -1;
    if (!process.waitForFinished(wait_ms)) {
        process.kill();
        process.waitForFinished();
        print_error(QCoreApplication::translate("cli", "trace-python: %1 did not stop within %2 s (blocked where Python cannot interrupt it); "
                                   "killed, no trace written")
                        .arg(script)
                        .arg(timeout_s));
        return 1;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        print_error(QCoreApplication::translate("cli", "trace-python: the Python process crashed (%1)").arg(process.errorString()));
        return 1;
    }
    if (open_in_window && QFileInfo(out).isFile()) {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--open"), out}))
            print_error(QCoreApplication::translate("cli", "trace-python: the run opens in the window (the trace is %1)").arg(out));
        else
            print_error(QCoreApplication::translate("cli", "trace-python: could not start the window; the trace is %1").arg(out));
    }
    return process.exitCode();
}

} // namespace coroscope::cli
