# SPDX-License-Identifier: MIT
"""Coroscope's tracer for CPython's asyncio: runs a script and records every task's life in
Coroscope's trace format (Chrome Trace Event JSON with Coroscope's own events kept alongside),
so the window draws a Python run as it draws its C++ ports.

Standard library only; CPython 3.8 or newer. `python3 -m coroscope_tracer --help` for the
command line; `Tracer` for use from Python (the benchmark installs and removes it in-process).
"""
from .recorder import Recorder
from .hooks import Tracer

FORMAT_VERSION = 1
__all__ = ["Recorder", "Tracer", "FORMAT_VERSION"]
