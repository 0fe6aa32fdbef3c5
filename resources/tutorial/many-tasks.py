# Not in the tutorial: many tasks at once, to see the loop at scale. Workers sleep up to
# 49 ms and are gathered in groups; one in ten fails, and each group cancels the workers it
# still waits for among every 25th. Change TASKS (up to 100,000) to watch thousands of lanes.
import asyncio

TASKS = 1000
GROUP = 100


async def worker(i):
    await asyncio.sleep(0.001 * (i % 50))   # 0 to 49 ms
    if i % 10 == 7:
        raise ValueError(f'worker {i} failed')
    await asyncio.sleep(0.010)
    return i


async def group(first, last):
    tasks = [asyncio.create_task(worker(i), name=f'worker-{i}') for i in range(first, last)]
    await asyncio.sleep(0.030)
    for task in tasks[24::25]:              # every 25th worker, if it still runs
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    done = sum(1 for r in results if not isinstance(r, BaseException))
    cancelled = sum(1 for r in results if isinstance(r, asyncio.CancelledError))
    return done, len(results) - done - cancelled, cancelled


async def main():
    groups = [group(first, min(first + GROUP, TASKS)) for first in range(0, TASKS, GROUP)]
    totals = await asyncio.gather(*groups)
    done, failed, cancelled = (sum(column) for column in zip(*totals))
    print(f'{TASKS} tasks in {len(totals)} groups: {done} done, {failed} failed, {cancelled} cancelled')


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
