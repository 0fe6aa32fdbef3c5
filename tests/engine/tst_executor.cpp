// SPDX-License-Identifier: MIT
// run_in_executor mirrors loop.run_in_executor: blocking work on a pool, awaited on the loop.
#include "coro_test.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <functional>

using namespace aio;

namespace {
int blocking_add(int a, int b)
{
    QThread::msleep(50); // stands in for a blocking call such as urlopen
    return a + b;
}

QString join_words(const QString &a, const QString &b, const QString &sep)
{
    return a + sep + b;
}

Coroutine<int> add_in_executor(int a, int b)
{
    co_return co_await run_in_executor(nullptr, blocking_add, a, b);
}
} // namespace

class ExecutorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void result_arrives_on_the_loop_thread()
    {
        EventLoop loop;
        QCOMPARE(loop.run_until_complete(add_in_executor(2, 3)), 5);
    }

    void job_runs_on_a_pool_thread_not_the_loop()
    {
        EventLoop loop;
        const auto loop_thread = QThread::currentThread();
        auto f = run_in_executor(loop, nullptr, [] { return QThread::currentThread(); });
        QVERIFY(loop.run_until_complete(f) != loop_thread);
    }

    void exception_thrown_by_the_job_reaches_the_awaiter()
    {
        EventLoop loop;
        auto f = run_in_executor(loop, nullptr, []() -> int { throw std::invalid_argument("bad page"); });
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, loop.run_until_complete(f));
    }

    void partial_application_with_bind_front_and_lambdas()
    {
        // functools.partial(join, sep='-') ~ std::bind_front / a lambda binding the keyword.
        EventLoop loop;
        auto dash = [](const QString &a, const QString &b) { return join_words(a, b, QStringLiteral("-")); };
        QCOMPARE(loop.run_until_complete(run_in_executor(loop, nullptr, dash, QStringLiteral("hello"), QStringLiteral("python"))),
                 QStringLiteral("hello-python"));
        auto hello = std::bind_front(join_words, QStringLiteral("hello"));
        QCOMPARE(loop.run_until_complete(run_in_executor(loop, nullptr, hello, QStringLiteral("python"), QStringLiteral(" "))),
                 QStringLiteral("hello python"));
    }

    void six_blocking_jobs_overlap_on_the_default_pool()
    {
        // The default pool has min(32, cores + 4) threads, so six 200 ms jobs finish in about
        // 200 ms, not 600 ms (two at a time) or 1200 ms (one at a time).
        EventLoop loop;
        QElapsedTimer real;
        real.start();
        std::vector<Future<int>> jobs;
        for (int i = 0; i < 6; ++i)
            jobs.push_back(run_in_executor(loop, nullptr, [i] {
                QThread::msleep(200);
                return i;
            }));
        auto values = loop.run_until_complete(gather(std::move(jobs)));
        QCOMPARE(values, (std::vector<int>{0, 1, 2, 3, 4, 5}));
        QVERIFY2(real.elapsed() < 550, qPrintable(QString::number(real.elapsed())));
    }

    void a_given_pool_is_used()
    {
        EventLoop loop;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        auto f = run_in_executor(loop, &pool, [] { return 7; });
        QCOMPARE(loop.run_until_complete(f), 7);
    }

    void virtual_clock_does_not_jump_over_running_jobs()
    {
        // While a job runs, time cannot be skipped: a sleep racing a 100 ms job on the
        // virtual clock must not fire before the job has reported back.
        EventLoop loop(coro_test::virtual_time());
        auto job = run_in_executor(loop, nullptr, [] {
            QThread::msleep(100);
            return 1;
        });
        bool timer_fired_before_job = false;
        loop.call_later(50.0, [&] { timer_fired_before_job = !job.done(); });
        QCOMPARE(loop.run_until_complete(job), 1);
        loop.run_until([&] { return loop.timer_count() == 0; });
        QVERIFY(!timer_fired_before_job);
    }

    void cancelled_executor_future_drops_the_result()
    {
        EventLoop loop;
        auto f = run_in_executor(loop, nullptr, [] {
            QThread::msleep(50);
            return 1;
        });
        QVERIFY(f.cancel());
        loop.default_executor()->waitForDone();
        bool settled = false;
        loop.call_later(0.01, [&] { settled = true; });
        loop.run_until([&] { return settled; });
        QVERIFY(f.cancelled());
    }

    void closing_the_loop_waits_for_its_jobs()
    {
        std::atomic<bool> finished{false};
        {
            EventLoop loop;
            auto f = run_in_executor(loop, nullptr, [&] {
                QThread::msleep(50);
                finished = true;
            });
            loop.close();
            QVERIFY(f.done());
        }
        QVERIFY(finished);
    }
};

QTEST_GUILESS_MAIN(ExecutorTest)
#include "tst_executor.moc"
