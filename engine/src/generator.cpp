// SPDX-License-Identifier: MIT
#include "coroscope/generator.h"

namespace aio::detail {

namespace {
TraceEvent generator_event(TraceType type, std::uint64_t id)
{
    TraceEvent event;
    event.type = type;
    event.task = id;
    return event;
}

bool is_generator_exit(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const GeneratorExit &) {
        return true;
    } catch (...) {
        return false;
    }
}
} // namespace

void GeneratorPromiseBase::spawned(std::source_location where)
{
    spawn_src = where;
    resume_src = where;
    loop = EventLoop::current();
    if (!loop)
        return;
    id = loop->next_id();
    if (loop->tracing()) [[unlikely]] {
        TraceEvent event = generator_event(TraceType::Spawn, id);
        event.spawn_kind = SpawnKind::AsyncGenerator;
        if (TaskCore *task = TaskCore::current())
            event.other = task->id();
        event.src = where;
        event.text = QString::fromUtf8(where.function_name());
        loop->emit_trace(event);
    }
}

void GeneratorPromiseBase::resumed_by(std::coroutine_handle<> awaiting)
{
    consumer = awaiting;
    started = true;
    running_in = TaskCore::current();
    consumer_task = running_in ? running_in->id() : 0;
    if (loop && loop->tracing()) [[unlikely]] {
        if (consumer_task) {
            TraceEvent edge = generator_event(TraceType::AwaitEdge, consumer_task);
            edge.other = id;
            edge.edge = EdgeOp::Add;
            edge.src = resume_src;
            loop->emit_trace(edge);
        }
        trace_step_begin();
    }
}

void GeneratorPromiseBase::trace_step_begin()
{
    if (!loop || !loop->tracing()) [[likely]]
        return;
    TraceEvent event = generator_event(TraceType::StepBegin, id);
    event.src = resume_src;
    loop->emit_trace(event);
}

void GeneratorPromiseBase::trace_await()
{
    if (!loop || !loop->tracing()) [[likely]]
        return;
    TraceEvent event = generator_event(TraceType::StepEnd, id);
    event.reason = StepEndReason::Await;
    event.src = resume_src;
    if (running_in) {
        event.wait = running_in->wait_kind_now();
        event.text = running_in->waiting_on();
    }
    loop->emit_trace(event);
}

void GeneratorPromiseBase::trace_yield(const QString &value)
{
    TraceEvent event = generator_event(TraceType::StepEnd, id);
    event.reason = StepEndReason::Yield;
    event.src = resume_src;
    event.text = QStringLiteral("yield %1").arg(value);
    loop->emit_trace(event);
    if (consumer_task) {
        TraceEvent edge = generator_event(TraceType::AwaitEdge, consumer_task);
        edge.other = id;
        edge.edge = EdgeOp::Remove;
        loop->emit_trace(edge);
    }
}

void GeneratorPromiseBase::on_finished()
{
    const bool ran = running_in != nullptr;
    running_in = nullptr;
    finished = true;
    if (!loop || !loop->tracing()) [[likely]]
        return;
    const bool closed = error && is_generator_exit(error);
    const bool cancelled = error && !closed && is_cancelled_error(error);
    if (ran) {
        TraceEvent end = generator_event(TraceType::StepEnd, id);
        end.reason = !error || closed ? StepEndReason::Return
                                      : (cancelled ? StepEndReason::Cancelled : StepEndReason::Raise);
        end.src = resume_src;
        loop->emit_trace(end);
        if (consumer_task) {
            TraceEvent edge = generator_event(TraceType::AwaitEdge, consumer_task);
            edge.other = id;
            edge.edge = EdgeOp::Remove;
            loop->emit_trace(edge);
        }
    }
    TraceEvent done = generator_event(TraceType::Done, id);
    if (closed || !started) {
        done.text = QStringLiteral("closed");
    } else if (cancelled) {
        done.outcome = DoneOutcome::Cancelled;
        done.text = QStringLiteral("CancelledError");
    } else if (error) {
        done.outcome = DoneOutcome::Exception;
        done.text = QString::fromStdString(describe_exception(error));
    } else {
        done.text = QStringLiteral("StopAsyncIteration");
    }
    loop->emit_trace(done);
}

void GeneratorPromiseBase::destroy(std::coroutine_handle<> frame)
{
    TaskCore *current = TaskCore::current();
    if (running_in && current && running_in != current) {
        // Another task is suspended inside the body: freeing the frame would leave that task
        // resuming freed memory. Keep it (a leak is the lesser evil) and say so.
        if (loop)
            loop->report(QStringLiteral("async generator #%1 destroyed while another task runs it").arg(id));
        return;
    }
    if (!finished && loop && EventLoop::current() == loop) {
        finished = true;
        if (loop->tracing()) {
            TraceEvent done = generator_event(TraceType::Done, id);
            done.text = QStringLiteral("closed");
            loop->emit_trace(done);
        }
    }
    frame.destroy();
}

} // namespace aio::detail
