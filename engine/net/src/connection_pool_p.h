// SPDX-License-Identifier: MIT
#pragma once
// Private: the per-host connection limit of fetch(), on the loop's clock.
//
// QNetworkAccessManager opens at most six HTTP/1.1 connections per host:port and queues further
// requests until one is free, as aiohttp's limit_per_host does. A request whose latency passes
// on the loop clock (FetchOptions::loop_clock_latency) is answered at once, though, and would
// free its real connection long before its page is due in loop time. So fetch() keeps its own
// six slots per (manager, host:port), mirroring QNAM's limit: a request takes a slot before it
// is handed to QNAM and keeps it until its (possibly held) reply completes, so the seventh
// request waits for a connection in loop time, and the trace shows who holds which connection.
// Loop-thread only.

#include <QString>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QUrl;

namespace aio {
class EventLoop;
}

namespace aio::net::detail {

class ConnectionPool
{
public:
    /// What QNetworkAccessManager allows per host:port for HTTP/1.1.
    static constexpr int kPerHost = 6;
    /// Called with the connection number when a queued request gets one.
    using Granted = std::function<void(std::uint64_t connection)>;

    /// The pool of `loop` for `url`'s host:port on `manager` (created on first use; it lives as
    /// long as the loop is open).
    [[nodiscard]] static std::shared_ptr<ConnectionPool> of(EventLoop &loop, QNetworkAccessManager *manager, const QUrl &url);

    /// A free connection's number (the request holds it from now on), or 0: `request` is queued
    /// and `granted` is called once a connection is free for it.
    [[nodiscard]] std::uint64_t acquire(const void *request, Granted granted);
    /// The request is done with its connection (at loop time `at_ns`), or gives up its place in
    /// the queue. The next queued request gets the connection (its callback runs before this
    /// returns, and handing_over_at() says `at_ns` meanwhile).
    void release(const void *request, std::int64_t at_ns = -1);
    /// While release() hands a connection to a queued request: when it was let go (else -1),
    /// so the trace shows the hand-over as one moment.
    [[nodiscard]] std::int64_t handing_over_at() const noexcept { return m_handing_over_at; }
    [[nodiscard]] const QString &host() const noexcept { return m_host; }

    ConnectionPool(QString host, std::uint64_t first_number);

private:
    struct Waiter
    {
        const void *request;
        Granted granted;
    };
    QString m_host;
    std::uint64_t m_first_number;               // connections are numbered per loop, pool after pool
    std::vector<const void *> m_holders;        // slot -> the request holding it (null: free)
    std::deque<Waiter> m_queue;
    std::int64_t m_handing_over_at = -1;
};

} // namespace aio::net::detail
