// SPDX-License-Identifier: MIT
#include "python_trace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace coroscope {

QString python_tracer_folder()
{
    // share/coroscope/python beside bin/: where the build tree copies it and the install puts it.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/coroscope/python"));
}

namespace {

QString find_python(const QString &wanted)
{
    if (wanted.contains(u'/'))
        return QFileInfo(wanted).isExecutable() ? QFileInfo(wanted).absoluteFilePath() : QString();
    return QStandardPaths::findExecutable(wanted);
}

} // namespace

PythonTraceProcess python_trace_process(const QString &script, const QStringList &script_arguments,
                                        const PythonTraceOptions &options)
{
    PythonTraceProcess process;
    const QString wanted = !options.python.isEmpty() ? options.python
                                                     : qEnvironmentVariable("COROSCOPE_PYTHON", QStringLiteral("python3"));
    process.wanted = wanted;
    process.program = find_python(wanted);
    if (process.program.isEmpty()) {
        process.problem = PythonTraceProcess::Problem::NoInterpreter;
        return process;
    }
    const QString tracer = python_tracer_folder();
    process.tracer = tracer;
    if (!QFileInfo(tracer + QStringLiteral("/coroscope_tracer/__main__.py")).isFile()) {
        process.problem = PythonTraceProcess::Problem::NoTracer;
        return process;
    }
    process.arguments = {QStringLiteral("-m"), QStringLiteral("coroscope_tracer"), QStringLiteral("--out"), options.out};
    for (const QString &mapping : options.map_urls)
        process.arguments << QStringLiteral("--map-url") << mapping;
    if (options.timeout_s > 0)
        process.arguments << QStringLiteral("--timeout") << QString::number(options.timeout_s);
    process.arguments << script << script_arguments;
    process.environment = QProcessEnvironment::systemEnvironment();
    const QString path = process.environment.value(QStringLiteral("PYTHONPATH"));
    process.environment.insert(QStringLiteral("PYTHONPATH"), path.isEmpty() ? tracer : tracer + QDir::listSeparator() + path);
    return process;
}

QString write_runnable_listing(const Scenario &scenario, const QString &folder, QString *error)
{
    const QString path = QDir(folder).filePath(scenario.id + QStringLiteral(".py"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    file.write(runnable_listing(scenario.python_source, scenario.python_fixes, scenario.python_driver).script.toUtf8());
    return path;
}

QString tutorial_map_url(const QString &base_url)
{
    QString base = base_url;
    if (!base.endsWith(u'/'))
        base += u'/';
    return QStringLiteral("https://www.google.co.kr/=") + base;
}

} // namespace coroscope
