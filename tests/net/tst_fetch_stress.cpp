// SPDX-License-Identifier: MIT
// 1,000 concurrent fetches against the demo server: every one completes or fails with a clear
// error, in bounded memory. (Sanitizer builds run 300: same checks, a fraction of the time.)
#include "net_test.h"

#include <QFile>
#include <vector>

using namespace aio;
using namespace aio::net;
using namespace net_test;

namespace {

#if defined(COROSCOPE_SANITIZED_BUILD)
constexpr int kFetches = 300;
#else
constexpr int kFetches = 1000;
#endif

/// The process's peak resident memory so far (VmHWM), in KiB; 0 where /proc is missing.
qint64 peak_rss_kib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

Coroutine<std::vector<Outcome<Response>>> fetch_all(std::vector<QUrl> urls)
{
    std::vector<Future<Response>> fetches;
    for (const QUrl &url : urls)
        fetches.push_back(fetch(url));
    co_return co_await gather(return_exceptions, std::move(fetches));
}

} // namespace

class FetchStressTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void a_thousand_concurrent_fetches_complete_or_fail_clearly()
    {
        // 16 loopback hosts (six connections each), small pages, some bad routes and a few
        // refused ports mixed in: every fetch ends, with a body or a NetworkError that says why.
        coroscope::demo::DemoServerOptions options;
        options.latency = std::chrono::milliseconds(20);
        options.hosts = 16;
        auto s = server(options);
        const quint16 refused_port = closed_port();
        std::vector<QUrl> urls;
        for (int i = 0; i < kFetches; ++i) {
            QUrl u = s->base_url(i);
            if (i % 50 == 49) {
                u.setPort(refused_port);
                u.setHost(QStringLiteral("127.0.0.1"));
            } else if (i % 10 == 9) {
                u.setPath(QStringLiteral("/status/500"));
            } else {
                u.setPath(QStringLiteral("/bytes/%1").arg(1000 + i));
            }
            urls.push_back(u);
        }
        const qint64 rss_before = peak_rss_kib();
        EventLoop loop;
        coro_test::Reports reports(loop);
        const auto outcomes = coro_test::run(loop, fetch_all(urls), std::chrono::seconds(120));
        QCOMPARE(int(outcomes.size()), kFetches);
        int ok = 0, failed = 0;
        for (int i = 0; i < kFetches; ++i) {
            const auto &outcome = outcomes[std::size_t(i)];
            if (outcome.ok()) {
                ++ok;
                QCOMPARE(outcome.value().length, qint64(1000 + i));
                continue;
            }
            ++failed;
            try {
                std::rethrow_exception(outcome.error());
            } catch (const NetworkError &e) {
                QVERIFY2(!e.message().isEmpty(), "an error without a message");
                if (i % 50 == 49)
                    QCOMPARE(e.kind(), NetworkError::Kind::ConnectionRefused);
                else
                    QCOMPARE(e.status(), 500);
            } catch (...) {
                QFAIL(qPrintable(QStringLiteral("fetch %1 failed with something else than NetworkError").arg(i)));
            }
        }
        QCOMPARE(ok + failed, kFetches);
        QCOMPARE(failed, kFetches / 10); // every 10th (every 50th of them refused)
        QVERIFY2(reports.messages.isEmpty(), qPrintable(reports.messages.join(u'\n')));
        // Bounded memory: the bodies are about 1.5 MB in all; the run's growth of the peak
        // resident size stays far below what one buffer per request at the 64 MiB cap would be.
        const qint64 growth_mib = (peak_rss_kib() - rss_before) / 1024;
        qInfo("%d fetches: %d ok, %d failed; peak RSS grew %lld MiB", kFetches, ok, failed, growth_mib);
        QVERIFY2(growth_mib < 512, qPrintable(QString::number(growth_mib)));
        QVERIFY(s->stats().peak_buffered_bytes <= options.limits.max_buffered_bytes + 400 * 1024);
    }
};

QTEST_GUILESS_MAIN(FetchStressTest)
#include "tst_fetch_stress.moc"
