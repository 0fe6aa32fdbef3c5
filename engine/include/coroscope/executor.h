// SPDX-License-Identifier: MIT
#pragma once
// loop.run_in_executor(executor, fn, args...): asyncio's way to run blocking code (the
// tutorial's urlopen) on a thread pool without blocking the loop. Returns a Future completed on
// the loop thread; an exception thrown by fn arrives at whoever awaits it. `executor` is a
// QThreadPool, or nullptr for the loop's default pool (min(32, cores + 4) threads, as Python's
// ThreadPoolExecutor). functools.partial's C++ analogue is a lambda or std::bind_front:
//     loop.run_in_executor(nullptr, std::bind_front(print_with, "hello", /*end=*/" "));
// Cancelling the future does not stop a job already running (as in asyncio); its result is
// then dropped.

#include "coroscope/future.h"
#include "coroscope/loop.h"

#include <QString>
#include <functional>
#include <memory>
#include <tuple>
#include <type_traits>

class QThreadPool;

namespace aio {

namespace detail {

/// The future of an executor job: labelled "executor job N" for waiters' traces.
template<typename T>
class ExecutorJobState final : public FutureState<T>
{
public:
    explicit ExecutorJobState(EventLoop &loop) : FutureState<T>(loop, SpawnKind::ExecutorJob) {}
    [[nodiscard]] QString label() const override { return QStringLiteral("executor job #%1").arg(this->id()); }
    [[nodiscard]] WaitKind wait_kind() const noexcept override { return WaitKind::ExecutorJob; }
};

/// Runs `job` on `pool` (the loop's default when null), reporting start and end to the loop's
/// trace; `on_done` then runs on the loop thread. Non-template part of run_in_executor.
void submit_job(EventLoop &loop, QThreadPool *pool, std::uint64_t job_id, std::function<void()> job,
                std::function<void()> on_done);

} // namespace detail

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
    detail::submit_job(loop, executor, future.id(), std::move(job),
                       [future, outcome]() mutable {
                           if (future.done())
                               return; // cancelled meanwhile: the result is dropped, as asyncio does
                           if (outcome->error) {
                               future.set_exception(outcome->error);
                           } else if constexpr (std::is_void_v<R>) {
                               future.set_result();
                           } else {
                               future.set_result(std::move(*outcome->value));
                           }
                       });
    return future;
}

/// The same on the current thread's loop.
template<typename F, typename... Args>
auto run_in_executor(QThreadPool *executor, F &&fn, Args &&...args)
{
    return run_in_executor(get_event_loop(), executor, std::forward<F>(fn), std::forward<Args>(args)...);
}

} // namespace aio
