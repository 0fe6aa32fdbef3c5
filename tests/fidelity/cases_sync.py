# SPDX-License-Identifier: MIT
"""Lock, Semaphore, Event, Condition and Queue: wake-up order and round trips."""
import asyncio

from harness import case, err, log


@case
async def lock_hands_over_in_fifo_order():
    lock = asyncio.Lock()

    async def user(name, hold):
        async with lock:
            log(f"{name} has the lock")
            await asyncio.sleep(hold)
        log(f"{name} released")

    await asyncio.gather(user("a", 1), user("b", 0.5), user("c", 0.25))
    log(f"locked={lock.locked()}")


@case
async def lock_waiter_cancelled_is_skipped():
    lock = asyncio.Lock()
    await lock.acquire()

    async def waiter(name):
        try:
            async with lock:
                log(f"{name} has the lock")
        except asyncio.CancelledError as e:
            log(f"{name} cancelled {err(e)}")

    a = asyncio.create_task(waiter("a"))
    b = asyncio.create_task(waiter("b"))
    await asyncio.sleep(1)
    a.cancel("skip a")
    lock.release()
    await asyncio.gather(a, b)


@case
async def semaphore_limits_and_wakes_in_order():
    sem = asyncio.Semaphore(2)

    async def user(name, hold):
        async with sem:
            log(f"{name} in")
            await asyncio.sleep(hold)
            log(f"{name} out")

    await asyncio.gather(*(user(n, h) for n, h in (("a", 1), ("b", 2), ("c", 1), ("d", 1), ("e", 0.5))))
    log(f"locked={sem.locked()}")


@case
async def event_wakes_every_waiter_in_order():
    event = asyncio.Event()

    async def waiter(name):
        log(f"{name} waits")
        await event.wait()
        log(f"{name} woke")

    tasks = [asyncio.create_task(waiter(n)) for n in "abc"]
    await asyncio.sleep(1)
    event.set()
    log("set")
    await asyncio.gather(*tasks)
    event.clear()
    log(f"is_set={event.is_set()}")


@case
async def condition_notify_one_then_all():
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log(f"{name} took {items.pop(0)}")

    tasks = [asyncio.create_task(consumer(n)) for n in "abc"]
    await asyncio.sleep(1)
    async with cond:
        items.append(1)
        cond.notify()
        log("notified one")
    await asyncio.sleep(1)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
        log("notified all")
    await asyncio.gather(*tasks)


@case
async def queue_join_and_task_done():
    q = asyncio.Queue()

    async def worker(name):
        while True:
            item = await q.get()
            log(f"{name} got {item}")
            await asyncio.sleep(item)
            q.task_done()

    workers = [asyncio.create_task(worker(n)) for n in ("w1", "w2")]
    for item in (1, 2, 1, 0.5):
        q.put_nowait(item)
    await q.join()
    log("joined")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log("workers stopped")


@case
async def queue_maxsize_blocks_the_producer():
    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
            log(f"put {i} size={q.qsize()}")

    p = asyncio.create_task(producer())
    await asyncio.sleep(1)
    for _ in range(5):
        log(f"get {await q.get()}")
        await asyncio.sleep(1)
    await p


@case
async def queue_cancelled_getter_does_not_lose_an_item():
    q = asyncio.Queue()

    async def getter(name):
        try:
            item = await q.get()
            log(f"{name} got {item}")
        except asyncio.CancelledError as e:
            log(f"{name} cancelled {err(e)}")

    a = asyncio.create_task(getter("a"))
    b = asyncio.create_task(getter("b"))
    await asyncio.sleep(1)
    q.put_nowait("x")
    a.cancel("drop a")
    await asyncio.gather(a, b)
    log(f"left in queue {q.qsize()}")
