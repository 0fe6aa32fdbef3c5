#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""python_trace_step for coroscope-bench: the time the Python tracer adds to one task step.

The same workload (TASKS tasks, each STEPS times `await asyncio.sleep(0)`) runs untraced and
traced, alternately, in this one process; the row is the difference of the medians divided by the
number of steps. Usage: python_trace_bench.py TRACER_FOLDER (the folder holding coroscope_tracer).
"""
import asyncio
import json
import statistics
import sys
import time

TASKS, STEPS, RUNS = 100, 200, 7


async def worker():
    for _ in range(STEPS):
        await asyncio.sleep(0)


async def workload():
    await asyncio.gather(*[worker() for _ in range(TASKS)])


def timed(tracer_type=None, recorder_type=None):
    tracer = tracer_type(recorder_type()).install() if tracer_type else None
    try:
        t0 = time.thread_time_ns()
        asyncio.run(workload())
        return time.thread_time_ns() - t0
    finally:
        if tracer:
            tracer.uninstall()


def main():
    sys.path.insert(0, sys.argv[1])
    from coroscope_tracer import Recorder, Tracer
    steps = TASKS * (STEPS + 1) + 2  # each worker's steps and its last one, main's two
    plain, traced = [], []
    timed(), timed(Tracer, Recorder)  # warm up
    for _ in range(RUNS):
        plain.append(timed())
        traced.append(timed(Tracer, Recorder))
    untraced_ns = statistics.median(plain) / steps
    added_ns = (statistics.median(traced) - statistics.median(plain)) / steps
    print(json.dumps({"benchmarks": [{"name": "python_trace_step", "ns_per_op": round(added_ns, 1),
                                      "untraced_ns_per_step": round(untraced_ns, 1), "tracing": True,
                                      "peer": "python-asyncio"}]}))


if __name__ == "__main__":
    main()
