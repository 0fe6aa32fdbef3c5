// SPDX-License-Identifier: MIT
#include "coroscope/run.h"

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
    loop.run_until([&] {
        for (auto &task : tasks) {
            if (!task->done())
                return false;
        }
        return true;
    });
    for (auto &task : tasks) {
        if (task->failed())
            loop.report(QStringLiteral("unhandled exception during aio::run() shutdown: %1: %2")
                            .arg(task->label(), QString::fromStdString(describe_exception(task->exception()))));
    }
}

} // namespace aio::detail
