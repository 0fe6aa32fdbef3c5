import asyncio

import aiohttp


async def fetch(session, url):
    async with session.get(url) as response:
        return len(await response.read())


async def main():
    async with aiohttp.ClientSession() as session:
        print(await asyncio.gather(*[fetch(session, "https://www.example.com/search?q=" + w) for w in ("apple", "pear")]))


asyncio.run(main())
