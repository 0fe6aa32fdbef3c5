// SPDX-License-Identifier: MIT
// Twins of cases_sync.py: Lock, Semaphore, Event, Condition and Queue.
#include "harness.h"

#include <cmath>
#include <cstdio>
#include <deque>

using namespace fidelity;
using aio::CancelledError;
using aio::Coroutine;

namespace {

/// str() of a Python int or float
std::string num(double x)
{
    if (x == std::floor(x))
        return str(static_cast<long long>(x));
    char text[32];
    std::snprintf(text, sizeof text, "%g", x);
    return text;
}

Coroutine<void> lock_user(aio::Lock &lock, std::string name, double hold)
{
    co_await aio::async_with(lock, [&]() -> Coroutine<void> {
        log(name + " has the lock");
        co_await aio::sleep(hold);
    });
    log(name + " released");
}

Coroutine<void> lock_waiter(aio::Lock &lock, std::string name)
{
    try {
        co_await aio::async_with(lock, [&] { log(name + " has the lock"); });
    } catch (const CancelledError &) {
        log(name + " cancelled " + err(std::current_exception()));
    }
}

Coroutine<void> semaphore_user(aio::Semaphore &sem, std::string name, double hold)
{
    co_await aio::async_with(sem, [&]() -> Coroutine<void> {
        log(name + " in");
        co_await aio::sleep(hold);
        log(name + " out");
    });
}

Coroutine<void> event_waiter(aio::Event &event, std::string name)
{
    log(name + " waits");
    co_await event.wait();
    log(name + " woke");
}

Coroutine<void> condition_consumer(aio::Condition &cond, std::deque<int> &items, std::string name)
{
    co_await aio::async_with(cond, [&]() -> Coroutine<void> {
        co_await cond.wait_for([&] { return !items.empty(); });
        log(name + " took " + str(items.front()));
        items.pop_front();
    });
}

Coroutine<void> queue_worker(aio::Queue<double> &q, std::string name)
{
    while (true) {
        double item = co_await q.get();
        log(name + " got " + num(item));
        co_await aio::sleep(item);
        q.task_done();
    }
}

Coroutine<void> producer(aio::Queue<int> &q)
{
    for (int i = 0; i < 5; ++i) {
        co_await q.put(i);
        log("put " + str(i) + " size=" + str(q.qsize()));
    }
}

Coroutine<void> getter(aio::Queue<std::string> &q, std::string name)
{
    try {
        std::string item = co_await q.get();
        log(name + " got " + item);
    } catch (const CancelledError &) {
        log(name + " cancelled " + err(std::current_exception()));
    }
}

} // namespace

FIDELITY_CASE(lock_hands_over_in_fifo_order)
{
    aio::Lock lock;
    co_await aio::gather(lock_user(lock, "a", 1), lock_user(lock, "b", 0.5), lock_user(lock, "c", 0.25));
    log("locked=" + str(lock.locked()));
}

FIDELITY_CASE(lock_waiter_cancelled_is_skipped)
{
    aio::Lock lock;
    co_await lock.acquire();
    auto a = aio::create_task(lock_waiter(lock, "a"));
    auto b = aio::create_task(lock_waiter(lock, "b"));
    co_await aio::sleep(1);
    a.cancel("skip a");
    lock.release();
    co_await aio::gather(a, b);
}

FIDELITY_CASE(semaphore_limits_and_wakes_in_order)
{
    aio::Semaphore sem(2);
    std::vector<Coroutine<void>> users;
    users.push_back(semaphore_user(sem, "a", 1));
    users.push_back(semaphore_user(sem, "b", 2));
    users.push_back(semaphore_user(sem, "c", 1));
    users.push_back(semaphore_user(sem, "d", 1));
    users.push_back(semaphore_user(sem, "e", 0.5));
    co_await aio::gather(std::move(users));
    log("locked=" + str(sem.locked()));
}

FIDELITY_CASE(event_wakes_every_waiter_in_order)
{
    aio::Event event;
    std::vector<aio::Task<void>> tasks;
    for (const char *name : {"a", "b", "c"})
        tasks.push_back(aio::create_task(event_waiter(event, name)));
    co_await aio::sleep(1);
    event.set();
    log("set");
    co_await aio::gather(std::move(tasks));
    event.clear();
    log("is_set=" + str(event.is_set()));
}

FIDELITY_CASE(condition_notify_one_then_all)
{
    aio::Condition cond;
    std::deque<int> items;
    std::vector<aio::Task<void>> tasks;
    for (const char *name : {"a", "b", "c"})
        tasks.push_back(aio::create_task(condition_consumer(cond, items, name)));
    co_await aio::sleep(1);
    co_await aio::async_with(cond, [&] {
        items.push_back(1);
        cond.notify();
        log("notified one");
    });
    co_await aio::sleep(1);
    co_await aio::async_with(cond, [&] {
        items.push_back(2);
        items.push_back(3);
        cond.notify_all();
        log("notified all");
    });
    co_await aio::gather(std::move(tasks));
}

FIDELITY_CASE(queue_join_and_task_done)
{
    aio::Queue<double> q;
    std::vector<aio::Task<void>> workers{aio::create_task(queue_worker(q, "w1")), aio::create_task(queue_worker(q, "w2"))};
    for (double item : {1.0, 2.0, 1.0, 0.5})
        q.put_nowait(item);
    co_await q.join();
    log("joined");
    for (auto &w : workers)
        w.cancel();
    co_await aio::gather(aio::return_exceptions, std::move(workers));
    log("workers stopped");
}

FIDELITY_CASE(queue_maxsize_blocks_the_producer)
{
    aio::Queue<int> q(2);
    auto p = aio::create_task(producer(q));
    co_await aio::sleep(1);
    for (int i = 0; i < 5; ++i) {
        log("get " + str(co_await q.get()));
        co_await aio::sleep(1);
    }
    co_await p;
}

FIDELITY_CASE(queue_cancelled_getter_does_not_lose_an_item)
{
    aio::Queue<std::string> q;
    auto a = aio::create_task(getter(q, "a"));
    auto b = aio::create_task(getter(q, "b"));
    co_await aio::sleep(1);
    q.put_nowait("x");
    a.cancel("drop a");
    co_await aio::gather(a, b);
    log("left in queue " + str(q.qsize()));
}
