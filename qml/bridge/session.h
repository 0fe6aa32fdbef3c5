// SPDX-License-Identifier: MIT
#pragma once
// Session: the window's controller. It runs the selected scenario on a ScenarioRun (the loop on
// a thread of its own, so a step that blocks the loop never freezes the window) and once per
// frame turns what the run's trace gained into the timeline, console and code models. Run,
// Pause, Step, Reset, speed, Export trace and Cancel selected task are its slots; they become
// the run's commands.
//
// Time travel: the trace is kept whole (a Recording), and the window shows it at the playhead:
// live, the playhead follows the loop; moved (dragged, stepped back or forward by one task step
// or one loop iteration, replayed at any speed), the models are the same fold of the events up
// to that moment, so every panel shows that moment. A saved trace (Export trace, `coroscope run
// --trace`) opens as a finished recording.

#include "code_model.h"
#include "console_model.h"
#include "parameter_model.h"
#include "python_beside.h"
#include "recording.h"
#include "scenario_list_model.h"
#include "timeline_model.h"

#include "scenario_run.h"

#include <coroscope/trace.h>

#include <QElapsedTimer>
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
    /// The scenario's listing run by CPython, beside the C++ run.
    Q_PROPERTY(coroscope::ui::PythonBeside *beside READ beside CONSTANT)
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY scenarioChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString section READ section NOTIFY textsChanged)
    Q_PROPERTY(QString explanation READ explanation NOTIFY textsChanged)
    Q_PROPERTY(QString errata READ errata NOTIFY textsChanged)
    Q_PROPERTY(QString cppFile READ cppFile NOTIFY scenarioChanged)
    /// "idle", "running", "paused", "finished" (or "failed" when main raised); an opened trace of
    /// a run saved before its end: "stopped"
    Q_PROPERTY(QString loopState READ loopState NOTIFY statusChanged)
    Q_PROPERTY(int readyCount READ readyCount NOTIFY statusChanged)
    Q_PROPERTY(int liveTasks READ liveTasks NOTIFY statusChanged)
    /// Loop time, seconds: the running loop's now, or the end of the recording.
    Q_PROPERTY(double now READ now NOTIFY statusChanged)
    /// The moment the window shows (seconds); setting it leaves live mode.
    Q_PROPERTY(double playhead READ playhead WRITE setPlayhead NOTIFY playheadChanged)
    Q_PROPERTY(bool followLive READ followLive WRITE setFollowLive NOTIFY playheadChanged)
    /// The moment the window shows as a position in the trace: how many of its events it shows.
    Q_PROPERTY(int cursor READ cursor WRITE setCursor NOTIFY playheadChanged)
    Q_PROPERTY(int eventCount READ eventCount NOTIFY statusChanged)
    /// Task steps and loop iterations begun before the cursor, and in the whole recording.
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY playheadChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY statusChanged)
    Q_PROPERTY(int iteration READ iteration NOTIFY playheadChanged)
    Q_PROPERTY(int iterationCount READ iterationCount NOTIFY statusChanged)
    /// The playhead moves through the recording at `speed` (Replay).
    Q_PROPERTY(bool replaying READ replaying NOTIFY replayChanged)
    /// The trace file the recording came from ("" for a run of this window).
    Q_PROPERTY(QString openedFile READ openedFile NOTIFY scenarioChanged)
    /// Run and Step can run the scenario (not a Python script's opened trace, which has no C++ code).
    Q_PROPERTY(bool runnable READ runnable NOTIFY scenarioChanged)
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
    [[nodiscard]] PythonBeside *beside() const { return m_beside; }
    /// The run on show as a saved run (what Export trace writes).
    [[nodiscard]] SavedRun savedRun() const;
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
    [[nodiscard]] int cursor() const { return int(m_recording.position()); }
    void setCursor(int position);
    [[nodiscard]] int eventCount() const { return int(m_recording.size()); }
    [[nodiscard]] int stepIndex() const { return m_recording.steps_before(m_recording.position()); }
    [[nodiscard]] int stepCount() const { return m_recording.step_count(); }
    [[nodiscard]] int iteration() const { return m_recording.iterations_before(m_recording.position()); }
    [[nodiscard]] int iterationCount() const { return m_recording.iteration_count(); }
    [[nodiscard]] bool replaying() const { return m_replaying; }
    [[nodiscard]] QString openedFile() const { return m_opened_file; }
    [[nodiscard]] bool runnable() const { return m_current && m_current->main; }
    [[nodiscard]] double speed() const { return m_speed; }
    void setSpeed(double speed);
    [[nodiscard]] qulonglong selectedTask() const { return m_selected; }
    void setSelectedTask(qulonglong id);
    [[nodiscard]] QVariantMap selection() const { return m_selection; }
    [[nodiscard]] QString mainResult() const { return m_main_result; }
    [[nodiscard]] bool usesRealNetwork() const;

    void setScenarios(QList<Scenario> scenarios);
    /// The events recorded since the last reset.
    [[nodiscard]] const aio::TraceEventLog &events() const { return m_recording.events(); }
    [[nodiscard]] const Recording &recording() const { return m_recording; }
    /// The run in progress (null when there is none, e.g. for an opened trace).
    [[nodiscard]] const ScenarioRun *currentRun() const { return m_run.get(); }
    /// Processes recorded events into the models now, all of them (the frame timer does it
    /// otherwise, in batches of at most IngestBudget::frame_ns).
    void flush();
    /// Moves a replay on by `real_ns` of real time (the replay timer does it once per frame).
    void advanceReplay(std::int64_t real_ns);

public Q_SLOTS:
    void selectScenario(const QString &id);
    void run();
    void pause();
    void togglePause();
    void step();
    void reset();
    bool cancelSelected();
    /// Writes the trace as Chrome Trace Event JSON with Coroscope's record of the run (a saved
    /// run: it opens in Perfetto, and here with openTrace); returns an error text (empty on success).
    QString exportTrace(const QString &pathOrUrl);
    /// Opens a trace Coroscope saved (Export trace, `coroscope run --trace`) as a finished
    /// recording, showing its end. Returns "" or, leaving everything as it was, why it cannot
    /// (also emitted as openFailed).
    QString openTrace(const QString &pathOrUrl);
    void faster();
    void slower();

    // --- time travel (each leaves live mode) ----------------------------------------------------
    /// Back / forward to the moment before the previous / next task step (one ready item).
    void stepBack();
    void stepForward();
    /// Back / forward to the moment before the previous / next loop iteration.
    void iterationBack();
    void iterationForward();
    /// The playhead follows the running loop again (or shows the end of the recording).
    void goLive();
    /// Plays the recording from the playhead (from its start when at the end) at `speed`.
    void replay();
    void stopReplay();
    void toggleReplay();

Q_SIGNALS:
    void scenarioChanged();
    /// The scenario's texts changed: another scenario, or another language.
    void textsChanged();
    void statusChanged();
    void playheadChanged();
    void speedChanged();
    void selectionChanged();
    void replayChanged();
    /// The scenario's main task finished and every task it left behind too.
    void finished();
    /// The models were cleared for a new recording: a run anew, another scenario, an opened trace.
    void recordingStarted();
    /// openTrace could not open a file: `message` says which and why.
    void openFailed(const QString &message);

private:
    /// Takes what the run recorded since the last call; live, the models fold it within
    /// `budget` (null: all of it), and the frames after go on until they have caught up.
    void ingest(const IngestBudget *budget);
    bool ensure_run(bool paused);
    void destroy_run();
    void set_scenario(const Scenario *scenario);
    void update_markers();
    void update_selection();
    void set_state(const QString &state);
    /// The run has ended (main done, the rest cancelled): the final state (flush then signals it).
    void finish();
    /// Did main raise (or, without a main, did the run fail)?
    [[nodiscard]] bool main_failed(const QString &error) const;
    /// Puts every model at `position` of the recording, seen at loop time `t_ns`.
    void show(std::size_t position, std::int64_t t_ns);
    /// Leaves live mode at `position` (the moment its events end).
    void travel_to(std::size_t position);

    ScenarioListModel *m_scenarios;
    TimelineModel *m_timeline;
    PythonBeside *m_beside;
    ConsoleModel *m_console;
    CodeModel *m_cpp;
    CodeModel *m_python;
    ParameterModel *m_parameters;
    std::map<int, int> m_cpp_to_python;
    const Scenario *m_current = nullptr;

    std::unique_ptr<ScenarioRun> m_run;
    Recording m_recording; // the run's trace so far, and the fold that shows it
    std::uint64_t m_main_task = 0;
    // What a saved run records beside the trace: from the run (ensure_run) or the opened file.
    QVariantMap m_record_params;
    aio::ClockMode m_record_clock = aio::ClockMode::Real;
    double m_record_speed = 1.0;
    std::int64_t m_elapsed = -1; // main's end, once known
    QString m_record_error;
    QString m_opened_file;
    // An opened trace of a Python script (trace-python): a scenario of its own, the script's
    // listing in the Python pane, marked where the script's tasks stand.
    std::unique_ptr<Scenario> m_traced_script;
    QString m_script_file;
    QTimer m_replay_timer;
    QElapsedTimer m_replay_clock;
    bool m_replaying = false;
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
