// SPDX-License-Identifier: MIT
// async with: Python's __aenter__ / __aexit__ protocol (aio::async_with), on the virtual clock.
#include "coro_test.h"

using namespace aio;

namespace {
QStringList g_log;

void log(const QString &line)
{
    g_log << QStringLiteral("%1 %2").arg(get_event_loop().time(), 0, 'f', 1).arg(line);
}

/// The tutorial's AsyncAdd: __aenter__ sleeps one second and returns a + b.
struct AsyncAdd
{
    int a, b;
    Coroutine<int> aenter()
    {
        co_await sleep(1.0);
        co_return a + b;
    }
    Coroutine<void> aexit(std::exception_ptr) { co_return; }
};

/// Logs what aexit sees, takes half a second to exit, and suppresses errors when asked.
struct Recorder
{
    bool suppress = false;
    int exits = 0;
    Coroutine<void> aenter()
    {
        log(QStringLiteral("enter"));
        co_return;
    }
    Coroutine<bool> aexit(std::exception_ptr error)
    {
        ++exits;
        log(QStringLiteral("exit with %1").arg(error ? QString::fromStdString(describe_exception(error)) : QStringLiteral("None")));
        co_await sleep(0.5);
        log(QStringLiteral("exited"));
        co_return suppress;
    }
};

struct FailingExit
{
    Ready<void> aenter() { return {}; }
    Coroutine<void> aexit(std::exception_ptr)
    {
        throw std::logic_error("from aexit");
        co_return;
    }
};
} // namespace

class AsyncWithTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { g_log.clear(); }

    void tutorial_async_add_passes_the_aenter_value_to_the_body()
    {
        // async with AsyncAdd(1, 2) as result: print(result)   -> 3 after 1.0 s
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder trace;
        loop.add_observer(&trace);
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_with(AsyncAdd{1, 2}, [](int result) { log(QStringLiteral("result %1").arg(result)); });
        }());
        QCOMPARE(g_log, QStringList{QStringLiteral("1.0 result 3")});

        QStringList phases;
        bool waited_in_aenter = false;
        for (const TraceEvent &e : trace.events()) {
            if (e.type == TraceType::Phase)
                phases << QStringLiteral("%1@%2").arg(e.text).arg(double(e.t_ns) / 1e9);
            if (e.type == TraceType::StepEnd && e.reason == StepEndReason::Await && e.wait == WaitKind::AEnter)
                waited_in_aenter = e.text.startsWith(QStringLiteral("sleep"));
        }
        QCOMPARE(phases, (QStringList{QStringLiteral("aenter@0"), QStringLiteral("body@1"), QStringLiteral("aexit@1"),
                                      QStringLiteral("end@1")}));
        QVERIFY(waited_in_aenter);
    }

    void aexit_runs_after_success_and_sees_no_error()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            Recorder cm;
            co_await async_with(cm, [&]() -> Coroutine<void> {
                co_await sleep(1.0);
                log(QStringLiteral("body done"));
            });
            CO_COMPARE(cm.exits, 1); // an lvalue manager is used in place
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 enter"), QStringLiteral("1.0 body done"),
                                     QStringLiteral("1.0 exit with None"), QStringLiteral("1.5 exited")}));
    }

    void aexit_sees_the_body_exception_which_then_propagates()
    {
        // asyncio: __aexit__(ValueError, ...) runs (and may await), then the error propagates.
        EventLoop loop(coro_test::virtual_time());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_with(Recorder{}, []() -> Coroutine<void> {
                co_await sleep(1.0);
                throw std::runtime_error("boom");
            });
        }()));
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 enter"), QStringLiteral("1.0 exit with runtime_error: boom"),
                                     QStringLiteral("1.5 exited")}));
        QCOMPARE(loop.time(), 1.5);
    }

    void aexit_returning_true_suppresses_the_exception()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_with(Recorder{.suppress = true}, [] { throw std::runtime_error("swallowed"); });
            log(QStringLiteral("after"));
        }());
        QCOMPARE(g_log.last(), QStringLiteral("0.5 after"));
    }

    void aexit_runs_when_the_task_is_cancelled_inside_the_body()
    {
        // asyncio: cancelling a task inside `async with` delivers CancelledError in the body;
        // __aexit__ receives it (and may still await) before the task ends cancelled.
        EventLoop loop(coro_test::virtual_time());
        auto victim = loop.create_task([]() -> Coroutine<void> {
            co_await async_with(Recorder{}, []() -> Coroutine<void> {
                co_await sleep(10.0);
                log(QStringLiteral("never"));
            });
            log(QStringLiteral("never either"));
        }());
        coro_test::run(loop, [](Task<void> victim) -> Coroutine<void> {
            co_await sleep(2.0);
            victim.cancel();
            try {
                co_await victim;
            } catch (const CancelledError &) {
                log(QStringLiteral("victim cancelled"));
            }
        }(victim));
        QVERIFY(victim.cancelled());
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 enter"), QStringLiteral("2.0 exit with CancelledError"),
                                     QStringLiteral("2.5 exited"), QStringLiteral("2.5 victim cancelled")}));
    }

    void an_exception_from_aexit_replaces_the_body_exception()
    {
        // As in Python; the body's exception is reported (Python keeps it as __context__)
        // instead of vanishing.
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_with(FailingExit{}, [] { throw std::runtime_error("hidden"); });
        }()));
        QCOMPARE(reports.messages.size(), 1);
        QVERIFY2(reports.contains(QStringLiteral("hidden")), qPrintable(reports.messages.join(u'\n')));
        QVERIFY(reports.contains(QStringLiteral("aexit")));
    }

    void a_failing_aenter_skips_body_and_aexit()
    {
        // asyncio: if __aenter__ raises, neither the body nor __aexit__ runs.
        struct BadEnter
        {
            Coroutine<int> aenter()
            {
                co_await sleep(0.25);
                throw std::runtime_error("no entry");
            }
            Coroutine<void> aexit(std::exception_ptr)
            {
                log(QStringLiteral("aexit"));
                co_return;
            }
        };
        EventLoop loop(coro_test::virtual_time());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_with(BadEnter{}, [](int) { log(QStringLiteral("body")); });
        }()));
        QVERIFY(g_log.isEmpty());
        QCOMPARE(loop.time(), 0.25);
    }
};

QTEST_GUILESS_MAIN(AsyncWithTest)
#include "tst_async_with.moc"
