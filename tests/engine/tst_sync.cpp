// SPDX-License-Identifier: MIT
// asyncio's Lock, Event, Condition, Semaphore, BoundedSemaphore and Queue on the virtual clock.
#include "coro_test.h"

#include <cmath>

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

void log(const QString &line)
{
    g_log << QStringLiteral("%1 %2").arg(get_event_loop().time(), 0, 'f', 1).arg(line);
}

int g_inside = 0;
int g_max_inside = 0;

Coroutine<int> limited(Semaphore &semaphore, int i)
{
    co_await async_with(semaphore, []() -> Coroutine<void> {
        g_max_inside = std::max(g_max_inside, ++g_inside);
        co_await sleep(1.0);
        --g_inside;
    });
    co_return i;
}

Coroutine<void> locked_worker(Lock &lock, int i)
{
    co_await async_with(lock, [i]() -> Coroutine<void> {
        log(QStringLiteral("worker %1 in").arg(i));
        co_await sleep(1.0);
    });
}

Coroutine<void> event_waiter(Event &event, int i)
{
    co_await event.wait();
    log(QStringLiteral("waiter %1 woke").arg(i));
}

Coroutine<void> producer(Queue<int> &queue, int count)
{
    for (int i = 0; i < count; ++i) {
        co_await queue.put(i);
        log(QStringLiteral("put %1").arg(i));
    }
}

Coroutine<void> consumer(Queue<int> &queue, QString name)
{
    for (;;) {
        const int item = co_await queue.get();
        log(QStringLiteral("%1 got %2").arg(name).arg(item));
        co_await sleep(1.0);
        queue.task_done();
    }
}
} // namespace

class SyncTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        g_log.clear();
        g_inside = g_max_inside = 0;
    }

    void semaphore_limits_a_gather_of_twenty_sleeps_to_three_at_a_time()
    {
        // sem = Semaphore(3); gather(*(limited(i) for i in range(20)))   -> ceil(20/3) = 7 s
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder trace;
        loop.add_observer(&trace);
        Semaphore semaphore(3, QStringLiteral("s"));
        const auto results = coro_test::run(loop, [](Semaphore *s) -> Coroutine<std::vector<int>> {
            std::vector<Coroutine<int>> jobs;
            for (int i = 0; i < 20; ++i)
                jobs.push_back(limited(*s, i));
            co_return co_await gather(std::move(jobs));
        }(&semaphore));
        QCOMPARE(results.size(), std::size_t(20));
        QCOMPARE(results[19], 19);
        QCOMPARE(loop.time(), std::ceil(20.0 / 3.0) * 1.0);
        QCOMPARE(g_max_inside, 3);
        QCOMPARE(semaphore.value(), 3);
        // Waiters show what they wait on.
        int semaphore_waits = 0;
        for (const auto &e : trace.events()) {
            if (e.type == TraceType::StepEnd && e.wait == WaitKind::Sync) {
                QCOMPARE(e.text, QStringLiteral("semaphore s"));
                ++semaphore_waits;
            }
        }
        QCOMPARE(semaphore_waits, 17);
    }

    void bounded_semaphore_rejects_extra_releases()
    {
        BoundedSemaphore semaphore(1);
        QVERIFY_THROWS_EXCEPTION(ValueError, semaphore.release());
        QVERIFY_THROWS_EXCEPTION(ValueError, Semaphore(-1));
    }

    void lock_serialises_in_fifo_order()
    {
        EventLoop loop(coro_test::virtual_time());
        Lock lock;
        coro_test::run(loop, [](Lock *lock) -> Coroutine<void> {
            co_await gather(locked_worker(*lock, 0), locked_worker(*lock, 1), locked_worker(*lock, 2));
            CO_VERIFY(!lock->locked());
        }(&lock));
        QCOMPARE(g_log, (QStringList{QStringLiteral("0.0 worker 0 in"), QStringLiteral("1.0 worker 1 in"),
                                     QStringLiteral("2.0 worker 2 in")}));
        QVERIFY_THROWS_EXCEPTION(RuntimeError, lock.release());
    }

    void a_cancelled_lock_waiter_passes_its_turn_on()
    {
        EventLoop loop(coro_test::virtual_time());
        Lock lock;
        coro_test::run(loop, [](Lock *lock) -> Coroutine<void> {
            co_await lock->acquire();
            auto a = create_task(locked_worker(*lock, 1));
            auto b = create_task(locked_worker(*lock, 2));
            co_await sleep(0.5);
            a.cancel();
            co_await sleep(0.5);
            lock->release();
            co_await b;
            CO_VERIFY(a.cancelled());
        }(&lock));
        QCOMPARE(g_log, QStringList{QStringLiteral("1.0 worker 2 in")});
    }

    void event_wakes_every_waiter()
    {
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder trace;
        loop.add_observer(&trace);
        Event event(QStringLiteral("go"));
        coro_test::run(loop, [](Event *event) -> Coroutine<void> {
            auto a = create_task(event_waiter(*event, 1));
            auto b = create_task(event_waiter(*event, 2));
            co_await sleep(2.0);
            event->set();
            co_await gather(a, b);
            co_await event->wait(); // already set: returns at once
            event->clear();
            CO_VERIFY(!event->is_set());
        }(&event));
        QCOMPARE(g_log, (QStringList{QStringLiteral("2.0 waiter 1 woke"), QStringLiteral("2.0 waiter 2 woke")}));
        QVERIFY(std::any_of(trace.events().begin(), trace.events().end(),
                            [](const TraceEvent &e) { return e.type == TraceType::StepEnd && e.text == QStringLiteral("event go"); }));
    }

    void condition_notify_wakes_waiters_with_the_lock_held()
    {
        EventLoop loop(coro_test::virtual_time());
        Condition condition;
        coro_test::run(loop, [](Condition *cond) -> Coroutine<void> {
            int ready = 0;
            auto waiter = create_task([](Condition *cond, int *ready) -> Coroutine<int> {
                co_await cond->acquire();
                const bool ok = co_await cond->wait_for([ready] { return *ready >= 2; });
                const bool held = cond->locked();
                cond->release();
                co_return ok && held ? *ready : -1;
            }(cond, &ready));
            for (int i = 0; i < 2; ++i) {
                co_await sleep(1.0);
                co_await async_with(*cond, [&] {
                    ++ready;
                    cond->notify_all();
                });
            }
            CO_COMPARE(co_await waiter, 2);
            CO_COMPARE(get_event_loop().time(), 2.0);
            bool raised = false;
            try {
                cond->notify();
            } catch (const RuntimeError &) {
                raised = true; // notify without the lock
            }
            CO_VERIFY(raised);
        }(&condition));
    }

    void queue_producer_consumer_ordering()
    {
        // Queue(maxsize=2), a producer putting 0..4, two consumers taking 1 s per item; join().
        // Python 3.11 prints the same order and times.
        EventLoop loop(coro_test::virtual_time());
        TraceRecorder trace;
        loop.add_observer(&trace);
        Queue<int> queue(2, QStringLiteral("q"));
        coro_test::run(loop, [](Queue<int> *queue) -> Coroutine<void> {
            auto c1 = create_task(consumer(*queue, QStringLiteral("a")));
            auto c2 = create_task(consumer(*queue, QStringLiteral("b")));
            co_await producer(*queue, 5);
            co_await queue->join();
            log(QStringLiteral("joined"));
            c1.cancel();
            c2.cancel();
            co_await wait(make<std::vector<Task<void>>>(c1, c2));
        }(&queue));
        QCOMPARE(g_log, (QStringList{
                            QStringLiteral("0.0 put 0"), QStringLiteral("0.0 put 1"), QStringLiteral("0.0 a got 0"),
                            QStringLiteral("0.0 b got 1"), QStringLiteral("0.0 put 2"), QStringLiteral("0.0 put 3"),
                            QStringLiteral("1.0 a got 2"), QStringLiteral("1.0 b got 3"), QStringLiteral("1.0 put 4"),
                            QStringLiteral("2.0 a got 4"), QStringLiteral("3.0 joined"),
                        }));
        QStringList waits;
        for (const auto &e : trace.events()) {
            if (e.type == TraceType::StepEnd && e.wait == WaitKind::Sync && !waits.contains(e.text))
                waits << e.text;
        }
        waits.sort();
        QCOMPARE(waits, (QStringList{QStringLiteral("queue get q"), QStringLiteral("queue join q"), QStringLiteral("queue put q")}));
    }

    void queue_nowait_forms_and_task_done()
    {
        EventLoop loop(coro_test::virtual_time());
        Queue<QString> queue(1);
        queue.put_nowait(QStringLiteral("x"));
        QVERIFY(queue.full());
        QVERIFY_THROWS_EXCEPTION(QueueFull, queue.put_nowait(QStringLiteral("y")));
        QCOMPARE(queue.get_nowait(), QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(QueueEmpty, queue.get_nowait());
        queue.task_done();
        QVERIFY_THROWS_EXCEPTION(ValueError, queue.task_done());
    }

    void a_cancelled_getter_does_not_lose_an_item()
    {
        EventLoop loop(coro_test::virtual_time());
        Queue<int> queue;
        coro_test::run(loop, [](Queue<int> *queue) -> Coroutine<void> {
            auto first = create_task(queue->get());
            auto second = create_task(queue->get());
            co_await sleep(1.0);
            first.cancel();
            queue->put_nowait(5);
            CO_COMPARE(co_await second, 5);
            CO_VERIFY(first.cancelled());
        }(&queue));
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
