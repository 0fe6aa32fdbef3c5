// SPDX-License-Identifier: MIT
#pragma once
// CPython's run of a scenario's tutorial listing under the tracer, beside the C++ port's run: the
// listing's runnable form (runnable_listing.h) in a folder of its own, the demo server for the
// fetch listings (their google.co.kr URLs mapped to it), the tracer started as `coroscope
// trace-python` starts it (python_trace.h), asynchronously: the window's thread never waits.

#include "python_trace.h"
#include "saved_run.h"
#include "scenario.h"

#include <QString>
#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace coroscope {

namespace demo {
class DemoServerThread;
}

struct ListingTraceResult
{
    /// What went wrong, for the caller to word (the command line and the window each have theirs).
    enum class Problem {
        None,          ///< the script ran and ended normally
        NoFolder,      ///< no temporary folder for the script (detail: why)
        NoServer,      ///< the demo server did not start (detail: why)
        NoInterpreter, ///< detail: the interpreter asked for
        NoTracer,      ///< detail: where it was looked for
        NoStart,       ///< the interpreter did not start (detail: why)
        Crashed,       ///< the Python process crashed (detail: why)
        NoTrace,       ///< no trace was written, e.g. a syntax error (detail: the script's stderr)
        ScriptFailed,  ///< the script raised or ran out of time: the trace ends there (detail: its stderr)
    };
    bool ok = false;  ///< a trace was read (the script may still have failed: ScriptFailed)
    Problem problem = Problem::None;
    QString detail;
    SavedRun run;     ///< the Python run, when ok
    QString output;   ///< what the script printed
    int exit_code = -1;
};

class ListingTrace
{
public:
    /// `options.out` and `map_urls` are filled in here; the interpreter and timeout are the caller's.
    ListingTrace(const Scenario &scenario, PythonTraceOptions options);
    ~ListingTrace(); ///< kills the script if it still runs
    ListingTrace(const ListingTrace &) = delete;
    ListingTrace &operator=(const ListingTrace &) = delete;

    /// Starts the run; `done` is called once, on this thread's event loop (or at once when
    /// nothing could start: no python3, no tracer, no demo server).
    void start(std::function<void(const ListingTraceResult &)> done);
    /// Blocks until the run has ended (for the command line); false when `ms` passed first.
    bool wait(int ms);
    [[nodiscard]] bool running() const;

private:
    void finish(int exit_code, bool crashed);
    void fail(ListingTraceResult::Problem problem, const QString &detail);

    const Scenario &m_scenario;
    PythonTraceOptions m_options;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<demo::DemoServerThread> m_server;
    std::unique_ptr<QProcess> m_process;
    std::function<void(const ListingTraceResult &)> m_done;
};

/// True for the listings that fetch pages (they need the demo server).
[[nodiscard]] bool listing_fetches(const Scenario &scenario);

} // namespace coroscope
