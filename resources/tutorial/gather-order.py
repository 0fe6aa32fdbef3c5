# Not in the tutorial: the note after gather says the order of results "may not match" the
# order of the futures. It always matches; only the completion order differs.
import asyncio


async def work(i, delay):
    await asyncio.sleep(delay)
    print('finished', i)
    return i


async def main():
    delays = [0.3, 0.1, 0.2]   # work 0 finishes last, work 1 first
    result = await asyncio.gather(*[work(i, delay) for i, delay in enumerate(delays)])
    print(result)


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
