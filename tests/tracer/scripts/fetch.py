import asyncio
from urllib.request import Request, urlopen


async def main():
    loop = asyncio.get_event_loop()
    request = Request("https://www.example.com/search?q=apple", headers={"User-Agent": "Mozilla/5.0"})
    response = await loop.run_in_executor(None, urlopen, request)
    page = await loop.run_in_executor(None, response.read)
    print(len(page))


asyncio.run(main())
