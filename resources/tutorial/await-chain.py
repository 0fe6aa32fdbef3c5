import asyncio


async def add(a, b):
    print('{0} + {1}'.format(a, b))
    await asyncio.sleep(1.0)    # 1초 대기. asyncio.sleep도 네이티브 코루틴
    return a + b


async def print_add(a, b):
    # await로 다른 네이티브 코루틴 실행하고 반환값 저장
    res = await add(a, b)
    print('{0} + {1} = {2}'.format(a, b, res))


# 이벤트 루트 얻음
loop = asyncio.get_event_loop()
# print_add가 끝날 때까지 이벤트 루프 실행
loop.run_until_complete(print_add(1, 2))
# 이벤트 루프 닫음
loop.close()


# 결과
1 + 2
1 + 2 = 3
