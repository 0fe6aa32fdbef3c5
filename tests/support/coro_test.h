// SPDX-License-Identifier: MIT
#pragma once
// Helpers for coroutine tests (after QCoro's harness): run a coroutine to completion on a loop
// with a watchdog, and collect what the engine reports.

#include <coroscope/coroscope.h>

#include <QStringList>
#include <QTest>
#include <QTimer>
#include <chrono>

namespace coro_test {

/// Runs `coroutine` as a task on `loop` until it finishes; fails the test (instead of hanging)
/// if it takes longer than `watchdog` of real time.
template<typename T>
T run(aio::EventLoop &loop, aio::Coroutine<T> coroutine, std::chrono::milliseconds watchdog = std::chrono::seconds(10))
{
    bool timed_out = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        timed_out = true;
        loop.stop();
    });
    timer.start(watchdog);
    auto task = loop.create_task(std::move(coroutine), QStringLiteral("test"));
    loop.run_until([&] { return task.done(); });
    if (timed_out)
        throw std::runtime_error("watchdog: the coroutine did not finish in time");
    return task.result();
}

/// Captures the loop's reports (asyncio's exception-handler messages).
struct Reports
{
    QStringList messages;
    explicit Reports(aio::EventLoop &loop)
    {
        loop.set_report_handler([this](const QString &m) { messages << m; });
    }
    [[nodiscard]] bool contains(const QString &needle) const
    {
        for (const auto &m : messages)
            if (m.contains(needle))
                return true;
        return false;
    }
};

/// A virtual-clock loop: time only moves when nothing is ready, and then jumps.
inline aio::LoopOptions virtual_time()
{
    return aio::LoopOptions{.clock = aio::ClockMode::Virtual};
}

} // namespace coro_test

/// QVERIFY / QCOMPARE for use inside Coroutine<void> bodies: they co_return on failure.
#define CO_VERIFY(statement)                                                                       \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(statement), #statement, "", __FILE__, __LINE__))     \
            co_return;                                                                             \
    } while (false)
#define CO_COMPARE(actual, expected)                                                               \
    do {                                                                                           \
        if (!QTest::qCompare(actual, expected, #actual, #expected, __FILE__, __LINE__))            \
            co_return;                                                                             \
    } while (false)
