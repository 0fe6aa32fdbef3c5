// SPDX-License-Identifier: MIT
#pragma once
// aio::LoopThread: an EventLoop on a thread of its own (a QThread with its own Qt event loop),
// for programs whose main thread has other work, such as a window that must stay responsive
// while a task blocks its loop. The owner talks to it only through post() (commands that run on
// the loop's thread) and clock() (thread-safe readings of loop time); everything else of the
// loop stays on its thread.
//
//     aio::LoopThread worker;
//     worker.start({.clock = aio::ClockMode::Virtual}, [](aio::EventLoop &loop) {
//         loop.run_until_complete(loop.create_task(main_coro()));   // as asyncio.run would
//     });
//     worker.post([](aio::EventLoop &loop) { loop.pause(); });    // from the owner's thread
//     worker.wait();
//
// Commands are Qt events for the thread, not ready-queue callbacks: they run while the loop is
// paused (resume, step) or idle, in the order posted, whenever the loop's thread is not inside a
// step. A command posted after the body has returned is dropped (post() returns false).

#include "coroscope/loop.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>

class QThread;

namespace aio {

class LoopThread
{
public:
    explicit LoopThread(QString thread_name = QStringLiteral("aio loop"));
    /// Waits for the thread to end: make the body return first (e.g. post a command that
    /// stops or cancels what it runs).
    ~LoopThread();
    LoopThread(const LoopThread &) = delete;
    LoopThread &operator=(const LoopThread &) = delete;

    /// Starts the thread, creates the loop there with `options` and runs `body(loop)`; when
    /// the body returns the loop is closed and destroyed and the thread ends. Returns once the
    /// loop exists (clock() is valid from then on). Call once.
    void start(LoopOptions options, std::function<void(EventLoop &)> body);

    /// Runs `command(loop)` on the loop's thread (see above); false when the loop is gone.
    bool post(std::function<void(EventLoop &)> command);

    /// The loop's clock, readable from any thread; null before start().
    [[nodiscard]] std::shared_ptr<Clock> clock() const;

    /// Waits until the thread has ended; false on time-out.
    bool wait(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
    [[nodiscard]] bool finished() const;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThread> m_thread;
    QString m_name;
};

} // namespace aio
