// SPDX-License-Identifier: MIT
#include "coroscope/executor.h"

#include "coroscope/loop_time.h"

#include <QRunnable>
#include <QThreadPool>
#include <atomic>
#include <utility>

namespace aio::detail {

namespace {
/// A small stable number per pool thread, for the trace's executor lanes.
std::uint64_t this_thread_index()
{
    static std::atomic<std::uint64_t> next{0};
    thread_local const std::uint64_t index = ++next;
    return index;
}

/// `at_ns` is the loop time when it happened (read on the pool thread; -1: now), so the lane
/// shows the job when it really ran, not when the loop heard about it.
void trace_job(EventLoop &loop, std::uint64_t job_id, ExecutorPhase phase, std::uint64_t thread,
               std::int64_t at_ns = -1)
{
    if (!loop.tracing())
        return;
    TraceEvent event;
    event.type = TraceType::Executor;
    event.task = job_id;
    event.executor_phase = phase;
    event.other = thread;
    event.text = QStringLiteral("executor job #%1").arg(job_id);
    loop.emit_trace_at(event, at_ns >= 0 ? at_ns : loop.now_ns());
}
} // namespace

namespace {
thread_local JobStop *t_job_stop = nullptr;

/// Makes `stop` the running job's stop request for the job's duration.
class JobStopScope
{
public:
    explicit JobStopScope(JobStop *stop) noexcept : m_previous(std::exchange(t_job_stop, stop)) {}
    ~JobStopScope() { t_job_stop = m_previous; }
    JobStopScope(const JobStopScope &) = delete;
    JobStopScope &operator=(const JobStopScope &) = delete;

private:
    JobStop *m_previous;
};
} // namespace

const JobStop *current_job_stop() noexcept
{
    return t_job_stop;
}

void report_dropped_job_error(EventLoop &loop, std::uint64_t job_id, const std::exception_ptr &error)
{
    loop.report(QStringLiteral("Exception in executor job #%1 after its future was cancelled: %2")
                    .arg(job_id)
                    .arg(QString::fromStdString(describe_exception(error))));
}

void submit_job(EventLoop &loop, QThreadPool *pool, std::uint64_t job_id, std::shared_ptr<JobStop> stop,
                std::function<void()> job, std::function<void()> on_done, std::function<void()> on_dropped)
{
    if (loop.is_closed())
        throw RuntimeError("run_in_executor on a closed event loop");
    if (!pool)
        pool = loop.default_executor();
    // The pool thread only ever holds the key: the completion (which owns loop-thread objects)
    // stays parked on the loop and is run there.
    const std::uint64_t key = loop.park(
        [&loop, on_done = std::move(on_done)]() mutable {
            loop.end_external_work();
            on_done();
        },
        [&loop, on_dropped = std::move(on_dropped)] {
            loop.end_external_work();
            on_dropped();
        });
    loop.begin_external_work();
    trace_job(loop, job_id, ExecutorPhase::Submit, 0);
    // The posted callbacks run on the loop thread, so `target` is alive when they run; a post
    // to a loop that has closed is dropped.
    EventLoop *target = &loop;
    stop->loop_closing = loop.closing_flag();
    pool->start(QRunnable::create([target, poster = loop.poster(), clock = loop.shared_clock(), key, job_id,
                                   stop = std::move(stop), job = std::move(job)]() mutable {
        if (stop->requested()) {
            // Its future was cancelled, or its loop began closing, while it waited for a
            // thread: it is dropped unrun. (Without this, a running job that stops when close()
            // asks frees its thread, which could start a queued job before the loop's
            // QThreadPool::clear(); a foreign pool is never cleared at all.)
            poster.post([target, key] { target->drop_parked(key); });
            return;
        }
        // The job's blocking waits and CPU burns last loop time (loop_time.h).
        const ClockScope governed(clock);
        const std::uint64_t thread = this_thread_index();
        const std::int64_t started = clock->now_ns();
        poster.post([target, job_id, thread, started] {
            trace_job(*target, job_id, ExecutorPhase::Start, thread, started);
        });
        {
            JobStopScope scope(stop.get());
            job();
        }
        const std::int64_t ended = clock->now_ns();
        poster.post([target, job_id, thread, key, ended] {
            trace_job(*target, job_id, ExecutorPhase::End, thread, ended);
            target->run_parked(key);
        });
    }));
}

} // namespace aio::detail

namespace aio {

bool executor_stop_requested() noexcept
{
    return detail::t_job_stop && detail::t_job_stop->check();
}

} // namespace aio
