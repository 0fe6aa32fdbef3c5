// SPDX-License-Identifier: MIT
#include "coroscope/impl/future_core.h"

#include "coroscope/impl/task_core.h"
#include "coroscope/loop.h"

#include <algorithm>

namespace aio {

FutureCore::FutureCore(EventLoop &loop, SpawnKind kind) : m_loop(&loop), m_id(loop.next_id()), m_kind(kind)
{
    // Tasks emit their own spawn event (they know their name and parent).
    if (kind != SpawnKind::Task && kind != SpawnKind::AsyncGenerator && loop.tracing()) [[unlikely]] {
        TraceEvent event;
        event.type = TraceType::Spawn;
        event.task = m_id;
        event.spawn_kind = kind;
        if (auto *task = TaskCore::current())
            event.other = task->id();
        m_loop->emit_trace(event);
    }
}

void FutureCore::report_unretrieved_error_now()
{
    m_error_retrieved = true;
    const char *what = m_kind == SpawnKind::Task ? "Task" : "Future";
    m_loop->report(QStringLiteral("%1 exception was never retrieved: %2: %3")
                       .arg(QLatin1String(what), label(), QString::fromStdString(describe_exception(m_error))));
}

FutureCore::~FutureCore()
{
    report_unretrieved_error();
    // Hooks still registered here will never fire: let them release what they hold.
    drop_hooks();
}

QString FutureCore::label() const
{
    return QStringLiteral("future #%1").arg(m_id);
}

std::exception_ptr FutureCore::exception()
{
    if (m_state == State::Pending)
        throw InvalidStateError("Exception is not set.");
    if (m_state == State::Cancelled)
        std::rethrow_exception(m_error);
    m_error_retrieved = true;
    return m_error;
}

void FutureCore::check_result()
{
    if (m_state == State::Pending)
        throw InvalidStateError("Result is not set.");
    if (m_error) {
        m_error_retrieved = true;
        std::rethrow_exception(m_error);
    }
}

void FutureCore::throw_if_done(const char *what) const
{
    if (m_state != State::Pending)
        throw InvalidStateError(std::string(what) + ": invalid state (the future is already done)");
}

bool FutureCore::cancel(const std::string &message)
{
    if (m_state != State::Pending)
        return false;
    m_error = std::make_exception_ptr(CancelledError(message));
    finish(State::Cancelled);
    return true;
}

std::string FutureCore::cancel_message() const
{
    if (m_state != State::Cancelled || !m_error)
        return {};
    try {
        std::rethrow_exception(m_error);
    } catch (const CancelledError &e) {
        return e.message();
    } catch (...) {
        return {};
    }
}

void FutureCore::set_exception(std::exception_ptr error)
{
    throw_if_done("set_exception");
    if (!error)
        throw InvalidStateError("set_exception with an empty exception");
    m_error = std::move(error);
    finish(State::Done);
}

void FutureCore::finish(State state)
{
    m_state = state;
    // Done and what the hooks set off (waiters woken, a gather finished) share one reading.
    // (The hooks may free this: the guard keeps the loop's address.)
    struct StampGuard
    {
        EventLoop *loop = nullptr;
        ~StampGuard()
        {
            if (loop)
                loop->drop_trace_stamp();
        }
    } stamp;
    if (m_loop->tracing()) [[unlikely]] {
        if (m_loop->m_trace_stamp_ns < 0) {
            m_loop->hold_trace_stamp();
            stamp.loop = m_loop;
        }
        TraceEvent event;
        event.type = TraceType::Done;
        event.task = m_id;
        if (state == State::Cancelled) {
            event.outcome = DoneOutcome::Cancelled;
            event.text = QStringLiteral("CancelledError");
        } else if (m_error) {
            event.outcome = is_cancelled_error(m_error) ? DoneOutcome::Cancelled : DoneOutcome::Exception;
            event.text = QString::fromStdString(describe_exception(m_error));
        } else {
            event.outcome = DoneOutcome::Result;
            event.text = describe_result();
        }
        m_loop->emit_trace(event);
    }
    fire_hooks();
}

void FutureCore::fire_hooks()
{
    // Keep this alive while hooks run: a hook may drop the last outside reference. (A state
    // finished inside its constructor has no references yet and nobody to drop it.)
    const bool guard = m_refs > 0;
    if (guard)
        ref();
    if (m_first_hook.fn) {
        auto hook = std::exchange(m_first_hook, {});
        hook.fn(hook.context, *this);
    }
    if (m_more_hooks) {
        auto hooks = std::move(*m_more_hooks);
        m_more_hooks.reset();
        for (const auto &hook : hooks)
            hook.fn(hook.context, *this);
    }
    if (guard)
        unref();
}

void FutureCore::drop_hooks() noexcept
{
    auto first = std::exchange(m_first_hook, {});
    auto more = std::move(m_more_hooks);
    if (first.drop)
        first.drop(first.context);
    if (more) {
        for (const auto &hook : *more) {
            if (hook.drop)
                hook.drop(hook.context);
        }
    }
}

void FutureCore::add_hook(detail::DoneHook hook)
{
    if (done()) {
        hook.fn(hook.context, *this);
        return;
    }
    if (!m_first_hook.fn) {
        m_first_hook = hook;
        return;
    }
    if (!m_more_hooks)
        m_more_hooks = std::make_unique<std::vector<detail::DoneHook>>();
    m_more_hooks->push_back(hook);
}

bool FutureCore::remove_hook(detail::DoneHook hook)
{
    if (m_first_hook == hook) {
        m_first_hook = {};
        return true;
    }
    if (m_more_hooks) {
        auto it = std::find(m_more_hooks->begin(), m_more_hooks->end(), hook);
        if (it != m_more_hooks->end()) {
            m_more_hooks->erase(it);
            return true;
        }
    }
    return false;
}

namespace {
struct UserCallback
{
    std::function<void()> callback;
    static void fire(void *context, FutureCore &future)
    {
        std::unique_ptr<UserCallback> self(static_cast<UserCallback *>(context));
        // A future completed while its loop closes (a late executor job) cannot schedule
        // anything any more: its callbacks are dropped, never run, rather than throwing
        // from set_result.
        if (!future.loop().is_closed())
            future.loop().call_soon(std::move(self->callback));
    }
    static void drop(void *context) { delete static_cast<UserCallback *>(context); }
};
} // namespace

void FutureCore::add_done_callback(std::function<void()> callback)
{
    add_hook({&UserCallback::fire, new UserCallback{std::move(callback)}, &UserCallback::drop});
}

} // namespace aio
