// SPDX-License-Identifier: MIT
#pragma once
// aio::run(main()): asyncio.run. Creates a fresh event loop (and a QCoreApplication if the
// program has none yet), runs `main` to completion, cancels the tasks still left and waits for
// them, shuts the default executor down, closes the loop, and returns main's result (or rethrows
// its error).

#include "coroscope/task.h"

#include <memory>
#include <optional>

class QCoreApplication;

namespace aio {

namespace detail {
/// Creates a QCoreApplication for the scope when the program has none.
class ApplicationGuard
{
public:
    ApplicationGuard();
    ~ApplicationGuard();
    ApplicationGuard(const ApplicationGuard &) = delete;
    ApplicationGuard &operator=(const ApplicationGuard &) = delete;

private:
    std::unique_ptr<QCoreApplication> m_app;
};

/// asyncio.runners._cancel_all_tasks: cancels every live task and runs until they finish.
void cancel_all_tasks(EventLoop &loop);
/// What asyncio.run does once the main task is done, before closing the loop: cancel the tasks
/// left, shutdown_asyncgens(), then the default executor's shutdown (as a task, for the same
/// loop iterations). Every runner of a main task calls this, then loop.close().
void shutdown_run(EventLoop &loop);
} // namespace detail

template<typename T>
T run(Coroutine<T> main, LoopOptions options = {})
{
    detail::ApplicationGuard application;
    EventLoop loop(options);
    auto task = loop.create_task(std::move(main));
    std::exception_ptr error;
    std::optional<detail::Stored<T>> value;
    try {
        if constexpr (std::is_void_v<T>) {
            loop.run_until_complete(task);
            value.emplace();
        } else {
            value.emplace(loop.run_until_complete(task));
        }
    } catch (...) {
        error = std::current_exception();
    }
    detail::shutdown_run(loop);
    loop.close();
    if (error)
        std::rethrow_exception(error);
    if constexpr (!std::is_void_v<T>)
        return std::move(*value);
}

} // namespace aio
