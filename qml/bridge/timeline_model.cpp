// SPDX-License-Identifier: MIT
#include "timeline_model.h"

#include <QCoreApplication>

#include "python_style.h"

#include <QRegularExpression>
#include <algorithm>
#include <unordered_set>

namespace coroscope::ui {

namespace {
/// "task #3 aio::Coroutine<int> ns::add(int, int)" -> "task #3 add": unnamed tasks carry their
/// coroutine's C++ signature; learners read the Python-style name.
QString readable_label(const QString &label)
{
    static const QRegularExpression task(QStringLiteral(R"(^(task #\d+) (.+)$)"));
    const auto m = task.match(label);
    return m.hasMatch() ? m.captured(1) + QLatin1Char(' ') + python_name(m.captured(2)) : label;
}
} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}
TimelineModel::~TimelineModel() = default;

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

QString TimelineModel::stateText(LaneState state)
{
    // In the window's language (asyncio's own words in English).
    switch (state) {
    case LaneState::Pending: return QCoreApplication::translate("TimelineModel", "pending");
    case LaneState::Running: return QCoreApplication::translate("TimelineModel", "running");
    case LaneState::Waiting: return QCoreApplication::translate("TimelineModel", "waiting");
    case LaneState::Done: return QCoreApplication::translate("TimelineModel", "done");
    case LaneState::Failed: return QCoreApplication::translate("TimelineModel", "failed");
    case LaneState::Cancelled: return QCoreApplication::translate("TimelineModel", "cancelled");
    case LaneState::Busy: return QCoreApplication::translate("TimelineModel", "busy");
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lane &lane = *m_lanes[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return lane.name;
    case LaneIdRole: return QVariant::fromValue<qulonglong>(lane.id);
    case KindRole: return int(lane.kind);
    case DepthRole: return lane.depth;
    case StateRole: return int(lane.state);
    case StateTextRole:
        if (lane.kind == LaneKind::ExecutorThread)
            return lane.state == LaneState::Busy ? stateText(LaneState::Busy) : QCoreApplication::translate("TimelineModel", "idle");
        if (lane.kind == LaneKind::Connection)
            return lane.waiting_on.isEmpty() ? QCoreApplication::translate("TimelineModel", "idle") : lane.waiting_on;
        return stateText(lane.state);
    case ColorIndexRole: return lane.color;
    case WaitingOnRole: return lane.waiting_on;
    case RevisionRole: return lane.revision;
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        {LaneIdRole, "laneId"},         {NameRole, "name"},
        {KindRole, "kind"},             {DepthRole, "depth"},
        {StateRole, "laneState"},       {StateTextRole, "stateText"},
        {ColorIndexRole, "colorIndex"}, {WaitingOnRole, "waitingOn"},
        {RevisionRole, "revision"},
    };
}

Lane *TimelineModel::find(std::uint64_t id)
{
    auto it = m_by_id.find(id);
    return it == m_by_id.end() ? nullptr : it->second;
}

const Lane *TimelineModel::lane(std::uint64_t id) const
{
    auto it = m_by_id.find(id);
    return it == m_by_id.end() ? nullptr : it->second;
}

const Lane *TimelineModel::laneAt(int row) const
{
    return row >= 0 && row < int(m_lanes.size()) ? m_lanes[std::size_t(row)].get() : nullptr;
}

int TimelineModel::rowOf(std::uint64_t id) const
{
    const auto it = m_by_id.find(id);
    if (it == m_by_id.end())
        return -1;
    const Lane &lane = *it->second;
    if (lane.row < 0 || lane.row >= m_rows_numbered) {
        for (int row = m_rows_numbered; row < int(m_lanes.size()); ++row)
            m_lanes[std::size_t(row)]->row = row;
        m_rows_numbered = int(m_lanes.size());
    }
    return lane.row;
}

void TimelineModel::insert_lane(std::unique_ptr<Lane> lane, int row)
{
    beginInsertRows({}, row, row);
    m_by_id[lane->id] = lane.get();
    m_created.push_back(lane.get());
    m_lanes.insert(m_lanes.begin() + row, std::move(lane));
    m_rows_numbered = std::min(m_rows_numbered, row);
    endInsertRows();
}

void TimelineModel::touch(Lane &lane)
{
    ++lane.revision;
    if (!std::exchange(lane.dirty, true)) // a flag, not a search: a frame may touch thousands
        m_dirty.push_back(&lane);
}

void TimelineModel::open_segment(Lane &lane, std::int64_t t, LaneState state)
{
    close_segment(lane, t);
    Segment s;
    s.start = t;
    s.state = state;
    lane.segments.push_back(s);
    lane.state = state;
}

void TimelineModel::close_segment(Lane &lane, std::int64_t t)
{
    if (!lane.segments.empty() && lane.segments.back().end < 0)
        lane.segments.back().end = std::max(t, lane.segments.back().start);
}

void TimelineModel::on_spawn(const aio::TraceEvent &e)
{
    if (e.spawn_kind != aio::SpawnKind::Task && e.spawn_kind != aio::SpawnKind::AsyncGenerator)
        return;
    auto lane = std::make_unique<Lane>();
    lane->id = e.task;
    lane->parent = e.other;
    lane->kind = e.spawn_kind == aio::SpawnKind::Task ? LaneKind::Task : LaneKind::Generator;
    // Unnamed tasks are named after their coroutine's C++ signature: show the Python-style name.
    const QString name = python_name(e.text);
    lane->name = name.isEmpty() ? QStringLiteral("#%1").arg(e.task) : QStringLiteral("#%1 %2").arg(e.task).arg(name);
    lane->created = e.t_ns;
    lane->spawn_file = e.src.file_name();
    lane->spawn_line = int(e.src.line());
    lane->color = m_next_color++ % 8;
    lane->segments.push_back(Segment{.start = e.t_ns, .label = QStringLiteral("created")});
    // Nested under the creator: after the parent's last descendant; top-level tasks go after
    // the other tasks, before the executor threads.
    int row = int(m_lanes.size()) - m_executor_lanes;
    if (const int p = rowOf(e.other); p >= 0) {
        lane->depth = m_lanes[std::size_t(p)]->depth + 1;
        row = p + 1;
        while (row < int(m_lanes.size()) - m_executor_lanes && m_lanes[std::size_t(row)]->depth >= lane->depth)
            ++row;
    }
    ++m_task_count;
    Lane *raw = lane.get();
    insert_lane(std::move(lane), row);
    touch(*raw);
    Q_EMIT countChanged();
}

void TimelineModel::on_executor(const aio::TraceEvent &e)
{
    if (e.executor_phase == aio::ExecutorPhase::Submit)
        return;
    Lane *lane = resource_lane(executor_lane_base + e.other,
                               QCoreApplication::translate("TimelineModel", "executor thread %1").arg(e.other),
                               LaneKind::ExecutorThread, e.t_ns);
    if (e.executor_phase == aio::ExecutorPhase::Start) {
        open_segment(*lane, e.t_ns, LaneState::Busy);
        lane->segments.back().label = e.text;
        lane->waiting_on = e.text;
        lane->thread_busy_since = e.t_ns;
    } else {
        close_segment(*lane, e.t_ns);
        if (lane->thread_busy_since >= 0)
            lane->thread_busy += e.t_ns - lane->thread_busy_since;
        lane->thread_busy_since = -1;
        lane->state = LaneState::Done;
        lane->waiting_on.clear();
    }
    touch(*lane);
}

Lane *TimelineModel::resource_lane(std::uint64_t id, const QString &name, LaneKind kind, std::int64_t t)
{
    if (Lane *lane = find(id))
        return lane;
    auto fresh = std::make_unique<Lane>();
    fresh->id = id;
    fresh->kind = kind;
    fresh->name = name;
    fresh->created = t;
    fresh->state = LaneState::Done; // idle
    fresh->color = m_next_color++ % 8;
    // In the order they were first used.
    Lane *lane = fresh.get();
    insert_lane(std::move(fresh), int(m_lanes.size()));
    ++m_executor_lanes;
    Q_EMIT countChanged();
    return lane;
}

void TimelineModel::on_connection(const aio::TraceEvent &e)
{
    using P = aio::ConnectionPhase;
    if (e.connection_phase == P::Queued || (e.other == 0 && e.connection_phase == P::Released)) {
        if (e.connection_phase == P::Queued)
            m_connection_queue[e.task] = e.text;
        else
            m_connection_queue.erase(e.task);
        update_connection_queue(e.t_ns);
        return;
    }
    if (e.other == 0)
        return;
    QString request = e.text;
    QString host;
    if (const qsizetype at = e.text.indexOf(QStringLiteral(" @ ")); e.connection_phase == P::Acquired && at >= 0) {
        request = e.text.left(at);
        host = e.text.mid(at + 3);
    }
    Lane *lane = find(connection_lane_base + e.other);
    if (!lane) {
        lane = resource_lane(connection_lane_base + e.other,
                             QCoreApplication::translate("TimelineModel", "connection %1 · %2").arg(e.other).arg(host),
                             LaneKind::Connection, e.t_ns);
    }
    // connecting: pending (no bytes move yet); on the wire: waiting for the answer; receiving:
    // the answer arrives; let go: idle, free for the next request.
    const auto open = [&](LaneState state, const QString &what) {
        open_segment(*lane, e.t_ns, state);
        lane->segments.back().label = QStringLiteral("%1: %2").arg(request, what);
        lane->waiting_on = lane->segments.back().label;
    };
    switch (e.connection_phase) {
    case P::Acquired:
        if (m_connection_queue.erase(e.task))
            update_connection_queue(e.t_ns);
        open(LaneState::Pending, QCoreApplication::translate("TimelineModel", "sending"));
        break;
    case P::Connecting: open(LaneState::Pending, QCoreApplication::translate("TimelineModel", "connecting")); break;
    case P::Sent: open(LaneState::Waiting, QCoreApplication::translate("TimelineModel", "on the wire")); break;
    case P::Receiving: open(LaneState::Running, QCoreApplication::translate("TimelineModel", "receiving")); break;
    case P::Released:
        close_segment(*lane, e.t_ns);
        lane->state = LaneState::Done;
        lane->waiting_on.clear();
        break;
    case P::Queued: break;
    }
    touch(*lane);
}

void TimelineModel::update_connection_queue(std::int64_t t)
{
    Lane *lane = resource_lane(connection_lane_base, QCoreApplication::translate("TimelineModel", "waiting for a connection"),
                               LaneKind::Connection, t);
    if (m_connection_queue.empty()) {
        close_segment(*lane, t);
        lane->state = LaneState::Done;
        lane->waiting_on.clear();
    } else {
        QStringList names;
        for (const auto &[id, name] : m_connection_queue)
            names << name;
        open_segment(*lane, t, LaneState::Pending);
        lane->segments.back().label = QCoreApplication::translate("TimelineModel", "%n queued: %1", nullptr, int(names.size()))
                                          .arg(names.join(QStringLiteral(", ")));
        lane->waiting_on = lane->segments.back().label;
    }
    touch(*lane);
}

void TimelineModel::consume(const aio::TraceEvent &e)
{
    m_summary.consume(e);
    if (e.type == aio::TraceType::Spawn) {
        on_spawn(e);
        return;
    }
    if (e.type == aio::TraceType::Executor) {
        on_executor(e);
        return;
    }
    if (e.type == aio::TraceType::Connection) {
        on_connection(e);
        return;
    }
    Lane *lane = find(e.task);
    if (!lane || lane->kind == LaneKind::ExecutorThread || lane->kind == LaneKind::Connection)
        return;
    switch (e.type) {
    case aio::TraceType::Schedule:
        // Woken: ready on the queue, not running yet (visible when stepping).
        if (lane->state == LaneState::Waiting) {
            open_segment(*lane, e.t_ns, LaneState::Pending);
            lane->segments.back().label = QStringLiteral("ready");
        }
        break;
    case aio::TraceType::StepBegin:
        lane->waiting_on.clear();
        open_segment(*lane, e.t_ns, LaneState::Running);
        lane->segments.back().file = e.src.file_name();
        lane->segments.back().line = int(e.src.line());
        break;
    case aio::TraceType::StepEnd:
        close_segment(*lane, e.t_ns);
        if (e.reason == aio::StepEndReason::Await || e.reason == aio::StepEndReason::Yield) {
            lane->await_file = e.src.file_name();
            lane->await_line = int(e.src.line());
            open_segment(*lane, e.t_ns, LaneState::Waiting);
            Segment &s = lane->segments.back();
            s.wait = e.wait;
            s.deadline = e.deadline_ns;
            s.label = e.reason == aio::StepEndReason::Yield ? QStringLiteral("yielded %1").arg(e.text) : readable_label(e.text);
            lane->waiting_on = s.label;
            s.file = lane->await_file;
            s.line = lane->await_line;
        }
        break;
    case aio::TraceType::Phase:
        lane->phases.emplace_back(e.t_ns, e.text);
        break;
    case aio::TraceType::Done:
        close_segment(*lane, e.t_ns);
        lane->waiting_on.clear();
        lane->state = e.outcome == aio::DoneOutcome::Result      ? LaneState::Done
                      : e.outcome == aio::DoneOutcome::Cancelled ? LaneState::Cancelled
                                                                 : LaneState::Failed;
        break;
    default:
        return;
    }
    touch(*lane);
}

void TimelineModel::commit(std::int64_t now)
{
    m_now = now;
    if (m_dirty.empty())
        return;
    // One dataChanged over the span of changed rows: a single signal per frame (one pass over
    // the rows, not a row search per changed lane).
    int first = int(m_lanes.size()), last = -1;
    for (int row = 0; row < int(m_lanes.size()); ++row) {
        if (!m_lanes[std::size_t(row)]->dirty)
            continue;
        m_lanes[std::size_t(row)]->dirty = false;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    m_dirty.clear();
    if (last >= 0)
        Q_EMIT dataChanged(index(first), index(last), {StateRole, StateTextRole, WaitingOnRole, RevisionRole});
    Q_EMIT committed();
}

void TimelineModel::clear()
{
    beginResetModel();
    // Swapped with empty ones rather than cleared: clear() keeps the capacity (10,000 lanes' worth).
    decltype(m_lanes)().swap(m_lanes);
    decltype(m_created)().swap(m_created);
    m_summary = aio::TaskSummarizer();
    decltype(m_by_id)().swap(m_by_id);
    decltype(m_dirty)().swap(m_dirty);
    m_rows_numbered = 0;
    m_now = 0;
    m_task_count = 0;
    m_executor_lanes = 0;
    m_connection_queue.clear();
    m_next_color = 0;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT committed();
}

TimelineModel::Mark TimelineModel::mark() const
{
    Mark mark;
    mark.lanes.reserve(m_created.size());
    for (const Lane *lane : m_created) {
        LaneMark &m = mark.lanes.emplace_back();
        m.state = lane->state;
        m.waiting_on = lane->waiting_on;
        m.await_file = lane->await_file;
        m.await_line = lane->await_line;
        m.thread_busy = lane->thread_busy;
        m.thread_busy_since = lane->thread_busy_since;
        m.segments = lane->segments.size();
        m.phases = lane->phases.size();
        if (!lane->segments.empty())
            m.last = lane->segments.back();
    }
    mark.summary = m_summary;
    mark.connection_queue = m_connection_queue;
    mark.task_count = m_task_count;
    mark.executor_lanes = m_executor_lanes;
    mark.next_color = m_next_color;
    return mark;
}

void TimelineModel::rewind(const Mark &mark)
{
    const std::size_t keep = std::min(mark.lanes.size(), m_created.size());
    if (keep < m_created.size()) {
        // Lanes created after the mark go; they may sit anywhere (nested under their creators).
        const std::size_t drop = m_created.size() - keep;
        const std::unordered_set<const Lane *> dropped(m_created.begin() + qsizetype(keep), m_created.end());
        std::erase_if(m_dirty, [&dropped](Lane *lane) { return dropped.count(lane) > 0; });
        for (std::size_t i = keep; i < m_created.size(); ++i)
            m_by_id.erase(m_created[i]->id);
        m_rows_numbered = 0; // rows go from anywhere
        if (drop > 64) {
            // Many rows: one reset instead of a removal per row.
            beginResetModel();
            std::erase_if(m_lanes, [&dropped](const std::unique_ptr<Lane> &lane) { return dropped.count(lane.get()) > 0; });
            m_created.resize(keep);
            endResetModel();
        } else {
            for (std::size_t i = m_created.size(); i-- > keep;) {
                const Lane *lane = m_created[i];
                const auto it = std::find_if(m_lanes.begin(), m_lanes.end(), [lane](const auto &l) { return l.get() == lane; });
                const int row = int(it - m_lanes.begin());
                beginRemoveRows({}, row, row);
                m_lanes.erase(it);
                m_created.pop_back();
                endRemoveRows();
            }
        }
    }
    for (std::size_t i = 0; i < keep; ++i) {
        Lane &lane = *m_created[i];
        const LaneMark &m = mark.lanes[i];
        const bool same = lane.state == m.state && lane.waiting_on == m.waiting_on && lane.await_file == m.await_file
                          && lane.await_line == m.await_line && lane.thread_busy == m.thread_busy
                          && lane.thread_busy_since == m.thread_busy_since && lane.segments.size() == m.segments
                          && lane.phases.size() == m.phases && (m.segments == 0 || lane.segments.back() == m.last);
        if (same)
            continue;
        lane.state = m.state;
        lane.waiting_on = m.waiting_on;
        lane.await_file = m.await_file;
        lane.await_line = m.await_line;
        lane.thread_busy = m.thread_busy;
        lane.thread_busy_since = m.thread_busy_since;
        lane.segments.resize(m.segments);
        if (m.segments > 0)
            lane.segments.back() = m.last;
        lane.phases.resize(m.phases);
        touch(lane); // the revision only grows: delegates repaint
    }
    m_summary = mark.summary;
    m_connection_queue = mark.connection_queue;
    const bool counts_changed = m_task_count != mark.task_count || m_executor_lanes != mark.executor_lanes;
    m_task_count = mark.task_count;
    m_executor_lanes = mark.executor_lanes;
    m_next_color = mark.next_color;
    if (counts_changed)
        Q_EMIT countChanged();
}

int TimelineModel::readyTaskCount() const
{
    return int(std::count_if(m_summary.rows().begin(), m_summary.rows().end(), [this](const aio::TaskSummary &row) {
        const Lane *l = lane(row.id);
        return row.kind == aio::SpawnKind::Task && row.finished_ns < 0 && l && l->state == LaneState::Pending;
    }));
}

int TimelineModel::liveTaskCount() const
{
    return int(std::count_if(m_summary.rows().begin(), m_summary.rows().end(),
                             [](const aio::TaskSummary &row) { return row.finished_ns < 0; }));
}

std::int64_t TimelineModel::finishedAt(const Lane &lane) const
{
    const aio::TaskSummary *row = summary(lane.id);
    return row ? row->finished_ns : -1;
}

std::int64_t TimelineModel::busyNs(const Lane &lane) const
{
    if (const aio::TaskSummary *row = summary(lane.id))
        return row->busy_at(m_now);
    return lane.thread_busy + (lane.thread_busy_since >= 0 ? std::max<std::int64_t>(0, m_now - lane.thread_busy_since) : 0);
}

std::int64_t TimelineModel::waitingNs(const Lane &lane) const
{
    const aio::TaskSummary *row = summary(lane.id);
    return row ? row->waiting_at(m_now) : 0;
}

QVariantMap TimelineModel::segmentAt(qulonglong laneId, double seconds) const
{
    const Lane *l = lane(laneId);
    if (!l)
        return {};
    const auto t = std::int64_t(seconds * 1e9);
    const Segment *s = l->segment_at(t);
    const std::int64_t finished = finishedAt(*l);
    if (!s || (finished >= 0 && t > finished))
        return {};
    const std::int64_t end = s->end < 0 ? m_now : s->end;
    return {
        {QStringLiteral("state"), int(s->state)},
        {QStringLiteral("stateText"), stateText(s->state)},
        {QStringLiteral("start"), double(s->start) / 1e9},
        {QStringLiteral("end"), double(end) / 1e9},
        {QStringLiteral("open"), s->end < 0},
        {QStringLiteral("label"), s->label},
        {QStringLiteral("line"), s->line},
    };
}

} // namespace coroscope::ui
