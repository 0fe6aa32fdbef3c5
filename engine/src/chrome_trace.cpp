// SPDX-License-Identifier: MIT
#include "coroscope/chrome_trace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <unordered_map>

namespace aio {

namespace {
constexpr int kPid = 1;
constexpr std::uint64_t kExecutorTidBase = 1'000'000; // executor threads get their own lanes

double micros(std::int64_t ns)
{
    return double(ns) / 1000.0;
}

QString source_text(const SourceLocation &src)
{
    if (!src.file_name() || !*src.file_name())
        return {};
    return QStringLiteral("%1:%2").arg(QFileInfo(QString::fromUtf8(src.file_name())).fileName()).arg(src.line());
}

QJsonObject base(const char *ph, const QString &name, std::int64_t t_ns, std::uint64_t tid)
{
    return QJsonObject{{QStringLiteral("ph"), QLatin1String(ph)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("ts"), micros(t_ns)},
                       {QStringLiteral("pid"), kPid},
                       {QStringLiteral("tid"), qint64(tid)}};
}

class Exporter
{
public:
    QJsonArray run(const std::vector<TraceEvent> &events)
    {
        for (const TraceEvent &e : events)
            add(e);
        return std::move(m_out);
    }

private:
    void add(const TraceEvent &e)
    {
        switch (e.type) {
        case TraceType::Spawn: spawn(e); break;
        case TraceType::StepBegin: m_step_began[e.task] = e; break;
        case TraceType::StepEnd: step_end(e); break;
        case TraceType::Schedule: schedule(e); break;
        case TraceType::Cancel: instant(e, e.cancel_phase == CancelPhase::Requested ? QStringLiteral("cancel requested") : QStringLiteral("cancel delivered")); break;
        case TraceType::Print: instant(e, QStringLiteral("print: %1").arg(e.text.trimmed())); break;
        case TraceType::Phase: instant(e, e.text); break;
        case TraceType::Done: done(e); break;
        case TraceType::Executor: executor(e); break;
        case TraceType::AwaitEdge: break; // the wait spans already say what is awaited
        case TraceType::Connection:
            instant(e, QStringLiteral("connection %1: %2 %3").arg(e.other).arg(e.text, QString::fromLatin1(to_string(e.connection_phase))));
            break;
        }
    }

    void spawn(const TraceEvent &e)
    {
        if (e.spawn_kind != SpawnKind::Task && e.spawn_kind != SpawnKind::AsyncGenerator)
            return;
        const QString name = QStringLiteral("#%1 %2").arg(e.task).arg(e.text);
        m_names[e.task] = name;
        QJsonObject meta{{QStringLiteral("ph"), QStringLiteral("M")},
                         {QStringLiteral("name"), QStringLiteral("thread_name")},
                         {QStringLiteral("pid"), kPid},
                         {QStringLiteral("tid"), qint64(e.task)},
                         {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), name}}}};
        m_out.append(meta);
        QJsonObject sort{{QStringLiteral("ph"), QStringLiteral("M")},
                         {QStringLiteral("name"), QStringLiteral("thread_sort_index")},
                         {QStringLiteral("pid"), kPid},
                         {QStringLiteral("tid"), qint64(e.task)},
                         {QStringLiteral("args"), QJsonObject{{QStringLiteral("sort_index"), qint64(e.task)}}}};
        m_out.append(sort);
        QJsonObject life = base("b", name, e.t_ns, e.task);
        life[QStringLiteral("cat")] = QStringLiteral("task");
        life[QStringLiteral("id")] = QStringLiteral("task-%1").arg(e.task);
        life[QStringLiteral("args")] = QJsonObject{{QStringLiteral("src"), source_text(e.src)},
                                                   {QStringLiteral("parent"), qint64(e.other)}};
        m_out.append(life);
        if (e.other && m_names.count(e.other))
            flow(e.other, e.task, e.t_ns, QStringLiteral("spawn"));
    }

    void flow(std::uint64_t from, std::uint64_t to, std::int64_t t_ns, const QString &name)
    {
        const qint64 id = qint64(++m_flow_id);
        QJsonObject start = base("s", name, t_ns, from);
        start[QStringLiteral("cat")] = QStringLiteral("flow");
        start[QStringLiteral("id")] = id;
        QJsonObject finish = base("f", name, t_ns, to);
        finish[QStringLiteral("cat")] = QStringLiteral("flow");
        finish[QStringLiteral("id")] = id;
        finish[QStringLiteral("bp")] = QStringLiteral("e");
        m_out.append(start);
        m_out.append(finish);
    }

    void schedule(const TraceEvent &e)
    {
        if (!m_names.count(e.task))
            return;
        close_wait(e.task, e.t_ns);
        if (e.other && e.other != e.task && m_names.count(e.other))
            flow(e.other, e.task, e.t_ns, QStringLiteral("wake"));
    }

    void step_end(const TraceEvent &e)
    {
        auto began = m_step_began.find(e.task);
        if (began == m_step_began.end())
            return;
        QJsonObject slice = base("X", m_names.count(e.task) ? m_names[e.task] : QStringLiteral("step"), began->second.t_ns, e.task);
        slice[QStringLiteral("dur")] = micros(e.t_ns - began->second.t_ns);
        slice[QStringLiteral("cat")] = QStringLiteral("step");
        slice[QStringLiteral("args")] = QJsonObject{{QStringLiteral("resumed at"), source_text(began->second.src)},
                                                    {QStringLiteral("ended"), QLatin1String(to_string(e.reason))},
                                                    {QStringLiteral("loop iteration"), qint64(began->second.other)},
                                                    {QStringLiteral("at"), source_text(e.src)},
                                                    {QStringLiteral("awaiting"), e.text}};
        m_out.append(slice);
        m_step_began.erase(began);
        if (e.reason == StepEndReason::Await || e.reason == StepEndReason::Yield) {
            QJsonObject wait = base("b", e.text.isEmpty() ? QStringLiteral("waiting") : e.text, e.t_ns, e.task);
            wait[QStringLiteral("cat")] = QStringLiteral("wait");
            wait[QStringLiteral("id")] = QStringLiteral("wait-%1").arg(e.task);
            m_out.append(wait);
            m_open_wait[e.task] = wait[QStringLiteral("name")].toString();
        }
    }

    void close_wait(std::uint64_t task, std::int64_t t_ns)
    {
        auto it = m_open_wait.find(task);
        if (it == m_open_wait.end())
            return;
        QJsonObject end = base("e", it->second, t_ns, task);
        end[QStringLiteral("cat")] = QStringLiteral("wait");
        end[QStringLiteral("id")] = QStringLiteral("wait-%1").arg(task);
        m_out.append(end);
        m_open_wait.erase(it);
    }

    void done(const TraceEvent &e)
    {
        if (!m_names.count(e.task))
            return;
        close_wait(e.task, e.t_ns);
        QJsonObject end = base("e", m_names[e.task], e.t_ns, e.task);
        end[QStringLiteral("cat")] = QStringLiteral("task");
        end[QStringLiteral("id")] = QStringLiteral("task-%1").arg(e.task);
        end[QStringLiteral("args")] = QJsonObject{{QStringLiteral("outcome"), QLatin1String(to_string(e.outcome))},
                                                  {QStringLiteral("value"), e.text}};
        m_out.append(end);
    }

    void instant(const TraceEvent &e, const QString &name)
    {
        QJsonObject i = base("i", name, e.t_ns, e.task);
        i[QStringLiteral("s")] = QStringLiteral("t");
        if (e.src.file_name() && *e.src.file_name())
            i[QStringLiteral("args")] = QJsonObject{{QStringLiteral("src"), source_text(e.src)}};
        m_out.append(i);
    }

    void executor(const TraceEvent &e)
    {
        if (e.executor_phase == ExecutorPhase::Submit)
            return;
        const std::uint64_t tid = kExecutorTidBase + e.other;
        if (!m_threads_named.count(tid)) {
            m_threads_named[tid] = true;
            m_out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                                     {QStringLiteral("name"), QStringLiteral("thread_name")},
                                     {QStringLiteral("pid"), kPid},
                                     {QStringLiteral("tid"), qint64(tid)},
                                     {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), QStringLiteral("executor thread %1").arg(e.other)}}}});
        }
        if (e.executor_phase == ExecutorPhase::Start) {
            m_job_began[e.task] = e.t_ns;
            return;
        }
        auto began = m_job_began.find(e.task);
        const std::int64_t start = began == m_job_began.end() ? e.t_ns : began->second;
        QJsonObject slice = base("X", e.text, start, tid);
        slice[QStringLiteral("dur")] = micros(e.t_ns - start);
        slice[QStringLiteral("cat")] = QStringLiteral("executor");
        m_out.append(slice);
    }

    QJsonArray m_out;
    std::unordered_map<std::uint64_t, QString> m_names;
    std::unordered_map<std::uint64_t, TraceEvent> m_step_began;
    std::unordered_map<std::uint64_t, QString> m_open_wait;
    std::unordered_map<std::uint64_t, std::int64_t> m_job_began;
    std::unordered_map<std::uint64_t, bool> m_threads_named;
    std::uint64_t m_flow_id = 0;
};
} // namespace

QByteArray to_chrome_trace(const std::vector<TraceEvent> &events, const ChromeTraceExtras &extras)
{
    // By hand, not one QJsonDocument: its objects sort their keys, which would put traceEvents last.
    QByteArray out = QByteArrayLiteral("{\"traceEvents\":");
    out += QJsonDocument(Exporter().run(events)).toJson(QJsonDocument::Compact);
    out += QByteArrayLiteral(",\"displayTimeUnit\":\"ms\"");
    if (!extras.other_data.isEmpty())
        out += QByteArrayLiteral(",\"otherData\":") + QJsonDocument(extras.other_data).toJson(QJsonDocument::Compact);
    if (!extras.metadata.isEmpty())
        out += QByteArrayLiteral(",\"metadata\":") + QJsonDocument(extras.metadata).toJson(QJsonDocument::Compact);
    out += '}';
    return out;
}

bool write_chrome_trace(const QString &path, const std::vector<TraceEvent> &events, QString *error)
{
    return write_chrome_trace_json(path, to_chrome_trace(events), error);
}

bool write_chrome_trace_json(const QString &path, const QByteArray &json, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write trace file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(json);
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write trace file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace aio
