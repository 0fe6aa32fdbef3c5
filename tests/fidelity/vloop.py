# SPDX-License-Identifier: MIT
"""A virtual-time asyncio event loop made with the standard library only.

The loop's time() is a number that only moves when the loop would otherwise sleep: the selector
is asked to wait `timeout` seconds for I/O, and instead of sleeping, time jumps by `timeout`
(Trio's MockClock autojump, the engine's virtual clock). Everything else is CPython's own
asyncio: its ready queue, timers, tasks, asyncgen hooks and asyncio.Runner's shutdown.
"""
import asyncio
import selectors


class _JumpingSelector:
    """Wraps the loop's real selector: polls it without blocking, then jumps time forward."""

    def __init__(self, loop, real):
        self._loop = loop
        self._real = real

    def select(self, timeout=None):
        events = self._real.select(0)
        if not events and timeout is not None and timeout > 0:
            self._loop._virtual_now += timeout
        return events

    def __getattr__(self, name):
        return getattr(self._real, name)


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(selectors.DefaultSelector())
        self._virtual_now = 0.0
        self._selector = _JumpingSelector(self, self._selector)
        self._clock_resolution = 1e-9

    def time(self):
        return self._virtual_now


def run(main):
    """asyncio.run(main) on a virtual-time loop (asyncio.Runner, so the same shutdown)."""
    with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
        return runner.run(main)
