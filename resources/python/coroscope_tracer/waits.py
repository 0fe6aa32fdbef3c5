# SPDX-License-Identifier: MIT
"""What a suspended task waits on, and the source line it stands on.

When a task's coroutine suspends, CPython hands the task what the innermost awaitable yielded
(a Future, or None for sleep(0)). That alone does not say "sleep 0.5 s" or "Lock.acquire", so
the chain of coroutines from the task's own down to the innermost one is walked as well: its
frames give the line the task stands on (the innermost frame outside asyncio) and, when the
chain passes through asyncio.sleep, a lock or a queue, what kind of wait it is.
"""
import asyncio
import gc
import os
import types

from . import waitkinds as W

_ASYNCIO_DIR = os.path.dirname(asyncio.__file__) + os.sep
_OWN_DIR = os.path.dirname(__file__) + os.sep

_CoroutineType = types.CoroutineType
_GeneratorType = types.GeneratorType


async def _probe_agen():
    yield


_probe = _probe_agen()
_AsendType = type(_probe.asend(None))
_AthrowType = type(_probe.athrow(GeneratorExit))
del _probe


def _code(obj):
    return getattr(obj, "__code__", None)


def _sync_codes():
    """asyncio's own waiting coroutines that mean a lock, an event, a condition or a queue."""
    names = {}
    for owner, method in [(asyncio.Lock, "acquire"), (asyncio.Event, "wait"), (asyncio.Condition, "wait"),
                          (asyncio.Condition, "wait_for"), (asyncio.Semaphore, "acquire"),
                          (asyncio.Queue, "get"), (asyncio.Queue, "put"), (asyncio.Queue, "join")]:
        code = _code(getattr(owner, method, None))
        if code is not None:
            names.setdefault(code, "%s.%s" % (owner.__name__, method))
    return names


SLEEP_CODE = _code(asyncio.sleep)
SYNC_CODES = _sync_codes()
_OTHER_CODES = {}
for _name in ("wait_for", "wait", "as_completed", "shield"):
    _c = _code(getattr(asyncio, _name, None))
    if _c is not None:
        _OTHER_CODES[_c] = _name
_TaskGroup = getattr(asyncio, "TaskGroup", None)
if _TaskGroup is not None:
    _OTHER_CODES[_code(_TaskGroup.__aexit__)] = "TaskGroup exit"
_GatheringFuture = getattr(asyncio.tasks, "_GatheringFuture", None)


def _agen_of(awaitable):
    """The async generator an asend/athrow object drives (CPython exposes no attribute for it)."""
    for ref in gc.get_referents(awaitable):
        if isinstance(ref, types.AsyncGeneratorType):
            return ref
    return None


def walk(coro):
    """(user_frame, special) for the chain of awaits under `coro`: the innermost frame outside
    asyncio and this package, and the innermost (frame, label) of asyncio's sleep / sync
    coroutines on the way (None when there is none)."""
    user = None
    special = None
    c = coro
    while c is not None:
        t = type(c)
        if t is _CoroutineType:
            frame, nxt = c.cr_frame, c.cr_await
        elif t is _GeneratorType:
            frame, nxt = c.gi_frame, c.gi_yieldfrom
        elif t is _AsendType or t is _AthrowType:
            agen = _agen_of(c)
            if agen is None:
                break
            frame, nxt = agen.ag_frame, agen.ag_await
        else:
            break
        if frame is None:
            break
        code = frame.f_code
        filename = code.co_filename
        if filename.startswith(_ASYNCIO_DIR):
            label = SYNC_CODES.get(code) or _OTHER_CODES.get(code)
            if code is SLEEP_CODE:
                special = (frame, "sleep")
            elif label is not None:
                special = (frame, label)
        elif not filename.startswith(_OWN_DIR):
            user = frame
        c = nxt
    return user, special


def src_of(frame):
    if frame is None:
        return None
    code = frame.f_code
    return (code.co_filename, frame.f_lineno, code.co_name)


def describe(recorder, coro, yielded, task_ids, job_ids):
    """The StepEnd fields of a task whose coroutine `coro` just yielded `yielded`."""
    user, special = walk(coro)
    fields = {"reason": "await", "src": src_of(user)}
    if yielded is None:
        fields["wait"] = W.READY
        fields["text"] = "sleep(0)"
        return fields, 0
    awaited = task_ids.get(yielded)
    if awaited is not None:
        fields["wait"] = W.TASK
        fields["text"] = "task #%d %s" % (awaited, recorder.names.get(awaited, ""))
        return fields, awaited
    job = job_ids.get(yielded)
    if job is not None:
        fields["wait"] = W.EXECUTOR_JOB
        fields["text"] = "executor job #%d %s" % (job, recorder.names.get(job, ""))
        return fields, job
    if _GatheringFuture is not None and type(yielded) is _GatheringFuture:
        children = [task_ids.get(child) for child in getattr(yielded, "_children", ())]
        fields["wait"] = W.GATHER
        fields["text"] = "gather(%s)" % ", ".join("#%d" % c if c else "?" for c in children)
        return fields, 0
    if special is not None:
        frame, label = special
        if label == "sleep":
            delay = frame.f_locals.get("delay", 0)
            fields["wait"] = W.TIMER
            fields["text"] = "sleep %s s" % (delay,)
            try:
                fields["deadline"] = recorder.now() + int(float(delay) * 1e9)
            except (TypeError, ValueError):
                pass
            return fields, 0
        if label in SYNC_CODES.values():
            fields["wait"] = W.SYNC
            fields["text"] = label
            return fields, 0
        fields["wait"] = W.FUTURE
        fields["text"] = label
        return fields, 0
    fields["wait"] = W.FUTURE
    fields["text"] = "future"
    return fields, 0
