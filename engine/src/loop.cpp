// SPDX-License-Identifier: MIT
#include "coroscope/loop.h"

#include "coroscope/impl/task_core.h"
#include "loop_p.h"
#include "coroscope/impl/thread_handover.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QThreadPool>
#include <QTimerEvent>
#include <QtDebug>
#include <algorithm>
#include <cmath>
#include <string>
#include <chrono>
#include <thread>

namespace aio {

namespace {
thread_local EventLoop *t_current_loop = nullptr;
thread_local std::unique_ptr<EventLoop> t_default_loop;

std::int64_t steady_ns()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

// --- private helpers ---------------------------------------------------------------------------

namespace detail {

QEvent::Type LoopDriver::drain_event_type()
{
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

QEvent::Type ThreadsafeInbox::wake_event_type()
{
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

void LoopDriver::arm(int milliseconds)
{
    disarm();
    m_timer_id = startTimer(milliseconds, Qt::PreciseTimer);
}

void LoopDriver::disarm()
{
    if (m_timer_id) {
        killTimer(m_timer_id);
        m_timer_id = 0;
    }
}

bool LoopDriver::event(QEvent *event)
{
    arrived(event); // a wake event may come from another thread (ThreadsafeInbox)
    if (event->type() == drain_event_type()) {
        m_loop.drain();
        return true;
    }
    if (event->type() == ThreadsafeInbox::wake_event_type()) {
        m_loop.take_inbox();
        m_loop.drain();
        return true;
    }
    return QObject::event(event);
}

void LoopDriver::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer_id)
        return;
    disarm();
    m_loop.m_armed_deadline = -1;
    m_loop.drain();
}

void ThreadsafeInbox::post_wake_event()
{
    post_to_thread(target, new QEvent(wake_event_type()));
}

bool ThreadsafeInbox::post(std::function<void()> callback)
{
    QMutexLocker lock(&mutex);
    if (!target)
        return false;
    callbacks.push_back(std::move(callback));
    if (!wake_posted) {
        wake_posted = true;
        post_wake_event();
    }
    return true;
}

bool ThreadsafeInbox::wake()
{
    QMutexLocker lock(&mutex);
    if (!target)
        return false;
    if (!wake_posted) {
        wake_posted = true;
        post_wake_event();
    }
    return true;
}

std::vector<std::function<void()>> ThreadsafeInbox::take()
{
    QMutexLocker lock(&mutex);
    wake_posted = false;
    return std::exchange(callbacks, {});
}

} // namespace detail

// --- Handle ------------------------------------------------------------------------------------

Handle::Handle(detail::CallbackHandle *callback) noexcept : m_callback(callback)
{
    if (m_callback)
        m_callback->ref();
}

Handle::Handle(const Handle &other) noexcept : Handle(other.m_callback) {}

Handle &Handle::operator=(Handle other) noexcept
{
    std::swap(m_callback, other.m_callback);
    return *this;
}

Handle::~Handle()
{
    if (m_callback)
        m_callback->unref();
}

void Handle::cancel()
{
    if (m_callback) {
        m_callback->cancelled = true;
        m_callback->callback = nullptr; // release what it captured now
    }
}

bool Handle::cancelled() const
{
    return m_callback && m_callback->cancelled;
}

// --- EventLoop ---------------------------------------------------------------------------------

EventLoop::EventLoop(LoopOptions options)
    : m_options(options)
    , m_clock(std::make_shared<Clock>(options.clock, options.speed))
    , m_driver(std::make_unique<detail::LoopDriver>(*this))
    , m_inbox(std::make_shared<detail::ThreadsafeInbox>())
    , m_previous_current(t_current_loop)
{
    m_inbox->target = m_driver.get();
    t_current_loop = this;
    m_clock->set_owner_thread(std::this_thread::get_id());
    // A job that parks on the clock may be what keeps virtual time from jumping: look again.
    m_clock->set_on_park([inbox = std::weak_ptr(m_inbox)] {
        if (auto alive = inbox.lock())
            alive->wake();
    });
}

EventLoop::~EventLoop()
{
    if (!m_closed) {
        m_run_depth = 0; // a loop destroyed from inside its own run cannot keep running
        try {
            close();
        } catch (...) {
            // close() reports what callbacks raise; this is the last line: a destructor that
            // throws is std::terminate.
            qWarning("aio::EventLoop: exception while closing in the destructor: %s",
                     describe_exception(std::current_exception()).c_str());
        }
    }
    if (t_current_loop == this)
        t_current_loop = m_previous_current;
}

EventLoop *EventLoop::current() noexcept
{
    return t_current_loop;
}

EventLoop &get_event_loop()
{
    if (!t_current_loop)
        t_default_loop = std::make_unique<EventLoop>();
    return *t_current_loop;
}

void EventLoop::set_clock_mode(ClockMode mode)
{
    m_clock->set_mode(mode);
    m_armed_deadline = -1;
    arm_qt_timer();
    ensure_drain_posted();
}

void EventLoop::set_speed(double factor)
{
    m_clock->set_speed(factor);
    m_armed_deadline = -1;
    arm_qt_timer();
}

// --- callbacks ---------------------------------------------------------------------------------

Handle EventLoop::call_soon(detail::SmallFunction callback)
{
    if (m_closed)
        throw RuntimeError("call_soon on a closed event loop");
    auto *handle = new detail::CallbackHandle{{}, std::move(callback)}; // the queue's reference
    m_ready.push_back({nullptr, handle});
    ensure_drain_posted();
    return Handle(handle);
}

Handle EventLoop::call_later(std::chrono::nanoseconds delay, detail::SmallFunction callback)
{
    return call_at(now_ns() + delay.count(), std::move(callback));
}

Handle EventLoop::call_later(double seconds, detail::SmallFunction callback)
{
    return call_later(std::chrono::nanoseconds(detail::delay_ns(seconds)), std::move(callback));
}

std::int64_t detail::delay_ns(double seconds)
{
    // Half the int64 range, so a deadline (now + delay) cannot overflow either.
    constexpr double kLimit = 4.6e9; // seconds, about 146 years
    if (!std::isfinite(seconds) || std::abs(seconds) > kLimit)
        throw ValueError("delay must be a finite number of seconds below 4.6e9, got " + std::to_string(seconds));
    return static_cast<std::int64_t>(std::llround(seconds * 1e9));
}

Handle EventLoop::call_at(std::int64_t when_ns, detail::SmallFunction callback)
{
    if (m_closed)
        throw RuntimeError("call_at on a closed event loop");
    auto *handle = new detail::CallbackHandle{{}, std::move(callback)}; // the heap's reference
    m_timers.push_back({when_ns, ++m_timer_key, nullptr, handle});
    std::push_heap(m_timers.begin(), m_timers.end(), std::greater<>());
    arm_qt_timer();
    return Handle(handle);
}

void EventLoop::call_soon_threadsafe(std::function<void()> callback)
{
    if (!m_inbox->post(std::move(callback)))
        throw RuntimeError("call_soon_threadsafe on a closed event loop");
}

LoopPoster EventLoop::poster() const
{
    LoopPoster poster;
    poster.m_inbox = m_inbox;
    return poster;
}

bool LoopPoster::post(std::function<void()> callback) const
{
    return m_inbox && m_inbox->post(std::move(callback));
}

bool LoopPoster::loop_open() const
{
    if (!m_inbox)
        return false;
    QMutexLocker lock(&m_inbox->mutex);
    return m_inbox->target != nullptr;
}

// --- scheduling --------------------------------------------------------------------------------

void EventLoop::schedule(TaskCore *task, ScheduleCause cause, std::uint64_t waker)
{
    task->ref();
    m_ready.push_back({task, nullptr});
    if (tracing()) [[unlikely]] {
        TraceEvent event;
        event.type = TraceType::Schedule;
        event.task = task->id();
        event.cause = cause;
        event.other = waker;
        emit_trace(event);
    }
    ensure_drain_posted();
}

std::uint64_t EventLoop::add_task_timer(TaskCore *task, std::int64_t when_ns)
{
    task->ref();
    const std::uint64_t key = ++m_timer_key;
    m_timers.push_back({when_ns, key, task, nullptr});
    std::push_heap(m_timers.begin(), m_timers.end(), std::greater<>());
    // Not armed here: tasks only suspend inside drain() or step(), which arm the Qt timer when
    // they finish (and the task records this key only after we return).
    return key;
}

std::uint64_t EventLoop::park(std::function<void()> callback, std::function<void()> on_drop)
{
    const std::uint64_t key = next_id();
    m_parked.emplace(key, Parked{std::move(callback), std::move(on_drop)});
    return key;
}

void EventLoop::run_parked(std::uint64_t key)
{
    auto it = m_parked.find(key);
    if (it == m_parked.end())
        return;
    auto callback = std::move(it->second.run);
    m_parked.erase(it);
    callback();
}

void EventLoop::drop_parked(std::uint64_t key)
{
    auto it = m_parked.find(key);
    if (it == m_parked.end())
        return;
    const Parked parked = std::move(it->second);
    m_parked.erase(it);
    if (parked.drop)
        parked.drop();
}

void EventLoop::task_born(TaskCore *task) noexcept
{
    task->m_live_prev = m_tasks_tail;
    task->m_live_next = nullptr;
    if (m_tasks_tail)
        m_tasks_tail->m_live_next = task;
    else
        m_tasks_head = task;
    m_tasks_tail = task;
    ++m_live_tasks;
}

void EventLoop::task_finished(TaskCore *task) noexcept
{
    if (task->m_live_prev)
        task->m_live_prev->m_live_next = task->m_live_next;
    else if (m_tasks_head == task)
        m_tasks_head = task->m_live_next;
    else
        return; // not linked
    if (task->m_live_next)
        task->m_live_next->m_live_prev = task->m_live_prev;
    else
        m_tasks_tail = task->m_live_prev;
    task->m_live_prev = task->m_live_next = nullptr;
    --m_live_tasks;
}

std::vector<CoreRef<TaskCore>> EventLoop::all_tasks() const
{
    std::vector<CoreRef<TaskCore>> tasks;
    tasks.reserve(m_live_tasks);
    for (TaskCore *task = m_tasks_head; task; task = task->m_live_next)
        tasks.emplace_back(task);
    return tasks;
}

void EventLoop::ensure_drain_posted()
{
    if (m_drain_posted || (m_paused) || m_closed)
        return;
    m_drain_posted = true;
    QCoreApplication::postEvent(m_driver.get(), new QEvent(detail::LoopDriver::drain_event_type()));
}

void EventLoop::release(ReadyItem &item) noexcept
{
    if (item.task)
        item.task->unref();
    else if (item.callback)
        item.callback->unref();
    item = {};
}

void EventLoop::release(TimerEntry &entry) noexcept
{
    if (entry.task)
        entry.task->unref();
    else if (entry.callback)
        entry.callback->unref();
    entry.task = nullptr;
    entry.callback = nullptr;
}

bool EventLoop::run_one_ready_item()
{
    if (m_ready.empty())
        return false;
    if (m_iteration_left == 0) {
        // A new iteration: the items ready now (drain() takes the same batch, step() one of them).
        ++m_iteration;
        m_iteration_left = m_ready.size();
    }
    --m_iteration_left;
    ReadyItem item = m_ready.pop_front();
    if (item.timer_wake) {
        // Unless a cancel() woke the task meanwhile (it then waits on Ready, already scheduled).
        if (item.task->wait_kind_now() == WaitKind::Timer && !item.task->done()) {
            item.task->timer_fired();
            schedule(item.task, ScheduleCause::Timer);
        }
        release(item);
        return true;
    }
    ++m_step_depth;
    try {
        if (item.task) {
            item.task->step();
        } else if (!item.callback->cancelled && item.callback->callback) {
            drop_trace_stamp(); // a callback is user code: its events read the clock
            auto callback = std::move(item.callback->callback);
            callback();
        }
    } catch (const CancelledError &) {
        report(QStringLiteral("CancelledError escaped from a callback"));
    } catch (...) {
        report(QStringLiteral("Exception in callback: %1")
                   .arg(QString::fromStdString(describe_exception(std::current_exception()))));
    }
    --m_step_depth;
    release(item);
    return true;
}

void EventLoop::collect_due_timers(std::int64_t now)
{
    while (!m_timers.empty() && m_timers.front().when <= now) {
        std::pop_heap(m_timers.begin(), m_timers.end(), std::greater<>());
        TimerEntry entry = m_timers.back();
        m_timers.pop_back();
        if (entry.task) {
            if (entry.task->timer_key() == entry.key && !entry.task->done())
                m_ready.push_back({std::exchange(entry.task, nullptr), nullptr, true}); // the reference moves
        } else if (!entry.callback->cancelled) {
            m_ready.push_back({nullptr, std::exchange(entry.callback, nullptr)});
        }
        release(entry);
    }
}

void EventLoop::drop_stale_timers()
{
    while (!m_timers.empty()) {
        const TimerEntry &top = m_timers.front();
        const bool stale = top.task ? (top.task->timer_key() != top.key || top.task->done()) : top.callback->cancelled;
        if (!stale)
            return;
        std::pop_heap(m_timers.begin(), m_timers.end(), std::greater<>());
        release(m_timers.back());
        m_timers.pop_back();
    }
}

std::int64_t EventLoop::next_deadline(int *parked_count)
{
    // Cancelled timers must not pull virtual time forward.
    drop_stale_timers();
    std::int64_t parked_deadline = -1;
    *parked_count = m_external_work > 0 ? m_clock->parked(&parked_deadline) : 0;
    const std::int64_t timer = m_timers.empty() ? -1 : m_timers.front().when;
    if (timer < 0 || (parked_deadline >= 0 && parked_deadline < timer))
        return parked_deadline;
    return timer;
}

bool EventLoop::virtual_jump_target(std::int64_t *target)
{
    if (m_clock->mode() != ClockMode::Virtual || !m_ready.empty())
        return false;
    int parked = 0;
    *target = next_deadline(&parked);
    return *target >= 0 && m_external_work <= parked;
}

bool EventLoop::virtual_jump()
{
    std::int64_t target = -1;
    if (!virtual_jump_target(&target))
        return false;
    drop_trace_stamp(); // time moves
    m_clock->advance_to(target); // also releases the parked waiters due then
    collect_due_timers(m_clock->now_ns());
    return true;
}

void EventLoop::drain()
{
    if (m_closed)
        return;
    // While draining, m_drain_posted stays true: what gets scheduled now is run by this very
    // drain, so no Qt event is posted for it.
    m_drain_posted = true;
    const std::int64_t budget_end = steady_ns() + std::chrono::nanoseconds(m_options.batch_budget).count();
    std::size_t since_check = 0;
    while (!m_paused && !m_stopping) {
        // Like asyncio's run_until_complete, stop right after the iteration that finished the
        // awaited future: later timers (and virtual-time jumps) belong to the next run.
        if (!m_nested_runs.empty() && (*m_nested_runs.back().finished)())
            break;
        if (!m_timers.empty())
            collect_due_timers(m_clock->now_ns());
        if (m_ready.empty() && !virtual_jump())
            break;
        if (m_ready.empty())
            continue; // time moved to a parked waiter's deadline: look again
        // Like asyncio's _run_once: run what is ready now; what these schedule runs next round.
        for (std::size_t todo = m_ready.size(); todo > 0 && !m_paused; --todo)
            run_one_ready_item();
        // Read the clock only now and then: it costs more than a resume.
        if (++since_check >= 64 || !m_timers.empty()) {
            since_check = 0;
            if (steady_ns() > budget_end)
                break; // let Qt handle input, paint and its own timers first
        }
    }
    drop_trace_stamp();
    m_drain_posted = false;
    if (!m_ready.empty())
        ensure_drain_posted();
    arm_qt_timer();
    check_nested_runs();
}

void EventLoop::arm_qt_timer()
{
    drop_stale_timers();
    if (m_timers.empty() || m_paused || m_closed) {
        m_driver->disarm();
        m_armed_deadline = -1;
        std::int64_t target = -1;
        if (!m_paused && !m_closed && virtual_jump_target(&target))
            ensure_drain_posted(); // only parked waiters are left: the drain jumps to them
        return;
    }
    const std::int64_t deadline = m_timers.front().when;
    if (m_clock->mode() == ClockMode::Virtual) {
        m_driver->disarm();
        m_armed_deadline = -1;
        std::int64_t target = -1;
        if (virtual_jump_target(&target))
            ensure_drain_posted(); // the drain jumps time forward
        return;
    }
    if (deadline == m_armed_deadline)
        return;
    const std::int64_t wait_ns = m_clock->real_ns_until(deadline);
    if (wait_ns <= 0) {
        m_driver->disarm();
        m_armed_deadline = -1;
        ensure_drain_posted();
        return;
    }
    m_driver->arm(static_cast<int>(std::min<std::int64_t>((wait_ns + 999'999) / 1'000'000, 1 << 30)));
    m_armed_deadline = deadline;
}

void EventLoop::take_inbox()
{
    for (auto &callback : m_inbox->take()) {
        if (!m_closed) {
            call_soon(std::move(callback));
            continue;
        }
        // Closing: run it here, and report what it raises (close() must not throw, it runs
        // from the destructor).
        try {
            callback();
        } catch (...) {
            report(QStringLiteral("Exception in callback while closing the loop: %1")
                       .arg(QString::fromStdString(describe_exception(std::current_exception()))));
        }
    }
}

// --- running -----------------------------------------------------------------------------------

void EventLoop::check_nested_runs()
{
    for (auto &run : m_nested_runs) {
        if (m_stopping || (*run.finished)())
            run.qt_loop->quit();
    }
}

void EventLoop::run_until(const std::function<bool()> &finished)
{
    if (inside_step())
        throw RuntimeError("This event loop is already running (called from inside a task or callback)");
    if (m_closed)
        throw RuntimeError("Event loop is closed");
    if (finished())
        return;
    if (!QCoreApplication::instance())
        throw RuntimeError("aio::EventLoop needs a QCoreApplication (or use aio::run)");
    QEventLoop qt_loop;
    m_nested_runs.push_back({&qt_loop, &finished});
    ++m_run_depth;
    ensure_drain_posted();
    arm_qt_timer();
    qt_loop.exec();
    --m_run_depth;
    m_nested_runs.pop_back();
    if (m_run_depth == 0)
        m_stopping = false;
}

void EventLoop::run_forever()
{
    run_until([] { return false; });
}

void EventLoop::stop()
{
    m_stopping = true;
    check_nested_runs();
}

void EventLoop::close()
{
    if (m_closed)
        return;
    if (is_running())
        throw RuntimeError("Cannot close a running event loop");
    // Running jobs are asked to stop (a blocking fetch aborts) and jobs waiting on loop time give
    // up (the loop that would move it is closing); queued ones are dropped unrun. Those still
    // running on our pool will post back: let them finish, then take their results.
    m_closing->store(true);
    m_clock->shut_down();
    if (m_default_executor) {
        m_default_executor->clear();
        m_default_executor->waitForDone();
    }
    m_closed = true;
    take_inbox();
    // Jobs dropped from the queue unrun, and jobs on foreign pools that never reported back.
    for (auto &entry : std::exchange(m_parked, {})) {
        if (entry.second.drop)
            entry.second.drop();
    }
    {
        QMutexLocker lock(&m_inbox->mutex);
        m_inbox->target = nullptr;
    }
    take_inbox();
    // Pending tasks are reported and their coroutines destroyed (which releases what they hold).
    auto tasks = all_tasks();
    for (auto &task : tasks)
        task->abandon();
    tasks.clear();
    while (!m_ready.empty()) {
        ReadyItem item = m_ready.pop_front();
        release(item);
    }
    for (auto &entry : m_timers) {
        if (entry.callback)
            entry.callback->callback = nullptr; // what it captured goes now, even if a Handle lives on
        release(entry);
    }
    m_timers.clear();
    m_driver->disarm();
    m_default_executor.reset();
    detail::forget_asyncgens(*this);
}

// --- pause and step ----------------------------------------------------------------------------

void EventLoop::pause()
{
    m_paused = true;
    m_clock->set_frozen(true);
    arm_qt_timer();
}

void EventLoop::resume()
{
    m_paused = false;
    m_clock->set_frozen(false);
    m_armed_deadline = -1;
    arm_qt_timer();
    ensure_drain_posted();
}

bool EventLoop::step()
{
    if (inside_step())
        throw RuntimeError("step() called from inside a running task");
    if (m_closed)
        return false;
    if (!m_timers.empty())
        collect_due_timers(m_clock->now_ns());
    if (m_ready.empty()) {
        // Nothing ready: time moves on to the next deadline (a timer, or a job parked on the
        // clock), as if we had waited for it.
        int parked = 0;
        const std::int64_t deadline = next_deadline(&parked);
        if (deadline < 0)
            return false;
        drop_trace_stamp(); // time moves
        m_clock->advance_to(deadline);
        collect_due_timers(m_clock->now_ns());
        if (m_ready.empty())
            return true; // the step was the wait (a parked job goes on, or a timer is next)
    }
    run_one_ready_item();
    drop_trace_stamp();
    arm_qt_timer();
    check_nested_runs();
    return true;
}

// --- executor ----------------------------------------------------------------------------------

void EventLoop::end_external_work()
{
    if (--m_external_work == 0 && !m_closed && m_clock->mode() == ClockMode::Virtual)
        arm_qt_timer(); // posts a drain when time may now jump
}

QThreadPool *EventLoop::default_executor()
{
    if (!m_default_executor) {
        m_default_executor = std::make_unique<QThreadPool>();
        m_default_executor->setMaxThreadCount(std::min(32, QThread::idealThreadCount() + 4));
    }
    return m_default_executor.get();
}

// --- trace and reports -------------------------------------------------------------------------

void EventLoop::add_observer(TraceObserver *observer)
{
    if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void EventLoop::remove_observer(TraceObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

void EventLoop::emit_trace(TraceEvent &event)
{
    emit_trace_at(event, m_trace_stamp_ns >= 0 ? m_trace_stamp_ns : m_clock->now_ns());
}

void EventLoop::emit_trace_at(TraceEvent &event, std::int64_t t_ns)
{
    event.seq = ++m_trace_seq;
    event.t_ns = t_ns;
    for (auto *observer : m_observers)
        observer->on_trace(event);
}

void EventLoop::set_report_handler(std::function<void(const QString &)> handler)
{
    m_report_handler = std::move(handler);
}

void EventLoop::report(const QString &message)
{
    if (m_report_handler)
        m_report_handler(message);
    else
        qWarning().noquote() << "coroscope:" << message;
}

namespace detail {
void report_never_awaited(const char *function)
{
    const QString message = QStringLiteral("coroutine '%1' was never awaited").arg(QString::fromUtf8(function));
    if (auto *loop = EventLoop::current())
        loop->report(message);
    else
        qWarning().noquote() << "coroscope:" << message;
}
} // namespace detail

} // namespace aio
