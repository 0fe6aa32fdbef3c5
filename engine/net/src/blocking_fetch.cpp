// SPDX-License-Identifier: MIT
#include "coroscope/net/blocking_fetch.h"

#include "coroscope/executor.h"
#include "reply_watcher_p.h"
#include "request_p.h"

#include <coroscope/loop_time.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <memory>
#include <thread>

namespace aio::net {

namespace {
constexpr std::chrono::milliseconds kAbortPoll{20};
}

Response blocking_fetch(const QUrl &url, const FetchOptions &options)
{
    detail::check_url(url);
    // Where a loop governs this thread (its own, or the one whose executor runs this job), a
    // latency the server left to the client is waited out on that loop's clock.
    const std::shared_ptr<Clock> clock = this_thread_clock();
    const std::int64_t started_loop_ns = clock ? clock->now_ns() : 0;
    const std::int64_t started_steady_ns = Clock::steady_ns();
    detail::ReplyWatcher::Outcome outcome;
    // Inside an executor job, a cancelled future or a closing loop aborts the request too.
    const aio::detail::JobStop *job_stop = aio::detail::current_job_stop();
    // The request runs on a helper thread with its own event loop, so the caller's thread
    // (possibly an aio loop's) processes nothing while it waits: it is truly blocked.
    std::unique_ptr<QThread> helper(QThread::create([&] {
        QNetworkAccessManager manager;
        QEventLoop events;
        bool done = false;
        detail::ReplyWatcher watcher(manager.get(detail::make_request(url, options)), url, options, {},
                                     [&](detail::ReplyWatcher::Outcome result) {
                                         outcome = std::move(result);
                                         done = true;
                                         events.quit();
                                     });
        QTimer poll;
        if (options.abort_flag || job_stop) {
            QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
                if ((options.abort_flag && options.abort_flag->load()) || (job_stop && job_stop->check()))
                    watcher.fail(NetworkError(NetworkError::Kind::Aborted,
                                              QStringLiteral("aborted: %1").arg(url.toDisplayString()), url));
            });
            poll.start(kAbortPoll);
        }
        if (!done)
            events.exec();
    }));
    helper->setObjectName(QStringLiteral("blocking fetch"));
    helper->start();
    helper->wait();
    if (outcome.error)
        throw *outcome.error;
    const auto latency = std::chrono::nanoseconds(detail::loop_latency(*outcome.response, options)).count();
    if (latency > 0 && clock)
        clock->sleep_until(started_loop_ns + latency);
    else if (latency > 0)
        std::this_thread::sleep_for(std::chrono::nanoseconds(started_steady_ns + latency - Clock::steady_ns()));
    return std::move(*outcome.response);
}

Response blocking_fetch(const QString &url, const FetchOptions &options)
{
    return blocking_fetch(detail::parse_url(url), options);
}

} // namespace aio::net
