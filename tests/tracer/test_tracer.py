#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Python tracer's own tests: real CPython runs of the scripts in scripts/ under
`coroscope trace-python` (the real binary, which runs the tracer copied into the build tree),
their trace files read back and checked against what each script does.

Environment (set by ctest): COROSCOPE_BINARY, the coroscope binary; COROSCOPE_SOURCE_DIR, for
the engine's enum names (engine/src/trace.cpp) the trace must spell exactly.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(HERE, "scripts")
BINARY = os.environ.get("COROSCOPE_BINARY", "")
SOURCE_DIR = os.environ.get("COROSCOPE_SOURCE_DIR", os.path.dirname(os.path.dirname(HERE)))


def engine_enum_names():
    """{enum name: {spelling, ...}} from the engine's to_string() functions."""
    with open(os.path.join(SOURCE_DIR, "engine", "src", "trace.cpp"), encoding="utf-8") as f:
        text = f.read()
    names = {}
    for enum, spelling in re.findall(r'case (\w+)::\w+: return "([^"]+)";', text):
        names.setdefault(enum, set()).add(spelling)
    return names


ENUM_FIELDS = {"type": "TraceType", "kind": "SpawnKind", "cause": "ScheduleCause", "reason": "StepEndReason",
               "wait": "WaitKind", "outcome": "DoneOutcome"}


class Trace:
    """A trace file read back: Coroscope's record and its events by task."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.document = json.load(f)
        self.record = self.document["metadata"]["coroscope"]
        trace = self.record["trace"]
        self.files, self.functions = trace["files"], trace["functions"]
        self.events = trace["events"]

    def tasks(self):
        return {e["task"]: e for e in self.events if e["type"] == "spawn" and e.get("kind", "task") == "task"}

    def task_named(self, name):
        found = [t for t, e in self.tasks().items() if e.get("text") == name]
        assert len(found) == 1, "expected one task %r, found %d" % (name, len(found))
        return found[0]

    def of(self, task, type_):
        return [e for e in self.events if e.get("task") == task and e["type"] == type_]

    def waits(self, task):
        return [e for e in self.of(task, "step_end") if e.get("reason", "await") == "await"]

    def done(self, task):
        done = self.of(task, "done")
        assert len(done) == 1, "task %d: %d done events" % (task, len(done))
        return done[0]

    def line(self, event):
        file, line, _column, _function = event["src"]
        return os.path.basename(self.files[file]), line

    def prints(self):
        """The printed lines (each event holds its line with the newline print wrote)."""
        return [e["text"][:-1] if e["text"].endswith("\n") else e["text"] for e in self.events if e["type"] == "print"]


class TracerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not BINARY:
            raise unittest.SkipTest("COROSCOPE_BINARY is not set (run through ctest)")
        cls.folder = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def trace(self, script, *options, args=(), expect=0):
        out = os.path.join(self.folder.name, script + ".json")
        if os.path.exists(out):
            os.unlink(out)
        command = [BINARY, "trace-python", "--out", out, "--python", sys.executable, *options,
                   os.path.join(SCRIPTS, script), *args]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, expect, "%s\nstdout: %s\nstderr: %s" % (command, run.stdout, run.stderr))
        self.run_output = run
        return Trace(out) if os.path.exists(out) else None

    def assert_well_formed(self, trace):
        """What the window's reader (saved_run.cpp, trace_json.cpp) demands of the file."""
        self.assertIsInstance(trace.document["traceEvents"], list)
        record = trace.record
        self.assertEqual(record["format"], 1)
        self.assertTrue(record["scenario"])
        self.assertIsInstance(record["params"], dict)
        self.assertIn(record["clock"], ("real", "scaled", "virtual"))
        for key in ("main_task", "elapsed_ns", "end_ns"):
            self.assertIsInstance(record[key], int)
        names = engine_enum_names()
        seqs = [e["seq"] for e in trace.events]
        self.assertEqual(seqs, sorted(set(seqs)))
        last_t = {}
        for e in trace.events:
            for field, enum in ENUM_FIELDS.items():
                if field in e:
                    self.assertIn(e[field], names[enum], "event %r: %s" % (e, field))
            self.assertIsInstance(e["t"], int)
            if "src" in e:
                file, line, column, function = e["src"]
                self.assertTrue(-1 <= file < len(trace.files) and -1 <= function < len(trace.functions), e)
                self.assertGreater(line, 0)
            if e["type"] != "executor":  # a task's own events come in time order
                self.assertGreaterEqual(e["t"], last_t.get(e.get("task"), 0), e)
                last_t[e.get("task")] = e["t"]

    def test_gather_states_and_waits(self):
        trace = self.trace("gather.py")
        self.assert_well_formed(trace)
        self.assertEqual(self.run_output.stdout, "finished 1\nfinished 2\n[20, 10]\n")
        self.assertIn("3 tasks, %d events written to" % len(trace.events), self.run_output.stderr)
        main, tasks = trace.task_named("main"), trace.tasks()
        self.assertEqual(trace.record["main_task"], main)
        workers = [t for t, e in tasks.items() if e["text"] == "work"]
        self.assertEqual(len(workers), 2)
        for worker in workers:
            self.assertEqual(tasks[worker]["other"], main, "created by main")
            self.assertEqual(trace.line(tasks[worker]), ("gather.py", 11))
            wait = trace.waits(worker)[0]
            self.assertEqual((wait["wait"], trace.line(wait)), ("timer", ("gather.py", 5)))
            self.assertGreater(wait["deadline"], wait["t"])
        main_wait = trace.waits(main)[0]
        self.assertEqual(main_wait["wait"], "gather")
        self.assertEqual(main_wait["text"], "gather(%s)" % ", ".join("#%d" % w for w in workers))
        self.assertEqual(trace.line(main_wait), ("gather.py", 11))
        self.assertEqual([trace.done(w)["text"] for w in workers], ["20", "10"])
        self.assertEqual(trace.done(main).get("outcome", "result"), "result")
        # work(1) finishes first; its sleep lasted about 50 ms.
        first, second = sorted(workers, key=lambda w: trace.done(w)["t"])
        self.assertEqual(trace.done(first)["text"], "10")
        slept = trace.of(first, "step_begin")[1]["t"] - trace.waits(first)[0]["t"]
        self.assertGreaterEqual(slept, 50_000_000)
        # Woken as the engine records it: a Schedule (start, then the timer) before each step.
        self.assertEqual([e.get("cause", "start") for e in trace.of(first, "schedule")], ["start", "timer"])
        self.assertEqual([e.get("cause", "start") for e in trace.of(main, "schedule")], ["start", "future done"])

    def test_prints_in_order_with_their_tasks(self):
        trace = self.trace("gather.py")
        prints = [e for e in trace.events if e["type"] == "print"]
        # What was printed, newline included, as the engine's print events hold it.
        self.assertEqual([e["text"] for e in prints], ["finished 1\n", "finished 2\n", "[20, 10]\n"])
        self.assertEqual([e["t"] for e in prints], sorted(e["t"] for e in prints))
        main = trace.task_named("main")
        self.assertEqual(prints[2]["task"], main)
        self.assertNotEqual(prints[0]["task"], main)

    def test_a_cancelled_task(self):
        trace = self.trace("cancel.py")
        self.assert_well_formed(trace)
        self.assertEqual(trace.prints(), ["cancelled"])
        forever, main = trace.task_named("forever"), trace.task_named("main")
        self.assertEqual(trace.waits(forever)[0]["wait"], "timer")
        self.assertEqual(trace.done(forever)["outcome"], "cancelled")
        self.assertEqual(len(trace.of(forever, "cancel")), 1)
        if sys.version_info >= (3, 11):  # Task.cancelling() tells a cancelled task from one handed the error
            self.assertEqual(trace.of(main, "cancel"), [], "main only received the CancelledError of the task it awaited")
        wait = trace.waits(main)[-1]
        self.assertEqual((wait["wait"], wait["other"], trace.line(wait)), ("task", forever, ("cancel.py", 13)))

    def test_an_executor_job_on_its_thread(self):
        trace = self.trace("executor.py")
        self.assert_well_formed(trace)
        self.assertEqual(trace.prints(), ["slept"])
        main = trace.task_named("main")
        jobs = [e for e in trace.events if e["type"] == "spawn" and e.get("kind") == "executor job"]
        self.assertEqual([(j["text"], j["other"]) for j in jobs], [("blocking", main)])
        job = jobs[0]["task"]
        phases = {e.get("executor", "submit"): e for e in trace.events if e["type"] == "executor" and e["task"] == job}
        self.assertEqual(set(phases), {"submit", "start", "end"})
        self.assertGreaterEqual(phases["end"]["t"] - phases["start"]["t"], 50_000_000)
        wait = trace.waits(main)[0]
        self.assertEqual((wait["wait"], wait["other"], trace.line(wait)), ("executor job", job, ("executor.py", 12)))
        resumed = trace.of(main, "step_begin")[1]
        self.assertGreaterEqual(resumed["t"], phases["end"]["t"])

    def test_an_async_generator(self):
        trace = self.trace("agen.py")
        self.assert_well_formed(trace)
        self.assertEqual(trace.prints(), ["tick 0", "tick 1", "[0]"])
        main = trace.task_named("main")
        waits = trace.waits(main)
        self.assertEqual(len(waits), 3)
        for wait in waits:  # main stands inside the generator's body, on its sleep
            self.assertEqual((wait["wait"], trace.line(wait)), ("timer", ("agen.py", 6)))
            self.assertEqual(trace.functions[wait["src"][3]], "ticks")

    def test_a_failing_task(self):
        trace = self.trace("failing.py")
        self.assert_well_formed(trace)
        boom, fine = trace.task_named("boom"), trace.task_named("fine")
        self.assertEqual(trace.done(boom)["outcome"], "exception")
        self.assertEqual(trace.done(boom)["text"], "ValueError: boom")
        self.assertEqual(trace.of(boom, "step_end")[-1]["reason"], "raise")
        self.assertEqual(trace.done(fine)["text"], "1")
        self.assertEqual(trace.prints(), ["[ValueError('boom'), 1]"])

    def test_locks_and_queues(self):
        trace = self.trace("sync.py")
        self.assert_well_formed(trace)
        main = trace.task_named("main")
        waits = [(w["wait"], w["text"], trace.line(w)[1]) for w in trace.waits(main)]
        self.assertIn(("sync", "Lock.acquire", 14), waits)
        self.assertIn(("sync", "Queue.get", 16), waits)

    def test_tutorial_style_and_task_group(self):
        trace = self.trace("executor.py")
        self.assertEqual(trace.done(trace.task_named("main")).get("outcome", "result"), "result")
        if sys.version_info < (3, 11):
            self.skipTest("TaskGroup is new in Python 3.11")
        trace = self.trace("taskgroup.py", args=["--flag", "x"])
        self.assert_well_formed(trace)
        self.assertEqual(trace.prints(), ["[1, 2] ['--flag', 'x']"])
        main, tasks = trace.task_named("main"), trace.tasks()
        children = [t for t, e in tasks.items() if e["text"] == "child"]
        self.assertEqual([tasks[c]["other"] for c in children], [main, main])
        self.assertEqual(trace.waits(main)[-1]["text"], "TaskGroup exit")

    def test_a_script_that_raises_keeps_its_trace(self):
        trace = self.trace("raises.py", expect=1)
        self.assert_well_formed(trace)
        self.assertEqual(self.run_output.stdout, "before\n")
        self.assertIn("RuntimeError: the script fails", self.run_output.stderr)
        self.assertIn("raises.py", self.run_output.stderr)
        self.assertEqual(trace.record["error"], "RuntimeError: the script fails")
        self.assertEqual(trace.record["python"]["exit_code"], 1)
        main = trace.task_named("main")
        self.assertEqual(trace.done(main)["outcome"], "exception")
        self.assertEqual(trace.prints(), ["before"])

    def test_a_script_that_never_ends_is_stopped_by_the_timeout(self):
        trace = self.trace("forever.py", "--timeout", "1", expect=1)
        self.assert_well_formed(trace)
        self.assertIn("did not finish within 1 s", self.run_output.stderr)
        self.assertEqual(self.run_output.stdout, "starting\n")
        self.assertFalse(trace.record["finished"])
        self.assertIn("did not finish", trace.record["error"])
        main = trace.task_named("main")
        self.assertEqual(trace.of(main, "done"), [])
        self.assertGreater(len(trace.waits(main)), 10)
        self.assertGreaterEqual(trace.record["end_ns"], 1_000_000_000)

    def test_a_script_holding_the_interpreter_is_killed_after_the_timeout(self):
        started = time.monotonic()
        self.assertIsNone(self.trace("holds_gil.py", "--timeout", "1", expect=1))
        self.assertIn("did not stop within 1 s", self.run_output.stderr)
        self.assertIn("killed, no trace written", self.run_output.stderr)
        self.assertLess(time.monotonic() - started, 60)

    def test_a_malformed_script(self):
        self.assertIsNone(self.trace("malformed.py", expect=2))
        self.assertIn("malformed.py:3", self.run_output.stderr)
        self.assertIn("SyntaxError", self.run_output.stderr)
        self.assertIn("not run", self.run_output.stderr)

    def test_a_tutorial_listing(self):
        """--listing ID: the listing's runnable form (its '# 결과' block as comments) runs, and
        the lines it stands on are the shown listing's."""
        out = os.path.join(self.folder.name, "listing.json")
        command = [BINARY, "trace-python", "--out", out, "--python", sys.executable, "--listing", "await-chain"]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout, "1 + 2\n1 + 2 = 3\n")
        trace = Trace(out)
        self.assert_well_formed(trace)
        self.assertEqual(trace.record["scenario"], "python:await-chain.py")
        shown = open(os.path.join(HERE, "..", "..", "resources", "tutorial", "await-chain.py"),
                     encoding="utf-8").read().split("\n")
        task = trace.task_named("print_add")
        lines = [trace.line(e) for e in trace.waits(task)]
        self.assertTrue(lines)
        for file, line in lines:
            self.assertEqual(file, "await-chain.py")
            self.assertIn("await", shown[line - 1])
        run = subprocess.run([BINARY, "trace-python", "--out", out, "--listing", "no-such-scenario"],
                             capture_output=True, text=True, timeout=60)
        self.assertEqual(run.returncode, 2, run.stderr)
        self.assertIn("no-such-scenario", run.stderr)

    def test_bad_input(self):
        out = os.path.join(self.folder.name, "none.json")
        for command, message in [
                ([BINARY, "trace-python", "--out", out, "--python", "/nonexistent/python3", os.path.join(SCRIPTS, "gather.py")],
                 "no Python interpreter"),
                ([BINARY, "trace-python", "--out", out, os.path.join(SCRIPTS, "no-such-script.py")], "no script"),
                ([BINARY, "trace-python", "--out", out, "--timeout", "soon", os.path.join(SCRIPTS, "gather.py")],
                 "--timeout"),
                ([BINARY, "trace-python", "--out", out, "--map-url", "nothing", os.path.join(SCRIPTS, "gather.py")],
                 "PREFIX=URL")]:
            # (Without --out the trace opens in the window: not a bad input, and not run here.)
            run = subprocess.run(command, capture_output=True, text=True, timeout=60)
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertIn(message, run.stderr)
            self.assertFalse(os.path.exists(out))


class MapUrlTest(unittest.TestCase):
    """--map-url against the real demo server (`coroscope serve`)."""

    @classmethod
    def setUpClass(cls):
        if not BINARY:
            raise unittest.SkipTest("COROSCOPE_BINARY is not set (run through ctest)")
        cls.server = subprocess.Popen([BINARY, "serve", "--latency-ms", "20"], stdout=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            cls.server.kill()
            raise AssertionError("the demo server printed %r" % line)
        cls.base = match.group(1).rstrip("/") + "/"
        cls.folder = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.server.kill()
        cls.server.wait()
        cls.folder.cleanup()

    def run_mapped(self, script, python=sys.executable):
        out = os.path.join(self.folder.name, script + ".json")
        run = subprocess.run([BINARY, "trace-python", "--out", out, "--python", python, "--map-url",
                              "https://www.example.com/=" + self.base, os.path.join(SCRIPTS, script)],
                             capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        return run, Trace(out)

    def test_urllib_requests_go_to_the_demo_server(self):
        run, trace = self.run_mapped("fetch.py")
        page = int(run.stdout.strip())
        self.assertGreater(page, 1000)
        jobs = [e["text"] for e in trace.events if e["type"] == "spawn" and e.get("kind") == "executor job"]
        self.assertEqual(jobs, ["urlopen", "HTTPResponse.read"])

    def test_aiohttp_requests_go_to_the_demo_server(self):
        python = sys.executable
        if subprocess.run([python, "-c", "import aiohttp"], capture_output=True).returncode != 0:
            python = "/usr/bin/python3"  # Debian's, with python3-aiohttp
            if subprocess.run([python, "-c", "import aiohttp"], capture_output=True).returncode != 0:
                self.skipTest("aiohttp is not installed (Debian: python3-aiohttp)")
        run, trace = self.run_mapped("fetch_aiohttp.py", python)
        lengths = json.loads(run.stdout)
        self.assertEqual(len(lengths), 2)
        self.assertTrue(all(n > 1000 for n in lengths), lengths)
        names = [e["text"] for e in trace.tasks().values()]  # aiohttp's own tasks (_resolve_host ...) too
        self.assertEqual([n for n in names if n in ("main", "fetch")], ["main", "fetch", "fetch"])


if __name__ == "__main__":
    unittest.main()
