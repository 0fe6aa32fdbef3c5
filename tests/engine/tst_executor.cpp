// SPDX-License-Identifier: MIT
// run_in_executor mirrors loop.run_in_executor: blocking work on a pool, awaited on the loop.
#include "coro_test.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <functional>
#include <stdexcept>

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
        // The default pool has min(32, cores + 4) threads, so six jobs run at once, not two at a
        // time: each job waits until all six are running (it would time out, and the count
        // stay below six, on a pool of the core count).
        EventLoop loop;
        std::atomic<int> running{0};
        std::vector<Future<int>> jobs;
        for (int i = 0; i < 6; ++i)
            jobs.push_back(run_in_executor(loop, nullptr, [i, &running] {
                ++running;
                QDeadlineTimer patience(10000);
                while (running.load() < 6 && !patience.hasExpired())
                    QThread::msleep(1);
                return running.load() >= 6 ? i : -1;
            }));
        auto values = loop.run_until_complete(gather(std::move(jobs)));
        QCOMPARE(values, (std::vector<int>{0, 1, 2, 3, 4, 5}));
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
        coro_test::Reports reports(loop);
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
        QVERIFY2(reports.messages.isEmpty(), qPrintable(reports.messages.join(u'\n')));
    }

    void an_error_raised_after_the_future_was_cancelled_is_reported()
    {
        // Nobody can retrieve it any more, so it goes to the report handler instead of nowhere.
        EventLoop loop;
        coro_test::Reports reports(loop);
        std::atomic<bool> started{false};
        std::atomic<bool> release{false};
        auto f = run_in_executor(loop, nullptr, [&]() -> int {
            started = true;
            while (!release)
                QThread::msleep(1);
            throw std::runtime_error("disk full");
        });
        while (!started)
            QThread::msleep(1);
        QVERIFY(f.cancel());
        release = true;
        loop.default_executor()->waitForDone();
        loop.run_until([&] { return !reports.messages.isEmpty(); });
        QCOMPARE(reports.messages.size(), 1);
        QVERIFY2(reports.contains(QStringLiteral("disk full")), qPrintable(reports.messages.join(u'\n')));
        QVERIFY(reports.contains(QStringLiteral("cancelled")));
    }

    void a_job_asked_to_stop_raises_quietly()
    {
        // A job that polls executor_stop_requested() sees its future's cancel and returns early;
        // what it then raises is the expected way out, not reported.
        EventLoop loop;
        coro_test::Reports reports(loop);
        std::atomic<bool> started{false};
        auto f = run_in_executor(loop, nullptr, [&]() -> int {
            started = true;
            QDeadlineTimer patience(10000);
            while (!executor_stop_requested() && !patience.hasExpired())
                QThread::msleep(1);
            throw std::runtime_error(patience.hasExpired() ? "never asked to stop" : "stopped");
        });
        while (!started)
            QThread::msleep(1);
        QVERIFY(!executor_stop_requested()); // outside a job: always false
        QElapsedTimer real;
        real.start();
        QVERIFY(f.cancel());
        loop.default_executor()->waitForDone();
        QVERIFY2(real.elapsed() < 5000, "the job did not see the stop request");
        bool settled = false;
        loop.call_later(0.01, [&] { settled = true; });
        loop.run_until([&] { return settled; });
        QVERIFY2(reports.messages.isEmpty(), qPrintable(reports.messages.join(u'\n')));
    }

    void a_job_cancelled_while_queued_never_runs()
    {
        EventLoop loop;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        std::atomic<bool> release{false};
        std::atomic<bool> second_ran{false};
        auto blocker = run_in_executor(loop, &pool, [&] {
            while (!release)
                QThread::msleep(1);
        });
        auto queued = run_in_executor(loop, &pool, [&] { second_ran = true; });
        QVERIFY(queued.cancel());
        release = true;
        pool.waitForDone();
        loop.run_until_complete(blocker);
        QVERIFY(!second_ran);
    }

    void closing_the_loop_drops_queued_jobs_and_stops_running_ones()
    {
        // 200 jobs on the default pool (a handful of threads): close() asks the running ones to
        // stop and drops the queued ones, so only those already running ever start.
        std::atomic<int> started{0};
        const int threads = std::min(32, QThread::idealThreadCount() + 4);
        {
            EventLoop loop;
            coro_test::Reports reports(loop);
            std::vector<Future<void>> jobs;
            for (int i = 0; i < 200; ++i)
                jobs.push_back(run_in_executor(loop, nullptr, [&started] {
                    ++started;
                    QDeadlineTimer patience(10000);
                    while (!executor_stop_requested() && !patience.hasExpired())
                        QThread::msleep(1);
                }));
            while (started.load() < 1)
                QThread::msleep(1);
            QElapsedTimer real;
            real.start();
            loop.close();
            QVERIFY2(real.elapsed() < 5000, "close() waited for the jobs instead of stopping them");
            QVERIFY2(reports.messages.isEmpty(), qPrintable(reports.messages.join(u'\n')));
        }
        QVERIFY2(started.load() <= threads, qPrintable(QString::number(started.load())));
    }

    void a_job_queued_on_a_foreign_pool_never_runs_once_its_loop_closes()
    {
        // close() asks the running job to stop; it returns and frees the pool's only thread.
        // The queued job must not start on it: the loop it would report to is closing (and
        // close() never clears a pool it does not own).
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        std::atomic<bool> running{false};
        std::atomic<bool> queued_ran{false};
        {
            EventLoop loop;
            coro_test::Reports reports(loop);
            auto blocker = run_in_executor(loop, &pool, [&running] {
                running = true;
                QDeadlineTimer patience(10000);
                while (!executor_stop_requested() && !patience.hasExpired())
                    QThread::msleep(1);
            });
            auto queued = run_in_executor(loop, &pool, [&queued_ran] { queued_ran = true; });
            while (!running)
                QThread::msleep(1);
            loop.close();
            pool.waitForDone();
            QVERIFY(!queued.done());
            QVERIFY2(reports.messages.isEmpty(), qPrintable(reports.messages.join(u'\n')));
        }
        QVERIFY(!queued_ran);
    }

    void a_job_dropped_unrun_at_close_lets_go_of_its_done_callbacks()
    {
        // A queued job that close() drops never completes its future. A done callback that holds
        // that future (a cycle, as wait_for and gather make) must still be released, or
        // everything it holds leaks.
        const int threads = std::min(32, QThread::idealThreadCount() + 4);
        auto token = std::make_shared<int>(1);
        std::weak_ptr<int> watch = token;
        {
            EventLoop loop;
            std::atomic<int> running{0};
            std::vector<Future<void>> blockers;
            for (int i = 0; i < threads; ++i)
                blockers.push_back(run_in_executor(loop, nullptr, [&running] {
                    ++running;
                    QDeadlineTimer patience(10000);
                    while (!executor_stop_requested() && !patience.hasExpired())
                        QThread::msleep(1);
                }));
            auto queued = run_in_executor(loop, nullptr, [] {});
            queued.add_done_callback([queued, token = std::move(token)](Future<void>) {});
            while (running.load() < threads)
                QThread::msleep(1);
            loop.close();
            QVERIFY(!queued.done());
        }
        QVERIFY2(watch.expired(), "the dropped job's future kept its done callback (and itself) alive");
    }

    void closing_with_a_late_job_whose_future_has_a_done_callback()
    {
        // The job completes while close() waits for it; its future's done callback cannot be
        // scheduled on the closed loop. It used to throw out of close() (std::terminate from
        // ~EventLoop); now the callback is dropped and nothing escapes.
        bool callback_ran = false;
        {
            EventLoop loop;
            coro_test::Reports reports(loop);
            std::atomic<bool> started{false};
            auto f = run_in_executor(loop, nullptr, [&started] {
                started = true;
                QThread::msleep(50);
                return 1;
            });
            f.add_done_callback([&callback_ran](Future<int>) { callback_ran = true; });
            while (!started)
                QThread::msleep(1);
            loop.close();
            QVERIFY(f.done());
            QVERIFY2(reports.messages.isEmpty(), qPrintable(reports.messages.join(u'\n')));
        }
        QVERIFY(!callback_ran);
    }

    void destroying_the_loop_with_such_a_job_does_not_terminate()
    {
        // The same through the destructor, with wait_for adding its own done callback.
        std::atomic<bool> started{false};
        {
            EventLoop loop;
            auto task = loop.create_task([](std::atomic<bool> *flag) -> Coroutine<int> {
                auto job = run_in_executor(nullptr, [flag] {
                    *flag = true;
                    QThread::msleep(50);
                    return 1;
                });
                co_return co_await wait_for(job, 10.0);
            }(&started));
            loop.run_until([&] { return started.load(); });
        }
        QVERIFY(started);
    }

    void closing_the_loop_waits_for_its_running_jobs()
    {
        // A job that has started is waited for (one that has not is dropped, see above).
        std::atomic<bool> started{false};
        std::atomic<bool> finished{false};
        {
            EventLoop loop;
            auto f = run_in_executor(loop, nullptr, [&] {
                started = true;
                QThread::msleep(50);
                finished = true;
            });
            while (!started)
                QThread::msleep(1);
            loop.close();
            QVERIFY(f.done());
        }
        QVERIFY(finished);
    }
};

QTEST_GUILESS_MAIN(ExecutorTest)
#include "tst_executor.moc"
