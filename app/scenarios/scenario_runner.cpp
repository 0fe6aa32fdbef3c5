// SPDX-License-Identifier: MIT
#include "scenario_runner.h"

#include <coroscope/errors.h>
#include <coroscope/loop.h>
#include <coroscope/run.h>
#include <coroscope/task.h>

#include <QTimer>

namespace coroscope {

namespace {

/// A Phase event on the loop's own lane (task 0): what the tutorial's top-level code does.
void mark_loop_phase(aio::EventLoop &loop, const QString &label)
{
    if (!loop.tracing())
        return;
    aio::TraceEvent event;
    event.type = aio::TraceType::Phase;
    event.text = label;
    loop.emit_trace(event);
}

} // namespace

QString python_name(const QString &signature)
{
    const qsizetype paren = signature.indexOf(u'(');
    if (paren <= 0 || !signature.left(paren).contains(u"::"))
        return signature;
    qsizetype begin = paren;
    while (begin > 0) {
        const QChar c = signature.at(begin - 1);
        if (!c.isLetterOrNumber() && c != u'_')
            break;
        --begin;
    }
    const QString name = signature.mid(begin, paren - begin);
    return name.isEmpty() ? signature : name;
}

RunResult run_scenario(const Scenario &scenario, const RunOptions &options)
{
    RunResult result;
    result.scenario = scenario.id;

    QString param_error;
    const QVariantMap params = resolve_params(scenario, options.params, &param_error);
    if (!param_error.isEmpty()) {
        result.error = param_error;
        return result;
    }

    aio::EventLoop loop({.clock = options.clock, .speed = options.speed});
    aio::TraceRecorder recorder;
    loop.add_observer(&recorder);
    loop.set_output_handler([&result, &options](const QString &text) {
        result.output += text;
        if (options.on_output)
            options.on_output(text);
    });
    loop.set_report_handler([&result](const QString &message) { result.reports << message; });

    bool timed_out = false;
    QTimer watchdog;
    if (options.timeout.count() > 0) {
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, [&timed_out, &loop] {
            timed_out = true;
            loop.stop();
        });
        watchdog.start(options.timeout);
    }

    try {
        ScenarioContext context{params};
        if (options.clock == aio::ClockMode::Scaled)
            context.speed = options.speed;
        aio::Coroutine<void> main = scenario.main(context);
        const QString name = python_name(QString::fromUtf8(main.function_name()));
        auto task = loop.create_task(std::move(main), name);
        mark_loop_phase(loop, QStringLiteral("run_until_complete(%1)").arg(name));
        loop.run_until_complete(task);
    } catch (...) {
        result.error = timed_out ? QStringLiteral("timed out after %1 ms").arg(options.timeout.count())
                                 : QString::fromStdString(aio::describe_exception(std::current_exception()));
    }
    watchdog.stop();
    result.elapsed_ns = loop.now_ns();

    // As asyncio.run does: cancel what main left running, then close the loop.
    aio::detail::cancel_all_tasks(loop);
    mark_loop_phase(loop, QStringLiteral("loop.close()"));
    loop.close();
    loop.remove_observer(&recorder);

    result.events = recorder.events();
    for (aio::TraceEvent &event : result.events) {
        if (event.type == aio::TraceType::Spawn)
            event.text = python_name(event.text);
    }
    result.tasks = aio::summarize_tasks(result.events, loop.now_ns());
    return result;
}

} // namespace coroscope
