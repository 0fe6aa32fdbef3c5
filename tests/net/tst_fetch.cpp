// SPDX-License-Identifier: MIT
// aio::net::fetch against the real demo server: results, the trace, the six-connection queue,
// cancellation, every error message, the body cap, and many requests at once.
#include "net_test.h"

#include <coroscope/gather.h>
#include <coroscope/trace_recorder.h>
#include "demo_pages.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QThread>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace aio;
using namespace aio::net;
using namespace net_test;
using coroscope::demo::DemoServer;
using coroscope::demo::DemoServerThread;

namespace {

FetchOptions named(const QString &name)
{
    FetchOptions o;
    o.name = name;
    return o;
}

/// The NetworkError a fetch of `url` fails with (Kind::Other "no error" if it succeeds).
Coroutine<NetworkError> failure(QUrl url, FetchOptions options)
{
    try {
        (void)co_await fetch(url, options);
    } catch (const NetworkError &e) {
        co_return e;
    }
    co_return NetworkError(NetworkError::Kind::Other, QStringLiteral("no error"));
}

Coroutine<NetworkError> failure_of_text(QString url)
{
    try {
        (void)co_await fetch(url);
    } catch (const NetworkError &e) {
        co_return e;
    }
    co_return NetworkError(NetworkError::Kind::Other, QStringLiteral("no error"));
}

Coroutine<Response> fetch_one(QUrl url, FetchOptions options)
{
    co_return co_await fetch(url, options);
}

Coroutine<std::vector<Response>> fetch_all(QList<QUrl> urls)
{
    std::vector<Future<Response>> futures;
    for (const QUrl &u : urls)
        futures.push_back(fetch(u));
    co_return co_await gather(std::move(futures));
}

/// The responses, and when each fetch started (ms since the first).
Coroutine<std::pair<std::vector<Response>, std::vector<double>>> fetch_all_timed(QList<QUrl> urls)
{
    QElapsedTimer t;
    t.start();
    std::vector<Future<Response>> futures;
    std::vector<double> starts;
    for (const QUrl &u : urls) {
        starts.push_back(ms_since(t));
        futures.push_back(fetch(u));
    }
    co_return std::make_pair(co_await gather(std::move(futures)), starts);
}

struct ErrorCase
{
    NetworkError::Kind kind;
    QString must_contain;
};

void check(const NetworkError &e, const ErrorCase &expected)
{
    QVERIFY2(e.kind() == expected.kind, e.what());
    QVERIFY2(e.message().contains(expected.must_contain), e.what());
}

} // namespace

class FetchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void a_fetch_returns_status_headers_and_body()
    {
        auto s = server({.latency = 50ms});
        EventLoop loop;
        const Response r = coro_test::run(loop, fetch_one(s->page_url(QStringLiteral("apple")), named(QStringLiteral("apple"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.reason, QByteArray("OK"));
        QCOMPARE(r.length, qint64(74443));
        QCOMPARE(qint64(r.body.size()), r.length);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.timing.sent_ms >= 0 && r.timing.sent_ms <= r.timing.first_byte_ms);
        QVERIFY(r.timing.first_byte_ms >= 49 && r.timing.first_byte_ms <= r.timing.total_ms);
    }

    void keep_body_false_only_counts_the_length()
    {
        auto s = server({.latency = 0ms});
        EventLoop loop;
        FetchOptions o;
        o.keep_body = false;
        const Response r = coro_test::run(loop, fetch_one(s->page_url(QStringLiteral("pineapple")), o));
        QCOMPARE(r.length, qint64(327409));
        QVERIFY(r.body.isEmpty());
    }

    void the_waiting_task_shows_network_reply_and_the_stages()
    {
        auto s = server({.latency = 50ms});
        EventLoop loop;
        TraceRecorder trace;
        loop.add_observer(&trace);
        (void)coro_test::run(loop, fetch_one(s->page_url(QStringLiteral("apple")), named(QStringLiteral("apple"))));
        loop.remove_observer(&trace);
        bool waited = false;
        QStringList phases;
        for (const TraceEvent &e : trace.events()) {
            if (e.type == TraceType::StepEnd && e.wait == WaitKind::NetworkReply) {
                QCOMPARE(e.text, QStringLiteral("network reply apple"));
                waited = true;
            }
            if (e.type == TraceType::Phase)
                phases << e.text;
        }
        QVERIFY(waited);
        QCOMPARE(phases.value(0), QStringLiteral("network reply apple: queued for a connection"));
        QVERIFY2(phases.contains(QStringLiteral("network reply apple: on the wire")), qPrintable(phases.join(u'|')));
        QVERIFY2(phases.contains(QStringLiteral("network reply apple: receiving")), qPrintable(phases.join(u'|')));
    }

    void more_than_six_requests_per_host_queue_for_a_connection()
    {
        auto s = server();
        EventLoop loop;
        QList<QUrl> urls;
        for (int i = 0; i < 8; ++i)
            urls << url(*s, QStringLiteral("/delay/300"));
        const auto [responses, starts] = coro_test::run(loop, fetch_all_timed(urls));
        // Six went on the wire at once; the other two only when a connection came free, i.e.
        // after the first answer had arrived (times since the first fetch started).
        std::vector<double> sent;
        double first_done = 1e9;
        for (std::size_t i = 0; i < responses.size(); ++i) {
            sent.push_back(starts[i] + responses[i].timing.sent_ms);
            first_done = std::min(first_done, starts[i] + responses[i].timing.total_ms);
        }
        std::sort(sent.begin(), sent.end());
        const QString figures = QStringLiteral("sent %1, %2, %3 ... first answer %4").arg(sent[5]).arg(sent[6]).arg(sent[7]).arg(first_done);
        QVERIFY2(sent[5] < first_done, qPrintable(figures));
        QVERIFY2(sent[6] >= first_done - 5 && sent[7] >= first_done - 5, qPrintable(figures));
        QVERIFY(first_done >= 299);
    }

    void loopback_aliases_are_separate_hosts_with_their_own_six()
    {
        if (!DemoServer::loopback_host_available(2))
            QSKIP("this OS does not let a process listen on 127.0.0.2");
        auto s = server({.latency = 300ms, .hosts = 2});
        EventLoop loop;
        QList<QUrl> urls;
        for (int i = 0; i < 12; ++i)
            urls << s->page_url(QStringLiteral("word%1").arg(i), i);
        const auto [responses, starts] = coro_test::run(loop, fetch_all_timed(urls));
        double first_done = 1e9;
        for (std::size_t i = 0; i < responses.size(); ++i)
            first_done = std::min(first_done, starts[i] + responses[i].timing.total_ms);
        for (std::size_t i = 0; i < responses.size(); ++i) // all twelve on the wire before any answer came
            QVERIFY2(starts[i] + responses[i].timing.sent_ms < first_done, qPrintable(QString::number(responses[i].timing.sent_ms)));
    }

    void cancelling_the_awaiting_task_aborts_the_reply()
    {
        auto s = server();
        EventLoop loop;
        auto task = loop.create_task(fetch_one(url(*s, QStringLiteral("/hang")), {}));
        auto cancelled = [](Task<Response> t, DemoServerThread *srv) -> Coroutine<void> {
            CO_VERIFY(co_await wait_until([srv] { return srv->stats().pending_answers == 1; }));
            t.cancel();
            // The server sees the connection close: the reply was really aborted.
            CO_VERIFY(co_await wait_until([srv] { return srv->stats().closed_by_client == 1; }));
            auto finished = [t] { return t.done(); }; // named: see blocking_fetch.h on GCC 12
            CO_VERIFY(co_await wait_until(finished));
            CO_VERIFY(t.cancelled());
        };
        coro_test::run(loop, cancelled(task, s.get()));
        QCOMPARE(s->stats().pending_answers, 0);
    }

    void cancelling_the_future_aborts_the_reply()
    {
        auto s = server();
        EventLoop loop;
        Future<Response> f = fetch(loop, url(*s, QStringLiteral("/hang")));
        auto body = [](Future<Response> f, DemoServerThread *srv) -> Coroutine<void> {
            CO_VERIFY(co_await wait_until([srv] { return srv->stats().pending_answers == 1; }));
            CO_VERIFY(f.cancel());
            CO_VERIFY(!f.cancel()); // already done
            CO_VERIFY(co_await wait_until([srv] { return srv->stats().closed_by_client == 1; }));
        };
        coro_test::run(loop, body(f, s.get()));
        QVERIFY(f.cancelled());
    }

    void every_error_has_its_kind_and_a_clear_message()
    {
        auto s = server();
        EventLoop loop;
        using K = NetworkError::Kind;
        const QString refused_port = QString::number(closed_port());
        FetchOptions quick;
        quick.timeout = 200ms;
        FetchOptions small_cap;
        small_cap.max_body_bytes = 1000;

        check(coro_test::run(loop, failure_of_text(QStringLiteral("http://exa mple.com/"))), {K::InvalidUrl, QStringLiteral("invalid URL 'http://exa mple.com/'")});
        check(coro_test::run(loop, failure_of_text(QString())), {K::InvalidUrl, QStringLiteral("invalid URL: the URL is empty")});
        check(coro_test::run(loop, failure_of_text(QStringLiteral("no-scheme.example/x"))), {K::InvalidUrl, QStringLiteral("no scheme")});
        check(coro_test::run(loop, failure_of_text(QStringLiteral("ftp://127.0.0.1/x"))),
              {K::UnsupportedScheme, QStringLiteral("unsupported URL scheme 'ftp' in 'ftp://127.0.0.1/x' (only http and https)")});
        check(coro_test::run(loop, failure(QUrl(QStringLiteral("http://no-such-host.invalid/")), {})),
              {K::HostNotFound, QStringLiteral("host not found: no-such-host.invalid")});
        check(coro_test::run(loop, failure(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(refused_port)), {})),
              {K::ConnectionRefused, QStringLiteral("connection refused: 127.0.0.1:%1").arg(refused_port)});
        check(coro_test::run(loop, failure(url(*s, QStringLiteral("/hang")), quick)),
              {K::Timeout, QStringLiteral("timeout: no complete response after 0.200 s")});
        const NetworkError status = coro_test::run(loop, failure(url(*s, QStringLiteral("/status/404")), {}));
        check(status, {K::HttpStatus, QStringLiteral("HTTP status 404 Not Found")});
        QCOMPARE(status.status(), 404);
        check(coro_test::run(loop, failure(url(*s, QStringLiteral("/bytes/2000")), small_cap)),
              {K::BodyTooLarge, QStringLiteral("body too large: 2000 bytes announced, over the cap of 1000 bytes")});
        check(coro_test::run(loop, failure(url(*s, QStringLiteral("/drop")), {})),
              {K::ConnectionClosed, QStringLiteral("connection closed by the server in the middle of the response")});
        check(coro_test::run(loop, failure(url(*s, QStringLiteral("/redirect/8")), {})),
              {K::Redirect, QStringLiteral("redirect refused: more than 5 redirects")});
        // https to a plain-HTTP server: the TLS handshake cannot succeed.
        QUrl https = s->base_url();
        https.setScheme(QStringLiteral("https"));
        check(coro_test::run(loop, failure(https, {})), {K::Tls, QStringLiteral("TLS failure")});
    }

    void an_untrusted_certificate_is_a_tls_failure()
    {
        // A real TLS server with a self-signed certificate: the handshake fails on verification.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        // Both are installed by scripts/install-deps.sh: a missing one fails, never skips.
        QVERIFY2(!openssl.isEmpty(), "the openssl tool is missing (scripts/install-deps.sh installs it)");
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (libssl)");
        QTemporaryDir dir;
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                             QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(make.waitForFinished(30000) && make.exitCode() == 0);
        const auto certs = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
        QFile key_file(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(!certs.isEmpty() && key_file.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certs.first());
        tls.setPrivateKey(QSslKey(&key_file, QSsl::Rsa));
        QSslServer tls_server;
        tls_server.setSslConfiguration(tls);
        QVERIFY(tls_server.listen(QHostAddress::LocalHost, 0));
        EventLoop loop;
        const NetworkError e = coro_test::run(
            loop, failure(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(tls_server.serverPort())), {}));
        check(e, {NetworkError::Kind::Tls, QStringLiteral("TLS failure: ")});
        QVERIFY2(e.message().contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                     || e.message().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 e.what());
    }

    void a_body_over_the_default_cap_of_16_mib_is_refused()
    {
        auto s = server();
        EventLoop loop;
        check(coro_test::run(loop, failure(url(*s, QStringLiteral("/bytes/%1").arg(16 * 1024 * 1024 + 1)), {})),
              {NetworkError::Kind::BodyTooLarge, QStringLiteral("over the cap of 16777216 bytes")});
        // Exactly at the cap is fine.
        FetchOptions o;
        o.keep_body = false;
        QCOMPARE(coro_test::run(loop, fetch_one(url(*s, QStringLiteral("/bytes/%1").arg(16 * 1024 * 1024)), o), 20s).length,
                 qint64(16 * 1024 * 1024));
    }

    void require_success_false_returns_any_status_as_a_response()
    {
        auto s = server();
        EventLoop loop;
        FetchOptions o;
        o.require_success = false;
        QCOMPARE(coro_test::run(loop, fetch_one(url(*s, QStringLiteral("/status/503")), o)).status, 503);
    }

    void in_a_gather_the_first_failure_propagates_at_once()
    {
        auto s = server();
        EventLoop loop;
        auto body = [](QUrl slow, QUrl bad) -> Coroutine<void> {
            auto slow_page = fetch(slow);
            try {
                (void)co_await gather(Future<Response>(slow_page), fetch(bad));
                CO_VERIFY(false);
            } catch (const NetworkError &e) {
                CO_COMPARE(e.status(), 500);
            }
            CO_VERIFY(!slow_page.done()); // gather did not wait: the 400 ms page is still on its way
            (void)co_await slow_page;
            auto [ok, failed] = co_await gather(return_exceptions, fetch(slow), fetch(bad));
            CO_VERIFY(ok.ok());
            CO_COMPARE(ok.value().body, QByteArray("delayed 400 ms\n"));
            CO_VERIFY(!failed.ok());
        };
        coro_test::run(loop, body(url(*s, QStringLiteral("/delay/400")), url(*s, QStringLiteral("/status/500"))));
    }

    void sixty_concurrent_fetches_are_all_answered()
    {
        auto s = server();
        EventLoop loop;
        QList<QUrl> urls;
        for (int i = 0; i < 60; ++i)
            urls << url(*s, QStringLiteral("/delay/50?n=%1").arg(i));
        QElapsedTimer t;
        t.start();
        const auto responses = coro_test::run(loop, fetch_all(urls), 20s);
        const double took = ms_since(t);
        QCOMPARE(int(responses.size()), 60);
        for (const Response &r : responses)
            QCOMPARE(r.body, QByteArray("delayed 50 ms\n"));
        // Six connections to one host: ten rounds of 50 ms, not one.
        QVERIFY2(took >= 499 && took < 5000, qPrintable(QString::number(took)));
        QCOMPARE(s->stats().answered, qint64(60));
    }

    void a_reply_that_ends_after_its_loop_closed_is_harmless()
    {
        auto s = server();
        {
            EventLoop loop;
            (void)fetch(loop, url(*s, QStringLiteral("/delay/100"))); // nobody awaits it
            loop.close();
        }
        // Nobody can await the reply any more: at its next signal it is aborted and deleted,
        // touching nothing of the destroyed loop (it used to read the loop's observers there, a
        // stack-use-after-scope under ASan), and the server sees the client go.
        QTRY_VERIFY_WITH_TIMEOUT(thread_manager().findChildren<QNetworkReply *>().isEmpty(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().pending_answers, 0, 3000);
    }

    void a_finished_fetch_lets_go_of_its_reply_even_when_the_thread_never_spins_again()
    {
        // An application that quits right after its last fetch: the zero-time deletions queued
        // for the replies' watchers are discarded unrun with the thread's posted events. They
        // must still free them (they used to hold them raw: LeakSanitizer reported each
        // watcher, its timer and its buffer).
        auto s = server();
        {
            EventLoop loop;
            auto pages = [](QUrl u) -> Coroutine<void> {
                std::vector<Future<Response>> fetches;
                for (int i = 0; i < 8; ++i) // two of them queue for a connection
                    fetches.push_back(fetch(u));
                (void)co_await gather(std::move(fetches));
            };
            coro_test::run(loop, pages(url(*s, QStringLiteral("/bytes/100"))));
        }
        // What QCoreApplication's destructor does with a thread's pending events: delete them.
        QCoreApplication::removePostedEvents(QThread::currentThread(), QEvent::MetaCall);
    }

    void a_virtual_clock_does_not_jump_past_a_request_in_flight()
    {
        auto s = server();
        EventLoop loop(coro_test::virtual_time());
        auto body = [](QUrl u) -> Coroutine<void> {
            EventLoop &l = get_event_loop();
            auto sleeper = l.create_task([]() -> Coroutine<void> { co_await sleep(10.0); }());
            (void)co_await fetch(u);
            CO_VERIFY(l.time() < 10.0); // the 10 s timer did not fire while the reply was awaited
            co_await sleeper;
            CO_VERIFY(l.time() >= 10.0);
        };
        coro_test::run(loop, body(url(*s, QStringLiteral("/delay/200"))));
    }
};

QTEST_GUILESS_MAIN(FetchTest)
#include "tst_fetch.moc"
