import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def fine():
    return 1


async def main():
    print(await asyncio.gather(boom(), fine(), return_exceptions=True))


asyncio.run(main())
