# SPDX-License-Identifier: MIT
"""Async generators: break, errors, aclose, aclosing, athrow, asend, finalization."""
import asyncio
import contextlib

from harness import case, err, log


async def ticker(name, stop=10):
    try:
        for i in range(stop):
            yield i
            await asyncio.sleep(1)
    except GeneratorExit:
        log(f"{name} GeneratorExit")
        await asyncio.sleep(0.5)
        log(f"{name} async cleanup done")
        raise
    finally:
        log(f"{name} finally")


def ticks(n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        loop.call_soon(log, f"tick {i}")


@case
async def break_leaves_the_generator_to_the_loop_finalizer():
    async for i in ticker("g"):
        log(f"got {i}")
        if i == 1:
            ticks(4)
            break
    log("after the loop")
    await asyncio.sleep(0)
    log("after sleep(0)")
    await asyncio.sleep(2)
    log("later")


@case
async def an_error_in_the_loop_body_leaves_the_generator_to_the_finalizer():
    try:
        async for i in ticker("g"):
            if i == 1:
                raise ValueError("consumer")
    except ValueError as e:
        log(f"caught {err(e)}")
    await asyncio.sleep(1)
    log("later")


@case
async def an_error_in_the_generator_reaches_the_consumer():
    async def failing():
        yield 1
        await asyncio.sleep(1)
        raise ValueError("generator")

    g = failing()
    try:
        async for i in g:
            log(f"got {i}")
    except ValueError as e:
        log(f"caught {err(e)}")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        log("then exhausted")


@case
async def aclose_and_aclosing_close_at_once():
    g = ticker("g")
    log(f"got {await g.__anext__()}")
    await g.aclose()
    log("closed")
    await g.aclose()
    log("closed twice")
    async with contextlib.aclosing(ticker("h")) as h:
        async for i in h:
            log(f"got {i}")
            if i == 1:
                break
    log("after aclosing")
    never = ticker("never started")
    await never.aclose()
    log("closed a generator that never started")


@case
async def a_generator_that_ignores_generator_exit():
    async def stubborn():
        while True:
            try:
                yield 1
            except GeneratorExit:
                log("ignoring GeneratorExit")

    async def use():
        g = stubborn()
        await g.__anext__()
        try:
            await g.aclose()
        except RuntimeError as e:
            log(f"aclose raised {err(e)}")
        # Dropped here, still open: the finalizer's aclose() fails the same way (reported).

    await use()
    await asyncio.sleep(1)
    log("later")


@case
async def athrow_handled_unhandled_and_before_start():
    async def resilient():
        n = 0
        while n < 3:
            try:
                yield n
            except ValueError as e:
                log(f"generator handles {err(e)}")
                await asyncio.sleep(1)
            n += 1
        log("generator ends")

    g = resilient()
    log(f"got {await g.__anext__()}")
    log(f"athrow -> {await g.athrow(ValueError('once'))}")
    log(f"anext -> {await g.__anext__()}")
    try:
        await g.athrow(ValueError("twice"))
    except StopAsyncIteration:
        log("athrow -> StopAsyncIteration")
    g2 = ticker("g2")
    await g2.__anext__()
    try:
        await g2.athrow(ValueError("boom"))
    except ValueError as e:
        log(f"athrow raised {err(e)}")
    g3 = ticker("g3")
    try:
        await g3.athrow(ValueError("early"))
    except ValueError as e:
        log(f"athrow before start raised {err(e)}")
    try:
        await g3.__anext__()
    except StopAsyncIteration:
        log("g3 exhausted")


@case
async def asend_feeds_the_yield():
    async def averager():
        total, count = 0, 0
        average = None
        while True:
            received = yield average
            log(f"received {received}")
            if received is None:
                continue
            await asyncio.sleep(1)
            total += received
            count += 1
            average = total // count

    g = averager()
    log(f"start -> {await g.asend(None)}")
    log(f"asend 10 -> {await g.asend(10)}")
    log(f"asend 20 -> {await g.asend(20)}")
    log(f"anext -> {await g.__anext__()}")
    try:
        await averager().asend(5)
    except TypeError as e:
        log(f"asend to a new generator raised {err(e)}")
    await g.aclose()


holder = []


@case
async def generators_left_open_are_closed_at_loop_shutdown():
    async def consumer(g):
        async for i in g:
            log(f"consumer got {i}")

    kept = ticker("kept")
    holder.append(kept)
    log(f"got {await kept.__anext__()}")
    asyncio.create_task(consumer(ticker("in task")))
    await asyncio.sleep(1.5)
    log("main returns")


@case
async def shutdown_asyncgens_runs_after_the_tasks_are_cancelled():
    holder.clear()
    kept = ticker("kept")
    holder.append(kept)
    await kept.__anext__()

    async def worker():
        try:
            await asyncio.sleep(10)
        finally:
            log("worker finally")

    asyncio.create_task(worker())
    await asyncio.sleep(0)
    log("main returns")


@case
async def a_generator_dropped_while_another_task_is_inside_it():
    loop = asyncio.get_running_loop()
    box = {"g": ticker("g")}

    async def consumer():
        g = box["g"]
        log(f"consumer got {await g.__anext__()}")
        log(f"consumer got {await g.__anext__()}")

    # The consumer keeps a reference while it iterates: drop ours from a plain callback.
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0.5)
    loop.call_soon(box.clear)
    await t
    log("consumer done")
    await asyncio.sleep(1)
    log("later")


@case
async def tasks_created_by_main_get_their_first_step_before_shutdown():
    async def child(name):
        log(f"{name} starts")
        try:
            await asyncio.sleep(5)
        finally:
            log(f"{name} finally")

    # (One task only: asyncio cancels the tasks left in the order of a set, see compare.py.)
    asyncio.create_task(child("a"))
    log("main returns")


@case
async def a_comprehension_that_raises_leaves_the_generator_to_the_finalizer():
    async def check(i):
        if i == 1:
            raise ValueError("comprehension")
        return i

    try:
        log(f"{[await check(i) async for i in ticker('g')]}")
    except ValueError as e:
        log(f"caught {err(e)}")
    log(f"squares {[i * i async for i in ticker('h', 3)]}")
    await asyncio.sleep(1)
    log("later")
