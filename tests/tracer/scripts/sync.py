import asyncio


async def holder(lock, queue):
    async with lock:
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.02); await queue.put("item")  # main waits on the queue meanwhile


async def main():
    lock, queue = asyncio.Lock(), asyncio.Queue()
    task = asyncio.ensure_future(holder(lock, queue))
    await asyncio.sleep(0)
    async with lock:  # line 14: waits on the lock
        pass
    print(await queue.get())  # line 16: waits on the queue
    await task


asyncio.run(main())
