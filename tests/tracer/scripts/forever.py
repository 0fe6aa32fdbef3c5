import asyncio


async def main():
    print("starting", flush=True)
    while True:
        await asyncio.sleep(0.01)


asyncio.run(main())
