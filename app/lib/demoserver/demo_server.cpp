// SPDX-License-Identifier: MIT
#include "demo_server.h"

#include "body_streamer.h"
#include "demo_pages.h"
#include "guarded_tcp_server.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <memory>
#include <sys/socket.h>

namespace coroscope::demo {

namespace {

using Status = QHttpServerResponder::StatusCode;
constexpr qint64 kInlineBodyLimit = BodyStreamer::kChunk; // larger /bytes answers stream
constexpr std::chrono::milliseconds kRefusalLinger{2000}; // reading what follows a refused request
constexpr qint64 kDefaultDropSize = 65536;
constexpr int kMaxRedirects = 20;
constexpr int kMaxCachedPages = 32; // at most 32 x 200 KB, plus the tutorial's 850 KB

const QByteArray kText = QByteArrayLiteral("text/plain; charset=utf-8");

void write_text(QHttpServerResponder &responder, const QString &text, Status status = Status::Ok)
{
    responder.write(text.toUtf8() + '\n', {{"Content-Type", kText}, {"Cache-Control", "no-store"}}, status);
}

/// A whole non-negative number no larger than `max`, or -1.
qint64 parse_count(const QString &text, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= 0 && value <= max && !text.startsWith(QLatin1Char('+')) ? value : -1;
}

QString index_text()
{
    return QStringLiteral(
        "Coroscope demo server (loopback only)\n"
        "GET /search?q=<word>   a page; the tutorial's words have the tutorial's sizes\n"
        "                       (&latency_ms=<ms> overrides the base latency)\n"
        "GET /delay/<ms>        answers after <ms>\n"
        "GET /bytes/<n>         <n> bytes\n"
        "GET /status/<code>     an empty answer with that status\n"
        "GET /redirect/<n>      302 to /redirect/<n-1>\n"
        "GET /drop[/<n>]        announces <n> bytes, sends half, drops the connection\n"
        "GET /hang              never answers");
}

} // namespace

DemoServer::DemoServer(DemoServerOptions options, QObject *parent) : QAbstractHttpServer(parent), m_options(options)
{
    m_options.hosts = std::clamp(m_options.hosts, 1, 254);
    if (!(m_options.speed > 0))
        m_options.speed = 1.0;
}

DemoServer::~DemoServer()
{
    // Close every connection while this object's members still exist (their handlers use them).
    const auto listeners = findChildren<GuardedTcpServer *>(Qt::FindDirectChildrenOnly);
    for (GuardedTcpServer *listener : listeners)
        delete listener;
}

bool DemoServer::loopback_host_available(int n)
{
    if (n < 1 || n > 254)
        return false;
    QTcpServer probe;
    return probe.listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(n)), 0);
}

bool DemoServer::start()
{
    for (int i = 1; i <= m_options.hosts; ++i) {
        const QHostAddress address(QStringLiteral("127.0.0.%1").arg(i));
        auto *listener = new GuardedTcpServer([this](QTcpSocket *socket) { return admit(socket); }, this);
        const quint16 wanted = i == 1 ? m_options.port : m_port;
        if (!listener->listen(address, wanted) && (i == 1 || !listener->listen(address, 0))) {
            if (i == 1) {
                m_error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(wanted).arg(listener->errorString());
                delete listener;
                return false;
            }
            delete listener; // this OS has no such loopback alias: skip it
            continue;
        }
        if (i == 1)
            m_port = listener->serverPort();
        bind(listener);
        m_hosts << address;
        m_ports << listener->serverPort();
    }
    return true;
}

QUrl DemoServer::base_url(int host_index) const
{
    if (m_hosts.isEmpty())
        return {};
    const int i = int(host_index % m_hosts.size());
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_hosts[i].toString());
    url.setPort(m_ports[i]);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl DemoServer::page_url(const QString &word, int index) const
{
    QUrl url = base_url(index);
    url.setPath(QStringLiteral("/search"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), word);
    url.setQuery(query);
    return url;
}

DemoServer::Stats DemoServer::stats() const
{
    return {.requests = m_requests.load(),
            .answered = m_answered.load(),
            .closed_by_client = m_closed_by_client.load(),
            .refused = m_refused.load(),
            .open_connections = m_open.load(),
            .pending_answers = m_pending.load(),
            .peak_buffered_bytes = m_peak_buffered.load()};
}

void DemoServer::set_speed(double factor)
{
    if (factor > 0)
        m_options.speed = factor;
}

std::chrono::milliseconds DemoServer::scaled(std::chrono::milliseconds delay) const
{
    const double wall_ms = double(delay.count()) / m_options.speed + 0.5;
    return std::chrono::milliseconds(qint64(std::min(wall_ms, double(m_options.limits.max_wall_delay.count()))));
}

qint64 DemoServer::buffered_bytes() const
{
    qint64 total = 0;
    for (auto it = m_connections.constBegin(); it != m_connections.constEnd(); ++it)
        total += it.key()->bytesToWrite();
    return total;
}

void DemoServer::refuse_oversized_request(QTcpSocket *socket, Connection &connection)
{
    ++m_refused;
    connection.refused = true;
    socket->readAll(); // nothing left for the parser
    socket->write("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\n"
                  "Connection: close\r\n\r\n");
    socket->flush();
    // Half-close: the client gets the 431 and an end of stream, while what it is still sending
    // is read and dropped. Closing outright with unread bytes would make the kernel reset the
    // connection, and a reset can destroy the 431 before the client reads it.
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    QTimer::singleShot(kRefusalLinger, socket, [socket] { socket->abort(); });
}

bool DemoServer::admit(QTcpSocket *socket)
{
    if (m_open.load() >= m_options.limits.max_connections) {
        ++m_refused;
        return false;
    }
    ++m_open;
    Connection &connection = m_connections[socket];
    connection.idle = new QTimer(socket);
    connection.idle->setSingleShot(true);
    connect(connection.idle, &QTimer::timeout, this, [this, socket] {
        const auto it = m_connections.constFind(socket);
        if (it != m_connections.constEnd() && it->pending > 0)
            it->idle->start(); // still owes an answer
        else
            socket->disconnectFromHost();
    });
    connection.idle->start(m_options.limits.idle_timeout);
    // Connected before QAbstractHttpServer's own handler, so it sees the bytes first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->idle->start();
        if (it->refused) {
            socket->readAll(); // lingering after a 431: dropped unread
            return;
        }
        it->bytes_since_request += socket->bytesAvailable();
        if (it->bytes_since_request > m_options.limits.max_request_bytes)
            refuse_oversized_request(socket, *it);
    });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_connections.remove(socket);
        --m_open;
    });
    return true;
}

bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    const auto it = m_connections.find(socket);
    if (it != m_connections.end())
        it->bytes_since_request = 0;
    Q_EMIT request_received(request.url().path());
    route(request, socket, makeResponder(request, socket));
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    write_text(responder, QStringLiteral("no such route; GET / lists them"), Status::NotFound);
}

void DemoServer::route(const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    if (request.method() != QHttpServerRequest::Method::Get) {
        ++m_refused;
        responder.write(QByteArrayLiteral("only GET is served\n"), {{"Content-Type", kText}, {"Allow", "GET"}},
                        Status::MethodNotAllowed);
        return;
    }
    if (!request.body().isEmpty()) {
        ++m_refused;
        write_text(responder, QStringLiteral("request bodies are not accepted"), Status::PayloadTooLarge);
        return;
    }
    if (buffered_bytes() > m_options.limits.max_buffered_bytes) {
        ++m_refused; // the memory cap: clients are not reading fast enough
        write_text(responder, QStringLiteral("server busy: too many bytes waiting to be sent"), Status::ServiceUnavailable);
        return;
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString head = parts.value(0);
    const QString arg = parts.value(1);
    const auto &limits = m_options.limits;

    if (parts.isEmpty()) {
        write_text(responder, index_text());
    } else if (head == QLatin1String("search") && parts.size() == 1) {
        const QUrlQuery query = request.query();
        const QString word = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        if (!DemoPages::valid_word(word)) {
            write_text(responder, QStringLiteral("q must be 1-64 letters, digits, '-' or '_'"), Status::BadRequest);
            return;
        }
        std::chrono::milliseconds base = m_options.latency;
        if (query.hasQueryItem(QStringLiteral("latency_ms"))) {
            const qint64 ms = parse_count(query.queryItemValue(QStringLiteral("latency_ms")), limits.max_delay.count());
            if (ms < 0) {
                write_text(responder, QStringLiteral("latency_ms must be 0-%1").arg(limits.max_delay.count()),
                           Status::BadRequest);
                return;
            }
            base = std::chrono::milliseconds(ms);
        }
        const auto latency = std::min(DemoPages::latency_for(word, base, m_options.variation), limits.max_delay);
        answer_after(socket, std::move(responder), latency, path, [this, word, latency](QHttpServerResponder &r, QTcpSocket *) {
            write_delayed(r, page(word), QByteArrayLiteral("text/html; charset=utf-8"), latency);
        });
    } else if (head == QLatin1String("delay") && parts.size() == 2) {
        const qint64 ms = parse_count(arg, limits.max_delay.count());
        if (ms < 0) {
            write_text(responder, QStringLiteral("delay must be 0-%1 ms").arg(limits.max_delay.count()), Status::BadRequest);
            return;
        }
        const std::chrono::milliseconds delay(ms);
        answer_after(socket, std::move(responder), delay, path, [this, delay](QHttpServerResponder &r, QTcpSocket *) {
            write_delayed(r, QStringLiteral("delayed %1 ms\n").arg(delay.count()).toUtf8(), kText, delay);
        });
    } else if (head == QLatin1String("bytes") && parts.size() == 2) {
        const qint64 n = parse_count(arg, limits.max_body_bytes);
        if (n < 0) {
            write_text(responder, QStringLiteral("n must be 0-%1").arg(limits.max_body_bytes), Status::BadRequest);
            return;
        }
        answer_now(socket, responder, [n](QHttpServerResponder &r, QTcpSocket *s) {
            if (n <= kInlineBodyLimit) {
                r.write(DemoPages::pattern(0, n), {{"Content-Type", "application/octet-stream"}});
                return;
            }
            // Streamed as the socket drains, then the connection closes, so no pipelined answer
            // can interleave with it. (Not QHttpServerResponder::write(QIODevice *): in Qt 6.4 its
            // transfer writes to a socket the client already closed.)
            r.writeStatusLine(Status::Ok);
            r.writeHeader("Content-Type", "application/octet-stream");
            r.writeHeader("Content-Length", QByteArray::number(n));
            r.writeHeader("Connection", "close");
            r.writeBody(DemoPages::pattern(0, BodyStreamer::kChunk));
            new BodyStreamer(s, BodyStreamer::kChunk, n, [s] { s->disconnectFromHost(); });
        });
    } else if (head == QLatin1String("status") && parts.size() == 2) {
        const qint64 code = parse_count(arg, 599);
        const bool known = code >= 200 && QMetaEnum::fromType<Status>().valueToKey(int(code)) != nullptr;
        if (!known) {
            write_text(responder, QStringLiteral("unsupported status code '%1' (200-599, standard codes)").arg(arg),
                       Status::BadRequest);
            return;
        }
        answer_now(socket, responder, [code](QHttpServerResponder &r, QTcpSocket *) { r.write(Status(code)); });
    } else if (head == QLatin1String("redirect") && parts.size() == 2) {
        const qint64 n = parse_count(arg, kMaxRedirects);
        if (n < 0) {
            write_text(responder, QStringLiteral("n must be 0-%1").arg(kMaxRedirects), Status::BadRequest);
            return;
        }
        answer_now(socket, responder, [n](QHttpServerResponder &r, QTcpSocket *) {
            if (n == 0)
                write_text(r, QStringLiteral("redirected"));
            else
                r.write(QByteArray(), {{"Location", "/redirect/" + QByteArray::number(n - 1)}}, Status::Found);
        });
    } else if (head == QLatin1String("drop") && parts.size() <= 2) {
        const qint64 n = parts.size() == 2 ? parse_count(arg, limits.max_body_bytes) : kDefaultDropSize;
        if (n < 2) {
            write_text(responder, QStringLiteral("n must be 2-%1").arg(limits.max_body_bytes), Status::BadRequest);
            return;
        }
        answer_now(socket, responder, [n](QHttpServerResponder &r, QTcpSocket *s) {
            r.writeStatusLine(Status::Ok);
            r.writeHeader("Content-Type", "application/octet-stream");
            r.writeHeader("Content-Length", QByteArray::number(n));
            // The first chunk ends the headers; the rest of the half streams as the socket drains.
            const qint64 half = n / 2;
            const qint64 first = std::min(half, BodyStreamer::kChunk);
            r.writeBody(DemoPages::pattern(0, first));
            // After the half: the client sees a short body.
            new BodyStreamer(s, first, half, [s] { s->disconnectFromHost(); });
        });
    } else if (head == QLatin1String("hang") && parts.size() == 1) {
        answer_later(socket, std::move(responder), limits.hang_limit, path,
                     [](QHttpServerResponder &, QTcpSocket *s) { s->abort(); });
    } else {
        write_text(responder, QStringLiteral("no such route; GET / lists them"), Status::NotFound);
    }
}

QByteArray DemoServer::page(const QString &word)
{
    const QString key = word.toLower();
    auto it = m_pages.constFind(key);
    if (it != m_pages.constEnd())
        return *it;
    QByteArray body = DemoPages::page(key);
    if (m_pages.size() < kMaxCachedPages)
        m_pages.insert(key, body);
    return body;
}

void DemoServer::write_delayed(QHttpServerResponder &responder, const QByteArray &body, const QByteArray &type,
                               std::chrono::milliseconds latency) const
{
    const QByteArray ms = QByteArray::number(qint64(latency.count()));
    responder.writeStatusLine(Status::Ok);
    responder.writeHeader("Content-Type", type);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Demo-Latency-Ms", ms); // what the answer cost, for curious clients
    if (m_options.latency_on_loop_clock)
        responder.writeHeader("X-Loop-Latency-Ms", ms); // not waited here: the client's loop clock waits it
    responder.writeBody(body);
}

void DemoServer::answer_after(QTcpSocket *socket, QHttpServerResponder &&responder, std::chrono::milliseconds latency,
                              const QString &path, Answer answer)
{
    if (m_options.latency_on_loop_clock)
        answer_now(socket, responder, answer); // the client's loop clock serves the latency
    else
        answer_later(socket, std::move(responder), latency, path, std::move(answer));
}

void DemoServer::answer_now(QTcpSocket *socket, QHttpServerResponder &responder, const Answer &answer)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (buffered_bytes() > m_options.limits.max_buffered_bytes) {
        // The memory cap: clients are not reading fast enough; this one may try again later.
        ++m_refused;
        write_text(responder, QStringLiteral("server busy: too many bytes waiting to be sent"), Status::ServiceUnavailable);
        return;
    }
    answer(responder, socket);
    const qint64 buffered = buffered_bytes();
    qint64 peak = m_peak_buffered.load();
    while (buffered > peak && !m_peak_buffered.compare_exchange_weak(peak, buffered)) {
    }
    ++m_answered;
    const auto it = m_connections.constFind(socket);
    if (it != m_connections.constEnd())
        it->idle->start();
}

void DemoServer::answer_later(QTcpSocket *socket, QHttpServerResponder &&responder, std::chrono::milliseconds delay,
                              const QString &path, Answer answer)
{
    if (m_pending.load() >= m_options.limits.max_pending_answers) {
        ++m_refused;
        write_text(responder, QStringLiteral("too many answers pending; try again later"), Status::ServiceUnavailable);
        return;
    }
    ++m_pending;
    const auto it = m_connections.find(socket);
    if (it != m_connections.end())
        ++it->pending;
    // The responder waits on the heap, owned by a holder that dies with the socket: a client
    // that goes away takes its pending answer with it.
    auto *holder = new QObject(socket);
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    connect(holder, &QObject::destroyed, this, [this, socket] {
        --m_pending;
        const auto c = m_connections.find(socket);
        if (c != m_connections.end())
            --c->pending;
    });
    connect(socket, &QAbstractSocket::disconnected, holder, [this, holder, path] {
        ++m_closed_by_client;
        Q_EMIT client_went_away(path);
        holder->deleteLater();
    });
    auto *timer = new QTimer(holder);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: latencies are the lesson
    connect(timer, &QTimer::timeout, holder, [this, holder, socket, kept, answer = std::move(answer)] {
        QObject::disconnect(socket, nullptr, holder, nullptr); // answered: a later close is not "went away"
        answer_now(socket, *kept, answer);
        holder->deleteLater();
    });
    timer->start(scaled(delay));
}

} // namespace coroscope::demo
