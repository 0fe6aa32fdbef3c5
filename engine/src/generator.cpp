// SPDX-License-Identifier: MIT
#include "coroscope/generator.h"

#include "coroscope/gather.h"
#include "coroscope/task.h"

#include <vector>

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
    if (!loop || loop->is_closed()) {
        loop = nullptr;
        return;
    }
    id = loop->next_id();
    // asyncio's _asyncgens: the loop's list of live generators (shutdown_asyncgens, close).
    GeneratorPromiseBase *&head = loop->asyncgens_head();
    live_next = head;
    if (head)
        head->live_prev = this;
    head = this;
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
    event.other = loop->iteration(); // inside the step of the task iterating it
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

void GeneratorPromiseBase::forget() noexcept
{
    if (!loop)
        return;
    if (live_prev)
        live_prev->live_next = live_next;
    else if (loop->asyncgens_head() == this)
        loop->asyncgens_head() = live_next;
    if (live_next)
        live_next->live_prev = live_prev;
    live_prev = live_next = nullptr;
}

void GeneratorPromiseBase::release(std::coroutine_handle<> frame) noexcept
{
    if (--refs > 0)
        return; // a task is inside the body (or closing it): the frame stays until it is out
    // (After an aclose(), CPython closes a dropped generator synchronously instead; C++ cannot
    // run an async body outside a task, so its frame is destroyed: RAII cleanup only.)
    if (started && !finished && !finalizing && !close_called && loop && !loop->is_closed() && close_frame) {
        // asyncio's asyncgen finalizer hook: call_soon_threadsafe(create_task, agen.aclose()).
        // The code that dropped the generator goes on; its cleanup runs later in a task.
        finalizing = true;
        refs = 1; // held by the callback, then by the closing task
        EventLoop *target = loop;
        const std::uint64_t generator = id;
        target->call_soon([target, generator, ref = GeneratorRef(this, frame), close = close_frame]() mutable {
            (void)target->create_task(close(std::move(ref)),
                                      QStringLiteral("aclose of async generator #%1").arg(generator));
        });
        return;
    }
    destroy(frame);
}

void GeneratorPromiseBase::destroy(std::coroutine_handle<> frame) noexcept
{
    forget(); // a generator stays on its loop's list until its frame goes
    if (!finished && loop && !loop->is_closed()) {
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

namespace aio {

void detail::forget_asyncgens(EventLoop &loop) noexcept
{
    while (auto *generator = loop.asyncgens_head()) {
        generator->forget();
        generator->loop = nullptr; // the loop is closing: a later drop destroys the frame
    }
}

Coroutine<void> shutdown_asyncgens(EventLoop &loop)
{
    // Like asyncio, close the ones alive now (started, unfinished, not already being finalized).
    std::vector<detail::GeneratorPromiseBase *> open;
    for (auto *generator = loop.asyncgens_head(); generator; generator = generator->live_next) {
        if (generator->started && !generator->finished && !generator->finalizing && generator->close_frame)
            open.push_back(generator);
    }
    std::vector<Task<void>> closers;
    std::vector<std::uint64_t> ids;
    for (auto *generator : open) {
        generator->finalizing = true; // closed once
        generator->acquire();
        ids.push_back(generator->id);
        closers.push_back(loop.create_task(generator->close_frame(detail::GeneratorRef(generator, generator->frame)),
                                           QStringLiteral("aclose of async generator #%1").arg(generator->id)));
    }
    if (closers.empty())
        co_return;
    auto outcomes = co_await gather(return_exceptions, std::move(closers));
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].ok())
            loop.report(QStringLiteral("an error occurred during closing of asynchronous generator #%1: %2")
                            .arg(ids[i])
                            .arg(QString::fromStdString(describe_exception(outcomes[i].error()))));
    }
}

} // namespace aio
