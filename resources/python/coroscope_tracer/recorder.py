# SPDX-License-Identifier: MIT
"""The event list of one traced run, in the shape of Coroscope's aio::TraceEvent.

Each event is a tuple (type, t_ns, task, other, fields) where `fields` is a dict of the event's
other members (kind, reason, wait, deadline, src, text ...) or None; a suspension's StepEnd holds
what waits.capture() took instead (a tuple), expanded when the trace is written. Appending a tuple is the
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
        """The events so far with every StepEnd's fields as a dict (a snapshot: safe while the
        script's thread still records)."""
        from .waits import expand
        names = self.names
        return [(e[0], e[1], e[2], e[3], expand(e[1], e[3], e[4], names)) if type(e[4]) is tuple else e
                for e in list(self.events)]

    def print_line(self, text):
        """A printed line; from a thread other than the loop's it belongs to no task."""
        task = self.current if threading.get_ident() == self.loop_thread else 0
        self.add("print", task, fields={"text": text})
