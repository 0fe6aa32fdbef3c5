#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Python asyncio baseline for coroscope-bench: the same workloads, the same JSON rows."""
import asyncio
import gc
import json
import statistics
import sys
import time
import tracemalloc

RUNS = 5


def median_of(fn):
    return statistics.median(fn() for _ in range(RUNS))


def bench_yield(n=200_000):
    async def main():
        t0 = time.perf_counter_ns()
        for _ in range(n):
            await asyncio.sleep(0)
        return (time.perf_counter_ns() - t0) / n
    return asyncio.run(main())


def bench_spawn_gather(n=100_000):
    async def trivial():
        return 1

    async def main():
        t0 = time.perf_counter_ns()
        await asyncio.gather(*[asyncio.create_task(trivial()) for _ in range(n)])
        return (time.perf_counter_ns() - t0) / n
    return asyncio.run(main())


def bench_future_roundtrip(n=100_000):
    async def main():
        loop = asyncio.get_running_loop()
        t0 = time.perf_counter_ns()
        for _ in range(n):
            f = loop.create_future()
            loop.call_soon(f.set_result, 1)
            await f
        return (time.perf_counter_ns() - t0) / n
    return asyncio.run(main())


def bench_gather_sleep(n=10_000):
    async def main():
        t0 = time.perf_counter_ns()
        await asyncio.gather(*[asyncio.sleep(0.010) for _ in range(n)])
        return (time.perf_counter_ns() - t0) / 1e6
    return asyncio.run(main())


def bench_suspended_task(n=10_000):
    async def waiter(fut):
        await fut

    async def main():
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        tasks = [asyncio.create_task(waiter(fut)) for _ in range(n)]
        await asyncio.sleep(0)  # every task is now suspended on fut
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        fut.set_result(None)
        await asyncio.gather(*tasks)
        return (after - before) / n
    return asyncio.run(main())


def main():
    rows = [
        {"name": "yield", "ns_per_op": median_of(bench_yield)},
        {"name": "spawn_gather", "ns_per_op": median_of(bench_spawn_gather)},
        {"name": "future_roundtrip", "ns_per_op": median_of(bench_future_roundtrip)},
        {"name": "gather_sleep_10k", "total_ms": median_of(bench_gather_sleep)},
        {"name": "suspended_task", "bytes_per_task": bench_suspended_task()},
    ]
    for row in rows:
        row["tracing"] = False
        row["peer"] = "python-asyncio"
        row["python"] = sys.version.split()[0]
    json.dump({"benchmarks": rows}, sys.stdout)


if __name__ == "__main__":
    main()
