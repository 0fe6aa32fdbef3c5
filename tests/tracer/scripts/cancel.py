import asyncio


async def forever():
    await asyncio.sleep(3600)


async def main():
    task = asyncio.ensure_future(forever())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task  # line 13
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
