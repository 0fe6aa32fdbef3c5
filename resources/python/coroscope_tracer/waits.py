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
_SYNC_LABELS = frozenset(SYNC_CODES.values())
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


# What a frame's code means for the walk, decided once per code object.
_USER, _LIBRARY, _SLEEP, _LABELLED = 0, 1, 2, 3
_code_kinds = {}


def _kind_of(code):
    filename = code.co_filename
    if filename.startswith(_ASYNCIO_DIR):
        if code is SLEEP_CODE:
            kind = _SLEEP
        else:
            kind = _LABELLED if (code in SYNC_CODES or code in _OTHER_CODES) else _LIBRARY
    else:
        kind = _LIBRARY if filename.startswith(_OWN_DIR) else _USER
    _code_kinds[code] = kind
    return kind


def walk(coro):
    """(user, special, label) for the chain of awaits under `coro`: the innermost coroutine (or
    generator) whose code is outside asyncio and this package, and the innermost of asyncio's
    sleep / sync coroutines on the way with its label (None, None when there is none). Runs at
    every suspension, so it reads only code objects: CPython builds a frame object when asked
    for one, which capture() does only for the frames it needs."""
    user = special = label = None
    c = coro
    kinds = _code_kinds
    while c is not None:
        t = type(c)
        if t is _CoroutineType:
            code, frame_owner, c = c.cr_code, c, c.cr_await
        elif t is _GeneratorType:
            code, frame_owner, c = c.gi_code, c, c.gi_yieldfrom
        elif t is _AsendType or t is _AthrowType:
            agen = _agen_of(c)
            if agen is None:
                break
            code, frame_owner, c = agen.ag_code, agen, agen.ag_await
        else:
            break
        kind = kinds.get(code)
        if kind is None:
            kind = _kind_of(code)
        if kind == _USER:
            user = frame_owner
        elif kind == _SLEEP:
            return user, frame_owner, "sleep"  # below it is only asyncio's own future
        elif kind == _LABELLED:
            special, label = frame_owner, SYNC_CODES.get(code) or _OTHER_CODES[code]
            if code in SYNC_CODES:
                return user, special, label  # likewise
    return user, special, label


def _frame_of(owner):
    if owner is None:
        return None
    t = type(owner)
    if t is _CoroutineType:
        return owner.cr_frame
    if t is _GeneratorType:
        return owner.gi_frame
    return owner.ag_frame


def src_of(frame):
    if frame is None:
        return None
    code = frame.f_code
    return (code.co_filename, frame.f_lineno, code.co_name)


_READY, _TASK, _TIMER, _EXECUTOR_JOB, _GATHER, _SYNC, _FUTURE = (
    W.READY, W.TASK, W.TIMER, W.EXECUTOR_JOB, W.GATHER, W.SYNC, W.FUTURE)


def capture(coro, yielded, task_id_of, jobs):
    """What a task whose coroutine `coro` just yielded `yielded` waits on, as cheaply as it can
    be taken now: (wait, detail, (code, line) or None, sleep delay or None) and the awaited id.
    `jobs` maps id(an executor job's future) to the job's id. expand() turns it into the
    StepEnd's fields when the trace is written. Runs at every suspension."""
    user, special, label = walk(coro)
    src = None
    if user is not None:
        frame = user.cr_frame if type(user) is _CoroutineType else _frame_of(user)
        if frame is not None:
            src = (frame.f_code, frame.f_lineno)
    if yielded is None:
        return (_READY, None, src, None), 0
    if label == "sleep":
        frame = _frame_of(special)
        return (_TIMER, None, src, frame.f_locals.get("delay", 0) if frame is not None else 0), 0
    awaited = task_id_of(yielded)
    if awaited:
        return (_TASK, None, src, None), awaited
    job = jobs.get(id(yielded))
    if job:
        return (_EXECUTOR_JOB, None, src, None), job
    if _GatheringFuture is not None and type(yielded) is _GatheringFuture:
        return (_GATHER, tuple(task_id_of(child) for child in getattr(yielded, "_children", ())), src, None), 0
    if label is not None:
        return (_SYNC if label in _SYNC_LABELS else _FUTURE, label, src, None), 0
    return (_FUTURE, "future", src, None), 0


def expand(t, awaited, captured, names):
    """The StepEnd fields (reason await) of what capture() took at time t."""
    wait, detail, src, delay = captured
    fields = {"reason": "await", "wait": wait}
    if src is not None:
        code, line = src
        fields["src"] = (code.co_filename, line, code.co_name)
    if wait == W.READY:
        fields["text"] = "sleep(0)"
    elif wait == W.TASK:
        fields["text"] = "task #%d %s" % (awaited, names.get(awaited, ""))
    elif wait == W.TIMER:
        fields["text"] = "sleep %s s" % (delay,)
        try:
            fields["deadline"] = t + int(float(delay) * 1e9)
        except (TypeError, ValueError):
            pass
    elif wait == W.EXECUTOR_JOB:
        fields["text"] = "executor job #%d %s" % (awaited, names.get(awaited, ""))
    elif wait == W.GATHER:
        fields["text"] = "gather(%s)" % ", ".join("#%d" % c if c else "?" for c in detail)
    else:
        fields["text"] = detail
    return fields
