# Not in the tutorial: its "퓨처와 태스크" section has no code, so this is Coroscope's example.
import asyncio
import time


async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b


async def sleeper():
    await asyncio.sleep(10.0)


async def heartbeat():
    while True:
        await asyncio.sleep(0.05)


def burn_cpu(seconds):
    # CPU-bound work: no await inside, so nothing else runs on this thread meanwhile
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def main():
    loop = asyncio.get_running_loop()

    # A bare Future: someone else sets its result later (here a timer callback)
    future = loop.create_future()
    loop.call_later(0.5, future.set_result, 'result set by call_later')
    print('future.done():', future.done())
    print(await future)
    print('future.done():', future.done())

    # Tasks wrap coroutines; they start on the loop's next turn, not inline
    task = asyncio.ensure_future(add(1, 2))
    doomed = asyncio.ensure_future(sleeper())
    print('task.done():', task.done())
    print('await task:', await task)
    doomed.cancel()
    try:
        await doomed
    except asyncio.CancelledError:
        print('doomed.cancelled():', doomed.cancelled())
    print('task.result():', task.result())

    # CPU work on the loop thread freezes every other task; in the executor it does not
    beat = asyncio.ensure_future(heartbeat())
    await asyncio.sleep(0)
    print('burn_cpu on the loop thread')
    burn_cpu(0.2)
    print('burn_cpu on a pool thread')
    await loop.run_in_executor(None, burn_cpu, 0.2)
    beat.cancel()
    try:
        await beat
    except asyncio.CancelledError:
        print('beat.cancelled():', beat.cancelled())


asyncio.run(main())
