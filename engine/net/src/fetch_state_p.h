// SPDX-License-Identifier: MIT
#pragma once
// Private: the future behind fetch(). It holds a reference to itself while its reply runs, so
// a fetch nobody awaits still finishes (and is reported if it fails unobserved).

#include "coroscope/future.h"
#include "coroscope/net/fetch_options.h"
#include "coroscope/net/response.h"
#include "connection_pool_p.h"
#include "reply_watcher_p.h"

#include <QElapsedTimer>
#include <memory>
#include <optional>

namespace aio::net::detail {

class FetchState final : public FutureState<Response>
{
public:
    FetchState(EventLoop &loop, QUrl url, FetchOptions options);
    ~FetchState() override;

    /// Sends the request; call once a Future handle owns this state.
    void start();

    [[nodiscard]] QString label() const override;
    [[nodiscard]] WaitKind wait_kind() const noexcept override { return WaitKind::NetworkReply; }
    [[nodiscard]] QString describe_result() const override;
    /// Aborts the reply (closing its connection), then cancels as any future does.
    bool cancel(const std::string &message = {}) override;

private:
    /// Hands the request to the manager on connection `connection` (it holds it till the end).
    void send(std::uint64_t connection);
    /// Lets go of the connection (or of its place in the queue); the next queued request gets it.
    void release_connection(bool trace);
    /// At loop time `at_ns`, or now when it is negative.
    void trace_connection(ConnectionPhase phase, const QString &text = {}, std::int64_t at_ns = -1);
    void on_stage(Stage stage);
    void on_done(ReplyWatcher::Outcome outcome);
    /// Settles the future with `outcome` and lets go of the reply.
    void finish(ReplyWatcher::Outcome outcome);
    /// The held response's loop-clock latency has passed: hand it over.
    void release_held();
    void stop_watching();
    /// Aborts the watcher and deletes it once the current signal handler has returned.
    void dispose_watcher();
    void let_go_of_closed_loop();
    void trace_phase(const QString &text);

    QUrl m_url;
    FetchOptions m_options;
    QString m_name;
    std::unique_ptr<ReplyWatcher> m_watcher;
    std::int64_t m_started_ns = 0;                  // loop time when the request was sent
    std::shared_ptr<ConnectionPool> m_pool;         // its host's connections on this loop
    std::uint64_t m_connection = 0;                 // the connection it holds (0: none)
    bool m_queued = false;                          // waits for a connection (holds a self reference)
    QElapsedTimer m_since_call;                     // Response::timing counts from the fetch() call
    std::optional<ReplyWatcher::Outcome> m_held;    // a response waiting out its loop-clock latency
    Handle m_hold;                                  // the loop timer that hands it over
    bool m_receiving_deferred = false;              // "receiving" is shown when the hold ends
    LoopPoster m_poster;         // tells whether the loop still exists when the reply ends
    std::uint64_t m_creator = 0; // the task that called fetch(): its lane shows the stages
    bool m_in_flight = false;    // holds a self reference and one unit of the loop's external work
};

} // namespace aio::net::detail
