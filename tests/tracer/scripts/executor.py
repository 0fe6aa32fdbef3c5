import asyncio
import time


def blocking(seconds):
    time.sleep(seconds)
    return "slept"


async def main():
    loop = asyncio.get_event_loop()
    print(await loop.run_in_executor(None, blocking, 0.05))  # line 12


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
