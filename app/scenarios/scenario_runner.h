// SPDX-License-Identifier: MIT
#pragma once
// Runs one scenario headless on a fresh aio::EventLoop and keeps everything it left behind: the
// printed output, the full trace, the loop time it took and one summary row per task. This is
// what `coroscope run` prints and what the scenario tests check.

#include "scenario.h"
#include "scenario_params.h"

#include <coroscope/clock.h>
#include <coroscope/trace.h>
#include <coroscope/trace_recorder.h>

#include <QStringList>
#include <QVariantMap>
#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

namespace coroscope {

struct RunOptions
{
    aio::ClockMode clock = aio::ClockMode::Real;
    double speed = 1.0;    ///< for ClockMode::Scaled
    QVariantMap params = {}; ///< overrides of the scenario's parameters (checked by resolve_params)
    /// Real-time watchdog: the run stops with an error after this long (0 = no limit).
    std::chrono::milliseconds timeout{0};
    /// Called with each printed text as it is printed (e.g. to echo it live).
    std::function<void(const QString &)> on_output = {};
};

struct RunResult
{
    QString scenario;
    QString output;      ///< everything printed, in order
    QString error;       ///< why the run failed; empty when it succeeded
    QStringList reports; ///< the engine's warnings (never-retrieved exceptions, ...)
    std::int64_t elapsed_ns = 0; ///< loop time from the loop's start to the main task's end
    std::vector<aio::TraceEvent> events;
    std::vector<aio::TaskSummary> tasks;

    [[nodiscard]] bool ok() const noexcept { return error.isEmpty(); }
    [[nodiscard]] double elapsed_ms() const noexcept { return double(elapsed_ns) / 1e6; }
};

/// Runs `scenario` to completion. Needs a QCoreApplication; must not be called from inside a
/// running task. The scenario's loop is the thread's current loop meanwhile (the previous one
/// is current again afterwards).
[[nodiscard]] RunResult run_scenario(const Scenario &scenario, const RunOptions &options = {});

/// The Python-style name of a coroutine function for display, from its C++ signature:
/// "aio::Coroutine<int> coroscope::scenarios::await_chain::add(int, int)" -> "add".
/// Text that is not a signature is returned unchanged.
[[nodiscard]] QString python_name(const QString &signature);

} // namespace coroscope
