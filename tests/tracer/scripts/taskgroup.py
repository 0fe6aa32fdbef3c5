import asyncio
import sys


async def child(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(child(n)) for n in (1, 2)]
    print([t.result() for t in tasks], sys.argv[1:])


asyncio.run(main())
