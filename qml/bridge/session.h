// SPDX-License-Identifier: MIT
#pragma once
// Session: the window's controller. It runs the selected scenario on a ScenarioRun (the loop on
// a thread of its own, so a step that blocks the loop never freezes the window) and once per
// frame turns what the run's trace gained into the timeline, console and code models. Run,
// Pause, Step, Reset, speed, Export trace and Cancel selected task are its slots; they become
// the run's commands.

#include "code_model.h"
#include "console_model.h"
#include "parameter_model.h"
#include "scenario_list_model.h"
#include "timeline_model.h"

#include "scenario_run.h"

#include <coroscope/trace.h>

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <map>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace coroscope::ui {

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(coroscope::ui::ScenarioListModel *scenarios READ scenarios CONSTANT)
    Q_PROPERTY(coroscope::ui::TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(coroscope::ui::ConsoleModel *console READ console CONSTANT)
    Q_PROPERTY(coroscope::ui::CodeModel *cppCode READ cppCode CONSTANT)
    Q_PROPERTY(coroscope::ui::CodeModel *pythonCode READ pythonCode CONSTANT)
    /// The selected scenario's parameters: the next Run uses their values.
    Q_PROPERTY(coroscope::ui::ParameterModel *parameters READ parameters CONSTANT)
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY scenarioChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString section READ section NOTIFY textsChanged)
    Q_PROPERTY(QString explanation READ explanation NOTIFY textsChanged)
    Q_PROPERTY(QString errata READ errata NOTIFY textsChanged)
    Q_PROPERTY(QString cppFile READ cppFile NOTIFY scenarioChanged)
    /// "idle", "running", "paused", "finished" (or "failed" when main raised)
    Q_PROPERTY(QString loopState READ loopState NOTIFY statusChanged)
    Q_PROPERTY(int readyCount READ readyCount NOTIFY statusChanged)
    Q_PROPERTY(int liveTasks READ liveTasks NOTIFY statusChanged)
    Q_PROPERTY(double now READ now NOTIFY statusChanged) ///< loop time, seconds
    Q_PROPERTY(double playhead READ playhead WRITE setPlayhead NOTIFY playheadChanged)
    Q_PROPERTY(bool followLive READ followLive WRITE setFollowLive NOTIFY playheadChanged)
    /// Loop seconds per real second; 0 means "instant" (the virtual clock).
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged)
    Q_PROPERTY(qulonglong selectedTask READ selectedTask WRITE setSelectedTask NOTIFY selectionChanged)
    /// The selected lane's details: name, state, parent, times, awaiting, result/error, source line.
    Q_PROPERTY(QVariantMap selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(QString mainResult READ mainResult NOTIFY statusChanged)
    /// The run's pages come from the user's own URLs, whose latency no clock can slow down.
    Q_PROPERTY(bool usesRealNetwork READ usesRealNetwork NOTIFY scenarioChanged)

public:
    /// Not default-constructible on purpose: QML must take instance() through create().
    explicit Session(QObject *parent);
    ~Session() override;

    /// The application's instance (what QML's `Session` singleton is).
    static Session *instance();
    static Session *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] ScenarioListModel *scenarios() const { return m_scenarios; }
    [[nodiscard]] TimelineModel *timeline() const { return m_timeline; }
    [[nodiscard]] ConsoleModel *console() const { return m_console; }
    [[nodiscard]] CodeModel *cppCode() const { return m_cpp; }
    [[nodiscard]] CodeModel *pythonCode() const { return m_python; }
    [[nodiscard]] ParameterModel *parameters() const { return m_parameters; }
    [[nodiscard]] QString scenarioId() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString section() const;
    [[nodiscard]] QString explanation() const;
    [[nodiscard]] QString errata() const;
    [[nodiscard]] QString cppFile() const;
    [[nodiscard]] QString loopState() const { return m_state; }
    [[nodiscard]] int readyCount() const;
    [[nodiscard]] int liveTasks() const;
    [[nodiscard]] double now() const { return double(m_now) / 1e9; }
    [[nodiscard]] double playhead() const;
    void setPlayhead(double seconds);
    [[nodiscard]] bool followLive() const { return m_follow; }
    void setFollowLive(bool follow);
    [[nodiscard]] double speed() const { return m_speed; }
    void setSpeed(double speed);
    [[nodiscard]] qulonglong selectedTask() const { return m_selected; }
    void setSelectedTask(qulonglong id);
    [[nodiscard]] QVariantMap selection() const { return m_selection; }
    [[nodiscard]] QString mainResult() const { return m_main_result; }
    [[nodiscard]] bool usesRealNetwork() const;

    void setScenarios(QList<Scenario> scenarios);
    /// The events recorded since the last reset.
    [[nodiscard]] const std::vector<aio::TraceEvent> &events() const { return m_events; }
    /// Processes recorded events into the models now (the frame timer does it otherwise).
    void flush();

public Q_SLOTS:
    void selectScenario(const QString &id);
    void run();
    void pause();
    void togglePause();
    void step();
    void reset();
    bool cancelSelected();
    /// Writes the trace as Chrome Trace Event JSON; returns an error text (empty on success).
    QString exportTrace(const QString &pathOrUrl);
    void faster();
    void slower();

Q_SIGNALS:
    void scenarioChanged();
    /// The scenario's texts changed: another scenario, or another language.
    void textsChanged();
    void statusChanged();
    void playheadChanged();
    void speedChanged();
    void selectionChanged();
    /// The scenario's main task finished and every task it left behind too.
    void finished();

private:
    bool ensure_run(bool paused);
    void destroy_run();
    void update_markers();
    void update_selection();
    void set_state(const QString &state);
    /// The run has ended (main done, the rest cancelled): the final state and result.
    void finish();

    ScenarioListModel *m_scenarios;
    TimelineModel *m_timeline;
    ConsoleModel *m_console;
    CodeModel *m_cpp;
    CodeModel *m_python;
    ParameterModel *m_parameters;
    std::map<int, int> m_cpp_to_python;
    const Scenario *m_current = nullptr;

    std::unique_ptr<ScenarioRun> m_run;
    std::vector<aio::TraceEvent> m_events; // the run's trace so far
    std::size_t m_applied = 0;             // events already in the models
    int m_ready_count = 0;
    int m_live_tasks = 0;
    QTimer m_frame;
    QString m_state = QStringLiteral("idle");
    QString m_main_result;
    std::int64_t m_now = 0;
    std::int64_t m_playhead = 0;
    bool m_follow = true;
    double m_speed = 1.0;
    qulonglong m_selected = 0;
    QVariantMap m_selection;
};

} // namespace coroscope::ui
