import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)  # line 6
        yield i


async def main():
    async for i in ticks(2):
        print("tick", i)
    print([i async for i in ticks(1)])


asyncio.run(main())
