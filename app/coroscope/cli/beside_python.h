// SPDX-License-Identifier: MIT
#pragma once
// `coroscope run ID --beside-python`: the scenario's listing run by CPython under the tracer after
// the C++ run, and the difference between the two in words (or as JSON, under --json).

#include "listing_trace.h"
#include "run_comparison.h"

#include <QString>

namespace coroscope::cli {

/// Runs `scenario`'s listing under the tracer and waits for it (at most `timeout_s`).
[[nodiscard]] ListingTraceResult run_listing(const Scenario &scenario, double timeout_s);

/// Why CPython's run gave no comparison, or how it failed, in a sentence.
[[nodiscard]] QString listing_problem_text(const ListingTraceResult &result);

/// The comparison for people, a few aligned lines.
[[nodiscard]] QString comparison_text(const RunComparison &comparison);

} // namespace coroscope::cli
