// SPDX-License-Identifier: MIT
#include "coroscope/run.h"

#include "coroscope/generator.h"

#include <QCoreApplication>

namespace aio::detail {

ApplicationGuard::ApplicationGuard()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "coroscope";
        static char *argv[] = {name, nullptr};
        m_app = std::make_unique<QCoreApplication>(argc, argv);
    }
}

ApplicationGuard::~ApplicationGuard() = default;

void cancel_all_tasks(EventLoop &loop)
{
    auto tasks = loop.all_tasks();
    if (tasks.empty())
        return;
    for (auto &task : tasks)
        task->cancel();
    // asyncio runs until gather(*tasks, return_exceptions=True) is done: the gather learns of
    // each task through a done callback, and its own done callback stops the loop; keep those
    // two loop iterations.
    auto remaining = std::make_shared<std::size_t>(tasks.size());
    auto stopping = std::make_shared<bool>(false);
    for (auto &task : tasks) {
        task->add_done_callback([&loop, remaining, stopping] {
            if (--*remaining == 0)
                loop.call_soon([stopping] { *stopping = true; });
        });
    }
    loop.run_until([&] { return *stopping; });
    for (auto &task : tasks) {
        if (task->failed())
            loop.report(QStringLiteral("unhandled exception during aio::run() shutdown: %1: %2")
                            .arg(task->label(), QString::fromStdString(describe_exception(task->exception()))));
    }
}

namespace {
/// asyncio's loop.shutdown_default_executor(): here the executor is shut down by close(); the
/// task is kept for the loop iterations asyncio spends on it.
Coroutine<void> shutdown_default_executor()
{
    co_return;
}
} // namespace

void shutdown_run(EventLoop &loop)
{
    cancel_all_tasks(loop);
    loop.run_until_complete(shutdown_asyncgens(loop));
    loop.run_until_complete(shutdown_default_executor());
}

} // namespace aio::detail
