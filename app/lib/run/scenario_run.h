// SPDX-License-Identifier: MIT
#pragma once
// ScenarioRun: one run of one scenario, the only place that builds a loop for a scenario. The
// command line (run_scenario), the window and the tests all use it. It owns the checked
// parameters, the loop and its clock (on a thread of its own, aio::LoopThread), the trace, the
// scenario's demo server (through the scenario's own code), the main task, and the shutdown that
// asyncio.run does (cancel what is left, close the loop).
//
// Commands (pause, resume, step, speed, cancel a task, stop) may come from any thread and are
// carried out on the run's thread in order; pause and speed also act on the clock at once, so a
// step that blocks the loop (a CPU burn, a blocking fetch) slows down or holds still with it.
// Readings (the trace so far, the clock, the reports, whether it has finished) are thread-safe.

#include "scenario.h"
#include "python_style.h"
#include "scenario_params.h"

#include <coroscope/clock.h>
#include <coroscope/trace.h>
#include <coroscope/trace_recorder.h>

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace aio {
class EventLoop;
class LoopThread;
}

namespace coroscope {

struct RunOptions
{
    aio::ClockMode clock = aio::ClockMode::Real;
    double speed = 1.0;      ///< for ClockMode::Scaled
    QVariantMap params = {}; ///< overrides of the scenario's parameters (checked by resolve_params)
    bool start_paused = false; ///< the loop starts paused (the first step() runs main's first step)
    /// Called with each printed text as it is printed, on the run's thread (e.g. to echo it).
    std::function<void(const QString &)> on_output = {};
    /// run_scenario only: a real-time watchdog; the run is stopped and fails with "timed out"
    /// after this long (0 = no limit).
    std::chrono::milliseconds timeout{0};
};

/// A report of the engine (never-retrieved exceptions, ...) and when it came, in loop time and
/// in the trace (it came after the first `after_events` events, before the others).
struct RunReport
{
    std::int64_t t_ns = 0;
    QString message;
    std::size_t after_events = 0;
};

struct RunResult
{
    QString scenario;
    QString output;      ///< everything printed, in order
    QString error;       ///< why the run failed; empty when it succeeded
    QStringList reports; ///< the engine's warnings (never-retrieved exceptions, ...)
    std::vector<RunReport> timed_reports; ///< the same, each with its place in loop time and in the trace
    std::int64_t elapsed_ns = 0; ///< loop time from the loop's start to the main task's end
    std::int64_t end_ns = 0;     ///< loop time when the loop closed (after asyncio.run's shutdown)
    std::uint64_t main_task = 0; ///< the main task's id (0 when it never started)
    bool finished = false;       ///< the run has ended (false: result() of a run still going)
    QVariantMap params;          ///< the parameters in effect
    std::vector<aio::TraceEvent> events;
    std::vector<aio::TaskSummary> tasks;

    [[nodiscard]] bool ok() const noexcept { return error.isEmpty(); }
    [[nodiscard]] double elapsed_ms() const noexcept { return double(elapsed_ns) / 1e6; }
};

class ScenarioRun
{
public:
    /// Checks the parameters (error() says what is wrong; start() then does nothing).
    ScenarioRun(const Scenario &scenario, RunOptions options);
    /// Stops the run if it still goes (cancelling what is left) and waits for its thread.
    ~ScenarioRun();
    ScenarioRun(const ScenarioRun &) = delete;
    ScenarioRun &operator=(const ScenarioRun &) = delete;

    [[nodiscard]] const Scenario &scenario() const noexcept { return m_scenario; }
    /// Why the run could not start or failed (empty otherwise).
    [[nodiscard]] QString error() const;
    /// The parameters in effect (defaults with the overrides).
    [[nodiscard]] const QVariantMap &params() const noexcept { return m_params; }

    /// Starts the run's thread and the main task; false when the parameters were bad. Call once.
    bool start();
    /// Called on the run's thread when the run has ended (main done, the rest cancelled, the
    /// loop closed). Set before start().
    void on_finished(std::function<void()> callback);

    // --- commands (any thread) ---------------------------------------------------------------
    void pause();
    void resume();
    /// While paused: one loop step (a task step, a callback, or time moving to the next deadline).
    void step();
    /// Loop seconds per real second; 0 switches to the virtual clock.
    void set_speed(double speed);
    /// Cancels the task with this id (if it is still live), as task.cancel(message) would.
    void cancel_task(std::uint64_t id, QString message);
    /// Ends the run early: what waits on loop time gives up, main is cancelled, the loop closes.
    void stop();

    // --- readings (any thread) ---------------------------------------------------------------
    /// Loop time now (the clock keeps running while a step blocks the loop).
    [[nodiscard]] std::int64_t now_ns() const;
    /// The id of the main task once it exists (0 before).
    [[nodiscard]] std::uint64_t main_task() const;
    /// Appends the trace events recorded since the last call to `out` (in order), at most
    /// `max_events` of them (a window takes a big run in over several frames); true when more
    /// are left to take.
    bool take_events(std::vector<aio::TraceEvent> &out, std::size_t max_events = SIZE_MAX);
    /// The reports since the last call.
    [[nodiscard]] std::vector<RunReport> take_reports();
    [[nodiscard]] bool finished() const;
    /// How many commands the run's thread has carried out (tests wait for a step's effect).
    [[nodiscard]] std::uint64_t commands_done() const;
    /// Waits for the end of the run; false on time-out.
    bool wait(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
    /// Everything the run left behind; complete once finished().
    [[nodiscard]] RunResult result() const;

private:
    struct State;
    void run_on_loop_thread(aio::EventLoop &loop);
    /// Posts `command` to the run's thread, counted in commands_done() once carried out.
    void post(std::function<void(aio::EventLoop &)> command);

    const Scenario &m_scenario;
    RunOptions m_options;
    QVariantMap m_params;
    std::shared_ptr<State> m_state;
    std::unique_ptr<aio::LoopThread> m_thread;
};

/// Runs `scenario` to completion on a ScenarioRun (on its own thread; the caller's thread waits)
/// and returns what it left behind. Needs a QCoreApplication.
[[nodiscard]] RunResult run_scenario(const Scenario &scenario, const RunOptions &options = {});

} // namespace coroscope
