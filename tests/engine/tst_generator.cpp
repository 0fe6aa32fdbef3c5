// SPDX-License-Identifier: MIT
// async for, async generators and async comprehensions: Python's __anext__ /
// StopAsyncIteration, `yield` in `async def`, aclose(), and [x async for x in it], on the
// virtual clock.
#include "coro_test.h"

#include <map>
#include <memory>
#include <optional>
#include <set>

using namespace aio;

namespace {
/// Builds a container outside the coroutine body (GCC 12 rejects braced initialiser lists of
/// containers inside coroutines: "array used as initializer").
template<typename C, typename... A>
C make(A &&...items)
{
    return C{std::forward<A>(items)...};
}

QStringList g_log;
int g_body_runs = 0;

void log(const QString &line)
{
    g_log << QStringLiteral("%1 %2").arg(get_event_loop().time(), 0, 'f', 1).arg(line);
}

/// The tutorial's async_counter: yields n, then sleeps one second.
AsyncGenerator<int> async_counter(int stop)
{
    ++g_body_runs;
    int n = 0;
    while (n < stop) {
        co_yield n;
        n += 1;
        co_await sleep(1.0);
    }
}

/// The tutorial's AsyncCounter, ending with StopAsyncIteration as the text says it should.
struct AsyncCounter
{
    int current = 0;
    int stop;
    Coroutine<int> anext()
    {
        if (current >= stop)
            throw StopAsyncIteration();
        co_await sleep(1.0);
        co_return current++;
    }
};

/// The same, ending with std::nullopt.
struct OptionalCounter
{
    int current = 0;
    int stop;
    Coroutine<std::optional<int>> anext()
    {
        if (current >= stop)
            co_return std::nullopt;
        co_await sleep(1.0);
        co_return current++;
    }
};

struct Cleanup
{
    QString what;
    ~Cleanup() { log(QStringLiteral("RAII %1").arg(what)); }
};

/// Yields 0.. forever; its catch block and RAII record the cleanup, which itself takes 0.5 s.
AsyncGenerator<int> ticker()
{
    Cleanup guard{QStringLiteral("ticker")};
    bool closing = false;
    try {
        for (int i = 0;; ++i) {
            co_yield i;
            co_await sleep(1.0);
        }
    } catch (const GeneratorExit &) {
        log(QStringLiteral("GeneratorExit caught"));
        closing = true;
    }
    if (closing) {
        co_await sleep(0.5); // async cleanup after the catch block
        log(QStringLiteral("async cleanup done"));
    }
}

AsyncGenerator<int> failing_after(int n)
{
    for (int i = 0; i < n; ++i)
        co_yield i;
    throw std::runtime_error("generator failed");
}

AsyncGenerator<int> stubborn()
{
    for (;;) {
        try {
            co_yield 1;
        } catch (const GeneratorExit &) {
        }
    }
}

/// Its cleanup fails: the error must be reported, wherever the cleanup runs.
AsyncGenerator<int> failing_cleanup()
{
    try {
        co_yield 1;
    } catch (const GeneratorExit &) {
        throw std::runtime_error("cleanup failed");
    }
}

/// Catches the consumer's cancellation inside the generator, as Python's would.
AsyncGenerator<int> cancellable()
{
    co_yield 0;
    try {
        co_await sleep(10.0);
    } catch (const CancelledError &) {
        log(QStringLiteral("generator saw CancelledError"));
        throw;
    }
    co_yield 1;
}

Coroutine<int> async_one()
{
    co_await sleep(1.0);
    co_return 1;
}

Coroutine<int> square_later(int i)
{
    co_await sleep(0.5);
    co_return i * i;
}
} // namespace

class GeneratorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        g_log.clear();
        g_body_runs = 0;
    }

    // --- async for over an async iterator class ------------------------------------------------

    void async_for_over_a_class_ending_with_stop_async_iteration()
    {
        // async for i in AsyncCounter(3): print(i, end=' ')   -> 0 1 2, one per second
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder trace;
        loop.add_observer(&trace);
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_for(AsyncCounter{.stop = 3}, [](int i) { log(QString::number(i)); });
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 0"), QStringLiteral("2.0 1"), QStringLiteral("3.0 2")}));
        QCOMPARE(loop.time(), 3.0);
        // While anext() sleeps, the task reports that it waits on anext.
        int anext_waits = 0;
        for (const auto &e : trace.events())
            anext_waits += e.type == TraceType::StepEnd && e.wait == WaitKind::AsyncNext;
        QCOMPARE(anext_waits, 3);
    }

    void anext_in_a_plain_loop_with_optional_end()
    {
        EventLoop loop(coro_test::virtual_time());
        const int sum = coro_test::run(loop, []() -> Coroutine<int> {
            OptionalCounter counter{.stop = 4};
            int total = 0;
            while (auto i = co_await anext(counter))
                total += *i;
            co_return total;
        }());
        QCOMPARE(sum, 6);
        QCOMPARE(loop.time(), 4.0);
    }

    void async_for_body_can_break_and_await()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_for(AsyncCounter{.stop = 10}, [](int i) -> Coroutine<Flow> {
                co_await sleep(0.5);
                log(QString::number(i));
                co_return i == 1 ? Flow::Break : Flow::Continue;
            });
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.5 0"), QStringLiteral("3.0 1")}));
    }

    // --- async generators ----------------------------------------------------------------------

    void tutorial_async_counter_yields_then_sleeps()
    {
        // async for i in async_counter(3)  -> 0 at once, then 1 and 2 a second apart; the third
        // sleep runs before the generator finds it is done: 3.0 s in all (Python 3.11: same).
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_for(async_counter(3), [](int i) { log(QString::number(i)); });
            log(QStringLiteral("done"));
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 0"), QStringLiteral("1.0 1"), QStringLiteral("2.0 2"),
                                     QStringLiteral("3.0 done")}));
    }

    void a_generator_is_lazy()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto gen = async_counter(3);
            CO_COMPARE(g_body_runs, 0);
            auto first = co_await gen.anext();
            CO_COMPARE(g_body_runs, 1);
            CO_COMPARE(*first, 0);
        }());
    }

    void aclose_runs_catch_blocks_raii_and_async_cleanup()
    {
        // agen.aclose(): GeneratorExit at the yield; except/finally blocks run and may await.
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto gen = ticker();
            co_await gen.anext();
            co_await gen.anext(); // 1.0
            co_await gen.aclose();
            log(QStringLiteral("closed"));
            CO_VERIFY(gen.finished());
            CO_VERIFY(!(co_await gen.anext()).has_value()); // a closed generator is exhausted
            co_await gen.aclose();                           // closing twice does nothing
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 GeneratorExit caught"),
                                     QStringLiteral("1.5 async cleanup done"), QStringLiteral("1.5 RAII ticker"),
                                     QStringLiteral("1.5 closed")}));
    }

    void break_out_of_async_for_leaves_the_generator_to_a_finalizer_task()
    {
        // async for x in ticker(): if x == 2: break   -> as CPython's asyncgen finalizer hook,
        // the dropped generator is closed later by a task of its own; the code after the loop
        // runs first.
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_for(ticker(), [](int i) {
                log(QString::number(i));
                return i == 2 ? Flow::Break : Flow::Continue;
            });
            log(QStringLiteral("after the loop"));
            co_await sleep(0); // the finalizer's call_soon has created the closing task now
            bool closer = false;
            for (const auto &task : get_event_loop().all_tasks())
                closer = closer || task->name().startsWith(QStringLiteral("aclose of async generator"));
            CO_VERIFY(closer);
            co_await sleep(1.0);
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 0"), QStringLiteral("1.0 1"), QStringLiteral("2.0 2"),
                                     QStringLiteral("2.0 after the loop"), QStringLiteral("2.0 GeneratorExit caught"),
                                     QStringLiteral("2.5 async cleanup done"), QStringLiteral("2.5 RAII ticker")}));
    }

    void break_leaves_a_borrowed_generator_open()
    {
        // As in Python, a generator still referenced after `break` can be resumed.
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto gen = async_counter(5);
            co_await async_for(gen, [](int i) { return i == 1 ? Flow::Break : Flow::Continue; });
            CO_VERIFY(!gen.finished());
            auto next = co_await gen.anext();
            CO_COMPARE(*next, 2);
        }());
    }

    void an_exception_in_the_body_of_async_for_propagates_and_the_generator_is_finalized_later()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            bool raised = false;
            try {
                co_await async_for(ticker(), [](int i) {
                    if (i == 1)
                        throw std::domain_error("consumer failed");
                });
            } catch (const std::domain_error &) {
                raised = true;
                log(QStringLiteral("caught"));
            }
            CO_VERIFY(raised);
            co_await sleep(1.0);
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 caught"), QStringLiteral("1.0 GeneratorExit caught"),
                                     QStringLiteral("1.5 async cleanup done"), QStringLiteral("1.5 RAII ticker")}));
    }

    void aclosing_closes_a_borrowed_generator_when_the_block_ends()
    {
        // async with contextlib.aclosing(gen) as g: await anext(g)   -> cleanup at exit
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto gen = ticker();
            co_await async_with(aclosing(gen), [](AsyncGenerator<int> &g) -> Coroutine<void> {
                co_await g.anext();
                co_await g.anext();
            });
            CO_VERIFY(gen.finished());
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 GeneratorExit caught"),
                                     QStringLiteral("1.5 async cleanup done"), QStringLiteral("1.5 RAII ticker")}));
    }

    void a_generator_exception_reaches_the_consumer()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto gen = failing_after(2);
            int seen = 0;
            bool raised = false;
            try {
                while (auto i = co_await gen.anext())
                    seen += 1 + *i * 0;
            } catch (const std::runtime_error &e) {
                raised = QLatin1String(e.what()) == QLatin1String("generator failed");
            }
            CO_COMPARE(seen, 2);
            CO_VERIFY(raised);
            CO_VERIFY(gen.finished());
            CO_VERIFY(!(co_await gen.anext()).has_value()); // then StopAsyncIteration
        }());
    }

    void a_generator_that_ignores_generator_exit_makes_aclose_fail()
    {
        EventLoop loop(coro_test::virtual_time());
        QVERIFY_THROWS_EXCEPTION(RuntimeError, coro_test::run(loop, []() -> Coroutine<void> {
            auto gen = stubborn();
            co_await gen.anext();
            co_await gen.aclose();
        }()));
    }

    void dropping_a_started_generator_closes_it_in_a_task_later()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            {
                auto gen = ticker();
                co_await gen.anext();
            }
            log(QStringLiteral("after"));
            co_await sleep(1.0);
        }());
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 after"), QStringLiteral("0.0 GeneratorExit caught"),
                                     QStringLiteral("0.5 async cleanup done"), QStringLiteral("0.5 RAII ticker")}));
    }

    void a_dropped_generator_whose_cleanup_raises_is_reported()
    {
        // asyncio: the finalizer's aclose task fails, "Task exception was never retrieved".
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        coro_test::run(loop, []() -> Coroutine<void> {
            {
                auto gen = failing_cleanup();
                co_await gen.anext();
            }
            co_await sleep(1.0);
        }());
        QVERIFY2(reports.contains(QStringLiteral("Task exception was never retrieved"))
                     && reports.contains(QStringLiteral("cleanup failed")),
                 qPrintable(reports.messages.join(u'\n')));
    }

    void a_generator_whose_cleanup_raises_at_shutdown_is_reported()
    {
        // asyncio.run's shutdown_asyncgens: "an error occurred during closing of asynchronous
        // generator", and the run goes on to close the loop.
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        std::optional<AsyncGenerator<int>> kept;
        auto main = loop.create_task([](std::optional<AsyncGenerator<int>> *keep) -> Coroutine<void> {
            keep->emplace(failing_cleanup());
            co_await (*keep)->anext();
        }(&kept));
        loop.run_until_complete(main);
        detail::shutdown_run(loop);
        loop.close();
        QVERIFY2(reports.contains(QStringLiteral("an error occurred during closing of asynchronous generator"))
                     && reports.contains(QStringLiteral("cleanup failed")),
                 qPrintable(reports.messages.join(u'\n')));
    }

    void dropping_a_generator_that_never_started_just_frees_it()
    {
        // As in Python: its body never ran, so there is nothing to close.
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            {
                auto gen = ticker();
            }
            co_await sleep(1.0);
            CO_COMPARE(get_event_loop().all_tasks().size(), std::size_t(1)); // only this test's task
        }());
        QVERIFY(g_log.isEmpty());
    }

    void a_generator_destroyed_outside_any_task_while_a_task_is_inside_it_stays_alive()
    {
        // The consumer waits inside the generator's sleep when a plain callback (no current
        // task) destroys the generator object: the frame must outlive the consumer's anext(),
        // which then gets its item. (Before, the frame was freed and the consumer resumed freed
        // memory: a use-after-free under AddressSanitizer.)
        EventLoop loop(coro_test::virtual_time());
        auto gen = std::make_shared<std::optional<AsyncGenerator<int>>>(ticker());
        auto consumer = loop.create_task([](AsyncGenerator<int> *g) -> Coroutine<int> {
            co_await g->anext();
            auto item = co_await g->anext(); // suspends inside the body's sleep(1)
            co_return *item;
        }(&**gen));
        loop.call_later(0.5, [gen] { gen->reset(); });
        loop.run_until([&] { return consumer.done(); });
        QCOMPARE(consumer.result(), 1);
        loop.run_until([&] { return loop.live_task_count() == 0 && loop.ready_count() == 0; });
        QCOMPARE(g_log, (QStringList{QStringLiteral("1.0 GeneratorExit caught"),
                                     QStringLiteral("1.5 async cleanup done"), QStringLiteral("1.5 RAII ticker")}));
    }

    void athrow_and_asend_resume_the_body_at_its_yield()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto echo = []() -> AsyncGenerator<int, int> {
                int last = 0;
                while (true) {
                    try {
                        auto received = co_yield last;
                        last = received ? *received : -1;
                    } catch (const std::domain_error &) {
                        last = 99;
                    }
                }
            }();
            CO_COMPARE(*co_await echo.anext(), 0);
            CO_COMPARE(*co_await echo.asend(7), 7);
            CO_COMPARE(*co_await echo.anext(), -1);
            CO_COMPARE(*co_await echo.athrow(std::domain_error("handled")), 99);
            co_await echo.aclose();
            CO_VERIFY(echo.finished());
        }());
    }

    void a_generator_inside_a_task_abandoned_at_loop_close_is_freed()
    {
        // The loop closes while the consumer waits inside the generator's sleep: the task is
        // reported and destroyed with its frames; the generator's RAII cleanup runs, nothing leaks.
        EventLoop loop(coro_test::virtual_time());
        coro_test::Reports reports(loop);
        loop.create_task([]() -> Coroutine<void> {
            co_await async_for(ticker(), [](int) {});
        }());
        coro_test::run(loop, []() -> Coroutine<void> { co_await sleep(1.5); }());
        loop.close();
        QVERIFY(reports.contains(QStringLiteral("Task was destroyed but it is pending")));
        QCOMPARE(g_log, QStringList{QStringLiteral("1.5 RAII ticker")});
    }

    void cancelling_the_consumer_cancels_inside_the_generator()
    {
        // The generator runs in its consumer's task: the task's cancellation arrives at the
        // generator's own await, and CancelledError leaves through anext().
        EventLoop loop(coro_test::virtual_time());
        auto consumer = loop.create_task([]() -> Coroutine<void> {
            co_await async_for(cancellable(), [](int i) { log(QStringLiteral("item %1").arg(i)); });
        }());
        coro_test::run(loop, [](Task<void> consumer) -> Coroutine<void> {
            co_await sleep(2.0);
            consumer.cancel();
            try {
                co_await consumer;
            } catch (const CancelledError &) {
                log(QStringLiteral("consumer cancelled"));
            }
        }(consumer));
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 item 0"), QStringLiteral("2.0 generator saw CancelledError"),
                                     QStringLiteral("2.0 consumer cancelled")}));
    }

    void anext_while_another_task_runs_the_generator_raises()
    {
        // Python: RuntimeError: anext(): asynchronous generator is already running
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            auto gen = ticker();
            co_await gen.anext();
            auto other = create_task([](AsyncGenerator<int> *g) -> Coroutine<void> { co_await g->anext(); }(&gen));
            co_await sleep(0.25); // `other` is now inside the generator's one-second sleep
            bool raised = false;
            try {
                co_await gen.anext();
            } catch (const RuntimeError &) {
                raised = true;
            }
            CO_VERIFY(raised);
            co_await other;
            co_await gen.aclose();
        }());
    }

    void a_generator_has_its_own_lane_in_the_trace()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder trace;
        loop.add_observer(&trace);
        coro_test::run(loop, []() -> Coroutine<void> {
            co_await async_for(async_counter(2), [](int) {});
        }());
        std::uint64_t gen = 0, consumer = 0;
        QStringList lane;
        for (const TraceEvent &e : trace.events()) {
            if (e.type == TraceType::Spawn && e.spawn_kind == SpawnKind::AsyncGenerator) {
                gen = e.task;
                consumer = e.other;
                QVERIFY(QString::fromUtf8(e.src.function_name()).contains(QStringLiteral("async_counter")));
            }
            if (gen == 0 || e.task != gen)
                continue;
            const double t = double(e.t_ns) / 1e9;
            if (e.type == TraceType::StepBegin)
                lane << QStringLiteral("begin@%1").arg(t);
            else if (e.type == TraceType::StepEnd)
                lane << QStringLiteral("%1@%2 %3").arg(QLatin1String(to_string(e.reason))).arg(t).arg(e.text);
            else if (e.type == TraceType::Done)
                lane << QStringLiteral("done@%1 %2").arg(t).arg(e.text);
        }
        QVERIFY(gen != 0);
        QVERIFY(consumer != 0);
        QCOMPARE(lane, (QStringList{
                           QStringLiteral("begin@0"), QStringLiteral("yield@0 yield 0"),
                           QStringLiteral("begin@0"), QStringLiteral("await@0 sleep 1.000 s"),
                           QStringLiteral("begin@1"), QStringLiteral("yield@1 yield 1"),
                           QStringLiteral("begin@1"), QStringLiteral("await@1 sleep 1.000 s"),
                           QStringLiteral("begin@2"), QStringLiteral("return@2 "),
                           QStringLiteral("done@2 StopAsyncIteration"),
                       }));
        // The generator's awaits carry their own source lines (inside async_counter).
        for (const TraceEvent &e : trace.events()) {
            if (e.task == gen && e.type == TraceType::StepEnd && e.reason == StepEndReason::Await)
                QVERIFY(QString::fromUtf8(e.src.function_name()).contains(QStringLiteral("async_counter")));
        }
        // The summary lists it as its own row.
        const auto rows = summarize_tasks(trace.events(), loop.now_ns());
        QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const TaskSummary &r) {
            return r.id == gen && r.kind == SpawnKind::AsyncGenerator && r.status == TaskStatus::Done;
        }));
    }

    // --- async comprehensions ------------------------------------------------------------------

    void list_comprehension_over_a_class()
    {
        // a = [i async for i in AsyncCounter(3)]  -> [0, 1, 2] after 3 s
        EventLoop loop(coro_test::virtual_time());
        const auto a = coro_test::run(loop, []() -> Coroutine<std::vector<int>> {
            co_return co_await collect(AsyncCounter{.stop = 3});
        }());
        QCOMPARE(a, (std::vector<int>{0, 1, 2}));
        QCOMPARE(loop.time(), 3.0);
    }

    void dict_set_and_generator_comprehensions()
    {
        EventLoop loop(coro_test::virtual_time());
        coro_test::run(loop, []() -> Coroutine<void> {
            // {i: str(i) async for i in async_counter(3)}
            auto d = co_await collect_dict(async_counter(3), [](int i) { return std::pair(i, QString::number(i)); });
            CO_COMPARE(d, (make<std::map<int, QString>>(std::pair(0, QStringLiteral("0")), std::pair(1, QStringLiteral("1")),
                                                     std::pair(2, QStringLiteral("2")))));
            // {i % 2 async for i in AsyncCounter(4)}
            auto s = co_await collect_set(AsyncCounter{.stop = 4}, [](int i) { return i % 2; });
            CO_COMPARE(s, make<std::set<int>>(0, 1));
            // (i * 10 async for i in async_counter(3)) is lazy, then consumed
            auto g = genexpr(async_counter(3), [](int i) { return i * 10; });
            CO_COMPARE(*(co_await g.anext()), 0);
            CO_COMPARE(co_await collect(g), make<std::vector<int>>(10, 20));
            // [i async for i in async_counter(6) if i % 2]
            CO_COMPARE(co_await collect_if(async_counter(6), [](int i) { return i % 2 == 1; }), make<std::vector<int>>(1, 3, 5));
        }());
        QCOMPARE(loop.time(), 3.0 + 4.0 + 3.0 + 6.0);
    }

    void comprehension_with_an_awaited_transform()
    {
        // [await square_later(i) async for i in async_counter(3)]
        EventLoop loop(coro_test::virtual_time());
        const auto squares = coro_test::run(loop, []() -> Coroutine<std::vector<int>> {
            co_return co_await collect(async_counter(3), [](int i) { return square_later(i); });
        }());
        QCOMPARE(squares, (std::vector<int>{0, 1, 4}));
        QCOMPARE(loop.time(), 3.0 + 1.5);
    }

    void a_list_of_awaits_runs_one_after_another()
    {
        // coroutines = [async_one, async_one, async_one]; [await co() for co in coroutines]
        EventLoop loop(coro_test::virtual_time());
        const auto ones = coro_test::run(loop, []() -> Coroutine<std::vector<int>> {
            auto coroutines = make<std::vector<Coroutine<int> (*)()>>(async_one, async_one, async_one);
            co_return co_await await_each(coroutines);
        }());
        QCOMPARE(ones, (std::vector<int>{1, 1, 1}));
        QCOMPARE(loop.time(), 3.0); // in order, not concurrently (gather would take 1 s)
        const auto squares = coro_test::run(loop, []() -> Coroutine<std::vector<int>> {
            co_return co_await await_each(make<std::vector<int>>(1, 2, 3), square_later);
        }());
        QCOMPARE(squares, (std::vector<int>{1, 4, 9}));
        QCOMPARE(loop.time(), 4.5);
    }
};

QTEST_GUILESS_MAIN(GeneratorTest)
#include "tst_generator.moc"
