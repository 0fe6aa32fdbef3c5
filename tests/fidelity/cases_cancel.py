# SPDX-License-Identifier: MIT
"""Cancellation: messages, cancelling()/uncancel(), chains of awaits, timeouts, wait_for."""
import asyncio

from harness import case, err, log


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        log(f"{name} woke")
        return name
    except asyncio.CancelledError as e:
        log(f"{name} caught {err(e)}")
        raise


@case
async def cancel_message_reaches_the_task_and_its_awaiter():
    async def waiter(t):
        try:
            await t
        except asyncio.CancelledError as e:
            log(f"waiter caught {err(e)}")

    t = asyncio.create_task(sleeper("worker", 10))
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(1)
    log(f"cancel -> {t.cancel('stop')}")
    await w
    log(f"worker cancelled={t.cancelled()} cancel again -> {t.cancel('late')}")


@case
async def cancel_message_through_a_chain_of_awaits():
    async def middle():
        try:
            return await asyncio.create_task(sleeper("inner", 10))
        except asyncio.CancelledError as e:
            log(f"middle caught {err(e)}")
            raise

    async def outer():
        try:
            await middle()
        except asyncio.CancelledError as e:
            log(f"outer caught {err(e)}")
            raise

    t = asyncio.create_task(outer())
    await asyncio.sleep(2)
    t.cancel("from main")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main caught {err(e)} cancelled={t.cancelled()}")


@case
async def cancel_before_the_first_step():
    t = asyncio.create_task(sleeper("never", 1))
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main caught {err(e)} cancelled={t.cancelled()}")


@case
async def cancelling_counts_requests_and_uncancel_takes_them_back():
    async def worker():
        me = asyncio.current_task()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log(f"caught {err(e)} cancelling={me.cancelling()}")
            log(f"uncancel -> {me.uncancel()}")
            log(f"uncancel -> {me.uncancel()}")
            log(f"uncancel -> {me.uncancel()}")
        await asyncio.sleep(1)
        log("worker carries on")
        return 5

    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    log(f"cancel -> {t.cancel()} cancelling={t.cancelling()}")
    log(f"cancel -> {t.cancel('again')} cancelling={t.cancelling()}")
    r = await t
    log(f"result {r} cancelling={t.cancelling()} cancelled={t.cancelled()}")


@case
async def two_cancels_of_a_ready_task_keep_the_last_message():
    async def worker():
        await asyncio.sleep(0)
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            log(f"caught {err(e)}")
        return "swallowed"

    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("first")
    t.cancel("second")
    log(f"result {await t} cancelled={t.cancelled()} cancelling={t.cancelling()}")


@case
async def a_cancel_swallowed_then_the_task_returns():
    async def stubborn():
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                log(f"stubborn ignores {err(e)}")
        return "done anyway"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel("one")
    await asyncio.sleep(1)
    t.cancel("two")
    log(f"result {await t}")


@case
async def timeout_expires_and_becomes_timeout_error():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            log(f"when {cm.when():.3f}")
            cm.reschedule(loop.time() + 2)
            log(f"rescheduled to {cm.when():.3f}")
            await sleeper("in block", 5)
    except TimeoutError as e:
        log(f"caught {err(e)} expired={cm.expired()} cancelling={asyncio.current_task().cancelling()}")
    async with asyncio.timeout(2) as ok:
        await asyncio.sleep(1)
    log(f"in time expired={ok.expired()}")
    async with asyncio.timeout(None) as never:
        await asyncio.sleep(1)
        never.reschedule(loop.time() + 0.5)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            log(f"rescheduled deadline cancelled the block: {err(e)}")
            raise
    log("not reached")


@case
async def nested_timeouts_the_right_one_fires():
    try:
        async with asyncio.timeout(3) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                log(f"inner timed out inner={inner.expired()} outer={outer.expired()}")
            await asyncio.sleep(5)
    except TimeoutError:
        log(f"outer timed out expired={outer.expired()}")
    try:
        async with asyncio.timeout(1) as outer2:
            try:
                async with asyncio.timeout(5) as inner2:
                    await asyncio.sleep(10)
            except TimeoutError:
                log("inner2 timed out (wrong)")
    except TimeoutError:
        log(f"outer2 timed out inner2={inner2.expired()} outer2={outer2.expired()}")


@case
async def timeout_does_not_swallow_an_outside_cancel():
    async def worker():
        me = asyncio.current_task()
        try:
            async with asyncio.timeout(1):
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError as e:
                    log(f"block got {err(e)} cancelling={me.cancelling()}; cleaning up")
                    await asyncio.sleep(0.5)
                    log("cleanup done")
                    raise
        except TimeoutError:
            log("worker: TimeoutError")
            return "timed out"
        except asyncio.CancelledError as e:
            log(f"worker: {err(e)} cancelling={me.cancelling()}")
            raise

    t = asyncio.create_task(worker())
    await asyncio.sleep(1.25)
    t.cancel("outside")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main: {err(e)} cancelled={t.cancelled()}")


@case
async def timeout_cancelled_from_outside_before_expiry():
    async def worker():
        async with asyncio.timeout(5):
            await sleeper("in block", 10)

    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel("outside")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main: {err(e)} cancelled={t.cancelled()}")


@case
async def wait_for_result_timeout_and_outside_cancel():
    log(f"result {await asyncio.wait_for(sleeper('fast', 1), 2)}")
    try:
        await asyncio.wait_for(sleeper("slow", 5), 1)
    except TimeoutError as e:
        log(f"caught {err(e)}")

    async def cleanup_slowly():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            log("cleanup starts")
            await asyncio.sleep(0.5)
            log("cleanup ends")
            raise

    try:
        await asyncio.wait_for(cleanup_slowly(), 1)
    except TimeoutError as e:
        log(f"caught {err(e)} after the cleanup")

    async def waits():
        try:
            await asyncio.wait_for(sleeper("inner", 5), 3)
        except asyncio.CancelledError as e:
            log(f"waits caught {err(e)}")
            raise

    t = asyncio.create_task(waits())
    await asyncio.sleep(1)
    t.cancel("stop waiting")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main caught {err(e)}")
    try:
        await asyncio.wait_for(sleeper("zero", 1), 0)
    except TimeoutError as e:
        log(f"timeout 0: {err(e)}")


@case
async def shield_keeps_the_inner_task_running():
    inner = asyncio.create_task(sleeper("shielded", 2))

    async def waits():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError as e:
            log(f"waits caught {err(e)}")
            raise

    t = asyncio.create_task(waits())
    await asyncio.sleep(1)
    t.cancel("go away")
    try:
        await t
    except asyncio.CancelledError as e:
        log(f"main caught {err(e)} inner.done={inner.done()}")
    log(f"inner result {await inner}")
    inner2 = asyncio.create_task(sleeper("inner2", 2))
    outer = asyncio.shield(inner2)
    await asyncio.sleep(1)
    inner2.cancel("inner cancelled")
    try:
        await outer
    except asyncio.CancelledError as e:
        log(f"outer of a cancelled inner: {err(e)} cancelled={outer.cancelled()}")
    log(f"shield result {await asyncio.shield(sleeper('plain', 1))}")
