
# Not in the tutorial: Coroscope appends this to the listing's runnable form, which is a fragment.
# AsyncCounter is async-for's, corrected to raise StopAsyncIteration (erratum 5); both mains run
# in one task named listings, as in the C++ port (the listing's first main was kept as first_main).
import asyncio


class AsyncCounter:
    def __init__(self, stop):
        self.current = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current < self.stop:
            await asyncio.sleep(1.0)
            r = self.current
            self.current += 1
            return r
        else:
            raise StopAsyncIteration


async def both():
    await first_main()
    await main()


loop = asyncio.get_event_loop()
loop.run_until_complete(loop.create_task(both(), name='listings'))
loop.close()
