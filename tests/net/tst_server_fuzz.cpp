// SPDX-License-Identifier: MIT
// A bounded fuzz of the demo server on loopback: random paths, queries, header sizes, garbage,
// half-closed and abandoned sockets, clients that never read. It stops by itself (a fixed number
// of rounds and a wall-time budget), and passes when the server never crashes (the sanitizer
// builds run it too), never lets more than its byte cap wait in its buffers, and still answers.
#include "net_test.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <memory>
#include <sys/socket.h>
#include <vector>

using namespace aio::net;
using namespace net_test;
using coroscope::demo::DemoServerOptions;

namespace {

#if defined(COROSCOPE_SANITIZED_BUILD)
constexpr int kRounds = 400; // sanitizers run the server 2-20x slower
#else
constexpr int kRounds = 1500;
#endif
constexpr qint64 kBudgetMs = 20000;
constexpr qint64 kByteCap = 2 * 1024 * 1024;
constexpr qint64 kLargestInMemoryAnswer = 400 * 1024; // a /search page; /bytes and /drop stream

QByteArray pick(QRandomGenerator &random, std::initializer_list<const char *> choices)
{
    const auto index = random.bounded(int(choices.size()));
    return QByteArray(*(choices.begin() + index));
}

QByteArray random_number(QRandomGenerator &random)
{
    return pick(random, {"0", "1", "2", "-1", "+5", "1e9", "99999999999999999999", "65536", "33554432",
                         "67108865", "abc", "", "%00", "3.5", "0x10", "200", "599", "600", "404"});
}

QByteArray random_path(QRandomGenerator &random)
{
    QByteArray path = pick(random, {"/", "/search", "/delay/", "/bytes/", "/status/", "/redirect/", "/drop/",
                                    "/drop", "/hang", "/nope", "//", "/../../etc/passwd", "/search/x", "/%2e%2e/"});
    if (path.endsWith('/') && path.size() > 1)
        path += random_number(random);
    if (random.bounded(2)) {
        path += pick(random, {"?q=", "?q=apple&latency_ms=", "?latency_ms=", "?q=%ff%fe&", "?q=a&q=b&latency_ms=",
                              "?", "?q=" });
        path += random.bounded(2) ? random_number(random) : pick(random, {"pineapple", "a b", "\xc3\xa9", "x"});
    }
    return path;
}

QByteArray random_request(QRandomGenerator &random)
{
    switch (random.bounded(6)) {
    case 0: { // garbage bytes
        QByteArray junk(random.bounded(1, 4096), '\0');
        for (char &c : junk)
            c = char(random.bounded(256));
        return junk;
    }
    case 1: // another method, maybe with a body
        return pick(random, {"POST", "PUT", "DELETE", "HEAD", "OPTIONS", "BREW"}) + ' ' + random_path(random) +
               " HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
    case 2: { // huge headers (some over the 16 KiB cap)
        const int size = random.bounded(1, 40000);
        return "GET " + random_path(random) + " HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(size, 'p') + "\r\n\r\n";
    }
    case 3: // a request cut short
        return "GET " + random_path(random) + " HTTP/1.1\r\nHo";
    case 4: // pipelined requests
        return "GET " + random_path(random) + " HTTP/1.1\r\nHost: x\r\n\r\nGET " + random_path(random) +
               " HTTP/1.1\r\nHost: x\r\n\r\n";
    default:
        return "GET " + random_path(random) + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }
}

} // namespace

class ServerFuzzTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void random_clients_never_break_the_server()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("fuzz seed %u", seed); // a failure can be replayed with this seed
        QRandomGenerator random(seed);
        DemoServerOptions options;
        options.latency = std::chrono::milliseconds(5);
        options.limits.max_buffered_bytes = kByteCap;
        options.limits.max_wall_delay = std::chrono::milliseconds(500); // /hang and long delays end soon
        options.limits.idle_timeout = std::chrono::milliseconds(2000);
        auto s = server(options);

        std::vector<std::unique_ptr<QTcpSocket>> open; // clients kept open (some never read)
        QElapsedTimer budget;
        budget.start();
        int rounds = 0;
        for (; rounds < kRounds && budget.elapsed() < kBudgetMs; ++rounds) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, s->port()); // loopback only
            if (!socket->waitForConnected(2000))
                continue; // refused at the connection cap: fine
            socket->write(random_request(random));
            socket->waitForBytesWritten(200);
            switch (random.bounded(4)) {
            case 0: // half-close: no more requests, still reading
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
                socket->waitForReadyRead(50);
                break;
            case 1: // gone at once
                socket->abort();
                break;
            case 2: // keep it open and never read
                socket->setReadBufferSize(1);
                open.push_back(std::move(socket));
                break;
            default: // read a little
                socket->waitForReadyRead(50);
                (void)socket->readAll();
                break;
            }
            if (open.size() > 64) // the oldest idle clients go, as real ones would
                open.erase(open.begin(), open.begin() + 32);
        }
        qInfo("%d rounds in %lld ms", rounds, budget.elapsed());
        QVERIFY(rounds >= 50);
        const auto stats = s->stats();
        QVERIFY2(stats.peak_buffered_bytes <= kByteCap + kLargestInMemoryAnswer,
                 qPrintable(QString::number(stats.peak_buffered_bytes)));
        QVERIFY(stats.requests > 0);
        open.clear();
        // Still serving, and every connection is let go.
        QCOMPARE(blocking_fetch(s->page_url(QStringLiteral("apple"))).length, qint64(74443));
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().open_connections, 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().pending_answers, 0, 10000);
    }
};

QTEST_GUILESS_MAIN(ServerFuzzTest)
#include "tst_server_fuzz.moc"
