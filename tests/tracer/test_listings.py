#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every tutorial listing under CPython beside its C++ port: `coroscope run ID --beside-python
--json` for each scenario (the fetch listings against the demo server), and the two runs checked
against each other: the listing ran, printed the port's lines, made the port's tasks, ended them
in the port's order, and main took the port's time (within 10 % + 50 ms).

What legitimately differs is normalised, and nothing else: timing numbers in printed lines are
compared as times, not text; tasks ending within the time tolerance of each other may swap. The
known differences between a listing and its port are in KNOWN below, each with its reason.

Environment (set by ctest): COROSCOPE_BINARY, the coroscope binary; COROSCOPE_PYTHON, the
interpreter for the listings (Debian's, which has python3-aiohttp for fetch-async).
"""
import json
import os
import re
import subprocess
import sys
import unittest

BINARY = os.environ.get("COROSCOPE_BINARY", "")
PYTHON = os.environ.get("COROSCOPE_PYTHON", "python3")


def tolerance_ms(ms):
    """How far two runs' times may lie apart: sleeps are compared within 10 % + 50 ms."""
    return 0.1 * ms + 50.0


# Printed timing lines: (pattern, group with the seconds). The listings of fetch-sequential and
# fetch-executor print theirs in Korean, as the tutorial does; the ports print English.
ELAPSED_EN = re.compile(r"^elapsed: (\d+\.\d{3}) s$")
ELAPSED_KO = re.compile(r"^실행 시간: (\d+\.\d{3})초$")

# The known differences between a listing and its port, by scenario id (everything not named here
# must be equal):
#   timing_ko       the listing prints its timing line in Korean, the port in English
#   no_tasks        the listing is plain synchronous urllib with no event loop; the port runs in a
#                   main task (the C++ engine has no code outside a task)
#   library_tasks   task names of the library's own tasks (aiohttp resolves hosts and writes
#                   request bodies in tasks of its own): compared are only the script's tasks
#   one_line        the listing prints with end=' ' throughout, so CPython prints one line; the
#                   tutorial shows it in the REPL, whose prompt ended each line, as the port does
#   renamed         {C++ name: Python name}: executor-partial's port runs the listing's hello and
#                   its REPL half in one task main, the runnable form runs hello alone
#   worker_n        many-tasks names its workers worker-N in C++; the tracer names Python's by
#                   their coroutine, worker (N is then the creation index: worker[N])
#   python_error    the tutorial's erratum: async-for's __anext__ raises StopIteration, which a
#                   coroutine turns into RuntimeError after 0 1 2 (the port ends the loop)
KNOWN = {
    "hello": {},
    "await-chain": {},
    "future-task": {},
    "fetch-sequential": {"timing_ko": True, "no_tasks": True},
    "fetch-executor": {"timing_ko": True},
    "fetch-async": {"library_tasks": {"_resolve_host", "write_bytes"}},
    "executor-partial": {"one_line": True, "renamed": {"main": "hello"}},
    "async-with": {},
    "async-for": {"python_error": "RuntimeError: coroutine raised StopIteration"},
    "async-generator": {},
    "async-comprehension": {},
    "gather-order": {},
    "many-tasks": {"worker_n": True},
}

NAME = re.compile(r"^(.*)\[(\d+)\]$")


def base_name(entry):
    return NAME.match(entry).group(1)


def run(*args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([BINARY, *args], capture_output=True, text=True, encoding="utf-8", timeout=timeout, env=env)


def cpp_tasks(document):
    """{name[n]: (the C++ task's end in ms, its creator's name[n] or None)}, n counted among
    namesakes in creation order (as the comparison's completion order counts them)."""
    names, named, tasks = {}, {}, {}
    for task in sorted(document["tasks"], key=lambda t: t["id"]):
        if task["kind"] != "task":
            continue
        n = named.get(task["name"], 0)
        named[task["name"]] = n + 1
        names[task["id"]] = "%s[%d]" % (task["name"], n)
        if task["finished_ms"] is not None:
            tasks[names[task["id"]]] = (task["finished_ms"], names.get(task["parent"]))
    return tasks


class Listings(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not BINARY or not os.path.exists(BINARY):
            raise unittest.SkipTest("COROSCOPE_BINARY is not set (run this from ctest)")
        try:
            probe = subprocess.run([PYTHON, "-c", "import aiohttp"], capture_output=True, text=True)
        except OSError as error:
            raise AssertionError("no Python interpreter %s for the listings: install Debian's python3 (%s)" % (PYTHON, error))
        if probe.returncode != 0:
            raise AssertionError("%s cannot import aiohttp, which fetch-async's listing needs: install Debian's "
                                 "python3-aiohttp (scripts/install-deps.sh)\n%s" % (PYTHON, probe.stderr))

    def test_every_scenario_has_its_expectations(self):
        listed = run("list")
        self.assertEqual(listed.returncode, 0, listed.stderr)
        ids = [line.split("\t")[0] for line in listed.stdout.splitlines() if line.strip()]
        self.assertEqual(sorted(ids), sorted(KNOWN), "a scenario without its entry in KNOWN (or one gone)")

    def check_listing(self, scenario):
        known = KNOWN[scenario]
        result = run("run", scenario, "--beside-python", "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        document = json.loads(result.stdout)
        self.assertNotIn("error", document, "the C++ port failed")
        self.assertIn("beside_python", document, "the listing did not run: " + result.stderr)
        beside = document["beside_python"]

        # It ran: to its end, or to exactly the tutorial's erratum.
        self.assertEqual(beside["errors"]["cpp"], "")
        self.assertEqual(beside["errors"]["python"], known.get("python_error", ""), result.stderr)

        self.check_output(known, beside["output"]["cpp"], beside["output"]["python"])
        self.check_tasks(known, document, beside)

        total = beside["total_ms"]
        self.assertLessEqual(abs(total["python"] - total["cpp"]), tolerance_ms(total["cpp"]),
                             "main's total time: C++ %.1f ms, CPython %.1f ms" % (total["cpp"], total["python"]))

    def check_output(self, known, cpp, python):
        if known.get("one_line"):
            # print(..., end=' ') three times: one line with the port's words, each print ending in ' '.
            self.assertEqual(len(python), 1, python)
            self.assertGreater(len(cpp), 1, cpp)
            self.assertEqual(python[0], " ".join(line.strip() for line in cpp) + " ")
            return
        self.assertEqual(len(cpp), len(python), "C++ %r\nCPython %r" % (cpp, python))
        python_timing = ELAPSED_KO if known.get("timing_ko") else ELAPSED_EN
        timed = 0
        for cpp_line, python_line in zip(cpp, python):
            cpp_time, python_time = ELAPSED_EN.match(cpp_line), python_timing.match(python_line)
            if cpp_time or python_time:
                # A timing line on both sides: the number is a time, compared as one.
                self.assertTrue(cpp_time and python_time, "C++ %r, CPython %r" % (cpp_line, python_line))
                cpp_ms, python_ms = float(cpp_time.group(1)) * 1e3, float(python_time.group(1)) * 1e3
                self.assertLessEqual(abs(python_ms - cpp_ms), tolerance_ms(cpp_ms), "C++ %r, CPython %r" % (cpp_line, python_line))
                timed += 1
            else:
                self.assertEqual(cpp_line, python_line)
        if known.get("timing_ko"):
            self.assertEqual(timed, 1, "the Korean timing line is gone: drop timing_ko")

    def check_tasks(self, known, document, beside):
        cpp_order, python_order = beside["completion_order"]["cpp"], beside["completion_order"]["python"]
        cpp_count, python_count = beside["tasks"]["cpp"], beside["tasks"]["python"]
        if known.get("no_tasks"):
            self.assertEqual((cpp_count, cpp_order), (1, ["main[0]"]))
            self.assertEqual((python_count, python_order), (0, []))
            return

        library = known.get("library_tasks", set())
        if library:
            ours = [entry for entry in python_order if base_name(entry) not in library]
            self.assertGreater(len(python_order), len(ours), "no library tasks any more: drop library_tasks")
            python_count -= len(python_order) - len(ours)
            python_order = ours

        tasks = cpp_tasks(document)
        self.assertEqual(sorted(tasks), sorted(cpp_order), "the C++ tasks' ends and its completion order disagree")
        renames = {}  # C++ name[n]: Python's name[n]
        if known.get("worker_n"):
            # worker-N is the N-th worker created: worker[N] in Python's count.
            renames = {entry: "worker[%s]" % m.group(1) for entry in cpp_order if (m := re.fullmatch(r"worker-(\d+)\[0\]", entry))}
            self.assertTrue(renames, "no worker-N tasks: drop worker_n")
        for cpp_name, python_name in known.get("renamed", {}).items():
            renames.update({entry: python_name + entry[len(cpp_name):] for entry in cpp_order if base_name(entry) == cpp_name})
        cpp_order = [renames.get(entry, entry) for entry in cpp_order]
        tasks = {renames.get(k, k): (end, renames.get(parent, parent)) for k, (end, parent) in tasks.items()}

        self.assertEqual(cpp_count, python_count, "tasks: C++ %d, CPython %d" % (cpp_count, python_count))
        self.assertEqual(sorted(cpp_order), sorted(python_order), "not the same tasks ended")
        shown = "\nC++     %s\nCPython %s" % (cpp_order[:20], python_order[:20])
        # A task ends after the tasks it made (it gathers or awaits them) in the port: so in CPython.
        cpp_place = {entry: i for i, entry in enumerate(cpp_order)}
        python_place = {entry: i for i, entry in enumerate(python_order)}
        for child, (_, parent) in tasks.items():
            if parent in tasks:
                self.assertEqual(cpp_place[child] < cpp_place[parent], python_place[child] < python_place[parent],
                                 "%s and the task that made it, %s, end in another order%s" % (child, parent, shown))
        # The same order, except that tasks ending within the time tolerance of each other (in the
        # C++ run) may swap: which of two fetches 3 ms apart ends first is the machine's choice.
        # Python's order, read with the C++ end times, never goes back by more than the tolerance.
        latest_name, latest = None, -1.0
        for entry in python_order:
            end = tasks[entry][0]
            if latest_name is not None:
                self.assertGreaterEqual(end + tolerance_ms(latest), latest,
                                        "CPython ended %s (C++ at %.1f ms) after %s (C++ at %.1f ms)%s"
                                        % (entry, end, latest_name, latest, shown))
            if end > latest:
                latest_name, latest = entry, end


def add_listing_tests():
    for scenario in KNOWN:
        setattr(Listings, "test_" + scenario.replace("-", "_"), lambda self, s=scenario: self.check_listing(s))


add_listing_tests()

if __name__ == "__main__":
    unittest.main()
