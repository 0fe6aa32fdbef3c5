// SPDX-License-Identifier: MIT
#pragma once
// loop.run_in_executor(executor, fn, args...): asyncio's way to run blocking code (the
// tutorial's urlopen) on a thread pool without blocking the loop. Returns a Future completed on
// the loop thread; an exception thrown by fn arrives at whoever awaits it. `executor` is a
// QThreadPool, or nullptr for the loop's default pool (min(32, cores + 4) threads, as Python's
// ThreadPoolExecutor). functools.partial's C++ analogue is a lambda or std::bind_front:
//     loop.run_in_executor(nullptr, std::bind_front(print_with, "hello", /*end=*/" "));
// Cancelling the future drops the job if it has not started yet; a job already running is not
// interrupted (as in asyncio) but may notice: executor_stop_requested() turns true for it once
// its future is cancelled or its loop closes, and long jobs may poll it and return early
// (blocking_fetch does, failing with NetworkError::Aborted). Its result is then dropped; an
// exception it throws without having been asked to stop is reported through the loop's report
// handler rather than lost.

#include "coroscope/future.h"
#include "coroscope/loop.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <tuple>
#include <type_traits>

class QThreadPool;

namespace aio {

namespace detail {

/// Why an executor job should stop early: its future was cancelled, or its loop is closing.
/// Shared by the loop thread (which sets it) and the pool thread (which reads it).
struct JobStop
{
    std::atomic<bool> cancelled{false};
    std::shared_ptr<const std::atomic<bool>> loop_closing;
    mutable std::atomic<bool> noticed{false}; ///< the job asked and was told to stop
    [[nodiscard]] bool requested() const noexcept { return cancelled.load() || (loop_closing && loop_closing->load()); }
    /// requested(), remembering that the job saw it (its error is then expected, not reported).
    [[nodiscard]] bool check() const noexcept
    {
        if (!requested())
            return false;
        noticed.store(true);
        return true;
    }
};

/// The stop request of the executor job running on this thread, or null outside a job.
[[nodiscard]] const JobStop *current_job_stop() noexcept;

/// The future of an executor job: labelled "executor job N" for waiters' traces. Cancelling it
/// also asks the job to stop.
template<typename T>
class ExecutorJobState final : public FutureState<T>
{
public:
    explicit ExecutorJobState(EventLoop &loop) : FutureState<T>(loop, SpawnKind::ExecutorJob) {}
    [[nodiscard]] QString label() const override { return QStringLiteral("executor job #%1").arg(this->id()); }
    [[nodiscard]] WaitKind wait_kind() const noexcept override { return WaitKind::ExecutorJob; }
    bool cancel(const std::string &message = {}) override
    {
        const bool cancelled = FutureState<T>::cancel(message);
        if (cancelled)
            stop->cancelled.store(true);
        return cancelled;
    }
    const std::shared_ptr<JobStop> stop = std::make_shared<JobStop>();
};

/// Runs `job` on `pool` (the loop's default when null), reporting start and end to the loop's
/// trace; `on_done` then runs on the loop thread. A job whose stop was requested before it
/// started (its future cancelled, or its loop closing) does not run: `on_dropped` runs on the
/// loop thread instead. Non-template part of run_in_executor.
void submit_job(EventLoop &loop, QThreadPool *pool, std::uint64_t job_id, std::shared_ptr<JobStop> stop,
                std::function<void()> job, std::function<void()> on_done, std::function<void()> on_dropped);

/// Reports an exception a job threw after its future was cancelled (nobody can retrieve it).
void report_dropped_job_error(EventLoop &loop, std::uint64_t job_id, const std::exception_ptr &error);

} // namespace detail

/// Inside an executor job: true once the job's future was cancelled or its loop began closing
/// (always false elsewhere). A job that sees true should return soon; its result is dropped.
[[nodiscard]] bool executor_stop_requested() noexcept;

template<typename F, typename... Args>
auto run_in_executor(EventLoop &loop, QThreadPool *executor, F &&fn, Args &&...args)
{
    using R = std::invoke_result_t<std::decay_t<F>, std::decay_t<Args>...>;
    auto *state = new detail::ExecutorJobState<R>(loop);
    Future<R> future(state);

    struct Outcome
    {
        std::optional<detail::Stored<R>> value;
        std::exception_ptr error;
    };
    auto outcome = std::make_shared<Outcome>();
    auto job = [outcome, fn = std::forward<F>(fn), args = std::make_tuple(std::forward<Args>(args)...)]() mutable {
        try {
            if constexpr (std::is_void_v<R>) {
                std::apply(fn, std::move(args));
                outcome->value.emplace();
            } else {
                outcome->value.emplace(std::apply(fn, std::move(args)));
            }
        } catch (...) {
            outcome->error = std::current_exception();
        }
    };
    // Runs on the loop thread; `future` (captured) keeps the state alive until then.
    detail::submit_job(loop, executor, future.id(), state->stop, std::move(job),
                       [future, outcome, stop = state->stop]() mutable {
                           if (future.done()) {
                               // Cancelled meanwhile: the result is dropped, as asyncio does; an
                               // error the job did not raise on request is reported, not lost.
                               if (outcome->error && !stop->noticed.load())
                                   detail::report_dropped_job_error(future.core()->loop(), future.id(), outcome->error);
                               return;
                           }
                           if (outcome->error) {
                               future.set_exception(outcome->error);
                           } else if constexpr (std::is_void_v<R>) {
                               future.set_result();
                           } else {
                               future.set_result(std::move(*outcome->value));
                           }
                       },
                       // Never run: cancelled (nothing left to do), or the loop closed first and
                       // the future stays pending for good, so what waits on it is let go.
                       [future] { future.core()->drop_hooks(); });
    return future;
}

/// The same on the current thread's loop.
template<typename F, typename... Args>
auto run_in_executor(QThreadPool *executor, F &&fn, Args &&...args)
{
    return run_in_executor(get_event_loop(), executor, std::forward<F>(fn), std::forward<Args>(args)...);
}

} // namespace aio
