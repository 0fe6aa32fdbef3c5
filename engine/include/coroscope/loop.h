// SPDX-License-Identifier: MIT
#pragma once
// aio::EventLoop: asyncio's event loop, living on the current thread's Qt event loop.
//
// The loop keeps its own ready queue (task steps and call_soon callbacks) and drains it in
// batches from one posted Qt event, as asyncio's _run_once does; a batch runs until the queue is
// empty or its time budget is spent, then hands control back so Qt input, paint and timers are
// never starved. Timers (call_later/call_at/sleep) sit in one heap with a single Qt timer armed
// for the earliest deadline. Qt signals, network replies and QML keep working while coroutines
// run, because the Qt event loop is what runs them.
//
// One EventLoop per thread. Constructing one makes it the thread's current loop (unless there
// already is one); get_event_loop() returns the current loop, creating a default one if needed.
// Every method except call_soon_threadsafe must be called on the loop's thread.

#include "coroscope/clock.h"
#include "coroscope/impl/future_core.h"
#include "coroscope/impl/ring_queue.h"
#include "coroscope/impl/small_function.h"
#include "coroscope/trace.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <source_location>
#include <unordered_map>
#include <vector>

class QThreadPool;
class QEventLoop;

namespace aio {

template<typename T>
class Coroutine;
template<typename T>
class Future;
template<typename T>
class Task;

class EventLoop;

namespace detail {
class LoopDriver;
struct ThreadsafeInbox;
struct CallbackHandle;
struct GeneratorPromiseBase;
struct JobStop;
void submit_job(EventLoop &loop, QThreadPool *pool, std::uint64_t job_id, std::shared_ptr<JobStop> stop,
                std::function<void()> job, std::function<void()> on_done,
                std::function<void()> on_dropped);
/// At close: the loop's live async generators forget it (a later drop just frees the frame).
void forget_asyncgens(EventLoop &loop) noexcept;
} // namespace detail

/// A scheduled callback (call_soon / call_later / call_at); cancel() stops it from running.
class Handle
{
public:
    Handle() = default;
    explicit Handle(detail::CallbackHandle *callback) noexcept;
    Handle(const Handle &other) noexcept;
    Handle &operator=(Handle other) noexcept;
    ~Handle();
    void cancel();
    [[nodiscard]] bool cancelled() const;

private:
    detail::CallbackHandle *m_callback = nullptr;
};

/// A copyable handle other threads use to reach a loop: post() runs a callback on the loop
/// thread soon (as call_soon_threadsafe), or returns false once the loop has closed or gone.
class LoopPoster
{
public:
    bool post(std::function<void()> callback) const;
    /// False once the loop has closed or gone: the loop must not be touched any more.
    [[nodiscard]] bool loop_open() const;

private:
    friend class EventLoop;
    std::shared_ptr<detail::ThreadsafeInbox> m_inbox;
};

/// Options for EventLoop; designated initialisers read well: EventLoop loop({.clock = ClockMode::Virtual}).
struct LoopOptions
{
    ClockMode clock = ClockMode::Real;
    double speed = 1.0;                                    ///< for ClockMode::Scaled
    std::chrono::microseconds batch_budget{4000};          ///< max time one drain may take
};

class EventLoop
{
public:
    explicit EventLoop(LoopOptions options = {});
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    /// The loop of the calling thread, or null.
    [[nodiscard]] static EventLoop *current() noexcept;

    // --- time --------------------------------------------------------------------------------
    /// asyncio's loop.time(): seconds on the loop clock.
    [[nodiscard]] double time() const { return double(now_ns()) / 1e9; }
    [[nodiscard]] std::int64_t now_ns() const { return m_clock->now_ns(); }
    [[nodiscard]] Clock &clock() noexcept { return *m_clock; }
    /// The clock for other threads (executor jobs, a window reading the time): it outlives the
    /// loop as long as they hold it.
    [[nodiscard]] std::shared_ptr<Clock> shared_clock() const noexcept { return m_clock; }
    /// Changes the clock mode / speed while running (timers keep their loop-time deadlines).
    void set_clock_mode(ClockMode mode);
    void set_speed(double factor);

    // --- callbacks ---------------------------------------------------------------------------
    // (Callbacks are stored in a small-buffer function: a lambda holding a few handles does not
    // allocate.)
    Handle call_soon(detail::SmallFunction callback);
    Handle call_later(std::chrono::nanoseconds delay, detail::SmallFunction callback);
    Handle call_later(double seconds, detail::SmallFunction callback);
    /// `when_ns` is loop time (now_ns()).
    Handle call_at(std::int64_t when_ns, detail::SmallFunction callback);
    /// The only method other threads may call: runs `callback` on the loop thread, soon.
    void call_soon_threadsafe(std::function<void()> callback);
    /// For code on other threads that may outlive the loop.
    [[nodiscard]] LoopPoster poster() const;

    // --- tasks -------------------------------------------------------------------------------
    /// asyncio's create_task: wraps the coroutine in a Task and schedules its first step (it
    /// does not start inline). Defined in task.h.
    template<typename T>
    Task<T> create_task(Coroutine<T> coroutine, QString name = {},
                        std::source_location where = std::source_location::current());

    /// Runs the loop (a nested QEventLoop) until `future` is done; returns its result or
    /// rethrows its error. Throws RuntimeError when called from inside a running step.
    /// Defined in task.h.
    template<typename T>
    T run_until_complete(Future<T> future);
    template<typename T>
    T run_until_complete(Task<T> task);
    template<typename T>
    T run_until_complete(Coroutine<T> coroutine);

    /// Runs the loop until stop() is called.
    void run_forever();
    /// Makes run_forever / run_until_complete return after the current batch.
    void stop();
    /// Closes the loop: executor jobs are asked to stop (executor_stop_requested), the default
    /// executor's queued jobs dropped and its running ones waited for, pending tasks reported and
    /// destroyed, timers dropped. Never throws once it has begun: whatever a late completion or
    /// callback raises goes to the report handler. Closing twice is harmless.
    void close();
    [[nodiscard]] bool is_running() const noexcept { return m_run_depth > 0; }
    [[nodiscard]] bool is_closed() const noexcept { return m_closed; }

    // --- pause and step ----------------------------------------------------------------------
    /// Stops draining the ready queue and freezes the clock (timers do not expire while paused).
    void pause();
    void resume();
    [[nodiscard]] bool paused() const noexcept { return m_paused; }
    /// While paused: runs exactly one ready item (a task step or a callback). When nothing is
    /// ready, time first moves to the next timer deadline. Returns false when there is nothing
    /// left to do (no ready item, no timer).
    bool step();

    [[nodiscard]] std::size_t ready_count() const noexcept { return m_ready.size(); }
    /// asyncio's _run_once count: the iteration of the ready item running now (1, 2, ...; 0
    /// before the first). An iteration runs the items that were ready when it began (due timers
    /// included); what they schedule runs in the next one. Stepping keeps the same counting.
    [[nodiscard]] std::uint64_t iteration() const noexcept { return m_iteration; }
    [[nodiscard]] std::size_t timer_count() const noexcept { return m_timers.size(); }
    /// Tasks not finished yet (pending, running or waiting).
    [[nodiscard]] std::size_t live_task_count() const noexcept { return m_live_tasks; }
    /// asyncio.all_tasks(): the live tasks, oldest first.
    [[nodiscard]] std::vector<CoreRef<TaskCore>> all_tasks() const;
    /// Runs the loop (a nested QEventLoop) until `finished()` returns true or stop() is called;
    /// `finished` is checked after every batch.
    void run_until(const std::function<bool()> &finished);

    // --- executor ----------------------------------------------------------------------------
    /// The default executor: a QThreadPool sized like Python's ThreadPoolExecutor,
    /// min(32, cores + 4) threads (QThreadPool's own default, the core count, would run six
    /// blocking fetches two at a time on a 2-core machine and hide the lesson).
    [[nodiscard]] QThreadPool *default_executor();
    /// Work submitted to threads that will report back (executor jobs, network replies): while
    /// any is in flight the virtual clock does not jump, since that work takes real time, unless
    /// it is parked on the loop clock (Clock::sleep_until / burn_until), waiting for loop time.
    /// Turns true when close() begins: executor jobs of this loop read it from their threads
    /// (aio::executor_stop_requested) to return early.
    [[nodiscard]] std::shared_ptr<const std::atomic<bool>> closing_flag() const { return m_closing; }
    void begin_external_work() noexcept { ++m_external_work; }
    /// The last piece of external work ending may let the virtual clock jump: the loop looks again.
    void end_external_work();

    // --- trace -------------------------------------------------------------------------------
    void add_observer(TraceObserver *observer);
    void remove_observer(TraceObserver *observer);
    [[nodiscard]] bool tracing() const noexcept { return !m_observers.empty(); }
    /// Emits `event` to observers, filling in seq and t_ns. Call only when tracing().
    void emit_trace(TraceEvent &event);
    /// The same for something that happened earlier on another thread, at loop time `t_ns`.
    void emit_trace_at(TraceEvent &event, std::int64_t t_ns);

    // --- output ------------------------------------------------------------------------------
    /// Where aio::print writes (default: stdout, flushed per call).
    void set_output_handler(std::function<void(const QString &)> handler);
    void write_output(const QString &text);

    // --- diagnostics -------------------------------------------------------------------------
    /// asyncio's "exception handler": receives the engine's warnings ("Task exception was never
    /// retrieved", "coroutine ... was never awaited", ...). Default: qWarning.
    void set_report_handler(std::function<void(const QString &)> handler);
    void report(const QString &message);

    /// True while a task step or callback of this loop runs (run_until_complete refuses then).
    [[nodiscard]] bool inside_step() const noexcept { return m_step_depth > 0; }

private:
    // --- engine internals: the task and future states, generators and executor jobs ---------
    friend class detail::LoopDriver;
    friend class FutureCore;
    friend class TaskCore;
    /// Holds one clock reading for the events of a step transition (see m_trace_stamp_ns).
    void hold_trace_stamp() noexcept
    {
        if (m_trace_stamp_ns < 0)
            m_trace_stamp_ns = now_ns();
    }
    void drop_trace_stamp() noexcept { m_trace_stamp_ns = -1; }
    friend struct detail::GeneratorPromiseBase;
    friend void detail::forget_asyncgens(EventLoop &) noexcept;
    friend Coroutine<void> shutdown_asyncgens(EventLoop &);
    friend void detail::submit_job(EventLoop &, QThreadPool *, std::uint64_t, std::shared_ptr<detail::JobStop>,
                                   std::function<void()>, std::function<void()>, std::function<void()>);
    std::uint64_t next_id() noexcept { return ++m_last_id; }
    /// Puts a task's next step on the ready queue (takes a reference to it).
    void schedule(TaskCore *task, ScheduleCause cause, std::uint64_t waker = 0);
    /// Arms a timer that schedules `task` at loop time `when_ns`; returns the timer's key,
    /// which the task keeps to recognise (and ignore) a timer it has cancelled.
    std::uint64_t add_task_timer(TaskCore *task, std::int64_t when_ns);
    /// Keeps a loop-thread callback until run_parked(key) runs it: lets other threads refer to
    /// loop-thread objects by key, never touching them. `on_drop` runs instead when it never
    /// will run: drop_parked(key), or close() with the key still parked (it releases what the
    /// callback's objects hold, such as a pending future's done callbacks in a cycle).
    std::uint64_t park(std::function<void()> callback, std::function<void()> on_drop = {});
    void run_parked(std::uint64_t key);
    void drop_parked(std::uint64_t key);
    void task_born(TaskCore *task) noexcept;
    void task_finished(TaskCore *task) noexcept;
    /// Async generators created on this loop whose frames are alive (asyncio's _asyncgens), an
    /// intrusive list that shutdown_asyncgens() walks and close() detaches.
    detail::GeneratorPromiseBase *&asyncgens_head() noexcept { return m_asyncgens; }

    // Both hold a reference to their task or callback (exactly one is set).
    struct ReadyItem
    {
        TaskCore *task = nullptr;
        detail::CallbackHandle *callback = nullptr;
        /// A task's sleep timer fired: this item schedules the task's step (asyncio's timer
        /// callback sets the sleep future's result; the task wakes one iteration later).
        bool timer_wake = false;
    };
    struct TimerEntry
    {
        std::int64_t when;
        std::uint64_t key;
        TaskCore *task;
        detail::CallbackHandle *callback;
        bool operator>(const TimerEntry &o) const noexcept
        {
            return when != o.when ? when > o.when : key > o.key;
        }
    };

    void ensure_drain_posted();
    void drain();
    bool run_one_ready_item();
    void collect_due_timers(std::int64_t now);
    void arm_qt_timer();
    bool virtual_jump();
    /// The virtual clock may jump now: nothing ready and no external work running (work parked
    /// on the clock does not count); `target` receives where to (the next timer or parked
    /// deadline). On other clocks: false.
    [[nodiscard]] bool virtual_jump_target(std::int64_t *target);
    /// The earliest moment anything waits for (a live timer or a parked waiter), or -1.
    [[nodiscard]] std::int64_t next_deadline(int *parked_count);
    void drop_stale_timers();
    void take_inbox();
    void check_nested_runs();
    void release(ReadyItem &item) noexcept;
    void release(TimerEntry &entry) noexcept;

    LoopOptions m_options;
    std::shared_ptr<Clock> m_clock;
    detail::RingQueue<ReadyItem> m_ready;
    std::vector<TimerEntry> m_timers; // a min-heap on (when, key)
    std::unique_ptr<detail::LoopDriver> m_driver;
    std::shared_ptr<detail::ThreadsafeInbox> m_inbox;
    std::vector<TraceObserver *> m_observers;
    struct Parked
    {
        std::function<void()> run;
        std::function<void()> drop;
    };
    std::unordered_map<std::uint64_t, Parked> m_parked;
    std::function<void(const QString &)> m_report_handler;
    std::function<void(const QString &)> m_output_handler;
    std::unique_ptr<QThreadPool> m_default_executor;
    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
    struct NestedRun
    {
        QEventLoop *qt_loop;
        const std::function<bool()> *finished;
    };
    std::vector<NestedRun> m_nested_runs;
    detail::GeneratorPromiseBase *m_asyncgens = nullptr;
    TaskCore *m_tasks_head = nullptr; // live tasks, an intrusive list
    TaskCore *m_tasks_tail = nullptr;
    std::size_t m_live_tasks = 0;
    std::uint64_t m_last_id = 0;
    std::uint64_t m_trace_seq = 0;
    // The loop time the events of one step transition share (-1: none held, read the clock).
    // A transition is what the engine does between two runs of user code: a task suspends or
    // returns (StepEnd, Done, the waiters it wakes), and the next task's StepBegin. No user code
    // runs while it is held: TaskCore::step drops it before resuming a coroutine, and
    // run_one_ready_item before a callback; drain drops it when it returns and when the virtual
    // clock jumps, step() likewise.
    std::int64_t m_trace_stamp_ns = -1;
    std::uint64_t m_iteration = 0;
    std::size_t m_iteration_left = 0; // items of the current iteration not run yet
    std::uint64_t m_timer_key = 0;
    std::int64_t m_armed_deadline = -1;
    int m_external_work = 0;
    int m_run_depth = 0;
    int m_step_depth = 0;
    bool m_drain_posted = false;
    bool m_stopping = false;
    bool m_paused = false;
    bool m_closed = false;
    EventLoop *m_previous_current = nullptr;
};

namespace detail {
/// A delay in seconds as loop nanoseconds, rounded to the nearest. Throws ValueError for NaN,
/// infinities and delays beyond what the loop clock holds (about 292 years), which would
/// otherwise overflow the conversion. (Python sleeps forever on inf; here a day-long sleep is
/// the way to say "for the rest of the run".)
[[nodiscard]] std::int64_t delay_ns(double seconds);
} // namespace detail

/// asyncio.get_event_loop(): the current thread's loop, created on first use.
EventLoop &get_event_loop();

} // namespace aio
