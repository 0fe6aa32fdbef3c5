# SPDX-License-Identifier: MIT
"""Writes a traced run as Coroscope writes a saved run (app/lib/run/saved_run.h): Chrome Trace
Event JSON that Perfetto opens, with Coroscope's record of every event under
metadata.coroscope, which the window reads back into the engine's TraceEvents.

  {"traceEvents": [...], "displayTimeUnit": "ms",
   "otherData": {"producer": ..., "coroscope_format": 1, "scenario": "python:script.py"},
   "metadata": {"coroscope": {"format": 1, "producer": ..., "scenario": ..., "params": {},
       "clock": "real", "speed": 1, "main_task": 1, "elapsed_ns": ..., "end_ns": ...,
       "finished": true, "error": "", "reports": [],
       "trace": {"files": [...], "functions": [...], "events": [...]},
       "python": {"script": ..., "argv": [...], "version": "3.11.2", "exit_code": 0}}}}
"""
import json
import os
import platform
import tempfile

FORMAT = 1
PRODUCER = "Coroscope Python tracer (CPython %s)" % platform.python_version()
EXECUTOR_TID_BASE = 1000000  # executor threads' lanes, as the engine's exporter numbers them


class _Names:
    """Source files and function names listed once, referred to by index (aio::trace_to_json)."""

    def __init__(self):
        self.index = {}
        self.list = []

    def __call__(self, name):
        if not name:
            return -1
        i = self.index.get(name)
        if i is None:
            i = self.index[name] = len(self.list)
            self.list.append(name)
        return i


_WAKE_CAUSE = {"ready": "call_soon", "timer": "timer", "executor job": "executor"}


def with_wakeups(events):
    """The events with a Schedule before each step that follows a wait, as the engine records
    them. The tracer does not record these while the script runs (it would cost every step):
    asyncio does not say when a task was queued, so a wake-up is stamped when the step starts,
    and its cause follows from what the task waited on (or a cancellation delivered to it)."""
    waiting = {}  # task -> cause of its next wake-up
    out = []
    for event in events:
        type_, t, task = event[0], event[1], event[2]
        if type_ == "step_begin":
            cause = waiting.pop(task, None)
            if cause is not None:
                out.append(("schedule", t, task, 0, {"cause": cause}))
        elif type_ == "step_end":
            fields = event[4]
            if fields.get("reason", "await") == "await":
                waiting[task] = _WAKE_CAUSE.get(fields.get("wait"), "future done")
        elif type_ == "cancel" and task in waiting:
            waiting[task] = "cancel"
        out.append(event)
    return out


def coroscope_events(events):
    """The events as aio::trace_to_json writes them."""
    files, functions = _Names(), _Names()
    out = []
    for seq, (type_, t, task, other, fields) in enumerate(events, 1):
        e = {"seq": seq, "t": t, "type": type_}
        if task:
            e["task"] = task
        if other:
            e["other"] = other
        if fields:
            for key, value in fields.items():
                if key == "src":
                    if value:
                        filename, line, function = value
                        e["src"] = [files(filename), line, 0, functions(function)]
                elif value not in (None, ""):
                    e[key] = value
        out.append(e)
    return {"files": files.list, "functions": functions.list, "events": out}


def _micros(ns):
    return ns / 1000.0


def chrome_events(events):
    """What Perfetto draws: a named track per task, an X slice per step, task and wait spans,
    instants for prints and cancellations, executor jobs on their threads' tracks."""
    out = []
    names, step_began, open_wait, job_began, threads = {}, {}, {}, {}, set()

    def ev(ph, name, t, tid, **extra):
        e = {"ph": ph, "name": name, "ts": _micros(t), "pid": 1, "tid": tid}
        e.update(extra)
        out.append(e)

    def close_wait(task, t):
        name = open_wait.pop(task, None)
        if name is not None:
            ev("e", name, t, task, cat="wait", id="wait-%d" % task)

    for type_, t, task, other, fields in events:
        fields = fields or {}
        if type_ == "spawn" and fields.get("kind") == "task":
            name = names[task] = "#%d %s" % (task, fields.get("text", ""))
            out.append({"ph": "M", "name": "thread_name", "pid": 1, "tid": task, "args": {"name": name}})
            out.append({"ph": "M", "name": "thread_sort_index", "pid": 1, "tid": task, "args": {"sort_index": task}})
            ev("b", name, t, task, cat="task", id="task-%d" % task, args={"parent": other})
        elif task not in names and type_ not in ("executor", "print"):
            continue
        elif type_ == "schedule":
            close_wait(task, t)
        elif type_ == "step_begin":
            step_began[task] = t
        elif type_ == "step_end":
            began = step_began.pop(task, t)
            src = fields.get("src")
            ev("X", names[task], began, task, dur=_micros(t - began), cat="step",
               args={"ended": fields.get("reason", "await"), "at": "%s:%d" % (os.path.basename(src[0]), src[1]) if src else "",
                     "awaiting": fields.get("text", "")})
            if fields.get("reason", "await") == "await":
                open_wait[task] = fields.get("text") or "waiting"
                ev("b", open_wait[task], t, task, cat="wait", id="wait-%d" % task)
        elif type_ == "done":
            close_wait(task, t)
            ev("e", names[task], t, task, cat="task", id="task-%d" % task,
               args={"outcome": fields.get("outcome", "result"), "value": fields.get("text", "")})
        elif type_ == "cancel":
            ev("i", "cancel delivered", t, task, s="t")
        elif type_ == "print":
            ev("i", "print: %s" % fields.get("text", "").strip(), t, task, s="t")
        elif type_ == "executor":
            phase = fields.get("executor")
            tid = EXECUTOR_TID_BASE + other
            if phase == "start":
                job_began[task] = t
                if tid not in threads:
                    threads.add(tid)
                    out.append({"ph": "M", "name": "thread_name", "pid": 1, "tid": tid,
                                "args": {"name": "executor thread %d" % other}})
            elif phase == "end":
                began = job_began.pop(task, t)
                ev("X", "executor job #%d %s" % (task, fields.get("text", "")), began, tid,
                   dur=_micros(t - began), cat="executor")
    return out


def document(events, run):
    """The whole file as a JSON text; `run` holds script, argv, error, exit_code, finished, end_ns.
    `events` come from Recorder.expanded(); the wake-ups are added here."""
    events = with_wakeups(events)
    scenario = "python:" + os.path.basename(run["script"])
    main_task, elapsed = 0, run["end_ns"]
    for type_, t, task, other, fields in events:
        if type_ == "spawn" and not other and fields.get("kind") == "task":
            main_task = task
            break
    for type_, t, task, other, fields in events:
        if type_ == "done" and task == main_task:
            elapsed = t
            break
    record = {
        "format": FORMAT, "producer": PRODUCER, "scenario": scenario, "params": {},
        "clock": "real", "speed": 1, "main_task": main_task, "elapsed_ns": elapsed,
        "end_ns": run["end_ns"], "finished": run["finished"], "error": run["error"], "reports": [],
        "trace": coroscope_events(events),
        "python": {"script": run["script"], "argv": run["argv"], "version": platform.python_version(),
                   "exit_code": run["exit_code"]},
    }
    # traceEvents first: Perfetto and older viewers want the events before anything else.
    parts = ['{"traceEvents":', json.dumps(chrome_events(events), ensure_ascii=False, separators=(",", ":")),
             ',"displayTimeUnit":"ms","otherData":',
             json.dumps({"producer": PRODUCER, "coroscope_format": FORMAT, "scenario": scenario},
                        ensure_ascii=False, separators=(",", ":")),
             ',"metadata":', json.dumps({"coroscope": record}, ensure_ascii=False, separators=(",", ":")), "}"]
    return "".join(parts), len(events)


def write(path, events, run):
    """Writes atomically (a temporary file renamed into place): never half a trace. Returns the
    number of events written."""
    text, count = document(events, run)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".coroscope-trace-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as open() would have made it, not mkstemp's owner-only mode
        os.replace(tmp, path)
        return count
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
