// SPDX-License-Identifier: MIT
#include "coroscope/trace.h"

#include <QByteArray>
#include <QMutex>
#include <string>
#include <unordered_set>

namespace aio {

namespace {

/// The names of locations read back from saved traces, kept for the program's life: an event's
/// location points into this set (its nodes never move).
const char *intern(const QString &text)
{
    static QMutex mutex;
    static std::unordered_set<std::string> names;
    const QByteArray utf8 = text.toUtf8();
    QMutexLocker lock(&mutex);
    return names.emplace(utf8.constData(), std::size_t(utf8.size())).first->c_str();
}

} // namespace

SourceLocation SourceLocation::make(const QString &file, const QString &function, std::uint_least32_t line,
                                    std::uint_least32_t column)
{
    SourceLocation where;
    where.m_file = file.isEmpty() ? "" : intern(file);
    where.m_function = function.isEmpty() ? "" : intern(function);
    where.m_line = line;
    where.m_column = column;
    return where;
}

const char *to_string(TraceType type) noexcept
{
    switch (type) {
    case TraceType::Spawn: return "spawn";
    case TraceType::Schedule: return "schedule";
    case TraceType::StepBegin: return "step_begin";
    case TraceType::StepEnd: return "step_end";
    case TraceType::AwaitEdge: return "await_edge";
    case TraceType::Cancel: return "cancel";
    case TraceType::Done: return "done";
    case TraceType::Executor: return "executor";
    case TraceType::Print: return "print";
    case TraceType::Phase: return "phase";
    case TraceType::Connection: return "connection";
    }
    return "?";
}

const char *to_string(SpawnKind kind) noexcept
{
    switch (kind) {
    case SpawnKind::Task: return "task";
    case SpawnKind::Future: return "future";
    case SpawnKind::ExecutorJob: return "executor job";
    case SpawnKind::AsyncGenerator: return "async generator";
    }
    return "?";
}

const char *to_string(ScheduleCause cause) noexcept
{
    switch (cause) {
    case ScheduleCause::Start: return "start";
    case ScheduleCause::CallSoon: return "call_soon";
    case ScheduleCause::Timer: return "timer";
    case ScheduleCause::FutureDone: return "future done";
    case ScheduleCause::Io: return "io";
    case ScheduleCause::Executor: return "executor";
    case ScheduleCause::Cancel: return "cancel";
    }
    return "?";
}

const char *to_string(StepEndReason reason) noexcept
{
    switch (reason) {
    case StepEndReason::Await: return "await";
    case StepEndReason::Yield: return "yield";
    case StepEndReason::Return: return "return";
    case StepEndReason::Raise: return "raise";
    case StepEndReason::Cancelled: return "cancelled";
    }
    return "?";
}

const char *to_string(WaitKind wait) noexcept
{
    switch (wait) {
    case WaitKind::None: return "none";
    case WaitKind::Ready: return "ready";
    case WaitKind::Timer: return "timer";
    case WaitKind::Future: return "future";
    case WaitKind::Task: return "task";
    case WaitKind::ExecutorJob: return "executor job";
    case WaitKind::NetworkReply: return "network reply";
    case WaitKind::Gather: return "gather";
    case WaitKind::AsyncNext: return "anext";
    case WaitKind::AEnter: return "aenter";
    case WaitKind::AExit: return "aexit";
    case WaitKind::Sync: return "sync";
    }
    return "?";
}

const char *to_string(ConnectionPhase phase) noexcept
{
    switch (phase) {
    case ConnectionPhase::Queued: return "queued for a connection";
    case ConnectionPhase::Acquired: return "took the connection";
    case ConnectionPhase::Connecting: return "connecting";
    case ConnectionPhase::Sent: return "on the wire";
    case ConnectionPhase::Receiving: return "receiving";
    case ConnectionPhase::Released: return "let go";
    }
    return "?";
}

const char *to_string(DoneOutcome outcome) noexcept
{
    switch (outcome) {
    case DoneOutcome::Result: return "result";
    case DoneOutcome::Exception: return "exception";
    case DoneOutcome::Cancelled: return "cancelled";
    }
    return "?";
}

const char *to_string(CancelPhase phase) noexcept
{
    switch (phase) {
    case CancelPhase::Requested: return "requested";
    case CancelPhase::Delivered: return "delivered";
    }
    return "?";
}

const char *to_string(ExecutorPhase phase) noexcept
{
    switch (phase) {
    case ExecutorPhase::Submit: return "submit";
    case ExecutorPhase::Start: return "start";
    case ExecutorPhase::End: return "end";
    }
    return "?";
}

const char *to_string(EdgeOp op) noexcept
{
    switch (op) {
    case EdgeOp::Add: return "add";
    case EdgeOp::Remove: return "remove";
    }
    return "?";
}

} // namespace aio
