// SPDX-License-Identifier: MIT
#include "listing_trace.h"

#include "demo_server_thread.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

namespace coroscope {

bool listing_fetches(const Scenario &scenario)
{
    // The tutorial's fetch listings all search this one site (the ports' demo server plays it).
    return scenario.python_source.contains(QLatin1String("https://www.google.co.kr/"));
}

ListingTrace::ListingTrace(const Scenario &scenario, PythonTraceOptions options)
    : m_scenario(scenario), m_options(std::move(options))
{
}

ListingTrace::~ListingTrace()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect();
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ListingTrace::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ListingTrace::fail(ListingTraceResult::Problem problem, const QString &detail)
{
    ListingTraceResult result;
    result.problem = problem;
    result.detail = detail;
    if (auto done = std::exchange(m_done, nullptr))
        done(result);
}

void ListingTrace::start(std::function<void(const ListingTraceResult &)> done)
{
    m_done = std::move(done);
    m_folder = std::make_unique<QTemporaryDir>();
    QString error;
    const QString script = m_folder->isValid() ? write_runnable_listing(m_scenario, m_folder->path(), &error) : QString();
    if (script.isEmpty())
        return fail(ListingTraceResult::Problem::NoFolder, error.isEmpty() ? m_folder->errorString() : error);
    m_options.out = m_folder->filePath(QStringLiteral("python.trace.json"));
    if (listing_fetches(m_scenario)) {
        m_server = std::make_unique<demo::DemoServerThread>();
        if (!m_server->start())
            return fail(ListingTraceResult::Problem::NoServer, m_server->error_string());
        m_options.map_urls << tutorial_map_url(m_server->base_url().toString());
    }
    const PythonTraceProcess start = python_trace_process(script, {}, m_options);
    if (start.problem == PythonTraceProcess::Problem::NoInterpreter)
        return fail(ListingTraceResult::Problem::NoInterpreter, start.wanted);
    if (start.problem == PythonTraceProcess::Problem::NoTracer)
        return fail(ListingTraceResult::Problem::NoTracer, start.tracer);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(start.environment);
    m_process->setWorkingDirectory(m_folder->path());
    QObject::connect(m_process.get(), &QProcess::finished, m_process.get(),
                     [this](int code, QProcess::ExitStatus status) { finish(code, status != QProcess::NormalExit); });
    QObject::connect(m_process.get(), &QProcess::errorOccurred, m_process.get(), [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(ListingTraceResult::Problem::NoStart, m_process->program() + QStringLiteral(": ") + m_process->errorString());
    });
    m_process->start(start.program, start.arguments);
}

bool ListingTrace::wait(int ms)
{
    if (!running())
        return true;
    return m_process->waitForFinished(ms);
}

void ListingTrace::finish(int exit_code, bool crashed)
{
    ListingTraceResult result;
    result.exit_code = exit_code;
    result.output = QString::fromUtf8(m_process->readAllStandardOutput());
    const QString errors = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    QString error;
    if (crashed) {
        result.problem = ListingTraceResult::Problem::Crashed;
        result.detail = m_process->errorString();
    } else if (!read_saved_run(m_options.out, result.run, &error)) {
        result.problem = ListingTraceResult::Problem::NoTrace;
        result.detail = errors.isEmpty() ? error : errors; // a syntax error, say: the tracer's own words
    } else {
        result.ok = true;
        if (exit_code != 0) {
            result.problem = ListingTraceResult::Problem::ScriptFailed;
            result.detail = result.run.error.isEmpty() ? errors : result.run.error; // "RuntimeError: ...", not the traceback
        }
    }
    m_server.reset(); // its pages have all been answered
    if (auto done = std::exchange(m_done, nullptr))
        done(result);
}

} // namespace coroscope
