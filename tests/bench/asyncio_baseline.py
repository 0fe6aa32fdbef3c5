#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Python asyncio baseline for coroscope-bench: the same workloads, the same JSON rows."""
import argparse
import asyncio
import gc
import json
import math
import statistics
import sys
import time
import tracemalloc

RUNS = 5
SCALES = (1_000, 10_000, 100_000, 1_000_000)
HEADLINE_TASKS = 100_000


def median_of(fn, runs=RUNS):
    return statistics.median(fn() for _ in range(runs))


def runs_for(tasks):
    # A million Python tasks take seconds per run: one run is enough to see the slope.
    return RUNS if tasks <= HEADLINE_TASKS else 1


def bench_yield(n=200_000):
    async def main():
        t0 = time.perf_counter_ns()
        for _ in range(n):
            await asyncio.sleep(0)
        return (time.perf_counter_ns() - t0) / n
    return asyncio.run(main())


async def trivial():
    return 1


def bench_spawn_gather(n=HEADLINE_TASKS):
    async def main():
        t0 = time.perf_counter_ns()
        await asyncio.gather(*[asyncio.create_task(trivial()) for _ in range(n)])
        return (time.perf_counter_ns() - t0) / n
    return asyncio.run(main())


def bench_task_await(n=100_000):
    async def main():
        t0 = time.perf_counter_ns()
        for _ in range(n):
            await asyncio.create_task(trivial())
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
        tasks = []
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        tasks.extend(asyncio.create_task(waiter(fut)) for _ in range(n))
        await asyncio.sleep(0)  # every task is now suspended on fut
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        fut.set_result(None)
        await asyncio.gather(*tasks)
        return (after - before) / n
    return asyncio.run(main())


def scaling_row(name, unit, points):
    """The least-squares slope of the cost against log10(tasks), as coroscope-bench reports it."""
    xs = [math.log10(n) for n, _ in points]
    ys = [cost for _, cost in points]
    k = len(points)
    sx, sy = sum(xs), sum(ys)
    sxx = sum(x * x for x in xs)
    sxy = sum(x * y for x, y in zip(xs, ys))
    return {"name": name + "_scaling", "unit": unit,
            "slope_per_decade": (k * sxy - sx * sy) / (k * sxx - sx * sx),
            "largest_over_smallest": ys[-1] / ys[0],
            "points": [{"tasks": n, unit: cost} for n, cost in points]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--max-tasks", type=int, default=1_000_000)
    args = parser.parse_args()
    wants = lambda name: args.only in (None, name)
    scales = [n for n in SCALES if n <= args.max_tasks]

    rows = []
    if wants("yield"):
        rows.append({"name": "yield", "ns_per_op": median_of(bench_yield)})
    if wants("spawn_gather"):
        points = [(n, median_of(lambda: bench_spawn_gather(n), runs_for(n))) for n in scales]
        rows.extend({"name": "spawn_gather", "tasks": n, "ns_per_op": cost} for n, cost in points)
        rows.append(scaling_row("spawn_gather", "ns_per_op", points))
    if wants("task_await"):
        rows.append({"name": "task_await", "ns_per_op": median_of(bench_task_await)})
    if wants("future_roundtrip"):
        rows.append({"name": "future_roundtrip", "ns_per_op": median_of(bench_future_roundtrip)})
    if wants("gather_sleep_10k"):
        rows.append({"name": "gather_sleep_10k", "total_ms": median_of(bench_gather_sleep)})
    if wants("suspended_task"):
        points = [(n, bench_suspended_task(n)) for n in scales]
        rows.extend({"name": "suspended_task", "tasks": n, "bytes_per_task": b} for n, b in points)
        rows.append(scaling_row("suspended_task", "bytes_per_task", points))
    for row in rows:
        row["tracing"] = False
        row["peer"] = "python-asyncio"
        row["python"] = sys.version.split()[0]
    json.dump({"benchmarks": rows}, sys.stdout)


if __name__ == "__main__":
    main()
