# SPDX-License-Identifier: MIT
"""The event list of one traced run, in the shape of Coroscope's aio::TraceEvent.

Each event is a tuple (type, t_ns, task, other, fields) where `fields` is a dict of the event's
other members (kind, reason, wait, deadline, src, text ...) or None; a suspension's StepEnd holds
what waits.capture() took instead, and a step that suspends is one record ("step", begin,
task, awaited, captured, end): both are expanded when the trace is written (expanded()). Appending a tuple is the
cheapest record CPython has; the conversion to JSON happens once, when the trace is written.
Events may be appended from executor threads too (list.append is atomic under the GIL).
"""
import itertools
import threading
import time

TEXT_LIMIT = 200  # a result's or error's repr is cut here, as the engine keeps "a short text"


def short(text):
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "\u2026"


class Recorder:
    def __init__(self):
        self.t0 = time.perf_counter_ns()
        self.events = []
        self._ids = itertools.count(1)  # tasks, executor jobs share one id space, as in the engine
        self.current = 0                # the task whose step runs now (0: none)
        self.names = {}                 # id -> name (tasks and executor jobs), for wait texts
        self._threads = {}              # executor thread ident -> lane index
        self._thread_lock = threading.Lock()
        self.loop_thread = threading.main_thread().ident  # where tasks step (set at each spawn)

    def now(self):
        return time.perf_counter_ns() - self.t0

    def new_id(self):
        return next(self._ids)

    def add(self, type_, task, other=0, fields=None, t=None):
        self.events.append((type_, self.now() if t is None else t, task, other, fields))

    def thread_index(self):
        ident = threading.get_ident()
        index = self._threads.get(ident)
        if index is None:
            with self._thread_lock:
                index = self._threads.setdefault(ident, len(self._threads))
        return index

    def expanded(self):
        """The events so far in time order, each step's record split into its StepBegin and
        StepEnd with the fields as dicts (a snapshot: safe while the script's thread still records)."""
        from .waits import expand
        names = self.names
        out = []
        for e in list(self.events):
            if e[0] == "step":
                _, begin, task, awaited, captured, end = e
                out.append(("step_begin", begin, task, 0, None))
                out.append(("step_end", end, task, awaited, expand(end, awaited, captured, names)))
            else:
                out.append(e)
        # A step is recorded when it ends, after what happened during it (prints, new tasks);
        # executor threads append concurrently. Sorting by time (stable) puts each in its place.
        out.sort(key=lambda e: e[1])
        return out

    def print_line(self, text):
        """A printed line; from a thread other than the loop's it belongs to no task."""
        task = self.current if threading.get_ident() == self.loop_thread else 0
        self.add("print", task, fields={"text": text})
