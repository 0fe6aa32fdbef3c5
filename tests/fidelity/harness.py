# SPDX-License-Identifier: MIT
"""The Python half of a differential case: a registry of cases and the transcript they print.

Each line is `<loop time, 3 decimals> <text>`; the C++ twin prints the same format (harness.h).
"""
import asyncio
import sys

import vloop

CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


def log(text):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.3f} {text}")


def err(e):
    """An exception as the transcript shows it: Type('message')."""
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}([{', '.join(err(x) for x in e.exceptions)}])"
    name = type(e).__name__
    if isinstance(e, asyncio.CancelledError):
        name = "CancelledError"
    return f"{name}({str(e)!r})"


def main(argv):
    names = argv[1:] or sorted(CASES)
    if argv[1:] == ["--list"]:
        print("\n".join(sorted(CASES)))
        return 0
    for name in names:
        print(f"== {name}")
        sys.stdout.flush()
        try:
            vloop.run(CASES[name]())
        except BaseException as e:  # the case's own result, part of the transcript
            print(f"run raised {err(e)}")
        print("== end")
    return 0
