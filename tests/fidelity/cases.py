# SPDX-License-Identifier: MIT
"""Runs the Python cases: cases.py [--list | case ...] (all when none is named)."""
import sys

import harness
import cases_cancel  # noqa: F401  (each module registers its cases)
import cases_combinators  # noqa: F401
import cases_generators  # noqa: F401
import cases_sync  # noqa: F401
import cases_loop  # noqa: F401

if __name__ == "__main__":
    sys.exit(harness.main(sys.argv))
