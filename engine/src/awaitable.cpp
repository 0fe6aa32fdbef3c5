// SPDX-License-Identifier: MIT
#include "coroscope/impl/awaitable.h"

namespace aio::detail {

TaskCore &require_task(const char *what)
{
    TaskCore *task = TaskCore::current();
    if (!task)
        throw RuntimeError(std::string(what) + " must be used inside a task");
    return *task;
}

void report_replaced_by_aexit(const std::exception_ptr &body_error, const std::exception_ptr &aexit_error)
{
    if (EventLoop *loop = EventLoop::current())
        loop->report(QStringLiteral("Exception in an async with body, replaced by the one aexit raised (%1): %2")
                         .arg(QString::fromStdString(describe_exception(aexit_error)),
                              QString::fromStdString(describe_exception(body_error))));
}

void emit_phase(const QString &label, std::source_location where)
{
    TaskCore *task = TaskCore::current();
    if (!task || !task->loop().tracing()) [[likely]]
        return;
    TraceEvent event;
    event.type = TraceType::Phase;
    event.task = task->id();
    event.src = where;
    event.text = label;
    task->loop().emit_trace(event);
}

QString sync_label(const char *kind, const QString &name)
{
    return name.isEmpty() ? QString::fromLatin1(kind) : QStringLiteral("%1 %2").arg(QLatin1String(kind), name);
}

} // namespace aio::detail
