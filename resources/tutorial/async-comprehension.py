async def main():
    a = [i async for i in AsyncCounter(3)]
    print(a)

async def async_one():
    return 1

async def main():
    coroutines = [async_one, async_one, async_one]
    a = [await co() for co in coroutines]
    print(a)    # [1, 1, 1]
