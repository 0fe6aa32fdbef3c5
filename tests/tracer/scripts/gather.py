import asyncio


async def work(n):
    await asyncio.sleep(0.05 * n)  # line 5: where each worker waits
    print("finished", n)
    return n * 10


async def main():
    results = await asyncio.gather(work(2), work(1))  # line 11
    print(results)


asyncio.run(main())
