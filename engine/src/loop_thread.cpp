// SPDX-License-Identifier: MIT
#include "coroscope/loop_thread.h"

#include "coroscope/impl/thread_handover.h"

#include <QMutex>
#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <QWaitCondition>

namespace aio {

namespace {

/// A command for the loop's thread. Posted as an event of our own (rather than a queued
/// invokeMethod) so the hand-over can be stated to ThreadSanitizer.
class CommandEvent final : public QEvent
{
public:
    explicit CommandEvent(std::function<void()> command) : QEvent(kind()), run(std::move(command)) {}
    static QEvent::Type kind()
    {
        static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
        return type;
    }
    std::function<void()> run;
};

class CommandReceiver final : public QObject
{
protected:
    bool event(QEvent *event) override
    {
        detail::arrived(event);
        if (event->type() != CommandEvent::kind())
            return QObject::event(event);
        static_cast<CommandEvent *>(event)->run();
        return true;
    }
};

} // namespace

/// What the owner's thread and the loop's thread share.
struct LoopThread::Shared
{
    QMutex mutex;
    QObject *receiver = nullptr; // lives on the loop's thread while the body runs
    EventLoop *loop = nullptr;
    std::shared_ptr<Clock> clock;
    QSemaphore started;
};

LoopThread::LoopThread(QString thread_name) : m_shared(std::make_shared<Shared>()), m_name(std::move(thread_name)) {}

LoopThread::~LoopThread()
{
    wait();
}

void LoopThread::start(LoopOptions options, std::function<void(EventLoop &)> body)
{
    Q_ASSERT(!m_thread);
    m_thread.reset(QThread::create([shared = m_shared, options, body = std::move(body)] {
        CommandReceiver receiver;
        {
            EventLoop loop(options);
            {
                QMutexLocker lock(&shared->mutex);
                shared->receiver = &receiver;
                shared->loop = &loop;
                shared->clock = loop.shared_clock();
            }
            shared->started.release();
            try {
                body(loop);
            } catch (const std::exception &error) {
                loop.report(QStringLiteral("the loop thread's work failed: %1").arg(QString::fromUtf8(error.what())));
            }
            {
                QMutexLocker lock(&shared->mutex);
                shared->receiver = nullptr;
                shared->loop = nullptr;
            }
            if (!loop.is_closed() && !loop.is_running())
                loop.close();
        }
    }));
    m_thread->setObjectName(m_name);
    m_thread->start();
    m_shared->started.acquire();
}

bool LoopThread::post(std::function<void(EventLoop &)> command)
{
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->receiver)
        return false;
    // Runs on the loop's thread; it re-checks that the loop still runs the body.
    auto *event = new CommandEvent([shared = m_shared, command = std::move(command)] {
        EventLoop *loop = nullptr;
        {
            QMutexLocker inner(&shared->mutex);
            loop = shared->loop;
        }
        if (loop)
            command(*loop);
    });
    detail::post_to_thread(m_shared->receiver, event);
    return true;
}

std::shared_ptr<Clock> LoopThread::clock() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->clock;
}

bool LoopThread::wait(std::chrono::milliseconds timeout)
{
    if (!m_thread)
        return true;
    if (timeout == std::chrono::milliseconds::max())
        return m_thread->wait();
    return m_thread->wait(QDeadlineTimer(timeout));
}

bool LoopThread::finished() const
{
    return !m_thread || m_thread->isFinished();
}

} // namespace aio
