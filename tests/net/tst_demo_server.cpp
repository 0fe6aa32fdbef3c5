// SPDX-License-Identifier: MIT
// The loopback demo server, route by route, through real HTTP (blocking fetches and raw sockets
// from the test thread; the server runs on its own thread).
#include "net_test.h"

#include "demo_pages.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace aio::net;
using namespace net_test;
using coroscope::demo::DemoPages;
using coroscope::demo::DemoServer;
using coroscope::demo::DemoServerOptions;

namespace {

FetchOptions any_status()
{
    FetchOptions o;
    o.require_success = false;
    return o;
}

/// Sends raw bytes and returns what comes back within `timeout_ms` (until the server closes).
QByteArray raw_exchange(quint16 port, const QByteArray &request, int timeout_ms = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeout_ms))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(timeout_ms);
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeout_ms && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            got += socket.readAll();
        if (got.contains("\r\n\r\n"))
            break;
    }
    return got + socket.readAll();
}

} // namespace

class DemoServerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listens_on_loopback_only_on_a_free_port()
    {
        auto s = server();
        QVERIFY(s->port() > 0);
        QCOMPARE(s->base_url().host(), QStringLiteral("127.0.0.1"));
        for (const QHostAddress &a : s->server()->hosts())
            QVERIFY(a.isLoopback());
    }

    void index_lists_the_routes()
    {
        auto s = server();
        const Response r = blocking_fetch(s->base_url());
        QCOMPARE(r.status, 200);
        for (const char *route : {"/search?q=", "/delay/", "/bytes/", "/status/", "/drop", "/hang"})
            QVERIFY2(r.body.contains(route), route);
    }

    void tutorial_words_have_the_tutorial_sizes()
    {
        auto s = server({.latency = 0ms});
        const QList<qint64> expected{74443, 137795, 84429, 327409, 65139, 154872};
        const QStringList words = DemoPages::tutorial_words();
        QCOMPARE(words, (QStringList{QStringLiteral("apple"), QStringLiteral("pear"), QStringLiteral("grape"),
                                     QStringLiteral("pineapple"), QStringLiteral("orange"), QStringLiteral("strawberry")}));
        for (int i = 0; i < words.size(); ++i) {
            const Response r = blocking_fetch(s->page_url(words[i]));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.length, expected[i]);
            QCOMPARE(qint64(r.body.size()), expected[i]);
            QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
            QVERIFY(r.body.contains("Results for " + words[i].toUtf8()));
            QVERIFY(r.header("Content-Type").startsWith("text/html"));
        }
    }

    void other_words_get_a_stable_derived_size()
    {
        auto s = server({.latency = 0ms});
        const Response a = blocking_fetch(s->page_url(QStringLiteral("banana")));
        const Response b = blocking_fetch(s->page_url(QStringLiteral("banana")));
        QCOMPARE(a.length, b.length);
        QCOMPARE(a.length, DemoPages::size_for(QStringLiteral("banana")));
        QVERIFY(a.length >= 20000 && a.length < 200000);
        QVERIFY(DemoPages::size_for(QStringLiteral("kiwi")) != a.length);
    }

    void a_bad_search_word_is_400()
    {
        auto s = server({.latency = 0ms});
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/search?q=")), any_status()).status, 400);
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/search?q=a%20b")), any_status()).status, 400);
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/search")), any_status()).status, 400);
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/search?q=apple&latency_ms=-5")), any_status()).status, 400);
    }

    void a_page_answers_after_its_latency()
    {
        auto s = server({.latency = 200ms});
        const auto expected = DemoPages::latency_for(QStringLiteral("pear"), 200ms, 0.1);
        QVERIFY(expected >= 200ms && expected <= 220ms);
        QElapsedTimer t;
        t.start();
        const Response r = blocking_fetch(s->page_url(QStringLiteral("pear")));
        const double took = ms_since(t);
        QCOMPARE(r.header("X-Demo-Latency-Ms").toLongLong(), qint64(expected.count()));
        QVERIFY2(took >= double(expected.count()) - 1 && took < double(expected.count()) + 300, qPrintable(QString::number(took)));
    }

    void latency_ms_overrides_the_base_latency()
    {
        auto s = server({.latency = 1000ms});
        const Response r = blocking_fetch(url(*s, QStringLiteral("/search?q=apple&latency_ms=50")));
        const qint64 latency = r.header("X-Demo-Latency-Ms").toLongLong();
        QVERIFY(latency >= 50 && latency <= 55);
    }

    void pages_finish_in_another_order_than_asked()
    {
        // Fixed per-word variation: sorted by latency, the tutorial's words are not in argument order.
        QList<qint64> latencies;
        for (const QString &w : DemoPages::tutorial_words())
            latencies << DemoPages::latency_for(w, 200ms, 0.1).count();
        QVERIFY(!std::is_sorted(latencies.begin(), latencies.end()));
        for (qint64 l : latencies)
            QVERIFY(l >= 200 && l < 220);
    }

    void delay_route_waits_that_long()
    {
        auto s = server();
        QElapsedTimer t;
        t.start();
        const Response r = blocking_fetch(url(*s, QStringLiteral("/delay/150")));
        const double took = ms_since(t);
        QCOMPARE(r.body, QByteArray("delayed 150 ms\n"));
        QVERIFY2(took >= 149 && took < 450, qPrintable(QString::number(took)));
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/delay/9999999")), any_status()).status, 400);
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/delay/x")), any_status()).status, 400);
    }

    void the_speed_factor_scales_every_delay()
    {
        auto s = server({.speed = 4.0});
        QElapsedTimer t;
        t.start();
        (void)blocking_fetch(url(*s, QStringLiteral("/delay/600")));
        const double took = ms_since(t);
        QVERIFY2(took >= 149 && took < 450, qPrintable(QString::number(took))); // 600 / 4 = 150
    }

    void the_speed_factor_can_change_while_serving()
    {
        auto s = server();
        s->set_speed(0.5); // slow motion: twice as long
        QElapsedTimer t;
        t.start();
        (void)blocking_fetch(url(*s, QStringLiteral("/delay/100")));
        const double took = ms_since(t);
        QVERIFY2(took >= 199 && took < 500, qPrintable(QString::number(took)));
    }

    void bytes_route_sends_exactly_n_bytes()
    {
        auto s = server();
        for (qint64 n : {qint64(0), qint64(1000), qint64(3'000'000)}) { // the last one is streamed
            const Response r = blocking_fetch(url(*s, QStringLiteral("/bytes/%1").arg(n)));
            QCOMPARE(r.length, n);
            QCOMPARE(r.body, DemoPages::pattern(0, n));
        }
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/bytes/999999999999")), any_status()).status, 400);
    }

    void status_route_answers_with_that_status()
    {
        auto s = server();
        for (int code : {200, 204, 404, 418, 500, 503})
            QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/status/%1").arg(code)), any_status()).status, code);
        for (const char *bad : {"99", "299", "600", "abc"})
            QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/status/%1").arg(QLatin1String(bad))), any_status()).status, 400);
    }

    void redirect_route_is_followed_to_its_end()
    {
        auto s = server();
        const Response r = blocking_fetch(url(*s, QStringLiteral("/redirect/3")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.final_url.path(), QStringLiteral("/redirect/0"));
        FetchOptions no_follow;
        no_follow.max_redirects = 0;
        no_follow.require_success = false;
        const Response first = blocking_fetch(url(*s, QStringLiteral("/redirect/3")), no_follow);
        QCOMPARE(first.status, 302);
        QCOMPARE(first.header("Location"), QByteArray("/redirect/2"));
    }

    void drop_route_closes_the_connection_mid_body()
    {
        auto s = server();
        try {
            (void)blocking_fetch(url(*s, QStringLiteral("/drop")));
            QFAIL("no error");
        } catch (const NetworkError &e) {
            QCOMPARE(e.kind(), NetworkError::Kind::ConnectionClosed);
            QVERIFY2(e.message().contains(QStringLiteral("in the middle of the response")), e.what());
        }
        // The raw view: half of the announced body, then the close.
        const QByteArray raw = raw_exchange(s->port(), "GET /drop/1000 HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(raw.startsWith("HTTP/1.1 200"));
        QVERIFY(raw.contains("Content-Length: 1000"));
        QCOMPARE(raw.size() - (raw.indexOf("\r\n\r\n") + 4), 500);
    }

    void a_big_drop_is_streamed_not_built_in_memory()
    {
        // 32 MiB announced, 16 MiB sent: before, the half was built whole in memory for each
        // request (512 connections asking at once reached gigabytes); now it streams in 64 KiB
        // chunks, so the bytes waiting in the server's buffers stay small.
        auto s = server();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, s->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /drop/33554432 HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray raw;
        QElapsedTimer t;
        t.start();
        while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < 30000) {
            if (socket.waitForReadyRead(200))
                raw += socket.readAll();
        }
        raw += socket.readAll();
        QVERIFY(raw.startsWith("HTTP/1.1 200"));
        QVERIFY(raw.contains("Content-Length: 33554432"));
        const qsizetype body = raw.size() - (raw.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body, qsizetype(16 * 1024 * 1024));
        QCOMPARE(raw.right(64), DemoPages::pattern(16 * 1024 * 1024 - 64, 64)); // the pattern, in order
    }

    void waits_are_bounded_in_wall_time_whatever_the_speed()
    {
        // At speed 0.0001 a 120 s latency would be two weeks of wall time, /hang's ten minutes
        // two months: both are capped at max_wall_delay.
        DemoServerOptions options;
        options.speed = 0.0001;
        options.limits.max_wall_delay = 300ms;
        auto s = server(options);
        QElapsedTimer t;
        t.start();
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/delay/120000"))).body, QByteArray("delayed 120000 ms\n"));
        const QByteArray hung = raw_exchange(s->port(), "GET /hang HTTP/1.1\r\nHost: x\r\n\r\n", 20000);
        QVERIFY(hung.isEmpty()); // closed without an answer
        QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(t.elapsed() >= 2 * 299);
    }

    void the_byte_cap_refuses_new_answers_while_a_client_does_not_read()
    {
        // A client asks for 64 MiB and never reads: once the kernel's buffers are full, the
        // answer's bytes wait in the server's. With the cap at one byte, other answers then get
        // 503 instead of growing the server's memory; when the client goes, service resumes.
        DemoServerOptions options;
        options.limits.max_buffered_bytes = 1;
        auto s = server(options);
        QTcpSocket greedy;
        greedy.setReadBufferSize(1); // Qt reads no more than this into the socket's own buffer
        greedy.connectToHost(QHostAddress::LocalHost, s->port());
        QVERIFY(greedy.waitForConnected(2000));
        greedy.write("GET /bytes/67108864 HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(greedy.waitForBytesWritten(2000));
        FetchOptions lenient;
        lenient.require_success = false;
        int status = 200;
        QElapsedTimer t;
        t.start();
        while (status != 503 && t.elapsed() < 20000)
            status = blocking_fetch(s->base_url(), lenient).status;
        QCOMPARE(status, 503);
        QVERIFY(s->stats().refused >= 1);
        greedy.abort();
        QTRY_COMPARE_WITH_TIMEOUT(blocking_fetch(s->base_url(), lenient).status, 200, 5000);
    }

    void hang_route_never_answers_and_sees_the_client_leave()
    {
        auto s = server();
        FetchOptions quick;
        quick.timeout = 300ms;
        QElapsedTimer t;
        t.start();
        try {
            (void)blocking_fetch(url(*s, QStringLiteral("/hang")), quick);
            QFAIL("no error");
        } catch (const NetworkError &e) {
            QCOMPARE(e.kind(), NetworkError::Kind::Timeout);
        }
        QVERIFY(ms_since(t) >= 299);
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().closed_by_client, qint64(1), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().pending_answers, 0, 3000);
    }

    void unknown_routes_are_404_and_other_methods_405()
    {
        auto s = server();
        QCOMPARE(blocking_fetch(url(*s, QStringLiteral("/nope")), any_status()).status, 404);
        QVERIFY(raw_exchange(s->port(), "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").startsWith("HTTP/1.1 405"));
    }

    void an_oversized_request_is_refused()
    {
        auto s = server();
        const QByteArray huge = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(100'000, 'a') + "\r\n\r\n";
        const QByteArray got = raw_exchange(s->port(), huge);
        // Always the 431: the server half-closes and drains the rest, so no reset eats the answer.
        QVERIFY2(got.startsWith("HTTP/1.1 431"), got.left(80).constData());
        QVERIFY(s->stats().refused >= 1);
        // It still serves everyone else.
        QCOMPARE(blocking_fetch(s->base_url()).status, 200);
    }

    void connections_over_the_limit_are_closed()
    {
        DemoServerOptions options;
        options.limits.max_connections = 3;
        auto s = server(options);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 5; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, s->port());
            QVERIFY(sockets.back()->waitForConnected(2000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().refused, qint64(2), 3000);
        QCOMPARE(s->stats().open_connections, 3);
        sockets.clear();
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().open_connections, 0, 3000);
        QCOMPARE(blocking_fetch(s->base_url()).status, 200);
    }

    void sixty_concurrent_requests_are_all_answered_together()
    {
        // 60 connections at once, each waiting 300 ms: answered concurrently (timers, not a
        // thread or a sleep per request), so the whole lot takes about 300 ms, not 60 x 300.
        auto s = server();
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 60; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, s->port());
        }
        for (auto &socket : sockets) {
            QVERIFY(socket->waitForConnected(3000));
            socket->write("GET /delay/300 HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        int answered = 0;
        QByteArray replies[60];
        while (answered < 60 && t.elapsed() < 10'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            answered = 0;
            for (int i = 0; i < 60; ++i) {
                replies[i] += sockets[std::size_t(i)]->readAll();
                answered += replies[i].contains("delayed 300 ms") ? 1 : 0;
            }
        }
        const double took = ms_since(t);
        QCOMPARE(answered, 60);
        for (const QByteArray &r : replies)
            QVERIFY(r.startsWith("HTTP/1.1 200"));
        QVERIFY2(took >= 299 && took < 2500, qPrintable(QString::number(took)));
        QCOMPARE(s->stats().answered, qint64(60));
    }

    void pages_can_spread_over_loopback_aliases()
    {
        if (!DemoServer::loopback_host_available(2))
            QSKIP("this OS does not let a process listen on 127.0.0.2");
        auto s = server({.latency = 0ms, .hosts = 3});
        QCOMPARE(s->host_count(), 3);
        QCOMPARE(s->page_url(QStringLiteral("pear"), 1).host(), QStringLiteral("127.0.0.2"));
        QCOMPARE(s->page_url(QStringLiteral("grape"), 2).host(), QStringLiteral("127.0.0.3"));
        QCOMPARE(s->page_url(QStringLiteral("orange"), 3).host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(blocking_fetch(s->page_url(QStringLiteral("grape"), 2)).length, qint64(84429));
    }
};

QTEST_GUILESS_MAIN(DemoServerTest)
#include "tst_demo_server.moc"
