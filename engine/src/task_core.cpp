// SPDX-License-Identifier: MIT
#include "coroscope/impl/task_core.h"

#include "coroscope/loop.h"

namespace aio {

using detail::t_current_task;

namespace {
/// Makes `task` the current task for the duration of a step (steps may nest: run_in_executor
/// callbacks never do, but a hook that finishes another future runs inside a step).
class CurrentTaskScope
{
public:
    explicit CurrentTaskScope(TaskCore *task) noexcept : m_previous(std::exchange(t_current_task, task)) {}
    ~CurrentTaskScope() { t_current_task = m_previous; }
    CurrentTaskScope(const CurrentTaskScope &) = delete;
    CurrentTaskScope &operator=(const CurrentTaskScope &) = delete;

private:
    TaskCore *m_previous;
};
} // namespace

TaskCore::TaskCore(EventLoop &loop, std::coroutine_handle<> root, QString name, const char *function,
                   std::source_location where, SpawnKind kind)
    : FutureCore(loop, kind)
    , m_root(root)
    , m_resume(root)
    , m_name(name.isEmpty() ? nullptr : std::make_unique<QString>(std::move(name)))
    , m_function(function ? function : "")
{
    if (auto *parent = t_current_task)
        m_parent = parent->id();
    loop.task_born(this);
    if (loop.tracing()) [[unlikely]] {
        TraceEvent event;
        event.type = TraceType::Spawn;
        event.task = m_id;
        event.other = m_parent;
        event.spawn_kind = kind;
        event.src = where;
        event.text = this->name();
        loop.emit_trace(event);
    }
}

TaskCore::~TaskCore()
{
    report_unretrieved_error();
    destroy_root();
    if (m_phase != Phase::Finished)
        m_loop->task_finished(this);
}

QString TaskCore::name() const
{
    return m_name ? *m_name : QString::fromUtf8(m_function);
}

QString TaskCore::label() const
{
    const QString n = name();
    return n.isEmpty() ? QStringLiteral("task #%1").arg(m_id) : QStringLiteral("task #%1 %2").arg(m_id).arg(n);
}

void TaskCore::destroy_root() noexcept
{
    if (m_root) {
        m_root.destroy();
        m_root = {};
        m_resume = {};
    }
}

bool TaskCore::cancel(const std::string &message)
{
    if (done())
        return false;
    ++m_cancels;
    if (m_loop->tracing()) [[unlikely]] {
        TraceEvent event;
        event.type = TraceType::Cancel;
        event.task = m_id;
        event.cancel_phase = CancelPhase::Requested;
        event.other = t_current_task ? t_current_task->id() : 0;
        event.src = m_await_src;
        m_loop->emit_trace(event);
    }
    m_cancel_requested = true;
    if (m_phase == Phase::Waiting) {
        if (m_wait_future) {
            // asyncio: cancel what we wait on; its CancelledError (with the message) then wakes us.
            if (m_wait_future->cancel(message))
                return true;
        } else if (m_wait == WaitKind::Timer) {
            // (Once its timer has fired the task waits on WaitKind::Ready: it is scheduled
            // already, and m_must_cancel below is delivered by that step.)
            m_timer_key = 0; // the heap entry is now stale
            m_wait = WaitKind::Ready;
            m_loop->schedule(this, ScheduleCause::Cancel);
            m_must_cancel = true;
            messages().delivered = message;
            m_woke_cancelled = CancelledWake::ByTimer; // as asyncio's sleep future, cancelled with this message
            return true;
        }
    }
    m_must_cancel = true;
    messages().requested = message;
    if (m_woke_cancelled == CancelledWake::No)
        messages().delivered = message;
    return true;
}

void TaskCore::step()
{
    m_phase = Phase::Running;
    if (m_loop->tracing()) [[unlikely]] {
        TraceEvent event;
        event.type = TraceType::StepBegin;
        event.task = m_id;
        event.other = m_loop->iteration();
        event.src = m_await_src; // before the first step: none (the spawn event has the origin)
        m_loop->emit_trace(event);
    }
    if (!m_started) {
        m_started = true;
        if (m_must_cancel) {
            // Cancelled before its first step: as in asyncio the body never runs.
            destroy_root();
            m_must_cancel = false;
            m_cancel_requested = false;
            m_phase = Phase::Finished;
            m_loop->task_finished(this);
            trace_step_end(StepEndReason::Cancelled);
            m_error = std::make_exception_ptr(CancelledError(delivered_message()));
            finish(State::Cancelled);
            return;
        }
    }
    m_wait = WaitKind::None;
    {
        CurrentTaskScope scope(this);
        // The trampoline of detail::transfer_to: resumes what an inline hand-over parked.
        std::coroutine_handle<> next = m_resume;
        do {
            detail::t_transfer.hops = 0;
            m_loop->drop_trace_stamp(); // user code runs: its events read the clock
            next.resume();
            next = std::exchange(detail::t_transfer.bounced, {});
        } while (next);
    }
    if (m_root.done())
        take_coroutine_result();
    else
        after_suspend();
}

void TaskCore::after_suspend()
{
    m_phase = Phase::Waiting;
    if (m_loop->tracing()) [[unlikely]]
        trace_step_end(m_wait == WaitKind::Ready ? StepEndReason::Yield : StepEndReason::Await);
    if (!m_must_cancel)
        return;
    // cancel() was called during this step: deliver it through what the task now waits on.
    if (m_wait_future) {
        if (m_wait_future->cancel(delivered_message()))
            m_must_cancel = false;
    } else if (m_wait == WaitKind::Timer) {
        m_timer_key = 0;
        m_wait = WaitKind::Ready;
        m_woke_cancelled = CancelledWake::ByTimer;
        m_loop->schedule(this, ScheduleCause::Cancel);
    }
}

void TaskCore::trace_step_end(StepEndReason reason)
{
    if (!m_loop->tracing())
        return;
    m_loop->hold_trace_stamp(); // for what this step's end sets off, and the next StepBegin
    TraceEvent event;
    event.type = TraceType::StepEnd;
    event.task = m_id;
    event.reason = reason;
    event.src = m_await_src;
    if (reason == StepEndReason::Await || reason == StepEndReason::Yield) {
        event.wait = m_wait_context != WaitKind::None ? m_wait_context : m_wait;
        event.deadline_ns = m_wait_deadline;
        if (m_wait_future)
            event.other = m_wait_future->id();
        event.text = waiting_on();
    }
    m_loop->emit_trace(event);
}

void TaskCore::finish_from_coroutine(std::exception_ptr error)
{
    destroy_root(); // free the frame now, not when the last handle goes
    m_phase = Phase::Finished;
    m_loop->task_finished(this);
    if (error) {
        const bool cancelled = is_cancelled_error(error);
        trace_step_end(cancelled ? StepEndReason::Cancelled : StepEndReason::Raise);
        m_error = std::move(error);
        finish(cancelled ? State::Cancelled : State::Done);
    } else if (m_must_cancel) {
        // asyncio: a cancellation requested but not delivered before the coroutine returned
        // still cancels the task.
        trace_step_end(StepEndReason::Cancelled);
        m_error = std::make_exception_ptr(CancelledError(delivered_message()));
        finish(State::Cancelled);
    } else {
        trace_step_end(StepEndReason::Return);
        finish(State::Done);
    }
}

void TaskCore::abandon()
{
    if (m_phase == Phase::Finished)
        return;
    m_loop->report(QStringLiteral("Task was destroyed but it is pending! %1").arg(label()));
    m_phase = Phase::Finished;
    m_loop->task_finished(this);
    CoreRef<TaskCore> keep(this); // dropping hooks may release the last references
    destroy_root();
    drop_hooks();
}

namespace {
void release_task(void *context)
{
    static_cast<TaskCore *>(context)->unref();
}
} // namespace

void TaskCore::wake_hook(void *context, FutureCore &future)
{
    auto *task = static_cast<TaskCore *>(context);
    if (task->m_wait_future == &future) {
        task->m_wait_future = nullptr;
        const bool cancelled = future.cancelled() || (future.failed() && is_cancelled_error(future.error_unchecked()));
        task->m_woke_cancelled = cancelled ? CancelledWake::ByFuture : CancelledWake::No;
        if (task->m_loop->tracing()) [[unlikely]] {
            TraceEvent event;
            event.type = TraceType::AwaitEdge;
            event.task = task->id();
            event.other = future.id();
            event.edge = EdgeOp::Remove;
            task->m_loop->emit_trace(event);
        }
    }
    task->m_loop->schedule(task, ScheduleCause::FutureDone, future.id());
    task->unref(); // the hook's reference
}

void TaskCore::suspend_on_future(FutureCore &future)
{
    m_woke_cancelled = CancelledWake::No;
    m_wait = future.wait_kind();
    m_wait_future = &future;
    if (m_loop->tracing()) [[unlikely]] {
        m_loop->hold_trace_stamp(); // the step ends here: its StepEnd shares this reading
        TraceEvent event;
        event.type = TraceType::AwaitEdge;
        event.task = m_id;
        event.other = future.id();
        event.edge = EdgeOp::Add;
        event.src = m_await_src;
        m_loop->emit_trace(event);
    }
    ref(); // held by the hook
    future.add_hook({&TaskCore::wake_hook, this, &release_task});
}

void TaskCore::suspend_on_timer(std::int64_t deadline_ns)
{
    m_woke_cancelled = CancelledWake::No;
    m_wait = WaitKind::Timer;
    m_wait_deadline = deadline_ns;
    m_timer_key = m_loop->add_task_timer(this, deadline_ns);
}

void TaskCore::timer_fired() noexcept
{
    m_wait = WaitKind::Ready;
    m_timer_key = 0;
}

void TaskCore::suspend_ready()
{
    m_woke_cancelled = CancelledWake::No;
    m_wait = WaitKind::Ready;
    if (m_loop->tracing()) [[unlikely]]
        m_loop->hold_trace_stamp(); // the step ends here: its StepEnd shares this reading
    m_loop->schedule(this, ScheduleCause::CallSoon, m_id);
}

void TaskCore::wake(ScheduleCause cause, std::uint64_t waker)
{
    m_loop->schedule(this, cause, waker);
}

void TaskCore::deliver_cancellation()
{
    if (std::exchange(m_cancel_requested, false) && m_loop->tracing()) [[unlikely]] {
        TraceEvent event;
        event.type = TraceType::Cancel;
        event.task = m_id;
        event.cancel_phase = CancelPhase::Delivered;
        event.src = m_await_src;
        m_loop->emit_trace(event);
    }
    if (m_must_cancel) {
        m_must_cancel = false;
        // Woken by a cancelled future: its own CancelledError comes out of the await instead.
        if (m_woke_cancelled == CancelledWake::ByFuture)
            return;
        throw CancelledError(delivered_message());
    }
}

QString TaskCore::waiting_on() const
{
    switch (m_wait) {
    case WaitKind::None: return {};
    case WaitKind::Ready: return QStringLiteral("ready (sleep 0)");
    case WaitKind::Timer:
        return QStringLiteral("sleep %1 s").arg(double(m_wait_deadline - m_loop->now_ns()) / 1e9, 0, 'f', 3);
    default: return m_wait_future ? m_wait_future->label() : QString();
    }
}

} // namespace aio
