import asyncio


async def main():
    print("before")
    await asyncio.sleep(0.01)
    raise RuntimeError("the script fails")


asyncio.run(main())
