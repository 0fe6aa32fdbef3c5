# SPDX-License-Identifier: MIT
"""gather, wait, as_completed, TaskGroup: results, errors, cancellation, round trips."""
import asyncio

from harness import case, err, log


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log(f"{name} cancelled {err(e)}")
        raise
    if fail:
        log(f"{name} fails")
        raise ValueError(name)
    log(f"{name} done")
    return name


async def swallower(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log(f"{name} swallows {err(e)}")
    return name


def outcome(x):
    return err(x) if isinstance(x, BaseException) else x


@case
async def gather_results_in_argument_order():
    r = await asyncio.gather(job("a", 3), job("b", 1), job("c", 2))
    log(f"gather -> {r}")
    log(f"empty gather -> {await asyncio.gather()}")


@case
async def gather_first_error_and_the_others_keep_running():
    try:
        await asyncio.gather(job("a", 1), job("b", 2, fail=True), job("c", 3))
    except ValueError as e:
        log(f"gather raised {err(e)}")
    await asyncio.sleep(2)
    log("after the others")


@case
async def gather_return_exceptions_collects_everything():
    c = asyncio.create_task(job("c", 5))
    g = asyncio.gather(job("a", 1), job("b", 2, fail=True), c, return_exceptions=True)
    await asyncio.sleep(3)
    c.cancel("c stop")
    r = await g
    log(f"gather -> {[outcome(x) for x in r]}")


@case
async def gather_with_a_cancelled_child_fails_with_cancelled_error():
    b = asyncio.create_task(job("b", 5))
    g = asyncio.gather(job("a", 1), b)
    await asyncio.sleep(2)
    b.cancel("b stop")
    try:
        await g
    except asyncio.CancelledError as e:
        log(f"gather raised {err(e)} cancelled={g.cancelled()} done={g.done()}")


@case
async def gather_cancelled_from_outside_cancels_the_children():
    g = asyncio.gather(job("a", 2), job("b", 3))
    await asyncio.sleep(1)
    log(f"cancel -> {g.cancel('outside')}")
    try:
        await g
    except asyncio.CancelledError as e:
        log(f"gather raised {err(e)} cancelled={g.cancelled()}")


@case
async def gather_cancelled_while_a_task_awaits_it():
    async def waits():
        try:
            await asyncio.gather(job("a", 2), job("b", 3, fail=True), return_exceptions=True)
        except asyncio.CancelledError as e:
            log(f"waits caught {err(e)}")
            raise

    t = asyncio.create_task(waits())
    await asyncio.sleep(1)
    t.cancel("stop all")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main caught {err(e)}")


@case
async def gather_whose_children_all_swallow_the_cancel():
    for return_exceptions in (False, True):
        g = asyncio.gather(swallower("a", 2), swallower("b", 3), return_exceptions=return_exceptions)
        await asyncio.sleep(1)
        log(f"cancel -> {g.cancel('outside')}")
        try:
            log(f"gather -> {await g}")
        except asyncio.CancelledError as e:
            log(f"gather raised {err(e)} cancelled={g.cancelled()} done={g.done()}")


@case
async def gather_round_trips_against_call_soon():
    loop = asyncio.get_running_loop()

    async def child():
        log("child runs")
        return 1

    async def waits():
        await asyncio.gather(child())
        log("waiter resumes")

    t = asyncio.create_task(waits())
    for i in range(5):
        loop.call_soon(log, f"tick {i}")
        await asyncio.sleep(0)
    await t


@case
async def wait_first_completed_first_exception_all_and_timeout():
    tasks = [asyncio.create_task(job(n, d, fail=(n == "b"))) for n, d in (("a", 1), ("b", 2), ("c", 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    log(f"first completed: done={sorted(t.get_name() and t.result() for t in done)} pending={len(pending)}")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    log(f"first exception: done={len(done)} pending={len(pending)}")
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    log(f"timeout: done={len(done)} pending={len(pending)}")
    done, pending = await asyncio.wait(tasks)
    log(f"all: done={len(done)} pending={len(pending)} b={err(tasks[1].exception())}")


@case
async def as_completed_in_finishing_order_and_timeout():
    for f in asyncio.as_completed([job("a", 3), job("b", 1), job("c", 2)]):
        log(f"as_completed -> {await f}")
    try:
        for f in asyncio.as_completed([job("d", 1), job("e", 5)], timeout=2):
            log(f"as_completed -> {await f}")
    except TimeoutError as e:
        log(f"as_completed raised {err(e)}")
    await asyncio.sleep(4)


@case
async def task_group_a_failing_child_cancels_the_rest():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 1))
            tg.create_task(job("b", 2, fail=True))
            tg.create_task(job("c", 3))
            await asyncio.sleep(5)
            log("body not reached")
    except* ValueError as eg:
        log(f"caught {err(eg)}")
    log(f"cancelling={asyncio.current_task().cancelling()}")


@case
async def task_group_failure_during_exit():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 2, fail=True))
            tg.create_task(job("b", 3))
            log("body ends")
    except* ValueError as eg:
        log(f"caught {err(eg)}")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 2))
            await asyncio.sleep(1)
            raise ValueError("body")
    except* ValueError as eg:
        log(f"caught {err(eg)}")


@case
async def task_group_nested_groups():
    async def inner_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("inner ok", 1))
            tg.create_task(job("inner fail", 2, fail=True))
            tg.create_task(job("inner slow", 5))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(job("outer slow", 6))
    except* ValueError as eg:
        log(f"caught {err(eg)}")


@case
async def task_group_cancelled_from_outside_while_a_child_fails():
    async def runs_group():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("fails", 1, fail=True))
                tg.create_task(job("slow", 5))
        except* ValueError as eg:
            log(f"group raised {err(eg)}")
        log(f"after group cancelling={asyncio.current_task().cancelling()}")
        await asyncio.sleep(1)
        log("not reached")

    t = asyncio.create_task(runs_group())
    await asyncio.sleep(1)
    await asyncio.sleep(0)
    t.cancel("outside")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main caught {err(e)} cancelled={t.cancelled()}")
