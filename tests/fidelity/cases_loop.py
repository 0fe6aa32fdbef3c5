# SPDX-License-Identifier: MIT
"""Loop ordering: call_soon against task steps, sleep(0), timers, and the loop iterations
between an event and each resumption (await of a task, gather, wait, as_completed, shield,
wait_for, locks, queues)."""
import asyncio

from harness import case, log


class Iterations:
    """Counts loop iterations: a callback that re-schedules itself once per iteration."""

    def __init__(self):
        self.n = 0
        self.running = True
        asyncio.get_running_loop().call_soon(self._tick)

    def _tick(self):
        self.n += 1
        if self.running:
            asyncio.get_running_loop().call_soon(self._tick)

    def mark(self, text):
        log(f"iteration {self.n}: {text}")


@case
async def call_soon_order_against_task_steps():
    loop = asyncio.get_running_loop()

    async def step(name):
        log(f"{name} step 1")
        await asyncio.sleep(0)
        log(f"{name} step 2")

    loop.call_soon(log, "callback 1")
    t = asyncio.create_task(step("t"))
    loop.call_soon(log, "callback 2")
    await asyncio.sleep(0)
    log("main after sleep(0)")
    loop.call_soon(log, "callback 3")
    await t
    log("main after t")


@case
async def sleep_zero_interleaves_tasks():
    async def counter(name, n):
        for i in range(n):
            log(f"{name} {i}")
            await asyncio.sleep(0)

    await asyncio.gather(counter("a", 3), counter("b", 2), counter("c", 3))


@case
async def timers_and_sleeps_at_the_same_deadline():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waiter():
        await fut
        log("waiter resumed by the future")

    async def sleeper():
        await asyncio.sleep(1)
        log("sleeper resumed")

    loop.call_later(1, fut.set_result, None)
    w = asyncio.create_task(waiter())
    s = asyncio.create_task(sleeper())
    loop.call_later(1, log, "timer callback")
    await asyncio.gather(w, s)
    loop.call_at(loop.time() + 0.5, log, "call_at")
    h = loop.call_later(0.25, log, "cancelled timer")
    h.cancel()
    await asyncio.sleep(1)


async def finish_now(name):
    log(f"{name} finishes")
    return name


@case
async def round_trips_of_await_gather_wait_and_as_completed():
    it = Iterations()
    t = asyncio.create_task(finish_now("task"))
    await t
    it.mark("await task resumed")
    await asyncio.gather(finish_now("g1"), finish_now("g2"))
    it.mark("gather resumed")
    await asyncio.wait([asyncio.create_task(finish_now("w"))])
    it.mark("wait resumed")
    for f in asyncio.as_completed([finish_now("ac")]):
        await f
        it.mark("as_completed resumed")
    await asyncio.shield(finish_now("shield"))
    it.mark("shield resumed")
    await asyncio.wait_for(finish_now("wait_for"), 10)
    it.mark("wait_for resumed")
    it.running = False


@case
async def round_trips_of_locks_events_and_queues():
    it = Iterations()
    lock = asyncio.Lock()
    event = asyncio.Event()
    q = asyncio.Queue()

    async def lock_waiter():
        async with lock:
            it.mark("lock acquired by waiter")

    async def event_waiter():
        await event.wait()
        it.mark("event waiter resumed")

    async def getter():
        it.mark(f"getter got {await q.get()}")

    await lock.acquire()
    tasks = [asyncio.create_task(c()) for c in (lock_waiter, event_waiter, getter)]
    await asyncio.sleep(0)
    it.mark("releasing")
    lock.release()
    await asyncio.sleep(0)
    it.mark("setting")
    event.set()
    await asyncio.sleep(0)
    it.mark("putting")
    q.put_nowait("item")
    await asyncio.gather(*tasks)
    it.mark("all done")
    it.running = False


@case
async def done_callbacks_run_one_iteration_later():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log(f"callback sees {f.result()}"))

    async def waiter():
        log(f"waiter sees {await fut}")

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    loop.call_soon(log, "queued before set_result")
    fut.set_result(7)
    loop.call_soon(log, "queued after set_result")
    await t
    fut.add_done_callback(lambda f: log("late callback"))
    await asyncio.sleep(0)
    log("end")
