// SPDX-License-Identifier: MIT
#pragma once
// PythonBeside: the scenario's tutorial listing run by CPython under the tracer (ListingTrace:
// the same start as `coroscope trace-python`, a QProcess the GUI thread never waits on), its
// lanes in a timeline model of their own, on the C++ run's time axis (CPython's main starting
// where the C++ main starts),
// and how the two runs differ (run_comparison.h) in words.

#include "listing_trace.h"
#include "run_comparison.h"
#include "timeline_model.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace coroscope::ui {

class PythonBeside : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Session")
    Q_PROPERTY(bool running READ running NOTIFY changed)
    /// A CPython run is there to show (its lanes and the summary).
    Q_PROPERTY(bool shown READ shown NOTIFY changed)
    /// Why there is no run, or how the script failed; empty when all went well.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /// The differences, a few lines (empty until both runs are there).
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// The end of the CPython run in seconds on the shared axis (its main where the C++ main starts).
    Q_PROPERTY(double end READ end NOTIFY changed)
    Q_PROPERTY(coroscope::ui::TimelineModel *timeline READ timeline CONSTANT)

public:
    /// `cpp_run` gives the window's C++ run as a saved run (empty events: none yet).
    PythonBeside(std::function<SavedRun()> cpp_run, QObject *parent);
    ~PythonBeside() override;

    [[nodiscard]] bool running() const { return m_trace && m_trace->running(); }
    [[nodiscard]] bool shown() const { return m_python.has_value(); }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] double end() const { return double(m_end_ns) / 1e9; }
    [[nodiscard]] TimelineModel *timeline() const { return m_timeline; }

    /// Runs scenario `id`'s listing (a run still going is stopped first).
    Q_INVOKABLE void start(const QString &id);
    /// Compares again with the C++ run as it is now (after it finished, say).
    Q_INVOKABLE void compare();
    /// Forgets the CPython run (another scenario was picked).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    /// The CPython run has ended (shown or not: see message).
    void finished();

private:
    void take(const ListingTraceResult &result);
    /// Fills the lanes with the CPython run moved `shift` ns later (main at `shift`).
    void show_at(std::int64_t shift);

    std::function<SavedRun()> m_cpp_run;
    TimelineModel *m_timeline;
    std::unique_ptr<ListingTrace> m_trace;
    std::optional<SavedRun> m_python;
    QString m_message;
    QString m_summary;
    std::int64_t m_end_ns = 0;
    std::int64_t m_shift = -1; // where the lanes put CPython's main (-1: not filled)
    std::size_t m_compared_events = 0; // the C++ run's size at the last comparison
    int m_generation = 0;              // bumped by clear(): a result queued before it is dropped
};

} // namespace coroscope::ui
