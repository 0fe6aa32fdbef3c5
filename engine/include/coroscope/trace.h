// SPDX-License-Identifier: MIT
#pragma once
// The trace: the event stream every task's life is drawn from (Trio's Instrument is the model).
// Observers attached to an EventLoop receive each event synchronously on the loop thread.
// With no observer attached, emitting costs one branch.

#include <QString>
#include <cstdint>
#include <source_location>

namespace aio {

enum class TraceType : std::uint8_t {
    Spawn,     ///< a task / future / executor job / async generator came to be
    Schedule,  ///< a task was put on the ready queue
    StepBegin, ///< the loop started running one step of a task
    StepEnd,   ///< the step ended (the task awaits, yields, returns or raises)
    AwaitEdge, ///< a waiter started / stopped waiting on an awaited task or future
    Cancel,    ///< a cancellation was requested or delivered
    Done,      ///< a task or future finished
    Executor,  ///< an executor job was submitted / started / ended
    Print,     ///< a scenario printed text through aio::print
    Phase,     ///< a labelled phase began (async with's aenter / body / aexit)
    /// A network request's use of a connection to its host (the fetch layer's per-host pool,
    /// six per host as QNetworkAccessManager's): queued, took connection N, its stages, let go.
    Connection,
};

/// What a spawned object is.
enum class SpawnKind : std::uint8_t { Task, Future, ExecutorJob, AsyncGenerator };

/// Why a task was scheduled.
enum class ScheduleCause : std::uint8_t { Start, CallSoon, Timer, FutureDone, Io, Executor, Cancel };

/// How a step ended.
enum class StepEndReason : std::uint8_t { Await, Yield, Return, Raise, Cancelled };

/// What a suspended task waits on.
enum class WaitKind : std::uint8_t {
    None,
    Ready,        ///< sleep(0): back on the ready queue at once
    Timer,        ///< sleep(d): a deadline
    Future,       ///< a bare Future
    Task,         ///< another task
    ExecutorJob,  ///< a job on a thread pool
    NetworkReply, ///< a network request
    Gather,       ///< a gather of several awaitables
    AsyncNext,    ///< an async iterator's next item
    AEnter,       ///< an async context manager's enter
    AExit,        ///< an async context manager's exit
    Sync,         ///< a lock, semaphore, event, condition or queue
};

enum class DoneOutcome : std::uint8_t { Result, Exception, Cancelled };
enum class CancelPhase : std::uint8_t { Requested, Delivered };
enum class ExecutorPhase : std::uint8_t { Submit, Start, End };
enum class EdgeOp : std::uint8_t { Add, Remove };
/// Connection events: Queued (no connection free; other = 0), Acquired (it holds connection
/// `other` now), then Connecting (a new socket was opened for it), Sent, Receiving, and Released
/// (the connection is free again, or the queued request gave up).
enum class ConnectionPhase : std::uint8_t { Queued, Acquired, Connecting, Sent, Receiving, Released };

/// Where in the source an event happened: what std::source_location says (file, function, line,
/// column), converted from it implicitly, and also rebuilt from a saved trace (make() interns the
/// names for the program's life, so a reopened trace's locations point to stable strings too).
class SourceLocation
{
public:
    constexpr SourceLocation() noexcept = default;
    SourceLocation(const std::source_location &where) noexcept // NOLINT: implicit on purpose
        : m_file(where.file_name()), m_function(where.function_name()), m_line(where.line()), m_column(where.column())
    {
    }
    /// A location read back from a saved trace; the names are interned (thread-safe).
    [[nodiscard]] static SourceLocation make(const QString &file, const QString &function, std::uint_least32_t line,
                                             std::uint_least32_t column);

    [[nodiscard]] constexpr const char *file_name() const noexcept { return m_file; }
    [[nodiscard]] constexpr const char *function_name() const noexcept { return m_function; }
    [[nodiscard]] constexpr std::uint_least32_t line() const noexcept { return m_line; }
    [[nodiscard]] constexpr std::uint_least32_t column() const noexcept { return m_column; }

private:
    const char *m_file = "";
    const char *m_function = "";
    std::uint_least32_t m_line = 0;
    std::uint_least32_t m_column = 0;
};

/// One trace record. Which fields are meaningful depends on `type` (see each field).
struct TraceEvent
{
    std::uint64_t seq = 0;   ///< strictly increasing per loop
    std::int64_t t_ns = 0;   ///< loop clock time
    std::uint64_t task = 0;  ///< the task / future / job / generator the event is about (ids start at 1)
    /// Spawn: parent task; Schedule: the waker (task or future id, 0 = loop);
    /// StepBegin: the loop iteration it runs in (EventLoop::iteration(), from 1);
    /// AwaitEdge: the awaited id; Cancel: who asked (task id, 0 = outside any task);
    /// Executor: the pool thread's index; Connection: the connection's number (1..6 for a run's
    /// first host, 7..12 for the next...), 0 while queued.
    std::uint64_t other = 0;
    TraceType type = TraceType::Spawn; // (beside the other one-byte fields: no padding between them)
    SpawnKind spawn_kind = SpawnKind::Task;
    ScheduleCause cause = ScheduleCause::Start;
    StepEndReason reason = StepEndReason::Await;
    WaitKind wait = WaitKind::None;     ///< StepEnd with reason Await: what it waits on
    DoneOutcome outcome = DoneOutcome::Result;
    CancelPhase cancel_phase = CancelPhase::Requested;
    ExecutorPhase executor_phase = ExecutorPhase::Submit;
    EdgeOp edge = EdgeOp::Add;
    ConnectionPhase connection_phase = ConnectionPhase::Queued;
    std::int64_t deadline_ns = 0;       ///< StepEnd waiting on a timer: when it fires
    SourceLocation src;                 ///< Spawn: where created; StepEnd/Cancel: the co_await
    /// Spawn: name; StepEnd: what is awaited ("task #3", "network reply apple");
    /// Done: the value or error; Print: the text; Phase: the phase's label; Executor: job label;
    /// Connection: the request's name ("apple"); Acquired also names the host ("apple @ host:port").
    QString text;
};

class TraceObserver
{
public:
    virtual ~TraceObserver() = default;
    virtual void on_trace(const TraceEvent &event) = 0;
};

[[nodiscard]] const char *to_string(TraceType type) noexcept;
[[nodiscard]] const char *to_string(SpawnKind kind) noexcept;
[[nodiscard]] const char *to_string(ScheduleCause cause) noexcept;
[[nodiscard]] const char *to_string(StepEndReason reason) noexcept;
[[nodiscard]] const char *to_string(WaitKind wait) noexcept;
[[nodiscard]] const char *to_string(DoneOutcome outcome) noexcept;
[[nodiscard]] const char *to_string(CancelPhase phase) noexcept;
[[nodiscard]] const char *to_string(ExecutorPhase phase) noexcept;
[[nodiscard]] const char *to_string(EdgeOp op) noexcept;
[[nodiscard]] const char *to_string(ConnectionPhase phase) noexcept;

} // namespace aio
