# SPDX-License-Identifier: MIT
"""The differential check: runs every case in CPython (cases_*.py on a virtual-time asyncio loop)
and in the engine (the C++ twins), and compares the transcripts line by line.

Usage: compare.py ENGINE_CASES_EXECUTABLE [case ...]
Fails (exit 1) on any difference, on a case that exists on one side only, and on a case listed
in DELIBERATE_DIFFERENCES that no longer differs (so the list stays true).
"""
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Cases where the engine differs from CPython on purpose (a C++ necessity), with the reason.
# docs/architecture.md lists the same.
DELIBERATE_DIFFERENCES = {
    "a_generator_that_ignores_generator_exit":
        "a generator dropped after an aclose() is closed synchronously by CPython (its except "
        "block runs, without awaiting); C++ cannot run an async body outside a task, so the "
        "engine destroys the frame (RAII cleanup only)",
}


def transcripts(output):
    cases, name, lines = {}, None, []
    for line in output.splitlines():
        if line.startswith("== ") and line != "== end":
            name, lines = line[3:], []
        elif line == "== end":
            cases[name] = lines
            name = None
        elif name is not None:
            lines.append(line)
    return cases


def main(argv):
    engine, names = argv[1], argv[2:]
    py = subprocess.run([sys.executable, os.path.join(HERE, "cases.py"), *names],
                        capture_output=True, text=True, timeout=120)
    cpp = subprocess.run([engine, *names], capture_output=True, text=True, timeout=120)
    if py.returncode or cpp.returncode:
        print("python stderr:\n" + py.stderr + "\nengine stderr:\n" + cpp.stderr)
        return 1
    expected, actual = transcripts(py.stdout), transcripts(cpp.stdout)
    failures = 0
    for name in sorted(set(expected) | set(actual)):
        if name not in actual or name not in expected:
            print(f"FAIL {name}: only in {'CPython' if name in expected else 'the engine'}")
            failures += 1
            continue
        same = expected[name] == actual[name]
        if name in DELIBERATE_DIFFERENCES:
            if same:
                print(f"FAIL {name}: listed as a deliberate difference but now matches")
                failures += 1
            else:
                print(f"DIFF {name} (deliberate: {DELIBERATE_DIFFERENCES[name]})")
            continue
        if same:
            print(f"ok   {name} ({len(expected[name])} lines)")
            continue
        failures += 1
        print(f"FAIL {name}")
        for line in difflib.unified_diff(expected[name], actual[name], "CPython 3.11", "engine", lineterm=""):
            print("    " + line)
    print(f"{len(expected)} cases, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
