// SPDX-License-Identifier: MIT
#include "coroscope/trace_json.h"

#include <QHash>
#include <QJsonArray>
#include <cmath>
#include <cstring>
#include <limits>

namespace aio {

namespace {

const QString k_seq = QStringLiteral("seq");
const QString k_t = QStringLiteral("t");
const QString k_type = QStringLiteral("type");
const QString k_task = QStringLiteral("task");
const QString k_other = QStringLiteral("other");
const QString k_kind = QStringLiteral("kind");
const QString k_cause = QStringLiteral("cause");
const QString k_reason = QStringLiteral("reason");
const QString k_wait = QStringLiteral("wait");
const QString k_outcome = QStringLiteral("outcome");
const QString k_cancel = QStringLiteral("cancel");
const QString k_executor = QStringLiteral("executor");
const QString k_edge = QStringLiteral("edge");
const QString k_connection = QStringLiteral("connection");
const QString k_deadline = QStringLiteral("deadline");
const QString k_src = QStringLiteral("src");
const QString k_text = QStringLiteral("text");

/// The values of each enum, in order: the first one is the default (left out when written).
template<typename E>
constexpr int enum_size();
template<> constexpr int enum_size<TraceType>() { return int(TraceType::Connection) + 1; }
template<> constexpr int enum_size<SpawnKind>() { return int(SpawnKind::AsyncGenerator) + 1; }
template<> constexpr int enum_size<ScheduleCause>() { return int(ScheduleCause::Cancel) + 1; }
template<> constexpr int enum_size<StepEndReason>() { return int(StepEndReason::Cancelled) + 1; }
template<> constexpr int enum_size<WaitKind>() { return int(WaitKind::Sync) + 1; }
template<> constexpr int enum_size<DoneOutcome>() { return int(DoneOutcome::Cancelled) + 1; }
template<> constexpr int enum_size<CancelPhase>() { return int(CancelPhase::Delivered) + 1; }
template<> constexpr int enum_size<ExecutorPhase>() { return int(ExecutorPhase::End) + 1; }
template<> constexpr int enum_size<EdgeOp>() { return int(EdgeOp::Remove) + 1; }
template<> constexpr int enum_size<ConnectionPhase>() { return int(ConnectionPhase::Released) + 1; }

template<typename E>
void put_enum(QJsonObject &object, const QString &key, E value, bool always = false)
{
    if (always || value != E{})
        object.insert(key, QLatin1String(to_string(value)));
}

/// The enum named `key` in `object` (its default when absent); false when the name is unknown.
template<typename E>
bool get_enum(const QJsonObject &object, const QString &key, E &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        out = E{};
        return true;
    }
    const QByteArray name = value.toString().toUtf8();
    for (int i = 0; i < enum_size<E>(); ++i)
        if (std::strcmp(to_string(E(i)), name.constData()) == 0) {
            out = E(i);
            return true;
        }
    return false;
}

/// A whole number; absent means 0. False when present but not a whole number in range.
template<typename N>
bool get_number(const QJsonObject &object, const QString &key, N &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        out = 0;
        return true;
    }
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::abs(d) > 9.2e18 || d != std::trunc(d))
        return false; // a fraction, or beyond 64 bits
    const qint64 n = value.toInteger();
    if (n < qint64(std::numeric_limits<N>::min()) || (std::is_signed_v<N> && n > qint64(std::numeric_limits<N>::max())))
        return false;
    out = N(n);
    return true;
}

/// Indices into the files / functions tables, each name listed once in first-use order.
class Names
{
public:
    int index(const char *name)
    {
        if (!name || !*name)
            return -1;
        const QString text = QString::fromUtf8(name);
        auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return *it;
        const int i = int(m_list.size());
        m_index.insert(text, i);
        m_list.append(text);
        return i;
    }
    [[nodiscard]] QJsonArray list() const { return QJsonArray::fromStringList(m_list); }

private:
    QHash<QString, int> m_index;
    QStringList m_list;
};

} // namespace

QJsonObject trace_to_json(const std::vector<TraceEvent> &events)
{
    Names files, functions;
    QJsonArray out;
    for (const TraceEvent &e : events) {
        QJsonObject o;
        o.insert(k_seq, qint64(e.seq));
        o.insert(k_t, qint64(e.t_ns));
        put_enum(o, k_type, e.type, true);
        if (e.task)
            o.insert(k_task, qint64(e.task));
        if (e.other)
            o.insert(k_other, qint64(e.other));
        put_enum(o, k_kind, e.spawn_kind);
        put_enum(o, k_cause, e.cause);
        put_enum(o, k_reason, e.reason);
        put_enum(o, k_wait, e.wait);
        put_enum(o, k_outcome, e.outcome);
        put_enum(o, k_cancel, e.cancel_phase);
        put_enum(o, k_executor, e.executor_phase);
        put_enum(o, k_edge, e.edge);
        put_enum(o, k_connection, e.connection_phase);
        if (e.deadline_ns)
            o.insert(k_deadline, qint64(e.deadline_ns));
        const int file = files.index(e.src.file_name());
        const int function = functions.index(e.src.function_name());
        if (file >= 0 || function >= 0 || e.src.line() || e.src.column())
            o.insert(k_src, QJsonArray{file, qint64(e.src.line()), qint64(e.src.column()), function});
        if (!e.text.isEmpty())
            o.insert(k_text, e.text);
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("files"), files.list()},
                       {QStringLiteral("functions"), functions.list()},
                       {QStringLiteral("events"), out}};
}

bool trace_from_json(const QJsonObject &object, std::vector<TraceEvent> &events, QString *error)
{
    events.clear();
    const auto fail = [&](const QString &why) {
        events.clear();
        if (error)
            *error = why;
        return false;
    };
    const QJsonValue files_value = object.value(QStringLiteral("files"));
    const QJsonValue functions_value = object.value(QStringLiteral("functions"));
    const QJsonValue events_value = object.value(QStringLiteral("events"));
    if (!events_value.isArray())
        return fail(QStringLiteral("it has no list of events"));
    if (!files_value.isArray() || !functions_value.isArray())
        return fail(QStringLiteral("its tables of source files and functions are missing"));
    QStringList files, functions;
    for (const QJsonValue &name : files_value.toArray()) {
        if (!name.isString())
            return fail(QStringLiteral("its table of source files holds a non-text entry"));
        files << name.toString();
    }
    for (const QJsonValue &name : functions_value.toArray()) {
        if (!name.isString())
            return fail(QStringLiteral("its table of functions holds a non-text entry"));
        functions << name.toString();
    }

    const QJsonArray list = events_value.toArray();
    events.reserve(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto bad = [&](const QString &why) { return fail(QStringLiteral("event %1: %2").arg(i).arg(why)); };
        if (!list[i].isObject())
            return bad(QStringLiteral("not an object"));
        const QJsonObject o = list[i].toObject();
        TraceEvent e;
        if (!o.value(k_type).isString())
            return bad(QStringLiteral("no type"));
        if (!get_enum(o, k_type, e.type))
            return bad(QStringLiteral("unknown type '%1'").arg(o.value(k_type).toString()));
        if (!get_number(o, k_seq, e.seq) || !get_number(o, k_t, e.t_ns) || !get_number(o, k_task, e.task)
            || !get_number(o, k_other, e.other) || !get_number(o, k_deadline, e.deadline_ns))
            return bad(QStringLiteral("a number field (seq, t, task, other, deadline) is not a whole number"));
        if (!get_enum(o, k_kind, e.spawn_kind) || !get_enum(o, k_cause, e.cause) || !get_enum(o, k_reason, e.reason)
            || !get_enum(o, k_wait, e.wait) || !get_enum(o, k_outcome, e.outcome) || !get_enum(o, k_cancel, e.cancel_phase)
            || !get_enum(o, k_executor, e.executor_phase) || !get_enum(o, k_edge, e.edge)
            || !get_enum(o, k_connection, e.connection_phase))
            return bad(QStringLiteral("an unknown kind, cause, reason, wait, outcome or phase"));
        if (const QJsonValue src = o.value(k_src); !src.isUndefined()) {
            const QJsonArray where = src.toArray();
            if (where.size() != 4)
                return bad(QStringLiteral("src is not [file, line, column, function]"));
            const qint64 file = where[0].toInteger(-2), line = where[1].toInteger(-1), column = where[2].toInteger(-1),
                         function = where[3].toInteger(-2);
            if (file < -1 || file >= files.size() || function < -1 || function >= functions.size() || line < 0
                || column < 0 || line > std::numeric_limits<std::uint_least32_t>::max()
                || column > std::numeric_limits<std::uint_least32_t>::max())
                return bad(QStringLiteral("src refers to no listed file or function"));
            e.src = SourceLocation::make(file < 0 ? QString() : files[file], function < 0 ? QString() : functions[function],
                                         std::uint_least32_t(line), std::uint_least32_t(column));
        }
        if (const QJsonValue text = o.value(k_text); !text.isUndefined()) {
            if (!text.isString())
                return bad(QStringLiteral("text is not text"));
            e.text = text.toString();
        }
        events.push_back(std::move(e));
    }
    return true;
}

} // namespace aio
