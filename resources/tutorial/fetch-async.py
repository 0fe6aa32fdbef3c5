# Not in the tutorial: Coroscope's step beyond it. No threads: the loop itself waits on the
# sockets. In Python this takes a library such as aiohttp; Coroscope awaits QNetworkAccessManager.
import asyncio
from time import time

import aiohttp

urls = ['https://www.google.co.kr/search?q=' + i
            for i in ['apple', 'pear', 'grape', 'pineapple', 'orange', 'strawberry']
        ]

async def fetch(session, url):
    async with session.get(url, headers={'User-Agent': 'Mozilla/5.0'}) as response:
        page = await response.read()
        return len(page)

async def main():
    async with aiohttp.ClientSession() as session:
        futures = [asyncio.ensure_future(fetch(session, url)) for url in urls]
        result = await asyncio.gather(*futures)
        print(result)


begin = time()
asyncio.run(main())
end = time()
print('elapsed: {0:.3f} s'.format(end - begin))
