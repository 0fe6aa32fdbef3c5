// SPDX-License-Identifier: MIT
#pragma once
// Internal header, do not include directly: the non-template part of a Task, which drives a
// coroutine one step at a time on the loop, and the suspension protocol awaiters use.

#include "coroscope/impl/future_core.h"

#include <coroutine>
#include <cstdint>
#include <memory>
#include <source_location>
#include <string>
#include <utility>

namespace aio {

class TaskCore;
namespace detail {
/// The task whose step is running on this thread. Inline so every awaiter reads it directly;
/// initial-exec because the engine is a static library linked into programs (Qt makes the code
/// position-independent, which would otherwise make every read a __tls_get_addr call).
[[gnu::tls_model("initial-exec")]] inline thread_local TaskCore *t_current_task = nullptr;

/// Symmetric transfer that keeps the stack bounded even when the compiler emits no tail call
/// (GCC at -O0/-Og and under sanitizers makes `return handle;` from await_suspend a nested call,
/// so a 100,000-deep await chain would overflow the stack). Every inline hand-over between
/// coroutines goes through transfer_to(): most return the next handle directly (a tail call in
/// optimised builds); every kHopsPerBounce-th parks it in t_bounced and returns to the task's
/// step, which resumes it from a flat loop (a trampoline). The stack then holds at most
/// kHopsPerBounce nested resumptions, whatever the optimisation level.
struct InlineTransfer
{
    static constexpr std::uint32_t kHopsPerBounce = 64;
    std::coroutine_handle<> bounced;
    std::uint32_t hops = 0;
};
[[gnu::tls_model("initial-exec")]] inline thread_local InlineTransfer t_transfer;

inline std::coroutine_handle<> transfer_to(std::coroutine_handle<> next) noexcept
{
    if (++t_transfer.hops < InlineTransfer::kHopsPerBounce)
        return next;
    t_transfer.hops = 0;
    t_transfer.bounced = next;
    return std::noop_coroutine();
}
} // namespace detail

class TaskCore : public FutureCore
{
public:
    /// `function` (the coroutine's signature) names the task when `name` is empty.
    TaskCore(EventLoop &loop, std::coroutine_handle<> root, QString name, const char *function,
             std::source_location where, SpawnKind kind = SpawnKind::Task);
    ~TaskCore() override;

    /// The task whose step is running on this thread (asyncio.current_task()), or null.
    [[nodiscard]] static TaskCore *current() noexcept { return detail::t_current_task; }

    /// The visual states (asyncio's pending/done/cancelled, refined).
    enum class Phase : std::uint8_t { Pending, Running, Waiting, Finished };
    [[nodiscard]] Phase phase() const noexcept { return m_phase; }
    [[nodiscard]] QString name() const;
    [[nodiscard]] std::uint64_t parent_id() const noexcept { return m_parent; }
    [[nodiscard]] QString label() const override;
    [[nodiscard]] WaitKind wait_kind() const noexcept override { return WaitKind::Task; }
    /// asyncio's Task.cancel(): requests that CancelledError be thrown into the coroutine at its
    /// suspension point on its next step. A task that awaits a future or another task cancels
    /// that instead (the CancelledError then comes out of the awaited object). False when done.
    bool cancel(const std::string &message = {}) override;
    /// asyncio's Task._cancel_message: set only by a cancel() that found nothing to cancel in
    /// its place (the task was ready), cleared once the task is cancelled.
    [[nodiscard]] std::string cancel_message() const override
    {
        return cancelled() || !m_messages ? std::string() : m_messages->requested;
    }
    /// asyncio's Task.cancelling() (3.11): the number of cancel() requests not yet taken back
    /// with uncancel(). Delivering the CancelledError does not lower it.
    [[nodiscard]] int cancelling() const noexcept { return m_cancels; }
    /// asyncio's Task.uncancel(): takes one cancel request back (timeout() and TaskGroup do,
    /// when the cancellation they caused has been handled); returns what is left.
    int uncancel() noexcept
    {
        if (m_cancels > 0)
            --m_cancels;
        return m_cancels;
    }

    // --- the suspension protocol (called from awaiters during a step) ------------------------
    /// Where the next step resumes, and the source line of the co_await that suspended.
    void set_resume_point(std::coroutine_handle<> handle, std::source_location where) noexcept
    {
        m_resume = handle;
        m_await_src = where;
    }
    void suspend_on_future(FutureCore &future);
    void suspend_on_timer(std::int64_t deadline_ns);
    /// sleep(0): straight back onto the ready queue.
    void suspend_ready();
    /// Called by an awaiter when the task resumes: throws CancelledError if a cancellation
    /// must be delivered here.
    void deliver_cancellation_if_due()
    {
        if (m_cancel_requested || m_must_cancel) [[unlikely]]
            deliver_cancellation();
    }
    /// Schedules this task's next step (primitives that woke it).
    void wake(ScheduleCause cause, std::uint64_t waker = 0);
    /// The pending wait's text for the trace ("sleep 0.8 s", "task #3 fetch").
    [[nodiscard]] QString waiting_on() const;
    /// What the task waits on now (None while a step runs).
    [[nodiscard]] WaitKind wait_kind_now() const noexcept { return m_wait; }
    /// Protocol awaits that run inline (async with's aenter / aexit, async for's anext) set
    /// this while they run, so a StepEnd inside them reports the protocol as what the task
    /// waits on (the text still names the inner wait). Returns the previous context.
    WaitKind exchange_wait_context(WaitKind kind) noexcept { return std::exchange(m_wait_context, kind); }

protected:
    [[nodiscard]] std::coroutine_handle<> root() const noexcept { return m_root; }
    /// Moves the finished root coroutine's result or error into this task's state.
    virtual void take_coroutine_result() = 0;
    /// Finishes after the coroutine returned or threw; `error` is its exception, if any.
    void finish_from_coroutine(std::exception_ptr error);
    void destroy_root() noexcept;

private:
    // What only the loop does to a task (it keeps the live list and the queues).
    friend class EventLoop;
    /// Runs one step.
    void step();
    /// Destroys the coroutine of a task that will never finish (the loop is closing).
    void abandon();
    [[nodiscard]] std::uint64_t timer_key() const noexcept { return m_timer_key; }
    /// The loop moved this task from its timer to the ready queue.
    void timer_fired() noexcept;
    // Live-task list links (owned by the loop).
    TaskCore *m_live_prev = nullptr;
    TaskCore *m_live_next = nullptr;

    void deliver_cancellation();
    static void wake_hook(void *context, FutureCore &future);
    void after_suspend();
    void trace_step_end(StepEndReason reason);

    std::coroutine_handle<> m_root;
    std::coroutine_handle<> m_resume;
    std::source_location m_await_src;
    std::unique_ptr<QString> m_name; // null: named after m_function (converted only when asked)
    const char *m_function;
    FutureCore *m_wait_future = nullptr; // the future this task waits on (ref held by its awaiter)
    std::int64_t m_wait_deadline = 0;
    std::uint64_t m_timer_key = 0;
    std::uint64_t m_parent = 0;
    // Cancel messages, allocated by the first cancel() only: most tasks are never cancelled,
    // and two strings inline would add 56 bytes to every task.
    struct CancelMessages
    {
        std::string delivered; // the message of the cancel() that set m_must_cancel
        std::string requested; // cancel_message()
    };
    std::unique_ptr<CancelMessages> m_messages;
    [[nodiscard]] CancelMessages &messages()
    {
        if (!m_messages)
            m_messages = std::make_unique<CancelMessages>();
        return *m_messages;
    }
    /// The message the CancelledError delivered to this task carries.
    [[nodiscard]] std::string delivered_message() const { return m_messages ? m_messages->delivered : std::string(); }
    int m_cancels = 0;               // cancelling(): cancel requests not taken back
    WaitKind m_wait = WaitKind::None;
    WaitKind m_wait_context = WaitKind::None;
    Phase m_phase = Phase::Pending;
    bool m_started = false;
    bool m_must_cancel = false;      // throw CancelledError at the next resume
    bool m_cancel_requested = false; // cancel() called, its delivery not traced yet
    // Woken because what it waited on was cancelled: that CancelledError is the one delivered
    // (asyncio's __step keeps a CancelledError it was woken with, even when _must_cancel).
    enum class CancelledWake : std::uint8_t { No, ByFuture, ByTimer };
    CancelledWake m_woke_cancelled = CancelledWake::No;
};

} // namespace aio
