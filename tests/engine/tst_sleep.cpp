// SPDX-License-Identifier: MIT
// aio::sleep on the three clocks.
#include "coro_test.h"

#include <QElapsedTimer>
#include <limits>

using namespace aio;
using namespace std::chrono_literals;

namespace {
Coroutine<void> sleep_for(double seconds)
{
    co_await sleep(seconds);
}

Coroutine<void> ping(QStringList *log, QString name, int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        log->append(name + QString::number(i));
        co_await sleep(0);
    }
}
} // namespace

class SleepTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void virtual_ten_second_sleep_is_instant_and_exact()
    {
        EventLoop loop(coro_test::virtual_time());
        QElapsedTimer real;
        real.start();
        const double before = loop.time();
        loop.run_until_complete(sleep_for(10.0));
        QCOMPARE(loop.time() - before, 10.0);
        QCOMPARE(loop.now_ns(), std::int64_t(10'000'000'000));
        QVERIFY2(real.elapsed() < 1000, "virtual time should not wait");
    }

    void sleep_zero_yields_to_other_tasks_round_robin()
    {
        // asyncio.sleep(0) lets every other ready task run once before this one continues.
        EventLoop loop(coro_test::virtual_time());
        QStringList log;
        auto a = loop.create_task(ping(&log, QStringLiteral("a"), 3));
        auto b = loop.create_task(ping(&log, QStringLiteral("b"), 3));
        loop.run_until([&] { return a.done() && b.done(); });
        QCOMPARE(log, (QStringList{QStringLiteral("a0"), QStringLiteral("b0"), QStringLiteral("a1"), QStringLiteral("b1"),
                                   QStringLiteral("a2"), QStringLiteral("b2")}));
        QCOMPARE(loop.time(), 0.0);
    }

    void chrono_durations_and_whole_seconds()
    {
        EventLoop loop(coro_test::virtual_time());
        loop.run_until_complete([]() -> Coroutine<void> {
            co_await sleep(250ms);
            co_await sleep(1);
            co_await sleep(0.75);
        }());
        QCOMPARE(loop.time(), 2.0);
    }

    void a_delay_the_clock_cannot_hold_is_a_value_error()
    {
        // NaN and inf used to overflow the conversion to int64 nanoseconds (undefined
        // behaviour, in practice a sleep of some arbitrary length).
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        for (const double bad : {nan, inf, -inf, 1e300}) {
            EventLoop loop(coro_test::virtual_time());
            QVERIFY_THROWS_EXCEPTION(ValueError, loop.run_until_complete([](double s) -> Coroutine<void> {
                co_await sleep(s);
            }(bad)));
            QVERIFY_THROWS_EXCEPTION(ValueError, (void)loop.call_later(bad, [] {}));
            QCOMPARE(loop.time(), 0.0);
        }
        EventLoop loop(coro_test::virtual_time());
        loop.run_until_complete([]() -> Coroutine<void> { co_await sleep(86400.0 * 365); }());
        QCOMPARE(loop.time(), 86400.0 * 365); // a year is fine
    }

    void real_clock_sleep_takes_about_that_long()
    {
        // Real time: a range that holds on a loaded 2-core machine.
        EventLoop loop;
        QElapsedTimer real;
        real.start();
        loop.run_until_complete(sleep_for(0.1));
        const auto elapsed = real.elapsed();
        QVERIFY2(elapsed >= 99 && elapsed < 1000, qPrintable(QString::number(elapsed)));
        QVERIFY(loop.time() >= 0.1);
    }

    void scaled_clock_runs_faster()
    {
        // At speed 10, a 1 s loop-time sleep takes about 100 ms of real time.
        EventLoop loop({.clock = ClockMode::Scaled, .speed = 10.0});
        QElapsedTimer real;
        real.start();
        loop.run_until_complete(sleep_for(1.0));
        const auto elapsed = real.elapsed();
        QVERIFY2(elapsed >= 95 && elapsed < 900, qPrintable(QString::number(elapsed)));
        QVERIFY(loop.time() >= 1.0);
    }

    void slow_motion_clock()
    {
        EventLoop loop({.clock = ClockMode::Scaled, .speed = 0.5});
        QElapsedTimer real;
        real.start();
        loop.run_until_complete(sleep_for(0.05));
        QVERIFY2(real.elapsed() >= 99, qPrintable(QString::number(real.elapsed())));
    }
};

QTEST_GUILESS_MAIN(SleepTest)
#include "tst_sleep.moc"
