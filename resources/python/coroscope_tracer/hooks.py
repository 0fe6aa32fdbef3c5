# SPDX-License-Identifier: MIT
"""The hooks into asyncio that feed a Recorder.

CPython 3.11's Task is written in C and cannot be instrumented from Python, but it drives any
object that is a collections.abc.Coroutine through its send() and throw(). So every coroutine
that becomes a task (loop.create_task: asyncio.run, run_until_complete, ensure_future, gather,
TaskGroup all come through it) is wrapped in a TracedCoroutine whose send/throw record the
step's start and end, what the task now waits on, and how it ended. run_in_executor wraps the
job so it records its start and end on its thread's lane.
"""
import asyncio
import collections.abc
import functools
import sys
import threading
import time
import weakref

from . import waits
from .recorder import short

_CancelledError = asyncio.CancelledError
_perf = time.perf_counter_ns
_Task = asyncio.Task
_capture = waits.capture


def _error_text(exc):
    text = str(exc)
    return short("%s: %s" % (type(exc).__name__, text) if text else type(exc).__name__)


class TracedCoroutine(collections.abc.Coroutine):
    """A task's coroutine, seen by the task as the coroutine itself."""

    __slots__ = ("_coro", "_id", "_tracer", "_rec", "_events", "_jobs", "_task", "__weakref__")

    def __init__(self, coro, task_id, tracer):
        self._coro = coro
        self._id = task_id
        self._tracer = tracer
        self._rec = tracer.rec
        self._events = tracer.rec.events
        self._jobs = tracer.jobs
        self._task = None  # a weak reference to the task (set once it exists)

    def send(self, value):
        # _step(self._coro.send, value) written out: this is the hot path, one call less.
        rec = self._rec
        task = self._id
        rec.current = task
        t0 = rec.t0
        begin = _perf() - t0
        try:
            yielded = self._coro.send(value)
        except BaseException as exc:
            rec.current = 0
            self._events.append(("step_begin", begin, task, 0, None))
            self._tracer.ended(task, exc)
            raise
        rec.current = 0
        captured, awaited = _capture(self._coro, yielded, _task_id_of, self._jobs)
        self._events.append(("step", begin, task, awaited, captured, _perf() - t0))
        return yielded

    def throw(self, *exc_info):
        exc = exc_info[1] if len(exc_info) > 1 and exc_info[1] is not None else exc_info[0]
        if (isinstance(exc, _CancelledError) or exc is _CancelledError) and self._cancelled_itself():
            self._rec.add("cancel", self._id, fields={"cancel": "delivered"})
        if len(exc_info) == 1:
            return self._step(self._coro.throw, exc_info[0])
        return self._coro_throw_legacy(*exc_info)

    def _step(self, resume, arg):
        # Runs at every step of every task: one record per suspension, ("step", begin, task,
        # awaited, what it waits on, end), which Recorder.expanded() splits into StepBegin and
        # StepEnd. Steps never nest on a loop's thread: outside a step no task is current.
        rec = self._rec
        task = self._id
        rec.current = task
        t0 = rec.t0
        begin = _perf() - t0
        try:
            yielded = resume(arg)
        except BaseException as exc:
            rec.current = 0
            self._events.append(("step_begin", begin, task, 0, None))
            self._tracer.ended(task, exc)
            raise
        rec.current = 0
        captured, awaited = _capture(self._coro, yielded, _task_id_of, self._jobs)
        self._events.append(("step", begin, task, awaited, captured, _perf() - t0))
        return yielded

    def _coro_throw_legacy(self, *exc_info):
        """throw(type, value, traceback), the form before Python 3.12 deprecated it."""
        return self._step(lambda args: self._coro.throw(*args), exc_info)

    def _cancelled_itself(self):
        """True when this task was cancelled, not merely handed the CancelledError of a task it
        awaited (Task.cancelling() tells them apart from Python 3.11 on)."""
        task = self._task() if self._task is not None else None
        cancelling = getattr(task, "cancelling", None)
        return cancelling is None or cancelling() > 0

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    # What asyncio's reprs and Task.get_stack() read from a coroutine.
    @property
    def cr_frame(self):
        return getattr(self._coro, "cr_frame", None)

    @property
    def cr_await(self):
        return getattr(self._coro, "cr_await", None)

    @property
    def cr_code(self):
        return getattr(self._coro, "cr_code", None)

    @property
    def cr_running(self):
        return getattr(self._coro, "cr_running", False)


def _task_id_of(obj):
    """The trace id of a traced task (0 for anything else): its coroutine is our wrapper."""
    if not isinstance(obj, _Task):
        return 0
    coro = obj.get_coro()
    return coro._id if type(coro) is TracedCoroutine else 0


def _caller_src(depth=2):
    """The innermost frame outside asyncio and this package that led here, as (file, line, function)."""
    frame = sys._getframe(depth)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not (filename.startswith(waits._ASYNCIO_DIR) or filename.startswith(waits._OWN_DIR)):
            return waits.src_of(frame)
        frame = frame.f_back
    return None


class Tracer:
    """Installs the hooks (install()) and removes them (uninstall()); records into `rec`."""

    def __init__(self, recorder):
        self.rec = recorder
        self.jobs = {}  # id(the asyncio.Future of an executor job) -> its trace id, while pending
        self._saved = None

    def ended(self, task, exc):
        """The task's coroutine ended by raising `exc` (StopIteration: it returned)."""
        if isinstance(exc, StopIteration):
            self.finished(task, "return", "result", short(repr(exc.value)))
        elif isinstance(exc, _CancelledError):
            self.finished(task, "cancelled", "cancelled", "CancelledError")
        else:
            self.finished(task, "raise", "exception", _error_text(exc))

    def finished(self, task, reason, outcome, text):
        rec = self.rec
        t = rec.now()
        rec.events.append(("step_end", t, task, 0, {"reason": reason}))
        rec.events.append(("done", t, task, 0, {"outcome": outcome, "text": text}))

    # -- the patched loop methods ---------------------------------------------------------------

    def _create_task(self, original, loop, coro, **kwargs):
        if (not asyncio.iscoroutine(coro) or isinstance(coro, TracedCoroutine)
                or getattr(getattr(coro, "cr_code", None), "co_filename", "").startswith(waits._ASYNCIO_DIR)):
            # asyncio's own housekeeping (asyncio.run's shutdown_asyncgens ...) is not the script's.
            return original(loop, coro, **kwargs)
        rec = self.rec
        task_id = rec.new_id()
        name = kwargs.get("name") or getattr(coro, "__name__", None) or type(coro).__name__
        rec.names[task_id] = name
        rec.loop_thread = threading.get_ident()
        t = rec.now()
        rec.add("spawn", task_id, rec.current, {"kind": "task", "text": name, "src": _caller_src(3)}, t=t)
        rec.add("schedule", task_id, rec.current, {"cause": "start"}, t=t)
        if kwargs.get("context") is None:
            kwargs.pop("context", None)  # 3.8-3.10 take no context
        wrapped = TracedCoroutine(coro, task_id, self)
        task = original(loop, wrapped, **kwargs)
        wrapped._task = weakref.ref(task)
        return task

    def _run_in_executor(self, original, loop, executor, func, *args):
        rec = self.rec
        job_id = rec.new_id()
        target = func.func if isinstance(func, functools.partial) else func
        label = getattr(target, "__qualname__", None) or getattr(target, "__name__", None) or type(target).__name__
        rec.names[job_id] = label
        rec.add("spawn", job_id, rec.current, {"kind": "executor job", "text": label, "src": _caller_src(3)})
        rec.add("executor", job_id, 0, {"executor": "submit", "text": label})

        def job(*job_args):
            rec.add("executor", job_id, rec.thread_index(), {"executor": "start", "text": label})
            try:
                return func(*job_args)
            finally:
                rec.add("executor", job_id, rec.thread_index(), {"executor": "end", "text": label})

        future = original(loop, executor, job, *args)
        key = id(future)
        self.jobs[key] = job_id
        future.add_done_callback(lambda _: self.jobs.pop(key, None))  # so a later object's id cannot match
        return future

    def install(self):
        base = asyncio.base_events.BaseEventLoop
        create_task, run_in_executor = base.create_task, base.run_in_executor
        self._saved = (create_task, run_in_executor)
        tracer = self

        @functools.wraps(create_task)
        def traced_create_task(loop, coro, **kwargs):
            return tracer._create_task(create_task, loop, coro, **kwargs)

        @functools.wraps(run_in_executor)
        def traced_run_in_executor(loop, executor, func, *args):
            return tracer._run_in_executor(run_in_executor, loop, executor, func, *args)

        base.create_task = traced_create_task
        base.run_in_executor = traced_run_in_executor
        return self

    def uninstall(self):
        if self._saved is not None:
            base = asyncio.base_events.BaseEventLoop
            base.create_task, base.run_in_executor = self._saved
            self._saved = None
