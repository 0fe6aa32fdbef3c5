// SPDX-License-Identifier: MIT
#include "session.h"

#include "line_matcher.h"
#include "preferences.h"
#include "saved_run.h"
#include "scenario_text.h"
#include "time_axis.h"

#include <coroscope/errors.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <array>

namespace coroscope::ui {

namespace {

QPointer<Session> g_instance;

QString seconds_text(std::int64_t ns)
{
    return ns < 0 ? QStringLiteral("—") : QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

bool same_file(const char *traced, const QString &cpp_file)
{
    return traced && !cpp_file.isEmpty() && QString::fromUtf8(traced).endsWith(cpp_file);
}

constexpr std::array<double, 8> speed_ladder{0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 10.0, 0.0};

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_scenarios(new ScenarioListModel(this))
    , m_timeline(new TimelineModel(this))
    , m_beside(new PythonBeside([this] { return savedRun(); }, this))
    , m_console(new ConsoleModel(this))
    , m_cpp(new CodeModel(this))
    , m_python(new CodeModel(this))
    , m_parameters(new ParameterModel(this))
    , m_recording(*m_timeline, *m_console)
{
    // At most one model update per frame, however many events the loop produced.
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, [this] {
        const IngestBudget budget;
        ingest(&budget);
    });
    m_replay_timer.setInterval(16);
    connect(&m_replay_timer, &QTimer::timeout, this, [this] { advanceReplay(m_replay_clock.restart() * 1'000'000); });
    // The catalogue's texts are translated where shown: show them again in the new language.
    connect(Preferences::instance(), &Preferences::languageChanged, this, [this] {
        m_scenarios->retranslate();
        Q_EMIT textsChanged();
    });
    // CPython's run is compared with the C++ run once that one has ended.
    connect(this, &Session::statusChanged, m_beside, [this] {
        if (m_state == QLatin1String("finished") || m_state == QLatin1String("failed"))
            m_beside->compare();
    });
    // usesRealNetwork follows the urls parameter.
    connect(m_parameters, &ParameterModel::valuesChanged, this, &Session::scenarioChanged);
    // The run's thread takes its stop command (and its timers) through the application's event
    // delivery, which ends with the application object; this Session, its child, is deleted
    // after that. So the run stops while the application still runs, or quitting mid-run hangs.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &Session::destroy_run);
}

Session::~Session()
{
    destroy_run();
}

Session *Session::instance()
{
    if (!g_instance)
        g_instance = new Session(QCoreApplication::instance());
    return g_instance;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Session *session = instance();
    QQmlEngine::setObjectOwnership(session, QQmlEngine::CppOwnership);
    return session;
}

QString Session::scenarioId() const { return m_current ? m_current->id : QString(); }
QString Session::title() const { return m_current ? scenario_text(m_current->title) : QString(); }
QString Session::section() const { return m_current ? m_current->section : QString(); }
QString Session::explanation() const { return m_current ? scenario_text(m_current->explanation) : QString(); }
QString Session::errata() const { return m_current ? scenario_text(m_current->errata) : QString(); }
QString Session::cppFile() const { return m_current ? m_current->cpp_file : QString(); }
int Session::readyCount() const { return m_ready_count; }
int Session::liveTasks() const { return m_live_tasks; }

bool Session::usesRealNetwork() const
{
    if (!m_current)
        return false;
    const QString urls = QStringLiteral("urls");
    for (const ScenarioParam &param : m_current->params)
        if (param.key == urls && !m_parameters->overrides().value(urls, param.default_value).toStringList().isEmpty())
            return true;
    return false;
}
double Session::playhead() const { return double(m_playhead) / 1e9; }

void Session::setScenarios(QList<Scenario> scenarios)
{
    reset();
    m_current = nullptr;
    m_parameters->setScenario(nullptr);
    m_scenarios->setScenarios(std::move(scenarios));
    Q_EMIT scenarioChanged();
    Q_EMIT textsChanged();
}

void Session::selectScenario(const QString &id)
{
    const Scenario *scenario = m_scenarios->find(id);
    if (!scenario || scenario == m_current)
        return;
    reset();
    set_scenario(scenario);
    Q_EMIT scenarioChanged();
    Q_EMIT textsChanged();
}

void Session::set_scenario(const Scenario *scenario)
{
    if (scenario != m_current)
        m_beside->clear(); // another listing
    m_current = scenario;
    m_script_file.clear();
    m_parameters->setScenario(scenario);
    m_cpp->setSource(scenario->cpp_source, CodeModel::Language::Cpp);
    m_python->setSource(scenario->python_source, CodeModel::Language::Python);
    m_cpp_to_python = LineMatcher::match(m_cpp->lines(), m_python->lines());
}

bool Session::ensure_run(bool paused)
{
    if (m_run)
        return true;
    if (!m_current)
        return false;
    // The console shows prints from the trace (with their times), so no output echo.
    m_run = std::make_unique<ScenarioRun>(*m_current, RunOptions{.clock = m_speed > 0 ? aio::ClockMode::Scaled : aio::ClockMode::Virtual,
                                                                 .speed = m_speed > 0 ? m_speed : 1.0,
                                                                 .params = m_parameters->overrides(),
                                                                 .start_paused = paused});
    m_run->start(); // when it cannot start, the first frame shows why
    m_record_params = m_run->params();
    m_record_clock = m_speed > 0 ? aio::ClockMode::Scaled : aio::ClockMode::Virtual;
    m_record_speed = m_speed > 0 ? m_speed : 1.0;
    m_frame.start();
    return true;
}

void Session::destroy_run()
{
    m_frame.stop();
    m_run.reset(); // stops what still runs (it gives up waiting on loop time) and joins its thread
}

void Session::set_state(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT statusChanged();
}

void Session::run()
{
    stopReplay();
    if (!runnable())
        return;
    // A finished run, or a recording without a run (an opened trace), runs anew.
    if (m_state == QLatin1String("finished") || m_state == QLatin1String("failed") || (!m_run && !m_recording.empty()))
        reset();
    if (!m_run) {
        if (!ensure_run(false))
            return;
    } else if (m_state == QLatin1String("paused")) {
        m_run->resume();
        m_frame.start();
    }
    setFollowLive(true);
    set_state(QStringLiteral("running"));
    flush();
}

void Session::pause()
{
    if (!m_run || m_state != QLatin1String("running"))
        return;
    m_run->pause();
    set_state(QStringLiteral("paused"));
    flush();
}

void Session::togglePause()
{
    if (m_state == QLatin1String("running"))
        pause();
    else
        run();
}

void Session::step()
{
    if (m_state == QLatin1String("finished") || m_state == QLatin1String("failed") || !runnable())
        return;
    stopReplay();
    if (!m_run && !m_recording.empty())
        reset(); // an opened trace saved mid-run: no loop to step, so a new run
    if (!ensure_run(true))
        return;
    set_state(QStringLiteral("paused"));
    setFollowLive(true);
    m_run->step();
    m_frame.start(); // the step's events arrive from the run's thread
    flush();
}

void Session::reset()
{
    stopReplay();
    destroy_run();
    m_recording.clear(); // and the timeline and console
    m_main_task = 0;
    m_record_params.clear();
    m_record_error.clear();
    m_elapsed = -1;
    const bool was_opened = !m_opened_file.isEmpty();
    m_opened_file.clear();
    m_ready_count = 0;
    m_live_tasks = 0;
    m_cpp->setMarkers({});
    m_python->setMarkers({});
    m_now = 0;
    m_playhead = 0;
    m_follow = true;
    m_main_result.clear();
    m_selected = 0;
    m_selection.clear();
    m_state = QStringLiteral("idle");
    Q_EMIT statusChanged();
    Q_EMIT playheadChanged();
    Q_EMIT selectionChanged();
    if (was_opened)
        Q_EMIT scenarioChanged();
    Q_EMIT recordingStarted();
}

void Session::setPlayhead(double seconds)
{
    stopReplay();
    const auto t = std::clamp(std::int64_t(std::max(0.0, seconds) * 1e9), std::int64_t(0), std::max(m_now, std::int64_t(0)));
    const bool was_following = std::exchange(m_follow, false);
    if (t == m_playhead && !was_following)
        return;
    show(m_recording.position_at(t), t);
}

void Session::setFollowLive(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (m_follow) {
        stopReplay();
        show(m_recording.size(), m_now);
        return;
    }
    Q_EMIT playheadChanged();
}

void Session::setCursor(int position)
{
    stopReplay();
    travel_to(std::size_t(std::clamp(position, 0, eventCount())));
}

void Session::travel_to(std::size_t position)
{
    m_follow = false;
    show(position, m_recording.time_at(position));
}

void Session::stepBack()
{
    stopReplay();
    travel_to(m_recording.previous_step(m_recording.position()));
}

void Session::stepForward()
{
    stopReplay();
    if (!m_follow)
        travel_to(m_recording.next_step(m_recording.position()));
}

void Session::iterationBack()
{
    stopReplay();
    travel_to(m_recording.previous_iteration(m_recording.position()));
}

void Session::iterationForward()
{
    stopReplay();
    if (!m_follow)
        travel_to(m_recording.next_iteration(m_recording.position()));
}

void Session::goLive()
{
    setFollowLive(true);
}

void Session::replay()
{
    if (m_recording.size() == 0)
        return;
    if (m_follow || m_playhead >= m_now) {
        m_follow = false;
        show(0, 0); // from the start
    }
    m_follow = false;
    if (!m_replaying) {
        m_replaying = true;
        m_replay_clock.start();
        m_replay_timer.start();
        Q_EMIT replayChanged();
    }
    Q_EMIT playheadChanged();
}

void Session::stopReplay()
{
    if (!m_replaying)
        return;
    m_replaying = false;
    m_replay_timer.stop();
    Q_EMIT replayChanged();
}

void Session::toggleReplay()
{
    if (m_replaying)
        stopReplay();
    else
        replay();
}

void Session::advanceReplay(std::int64_t real_ns)
{
    if (!m_replaying)
        return;
    // Loop seconds per real second, as a run at this speed; instant jumps to the end.
    const std::int64_t target = m_speed > 0 ? m_playhead + std::int64_t(double(std::max<std::int64_t>(0, real_ns)) * m_speed) : m_now;
    if (target >= m_now) {
        stopReplay();
        setFollowLive(true); // caught up with the end (or with the running loop)
        return;
    }
    show(m_recording.position_at(target), target);
}

void Session::setSpeed(double speed)
{
    const bool changed = speed != m_speed;
    m_speed = std::max(0.0, speed);
    if (m_run)
        m_run->set_speed(m_speed);
    if (changed)
        Q_EMIT speedChanged();
}

void Session::faster()
{
    for (double s : speed_ladder)
        if (m_speed > 0 && (s == 0 || s > m_speed)) {
            setSpeed(s);
            return;
        }
}

void Session::slower()
{
    if (m_speed == 0) {
        setSpeed(speed_ladder[speed_ladder.size() - 2]);
        return;
    }
    for (auto it = speed_ladder.rbegin(); it != speed_ladder.rend(); ++it)
        if (*it > 0 && *it < m_speed) {
            setSpeed(*it);
            return;
        }
}

void Session::setSelectedTask(qulonglong id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    m_selection.clear();
    update_selection();
    Q_EMIT selectionChanged();
}

bool Session::cancelSelected()
{
    const Lane *lane = m_selected ? m_timeline->lane(m_selected) : nullptr;
    // Only live: in the past, the lanes show what the task was, not what it is.
    if (!m_run || m_run->finished() || !m_follow || !lane || lane->kind == LaneKind::ExecutorThread
        || lane->kind == LaneKind::Connection || m_timeline->finishedAt(*lane) >= 0)
        return false;
    m_run->cancel_task(m_selected, QStringLiteral("cancelled from the details panel"));
    return true;
}

namespace {
QString local_path(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}
} // namespace

QString Session::exportTrace(const QString &pathOrUrl)
{
    const QString path = local_path(pathOrUrl);
    if (path.isEmpty())
        return QStringLiteral("no file name given");
    if (m_recording.size() == 0 || !m_current)
        return QStringLiteral("nothing to export yet: run a scenario first");
    QString error;
    if (!write_saved_run(path, savedRun(), &error))
        return error;
    return {};
}

SavedRun Session::savedRun() const
{
    SavedRun run;
    if (!m_current)
        return run;
    run.scenario = m_current->id;
    run.params = m_record_params;
    run.clock = m_record_clock;
    run.speed = m_record_speed;
    run.main_task = m_main_task;
    run.end_ns = m_now;
    run.elapsed_ns = m_elapsed >= 0 ? m_elapsed : m_now;
    run.finished = m_state == QLatin1String("finished") || m_state == QLatin1String("failed");
    run.error = m_run ? m_run->error() : m_record_error;
    run.events = m_recording.events();
    run.reports = m_recording.reports();
    return run;
}

QString Session::openTrace(const QString &pathOrUrl)
{
    const QString path = local_path(pathOrUrl);
    SavedRun run;
    QString error;
    if (path.isEmpty())
        error = QStringLiteral("No file name given.");
    else if (!read_saved_run(path, run, &error)) {
    } else if (!run.scenario.startsWith(QLatin1String("python:")) && !m_scenarios->find(run.scenario))
        error = QStringLiteral("%1 records scenario '%2', which this Coroscope does not have.")
                    .arg(QFileInfo(path).fileName(), run.scenario);
    if (!error.isEmpty()) {
        Q_EMIT openFailed(error);
        return error; // nothing changed
    }
    reset();
    if (run.scenario.startsWith(QLatin1String("python:"))) {
        // A script traced by `coroscope trace-python`: its listing (when it is still where it
        // was traced) in the Python pane; there is no C++ port to show or run.
        auto script = std::make_unique<Scenario>();
        const QString name = run.scenario.mid(7);
        script->id = run.scenario;
        script->title = QStringLiteral("%1 (a Python script)").arg(name);
        script->group = QStringLiteral("Python");
        script->explanation = QStringLiteral("Traced by coroscope trace-python from %1 (%2): the tasks of the script as "
                                             "CPython's asyncio ran them.")
                                  .arg(run.python_script.isEmpty() ? name : run.python_script, run.producer);
        if (QFile file(run.python_script); !run.python_script.isEmpty() && file.open(QIODevice::ReadOnly))
            script->python_source = QString::fromUtf8(file.readAll());
        m_traced_script = std::move(script);
        set_scenario(m_traced_script.get());
        m_script_file = QFileInfo(run.python_script.isEmpty() ? name : run.python_script).fileName();
    } else {
        set_scenario(m_scenarios->find(run.scenario));
    }
    // The parameters it ran with show in the controls (and Run runs with them again).
    for (auto it = run.params.cbegin(); it != run.params.cend(); ++it) {
        QVariant value = it.value();
        if (value.typeId() == QMetaType::QVariantList)
            value = value.toStringList();
        m_parameters->setValue(it.key(), value);
    }
    m_opened_file = QFileInfo(path).fileName();
    m_record_params = run.params;
    m_record_clock = run.clock;
    m_record_speed = run.speed;
    m_record_error = run.error;
    m_elapsed = run.elapsed_ns;
    m_main_task = run.main_task;
    m_recording.append(std::move(run.events));
    m_recording.append_reports(run.reports);
    m_now = std::max(run.end_ns, m_recording.end_time());
    m_state = !run.finished ? QStringLiteral("stopped") : main_failed(run.error) ? QStringLiteral("failed") : QStringLiteral("finished");
    m_follow = true;
    show(m_recording.size(), m_now);
    Q_EMIT scenarioChanged();
    Q_EMIT textsChanged();
    Q_EMIT statusChanged();
    return {};
}

void Session::flush()
{
    ingest(nullptr);
}

void Session::ingest(const IngestBudget *budget)
{
    if (!m_run)
        return;
    const std::int64_t before_now = m_now;
    const std::size_t before_size = m_recording.size();
    // Read first: once the run has ended, the take below gets every event it left.
    const bool ended = m_run->finished();
    // The clock keeps running while a step blocks the loop: the open bar grows with it.
    const std::int64_t loop_now = m_run->now_ns();
    std::vector<aio::TraceEvent> fresh;
    // A frame copies and indexes a bounded share of what the run recorded (a few ms at most).
    const bool more = m_run->take_events(fresh, budget ? IngestBudget::max_take : SIZE_MAX);
    m_recording.append(std::move(fresh));
    // After the events: a report comes after the events recorded before it (so none while
    // some of those are still to take).
    if (!more)
        m_recording.append_reports(m_run->take_reports());
    m_main_task = m_run->main_task();
    m_now = std::max(loop_now, m_recording.end_time());
    // Live, a big run's events fold over several frames; the run counts as ended (and the frame
    // timer stops) once the models have caught up with it.
    std::size_t shown = m_recording.size();
    if (m_follow && budget)
        shown = m_recording.fold_within(m_recording.size(), *budget);
    const bool behind = more || (m_follow && shown < m_recording.size());
    const bool ending = ended && !behind && m_state != QLatin1String("finished") && m_state != QLatin1String("failed");
    if (ending)
        finish();
    if (m_follow)
        show(shown, behind ? m_recording.time_at(shown) : m_now); // live: as much as folded, at the loop's now
    // Not following, the run records on while the window shows the moment it was left at.
    if (before_now != m_now || before_size != m_recording.size())
        Q_EMIT statusChanged();
    if (ending)
        Q_EMIT finished(); // the models show the end already
}

void Session::show(std::size_t position, std::int64_t t_ns)
{
    const int before_ready = m_ready_count;
    const int before_live = m_live_tasks;
    const QString before_result = m_main_result;
    m_recording.seek(position);
    m_timeline->commit(t_ns);
    m_ready_count = m_timeline->readyTaskCount();
    m_live_tasks = m_timeline->liveTaskCount();
    // main's outcome as of this moment (none before it ends).
    const aio::TaskSummary *main = m_main_task ? m_timeline->summary(m_main_task) : nullptr;
    m_main_result = main && main->finished_ns >= 0 ? (main->status == aio::TaskStatus::Done ? main->result : main->error) : QString();
    m_playhead = t_ns;
    Q_EMIT playheadChanged();
    update_markers();
    update_selection();
    if (before_ready != m_ready_count || before_live != m_live_tasks || before_result != m_main_result)
        Q_EMIT statusChanged();
}

bool Session::main_failed(const QString &error) const
{
    // A cancelled main is an ending, not a failure (its lane says "cancelled").
    const auto &events = m_recording.events();
    for (auto it = events.rbegin(); m_main_task && it != events.rend(); ++it)
        if (it->type == aio::TraceType::Done && it->task == m_main_task)
            return it->outcome == aio::DoneOutcome::Exception;
    return !error.isEmpty();
}

void Session::finish()
{
    const QString error = m_run->error();
    m_main_task = m_run->main_task();
    if (!m_main_task && !error.isEmpty())
        m_recording.append_reports({{m_now, QStringLiteral("could not start %1: %2").arg(m_current->id, error), m_recording.size()}});
    for (auto it = m_recording.events().rbegin(); it != m_recording.events().rend(); ++it)
        if (it->type == aio::TraceType::Done && it->task == m_main_task) {
            m_elapsed = it->t_ns;
            break;
        }
    m_frame.stop();
    set_state(main_failed(error) ? QStringLiteral("failed") : QStringLiteral("finished"));
}

void Session::update_markers()
{
    std::map<int, std::vector<CodeModel::Marker>> cpp, python;
    if (m_current) {
        for (int row = 0; row < m_timeline->rowCount(); ++row) {
            const Lane *lane = m_timeline->laneAt(row);
            const std::int64_t finished = m_timeline->finishedAt(*lane);
            if (lane->kind == LaneKind::ExecutorThread || (finished >= 0 && m_playhead >= finished))
                continue;
            const Segment *s = lane->segment_at(m_playhead);
            if (!s || !s->line)
                continue;
            if (same_file(s->file, m_current->cpp_file)) {
                cpp[s->line].push_back({lane->color, lane->name});
                if (auto it = m_cpp_to_python.find(s->line); it != m_cpp_to_python.end())
                    python[it->second].push_back({lane->color, lane->name});
            } else if (same_file(s->file, m_script_file)) {
                python[s->line].push_back({lane->color, lane->name}); // a traced Python script's own line
            }
        }
    }
    m_cpp->setMarkers(cpp);
    m_python->setMarkers(python);
}

void Session::update_selection()
{
    QVariantMap map;
    const Lane *lane = m_selected ? m_timeline->lane(m_selected) : nullptr;
    if (lane) {
        const bool executor = lane->kind == LaneKind::ExecutorThread;
        const aio::TaskSummary *task = m_timeline->summary(lane->id); // null for executor threads
        const Lane *parent = m_timeline->lane(lane->parent);
        map[QStringLiteral("id")] = QVariant::fromValue<qulonglong>(lane->id);
        map[QStringLiteral("name")] = lane->name;
        map[QStringLiteral("kind")] = lane->kind == LaneKind::Connection ? QStringLiteral("connection")
                                      : executor                          ? QStringLiteral("executor thread")
                                               : lane->kind == LaneKind::Generator ? QStringLiteral("async generator")
                                                                                   : QStringLiteral("task");
        map[QStringLiteral("state")] = int(lane->state);
        map[QStringLiteral("stateText")] = executor ? (lane->state == LaneState::Busy ? QStringLiteral("busy") : QStringLiteral("idle"))
                                                    : TimelineModel::stateText(lane->state);
        map[QStringLiteral("colorIndex")] = lane->color;
        map[QStringLiteral("parent")] = parent ? parent->name : (executor ? QStringLiteral("the default executor") : QStringLiteral("the event loop"));
        map[QStringLiteral("created")] = seconds_text(lane->created);
        map[QStringLiteral("started")] = seconds_text(task ? task->started_ns : lane->created);
        map[QStringLiteral("finished")] = seconds_text(task ? task->finished_ns : -1);
        map[QStringLiteral("busy")] = TimeAxis::formatSeconds(double(m_timeline->busyNs(*lane)) / 1e9);
        map[QStringLiteral("waiting")] = TimeAxis::formatSeconds(double(m_timeline->waitingNs(*lane)) / 1e9);
        QString awaiting = lane->waiting_on;
        if (!lane->segments.empty() && lane->segments.back().end < 0 && lane->segments.back().wait == aio::WaitKind::Timer
            && lane->segments.back().deadline > lane->segments.back().start) {
            // Counted from the moment shown (the loop's now when live).
            const double left = std::max(0.0, double(lane->segments.back().deadline - m_playhead) / 1e9);
            awaiting = QStringLiteral("sleep, %1 s left").arg(left, 0, 'f', 3);
        }
        map[QStringLiteral("awaiting")] = awaiting;
        map[QStringLiteral("result")] = task ? task->result : QString();
        map[QStringLiteral("error")] = task ? task->error : QString();
        QString where;
        if (lane->await_file)
            where = QStringLiteral("%1:%2").arg(QFileInfo(QString::fromUtf8(lane->await_file)).fileName()).arg(lane->await_line);
        map[QStringLiteral("source")] = where;
        QString code;
        if (m_current && same_file(lane->await_file, m_current->cpp_file) && lane->await_line >= 1
            && lane->await_line <= m_cpp->lines().size())
            code = m_cpp->lines()[lane->await_line - 1].trimmed();
        else if (same_file(lane->await_file, m_script_file) && lane->await_line >= 1 && lane->await_line <= m_python->lines().size())
            code = m_python->lines()[lane->await_line - 1].trimmed();
        map[QStringLiteral("sourceLine")] = code;
        map[QStringLiteral("sourceLineNumber")] = lane->await_line;
        const bool live = m_follow && m_run && !m_run->finished() && task && task->finished_ns < 0;
        map[QStringLiteral("canCancel")] = live && (lane->state == LaneState::Pending || lane->state == LaneState::Waiting);
    }
    if (map != m_selection) {
        m_selection = map;
        Q_EMIT selectionChanged();
    }
}

} // namespace coroscope::ui
