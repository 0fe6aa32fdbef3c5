// SPDX-License-Identifier: MIT
#pragma once
// The loopback demo server: a real HTTP/1.1 server (on QtHttpServer's QAbstractHttpServer) that
// the fetch scenarios, `coroscope gather` and `coroscope serve` use, so the tutorial runs offline.
//
// Routes (GET only):
//   /                        a short text listing these routes
//   /search?q=<word>         an HTML page: the tutorial's words have the tutorial's sizes (apple
//                            74443 ... strawberry 154872), other words a size derived from them;
//                            answered after the page's latency (base + up to `variation` more,
//                            fixed per word, so pages finish in another order than asked);
//                            &latency_ms=<ms> overrides the base latency for that request
//   /delay/<ms>              a short text after <ms>
//   /bytes/<n>               <n> pattern bytes at once (streamed beyond 64 KiB)
//   /status/<code>           an empty answer with that status (200-599)
//   /redirect/<n>            302 to /redirect/<n-1>; /redirect/0 answers 200
//   /drop[/<n>]              announces <n> bytes (default 65536), streams half, drops the connection
//   /hang                    never answers (the connection is closed after limits.hang_limit)
// Every delay is divided by the speed factor (0.5 = twice as slow), capped at
// limits.max_wall_delay of wall time, and answers are sent later
// from a timer with the responder kept on the heap: no thread per request, no blocking sleep,
// thousands of requests in flight at once. The server listens on loopback addresses only
// (127.0.0.1, and 127.0.0.2... when `hosts` > 1), never reads or writes a file, and closes
// connections that break the limits in DemoServerLimits (docs/security.md has the whole list).

#include "demo_server_options.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QList>
#include <QUrl>
#include <atomic>
#include <functional>

class QTcpSocket;
class QTimer;

namespace coroscope::demo {

class DemoServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit DemoServer(DemoServerOptions options = {}, QObject *parent = nullptr);
    ~DemoServer() override;

    /// Starts listening; false (see error_string()) when 127.0.0.1 cannot be bound. Extra
    /// loopback hosts the OS refuses are skipped (hosts() says which ones listen).
    bool start();
    [[nodiscard]] QString error_string() const { return m_error; }
    [[nodiscard]] quint16 port() const noexcept { return m_port; }
    /// The addresses listening, 127.0.0.1 first.
    [[nodiscard]] QList<QHostAddress> hosts() const { return m_hosts; }
    /// http://127.0.0.<n+1>:port (host_index wraps around the listening hosts).
    [[nodiscard]] QUrl base_url(int host_index = 0) const;
    /// The search URL of `word`; the `index`-th page of a run goes to host index % hosts().
    [[nodiscard]] QUrl page_url(const QString &word, int index = 0) const;
    [[nodiscard]] const DemoServerOptions &options() const noexcept { return m_options; }
    /// The app's speed factor, changed while running: applies to answers scheduled from now on.
    void set_speed(double factor);

    /// True when this OS lets a process listen on 127.0.0.<n> (Linux: any 127/8 address;
    /// macOS and Windows only 127.0.0.1 unless an alias was added).
    [[nodiscard]] static bool loopback_host_available(int n);

    /// Counters, readable from any thread.
    struct Stats
    {
        qint64 requests = 0;           ///< requests parsed
        qint64 answered = 0;           ///< answers written
        qint64 closed_by_client = 0;   ///< connections the client closed while its answer was pending
        qint64 refused = 0;            ///< connections or requests refused by a limit
        int open_connections = 0;
        int pending_answers = 0;
        qint64 peak_buffered_bytes = 0; ///< the most answer bytes ever waiting in socket buffers
    };
    [[nodiscard]] Stats stats() const;

Q_SIGNALS:
    void request_received(const QString &path);
    /// A client closed its connection while the answer to `path` was still pending (e.g. a
    /// cancelled fetch aborting its reply).
    void client_went_away(const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Connection
    {
        qint64 bytes_since_request = 0;
        int pending = 0;
        QTimer *idle = nullptr;
        bool refused = false; ///< answered 431: what the client still sends is read and dropped
    };
    using Answer = std::function<void(QHttpServerResponder &, QTcpSocket *)>;

    bool admit(QTcpSocket *socket);
    void answer_later(QTcpSocket *socket, QHttpServerResponder &&responder, std::chrono::milliseconds delay,
                      const QString &path, Answer answer);
    /// A 200 answer after a simulated latency, with headers saying how long (X-Loop-Latency-Ms
    /// only when the client's loop clock is to wait it).
    void write_delayed(QHttpServerResponder &responder, const QByteArray &body, const QByteArray &type,
                       std::chrono::milliseconds latency) const;
    /// A simulated latency: waited here, or left to the client's loop clock (see the options).
    void answer_after(QTcpSocket *socket, QHttpServerResponder &&responder, std::chrono::milliseconds latency,
                      const QString &path, Answer answer);
    void answer_now(QTcpSocket *socket, QHttpServerResponder &responder, const Answer &answer);
    [[nodiscard]] std::chrono::milliseconds scaled(std::chrono::milliseconds delay) const;
    [[nodiscard]] qint64 buffered_bytes() const;
    void refuse_oversized_request(QTcpSocket *socket, Connection &connection);
    void route(const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder);
    [[nodiscard]] QByteArray page(const QString &word);

    DemoServerOptions m_options;
    QList<QHostAddress> m_hosts;
    QList<quint16> m_ports; // per host: the same port unless the OS had it taken there
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QString, QByteArray> m_pages; // generated pages, kept so answers leave on time
    QString m_error;
    quint16 m_port = 0;
    std::atomic<qint64> m_requests{0};
    std::atomic<qint64> m_answered{0};
    std::atomic<qint64> m_closed_by_client{0};
    std::atomic<qint64> m_refused{0};
    std::atomic<int> m_open{0};
    std::atomic<int> m_pending{0};
    std::atomic<qint64> m_peak_buffered{0};
};

} // namespace coroscope::demo
