# SPDX-License-Identifier: MIT
"""The names of the engine's enums (engine/src/trace.cpp's to_string), as the saved trace spells them."""
# WaitKind
READY = "ready"
TIMER = "timer"
FUTURE = "future"
TASK = "task"
EXECUTOR_JOB = "executor job"
GATHER = "gather"
SYNC = "sync"
