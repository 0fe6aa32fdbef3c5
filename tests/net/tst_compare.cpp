// SPDX-License-Identifier: MIT
// The gather comparison on the demo server: the three variants' timing relations (ranges that
// hold on a loaded machine), the tutorial's lengths in argument order, the six-connection queue.
#include "net_test.h"

#include "comparison_runner.h"

using namespace aio;
using namespace net_test;
using namespace coroscope::compare;
using coroscope::demo::DemoPages;

namespace {

ComparisonOptions tutorial_pages(const coroscope::demo::DemoServerThread &s, int count = 6)
{
    ComparisonOptions o;
    o.names = DemoPages::words(count);
    for (int i = 0; i < count; ++i)
        o.urls << s.page_url(o.names[i], i);
    return o;
}

const QList<std::int64_t> kTutorialLengths{74443, 137795, 84429, 327409, 65139, 154872};

} // namespace

class CompareTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void six_pages_at_200_ms_show_sum_versus_slowest()
    {
        // Latencies spread over 200-300 ms (the default spread is 200-220): the order the pages
        // finish in then follows them, not the order they were asked in, by tens of
        // milliseconds, more than a loaded machine's sanitized build delays a reply by.
        auto s = server({.latency = 200ms, .variation = 0.5});
        EventLoop loop;
        std::vector<int> async_finish_order;
        const ComparisonResult r = coro_test::run(
            loop, run_comparison(tutorial_pages(*s), [&](const Progress &p) {
                if (p.variant == Variant::Async && p.event == Progress::Event::Finished)
                    async_finish_order.push_back(p.page);
            }), 30s);
        QVERIFY(r.ok());
        QCOMPARE(int(r.variants.size()), 3);
        const QList<double> latencies = r.server_latencies_ms();
        double sum = 0, slowest = 0;
        for (double l : latencies) {
            QVERIFY(l >= 200 && l < 300);
            sum += l;
            slowest = std::max(slowest, l);
        }
        const double seq = r.find(Variant::Sequential)->total_ms;
        const double exe = r.find(Variant::Executor)->total_ms;
        const double asy = r.find(Variant::Async)->total_ms;
        const QString figures = QStringLiteral("sum %1 slowest %2 seq %3 exe %4 async %5").arg(sum).arg(slowest).arg(seq).arg(exe).arg(asy);
        // Sum versus slowest, compared within this run (no absolute limit a loaded machine may
        // miss): each total is at least its arithmetic, and its overhead above that stays below
        // half the gap between the two, so sequential is nearer the sum, concurrent the slowest.
        const double gap = sum - slowest;
        QVERIFY2(seq >= sum && seq - sum < gap / 2, qPrintable(figures));
        QVERIFY2(exe >= slowest && exe - slowest < gap / 2, qPrintable(figures));
        QVERIFY2(asy >= slowest && asy - slowest < gap / 2, qPrintable(figures));
        QVERIFY2(r.speedup() > 2, qPrintable(figures));
        for (const auto &v : r.variants)
            QCOMPARE(v.lengths(), kTutorialLengths);
        // They finish in another order than asked, yet the results are in argument order.
        QCOMPARE(int(async_finish_order.size()), 6);
        QVERIFY(!std::is_sorted(async_finish_order.begin(), async_finish_order.end()));
    }

    void sequential_may_await_instead_of_blocking()
    {
        auto s = server({.latency = 100ms});
        EventLoop loop;
        ComparisonOptions o = tutorial_pages(*s, 3);
        o.sequential_blocks = false;
        o.variants = {Variant::Sequential};
        const VariantResult v = coro_test::run(loop, run_variant(Variant::Sequential, o));
        QVERIFY(v.ok());
        // At least the sum of the three latencies (one after another is checked exactly below);
        // the upper bound only catches a run that hangs, with room for a loaded sanitizer build.
        QVERIFY2(v.total_ms >= 300 && v.total_ms < 2 * 330, qPrintable(QString::number(v.total_ms)));
        QCOMPARE(v.lengths(), kTutorialLengths.mid(0, 3));
        for (std::size_t i = 1; i < v.pages.size(); ++i)
            QVERIFY(v.pages[i].start_ms >= v.pages[i - 1].end_ms); // one after another
    }

    void beyond_six_pages_per_host_async_requests_queue()
    {
        auto s = server({.latency = 200ms, .variation = 0});
        EventLoop loop;
        ComparisonOptions o = tutorial_pages(*s, 12);
        for (int i = 0; i < 12; ++i)
            o.urls[i] = s->page_url(o.names[i], 0); // all on 127.0.0.1
        const VariantResult v = coro_test::run(loop, run_variant(Variant::Async, o));
        QVERIFY(v.ok());
        double first_end = 1e9;
        for (const auto &p : v.pages)
            first_end = std::min(first_end, p.end_ms);
        int queued = 0;
        for (const auto &p : v.pages)
            queued += p.sent_ms >= first_end - 5 ? 1 : 0; // went on the wire only when a connection came free
        QCOMPARE(queued, 6);
        // Two rounds of 200 ms: at least 400, and far below the twelve rounds of a sequential run
        // (the queue itself is checked exactly above).
        QVERIFY2(v.total_ms >= 400 && v.total_ms < 12 * 200 / 2, qPrintable(QString::number(v.total_ms)));
    }

    void a_failing_page_is_recorded_in_every_variant()
    {
        auto s = server({.latency = 50ms});
        EventLoop loop;
        ComparisonOptions o = tutorial_pages(*s, 3);
        o.urls[1] = url(*s, QStringLiteral("/status/404"));
        o.warm_up = false;
        const ComparisonResult r = coro_test::run(loop, run_comparison(o));
        QVERIFY(!r.ok());
        for (const auto &v : r.variants)
            QVERIFY2(v.error.contains(QStringLiteral("HTTP status 404")), qPrintable(v.error));
        QCOMPARE(int(r.find(Variant::Sequential)->pages.size()), 2); // the loop stopped at the failure
        QCOMPARE(r.find(Variant::Async)->pages[2].length, qint64(84429));
        QCOMPARE(r.speedup(), 0.0);
    }
};

QTEST_GUILESS_MAIN(CompareTest)
#include "tst_compare.moc"
