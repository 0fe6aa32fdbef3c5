// SPDX-License-Identifier: MIT
#include "coroscope/print.h"

#include "coroscope/impl/task_core.h"
#include "coroscope/loop.h"

#include <cstdio>

namespace aio {

void print(const QString &text, const QString &end)
{
    EventLoop &loop = get_event_loop();
    const QString line = text + end;
    if (loop.tracing()) {
        TraceEvent event;
        event.type = TraceType::Print;
        auto *task = TaskCore::current();
        event.task = task ? task->id() : 0;
        event.text = line;
        loop.emit_trace(event);
    }
    loop.write_output(line);
}

void EventLoop::set_output_handler(std::function<void(const QString &)> handler)
{
    m_output_handler = std::move(handler);
}

void EventLoop::write_output(const QString &text)
{
    if (m_output_handler) {
        m_output_handler(text);
        return;
    }
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace aio
