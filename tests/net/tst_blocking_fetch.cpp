// SPDX-License-Identifier: MIT
// aio::net::blocking_fetch, the tutorial's urlopen: from pool threads through run_in_executor,
// and on the loop thread, where it blocks the loop.
#include "net_test.h"

#include <coroscope/executor.h>
#include <coroscope/gather.h>

#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <thread>
#include <vector>

using namespace aio;
using namespace aio::net;
using namespace net_test;

namespace {

Coroutine<std::int64_t> length_in_executor(QUrl url)
{
    auto job = [url] { return blocking_fetch(url); };
    const Response r = co_await run_in_executor(nullptr, job);
    co_return r.length;
}

NetworkError thrown_by(const QUrl &url, const FetchOptions &options = {})
{
    try {
        (void)blocking_fetch(url, options);
    } catch (const NetworkError &e) {
        return e;
    }
    return NetworkError(NetworkError::Kind::Other, QStringLiteral("no error"));
}

} // namespace

class BlockingFetchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void it_works_from_a_pool_thread_through_run_in_executor()
    {
        auto s = server({.latency = 50ms});
        EventLoop loop;
        QCOMPARE(coro_test::run(loop, length_in_executor(s->page_url(QStringLiteral("apple")))), qint64(74443));
    }

    void six_in_the_executor_overlap()
    {
        // Each call has its own connection (as urlopen), so six run at once on six pool threads.
        auto s = server({.latency = 300ms, .variation = 0});
        EventLoop loop;
        auto body = [](QList<QUrl> urls) -> Coroutine<std::vector<std::int64_t>> {
            std::vector<Task<std::int64_t>> tasks;
            for (const QUrl &u : urls)
                tasks.push_back(ensure_future(length_in_executor(u)));
            co_return co_await gather(std::move(tasks));
        };
        QList<QUrl> urls;
        for (const QString &w : coroscope::demo::DemoPages::tutorial_words())
            urls << s->page_url(w);
        QElapsedTimer t;
        t.start();
        const auto lengths = coro_test::run(loop, body(urls));
        const double took = ms_since(t);
        QCOMPARE(lengths, (std::vector<std::int64_t>{74443, 137795, 84429, 327409, 65139, 154872}));
        QVERIFY2(took >= 299 && took < 900, qPrintable(QString::number(took)));
    }

    void on_the_loop_thread_it_blocks_the_loop()
    {
        auto s = server();
        EventLoop loop;
        auto body = [](QUrl u) -> Coroutine<void> {
            EventLoop &l = get_event_loop();
            bool callback_ran = false;
            int qt_ticks = 0;
            QTimer ticker;
            QObject::connect(&ticker, &QTimer::timeout, [&] { ++qt_ticks; });
            ticker.start(20);
            l.call_soon([&] { callback_ran = true; });
            QElapsedTimer t;
            t.start();
            const Response r = blocking_fetch(u);
            CO_VERIFY(ms_since(t) >= 199);
            CO_COMPARE(r.body, QByteArray("delayed 200 ms\n"));
            // Nothing else ran on this thread meanwhile: not the loop's callback, not a Qt timer.
            CO_VERIFY(!callback_ran);
            CO_COMPARE(qt_ticks, 0);
            co_await sleep(0);
            CO_VERIFY(callback_ran);
        };
        coro_test::run(loop, body(url(*s, QStringLiteral("/delay/200"))));
    }

    void errors_are_thrown_with_their_kind_and_message()
    {
        auto s = server();
        using K = NetworkError::Kind;
        const quint16 port = closed_port();
        NetworkError e = thrown_by(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(e.kind(), K::ConnectionRefused);
        QVERIFY(e.message().startsWith(QStringLiteral("connection refused: 127.0.0.1:%1").arg(port)));
        e = thrown_by(url(*s, QStringLiteral("/status/404")));
        QCOMPARE(e.kind(), K::HttpStatus);
        QCOMPARE(e.status(), 404);
        FetchOptions quick;
        quick.timeout = 200ms;
        QCOMPARE(thrown_by(url(*s, QStringLiteral("/hang")), quick).kind(), K::Timeout);
        QCOMPARE(thrown_by(QUrl(QStringLiteral("gopher://127.0.0.1/"))).kind(), K::UnsupportedScheme);
        try {
            (void)blocking_fetch(QStringLiteral("http://[::1"));
            QFAIL("no error");
        } catch (const NetworkError &err) {
            QCOMPARE(err.kind(), K::InvalidUrl);
        }
    }

    void the_abort_flag_stops_it_from_another_thread()
    {
        auto s = server();
        FetchOptions o;
        o.abort_flag = std::make_shared<std::atomic<bool>>(false);
        std::thread aborter([flag = o.abort_flag] {
            std::this_thread::sleep_for(100ms);
            flag->store(true);
        });
        QElapsedTimer t;
        t.start();
        const NetworkError e = thrown_by(url(*s, QStringLiteral("/hang")), o);
        aborter.join();
        QCOMPARE(e.kind(), NetworkError::Kind::Aborted);
        QVERIFY(ms_since(t) < 2000);
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().closed_by_client, qint64(1), 3000);
    }

    void cancelling_its_executor_future_aborts_it()
    {
        // The job's stop request reaches the blocking fetch: the connection closes at once
        // instead of holding a pool thread until /hang gives up (ten minutes).
        auto s = server();
        EventLoop loop;
        coro_test::Reports reports(loop);
        const QUrl hang = url(*s, QStringLiteral("/hang"));
        auto job = [hang] { return blocking_fetch(hang); };
        auto f = run_in_executor(loop, nullptr, job);
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().pending_answers, 1, 5000); // on the wire
        QVERIFY(f.cancel());
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().closed_by_client, qint64(1), 5000);
        loop.default_executor()->waitForDone();
        bool settled = false;
        (void)loop.call_later(0.01, [&] { settled = true; });
        loop.run_until([&] { return settled; });
        QVERIFY(f.cancelled());
        QVERIFY2(reports.messages.isEmpty(), qPrintable(reports.messages.join(u'\n'))); // aborted on request
    }

    void closing_the_loop_aborts_running_blocking_fetches_and_drops_queued_ones()
    {
        // Twenty /hang fetches on the default pool (a handful of threads): close() returns once
        // the running ones have aborted, without waiting for /hang, and the queued ones never
        // send anything.
        auto s = server();
        const int threads = std::min(32, QThread::idealThreadCount() + 4);
        QElapsedTimer t;
        {
            EventLoop loop;
            const QUrl hang = url(*s, QStringLiteral("/hang"));
            std::vector<Future<Response>> fetches;
            for (int i = 0; i < 20; ++i) {
                auto job = [hang] { return blocking_fetch(hang); };
                fetches.push_back(run_in_executor(loop, nullptr, job));
            }
            QTRY_COMPARE_WITH_TIMEOUT(s->stats().pending_answers, threads, 5000);
            t.start();
            loop.close();
        }
        QVERIFY2(ms_since(t) < 5000, qPrintable(QString::number(ms_since(t))));
        QTRY_COMPARE_WITH_TIMEOUT(s->stats().closed_by_client, qint64(threads), 5000);
        QCOMPARE(s->stats().requests, qint64(threads)); // the queued ones were dropped unsent
    }
};

QTEST_GUILESS_MAIN(BlockingFetchTest)
#include "tst_blocking_fetch.moc"
