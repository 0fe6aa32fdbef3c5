# SPDX-License-Identifier: MIT
"""python3 -m coroscope_tracer --out FILE [--map-url PREFIX=URL ...] [--timeout S] SCRIPT [ARGS...]

Runs SCRIPT as `python3 SCRIPT ARGS` would (as __main__, with its own folder first on sys.path),
records its asyncio tasks and writes FILE, also when the script raises or runs out of time.
Exit codes: the script's own (0 when it ends normally), 1 when it raised or did not finish within
--timeout seconds, 2 for bad input (an unreadable script, a syntax error, a bad option).
"""
import argparse
import os
import sys

if sys.version_info < (3, 8):
    sys.stderr.write("coroscope: the tracer needs Python 3.8 or newer, this is %d.%d\n" % sys.version_info[:2])
    sys.exit(2)
import threading
import traceback
import types

from . import export, urlmap
from .console import LineRecorder
from .hooks import Tracer
from .recorder import Recorder


def _fail(message, code=2):
    sys.stderr.write("coroscope: %s\n" % message)
    sys.exit(code)


def _parse(argv):
    parser = argparse.ArgumentParser(prog="coroscope trace-python",
                                     description="Run an asyncio script under CPython and record its tasks.")
    parser.add_argument("--out", required=True, metavar="FILE", help="the trace file to write")
    parser.add_argument("--map-url", action="append", default=[], metavar="PREFIX=URL",
                        help="send urllib / aiohttp requests for URLs starting with PREFIX to URL instead")
    parser.add_argument("--timeout", type=float, default=0, metavar="S",
                        help="stop the script after S seconds (0: never)")
    parser.add_argument("script")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    return parser.parse_args(argv)


def _compile(path):
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as exc:
        _fail("cannot read %s: %s" % (path, exc.strerror or exc))
    try:
        return compile(source, path, "exec")
    except SyntaxError as exc:
        where = "%s:%s" % (path, exc.lineno) + (":%s" % exc.offset if exc.offset else "")
        _fail("%s: %s: %s (the script was not run)" % (where, type(exc).__name__, exc.msg))
    except ValueError as exc:  # e.g. null bytes
        _fail("%s is not a Python script: %s" % (path, exc))


class Run:
    """One traced run of a script; writes its trace once, from whichever thread ends it."""

    def __init__(self, options):
        self.options = options
        self.script = os.path.abspath(options.script)
        self.rec = Recorder()
        self.tracer = Tracer(self.rec)
        self.console = None
        self._written = threading.Lock()

    def finish(self, exit_code, error, finished=True):
        if not self._written.acquire(blocking=False):
            return
        if self.console is not None:
            self.console.finish()
        info = {"script": self.script, "argv": [self.options.script] + self.options.args, "error": error,
                "exit_code": exit_code, "finished": finished, "end_ns": self.rec.now()}
        events = self.rec.expanded()  # a snapshot: on a timeout the script's thread still runs
        try:
            written = export.write(self.options.out, events, info)
        except OSError as exc:
            sys.stderr.write("coroscope: cannot write the trace %s: %s\n" % (self.options.out, exc.strerror or exc))
            return
        tasks = sum(1 for e in events if e[0] == "spawn" and e[4].get("kind") == "task")
        sys.stderr.write("coroscope: %d task%s, %d events written to %s\n"
                         % (tasks, "" if tasks == 1 else "s", written, self.options.out))

    def on_timeout(self):
        message = "%s did not finish within %g s; stopped (the trace ends there)" % (self.options.script,
                                                                                   self.options.timeout)
        self.finish(1, message, finished=False)
        sys.stderr.write("coroscope: %s\n" % message)
        sys.stderr.flush()
        os._exit(1)

    def run(self, code):
        module = types.ModuleType("__main__")
        module.__file__ = self.script
        module.__builtins__ = __builtins__
        sys.modules["__main__"] = module
        sys.argv = [self.options.script] + self.options.args
        sys.path[0] = os.path.dirname(self.script)
        self.console = sys.stdout = LineRecorder(sys.stdout, self.rec)
        if self.options.timeout > 0:
            watchdog = threading.Timer(self.options.timeout, self.on_timeout)
            watchdog.daemon = True
            watchdog.start()
        self.tracer.install()
        exit_code, error = 0, ""
        try:
            exec(code, module.__dict__)
        except SystemExit as exc:
            exit_code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                sys.stderr.write("%s\n" % exc.code)
        except BaseException as exc:
            # The traceback as Python prints it, without this module's own frame.
            sys.stderr.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__.tb_next)))
            exit_code = 1
            error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        finally:
            self.tracer.uninstall()
        self.finish(exit_code, error)
        return exit_code


def main(argv=None):
    options = _parse(sys.argv[1:] if argv is None else argv)
    if options.timeout < 0:
        _fail("--timeout must be 0 or more seconds")
    try:
        pairs = urlmap.parse(options.map_url)
    except ValueError as exc:
        _fail(str(exc))
    out_folder = os.path.dirname(os.path.abspath(options.out))
    if not os.path.isdir(out_folder) or not os.access(out_folder, os.W_OK):
        _fail("cannot write the trace %s: its folder does not exist or is not writable" % options.out)
    code = _compile(options.script)
    urlmap.install(pairs)
    return Run(options).run(code)


if __name__ == "__main__":
    sys.exit(main())
