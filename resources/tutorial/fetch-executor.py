import asyncio
from time import time
from urllib.request import Request, urlopen

urls = ['https://www.google.co.kr/search?q=' + i
            for i in ['apple', 'pear', 'grape', 'pineapple', 'orange', 'strawberry']
        ]

async def fetch(url):
    # user-agent가 없으면 403 에러 발생
    request = Request(url, headers={'User-Agent': 'Mozilla/5.0'})
    response = await loop.run_in_executor(None, urlopen, request)
    page = await loop.run_in_executor(None, response.read)
    return len(page)

async def main():
    # 태스크(퓨처) 객체를 리스트로 만듦
    futures = [asyncio.ensure_future(fetch(url)) for url in urls]
    # 결과를 한꺼번에 가져옴
    result = await asyncio.gather(*futures)
    print(result)


begin = time()
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
end = time()
print('실행 시간: {0:.3f}초'.format(end - begin))


# 결과
[72734, 119950, 84669, 79735, 65231, 154872]
실행 시간: 1.484초
