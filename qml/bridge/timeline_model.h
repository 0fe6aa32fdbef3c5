// SPDX-License-Identifier: MIT
#pragma once
// TimelineModel: one row per lane (task, async generator, executor thread), tasks nested under
// the task that created them, in creation order, executor threads last. It consumes trace
// events as they come (consume) and tells views once per frame what changed (commit).
// For time travel it can also go back: mark() notes where the lanes stand, rewind() returns to
// such a mark, undoing what the events consumed since then did (see Recording).

#include "lane.h"

#include <coroscope/trace_recorder.h>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <map>
#include <unordered_map>
#include <vector>

namespace coroscope::ui {

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Session")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int taskCount READ taskCount NOTIFY countChanged)

public:
    enum Role {
        LaneIdRole = Qt::UserRole + 1, ///< the lane's id (task id, or 1e9 + pool thread index)
        NameRole,                      ///< "#3 fetch" / "executor thread 2"
        KindRole,                      ///< LaneKind: 0 task, 1 async generator, 2 executor thread, 3 connection
        DepthRole,                     ///< nesting depth under the creating task (0 = top)
        StateRole,                     ///< LaneState of the lane now
        StateTextRole,                 ///< "pending", "running", "waiting", "done", "failed", "cancelled", "busy", "idle"
        ColorIndexRole,                ///< index into the task colour palette
        WaitingOnRole,                 ///< what it waits on now ("sleep 0.800 s", "task #3 add")
        RevisionRole,                  ///< bumps when the lane's segments change
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Takes one trace event into the lanes (no signals yet).
    void consume(const aio::TraceEvent &event);
    /// Emits inserts and changes gathered since the last commit; `now` closes open intervals.
    void commit(std::int64_t now);
    void clear();

    /// Where every lane stands, to come back to. A lane only ever gains segments and phases at
    /// its end and changes its last segment and its own fields, so that is what a mark keeps:
    /// small (no segment but the last), whatever the length of the run.
    struct LaneMark
    {
        LaneState state = LaneState::Pending;
        QString waiting_on;
        const char *await_file = nullptr;
        int await_line = 0;
        std::int64_t thread_busy = 0;
        std::int64_t thread_busy_since = -1;
        std::size_t segments = 0;
        std::size_t phases = 0;
        Segment last; ///< the last segment (when there is one)
    };
    struct Mark
    {
        std::vector<LaneMark> lanes; ///< in creation order
        aio::TaskSummarizer summary;
        std::map<std::uint64_t, QString> connection_queue;
        int task_count = 0;
        int executor_lanes = 0;
        int next_color = 0;
    };
    [[nodiscard]] Mark mark() const;
    /// Back to `mark` (taken from this model since its last clear()): lanes created after it are
    /// removed, the others lose what they gained. Removals are signalled at once, changes at the
    /// next commit(), as consume() does.
    void rewind(const Mark &mark);

    [[nodiscard]] std::int64_t now() const noexcept { return m_now; }
    [[nodiscard]] int taskCount() const noexcept { return m_task_count; }
    /// Tasks on the ready queue now (created or woken, not yet running).
    [[nodiscard]] int readyTaskCount() const;
    /// Tasks and generators not finished yet.
    [[nodiscard]] int liveTaskCount() const;
    [[nodiscard]] const Lane *lane(std::uint64_t id) const;
    [[nodiscard]] const Lane *laneAt(int row) const;
    [[nodiscard]] int rowOf(std::uint64_t id) const;
    /// A task lane's row of the run's one state summary (null for executor threads).
    [[nodiscard]] const aio::TaskSummary *summary(std::uint64_t id) const { return m_summary.find(id); }
    /// When the lane's task finished, or -1 (still live, or an executor thread).
    [[nodiscard]] std::int64_t finishedAt(const Lane &lane) const;
    /// Busy / waiting time including the interval still open at `now`.
    [[nodiscard]] std::int64_t busyNs(const Lane &lane) const;
    [[nodiscard]] std::int64_t waitingNs(const Lane &lane) const;

    /// The lane's segment under time `seconds`, as {state, stateText, start, end, label} (empty if none).
    Q_INVOKABLE QVariantMap segmentAt(qulonglong laneId, double seconds) const;
    Q_INVOKABLE int rowForLane(qulonglong laneId) const { return rowOf(laneId); }

    [[nodiscard]] static QString stateText(LaneState state);
    static constexpr std::uint64_t executor_lane_base = 1'000'000'000;
    static constexpr std::uint64_t connection_lane_base = 2'000'000'000; ///< + 0: the queue for a connection

Q_SIGNALS:
    void countChanged();
    /// After each commit that changed something (views repaint open bars then too).
    void committed();

private:
    Lane *find(std::uint64_t id);
    void insert_lane(std::unique_ptr<Lane> lane, int row);
    void touch(Lane &lane);
    void open_segment(Lane &lane, std::int64_t t, LaneState state);
    void close_segment(Lane &lane, std::int64_t t);
    void on_spawn(const aio::TraceEvent &e);
    void on_executor(const aio::TraceEvent &e);
    void on_connection(const aio::TraceEvent &e);
    /// A lane after the tasks (executor threads, connections), created on first use.
    Lane *resource_lane(std::uint64_t id, const QString &name, LaneKind kind, std::int64_t t);
    /// The queue lane shows who waits for a connection now.
    void update_connection_queue(std::int64_t t);

    aio::TaskSummarizer m_summary; // times, results and errors of the task lanes
    std::vector<std::unique_ptr<Lane>> m_lanes; // row order
    std::vector<Lane *> m_created;              // creation order
    std::unordered_map<std::uint64_t, Lane *> m_by_id;
    // Rows [0, m_rows_numbered) have their Lane::row right; an insertion or removal lowers the
    // mark to its row, and rowOf numbers the rest again when it needs one of them. Tasks mostly
    // appear at the end or under a parent above, so finding a parent's row is constant time.
    mutable int m_rows_numbered = 0;
    std::vector<Lane *> m_dirty;
    std::int64_t m_now = 0;
    int m_task_count = 0;
    int m_executor_lanes = 0; // lanes after the tasks: executor threads and connections
    std::map<std::uint64_t, QString> m_connection_queue; // queued request id -> its name
    int m_next_color = 0;
};

} // namespace coroscope::ui
