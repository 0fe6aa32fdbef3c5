// SPDX-License-Identifier: MIT
// coroscope-window-bench: the window at scale. A recorded `many-tasks` run is folded into the
// window's models (Recording, TimelineModel, ConsoleModel) in per-frame batches, as the live
// window takes it in, with the real TimelineView attached; then the timeline is drawn offscreen
// with software rendering, scrolled and zoomed, frame after frame; then the models are reset.
// Prints {"benchmarks": [...]}; coroscope-bench runs it (a window needs a QGuiApplication, and a
// process of its own keeps the heap figures apart) and includes its rows.

#include "bench_support.h"

#include "ingest_budget.h"
#include "recording.h"
#include "scenario_catalog.h"
#include "scenario_run.h"
#include "session.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

using namespace coroscope;
using namespace coroscope::ui;

/// This thread's CPU time in ms: what the work costs, whatever else the shared machine runs.
double thread_cpu_ms()
{
    return bench::thread_cpu_ns() / 1e6;
}

/// The timeline as the window has it, on models of our own, in a window of its own.
struct TimelineWindow
{
    QQmlEngine engine;
    QQuickWindow window;
    std::unique_ptr<QQuickItem> view;

    bool load(TimelineModel &model)
    {
        engine.addImportPath(QStringLiteral(":/"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Coroscope\nTimelineView {}\n", QUrl());
        view.reset(qobject_cast<QQuickItem *>(component.create()));
        if (!view) {
            std::fprintf(stderr, "coroscope-window-bench: %s\n", qPrintable(component.errorString()));
            return false;
        }
        view->setParentItem(window.contentItem());
        window.resize(1440, 800);
        view->setSize(QSizeF(1440, 800));
        view->setProperty("model", QVariant::fromValue(&model));
        window.show();
        return true;
    }
    struct Frame
    {
        double cpu_ms = 0;  ///< this thread's CPU time: what the frame costs, whatever else runs
        double wall_ms = 0;
    };
    /// One frame: polish, sync and render the scene graph (software, on this thread), read back.
    Frame frame()
    {
        const double cpu0 = thread_cpu_ms();
        const auto t0 = bench::SteadyClock::now();
        const QImage image = window.grabWindow();
        Frame f{thread_cpu_ms() - cpu0, bench::ns_since(t0) / 1e6};
        if (image.isNull())
            std::fprintf(stderr, "coroscope-window-bench: no frame\n");
        return f;
    }

};

const Scenario &many_tasks()
{
    const auto &all = all_scenarios();
    return *std::find_if(all.cbegin(), all.cend(), [](const Scenario &s) { return s.id == QLatin1String("many-tasks"); });
}

struct Ingest
{
    double events_per_s = 0;
    double max_batch_ms = 0; ///< a batch's fold and commit
    double max_commit_ms = 0;
    double max_batch_cpu_ms = 0; ///< the same in this thread's CPU time (without preemption)
    int batches = 0;
    double append_ms = 0; ///< all batches' copying and indexing (before the models fold them)
};

/// Folds `events` into the models frame by frame as the live window does (Session::ingest):
/// each batch takes at most IngestBudget::max_take more events, folds what fits in the budget
/// and commits.
Ingest ingest(Recording &recording, TimelineModel &timeline, const std::vector<aio::TraceEvent> &events)
{
    Ingest result;
    double total_ns = 0;
    std::size_t taken = 0;
    while (taken < events.size() || recording.position() < recording.size()) {
        const auto t0 = bench::SteadyClock::now();
        const double cpu0 = thread_cpu_ms();
        const IngestBudget budget;
        // A copy: the window keeps its own, as it does of a run's events.
        const std::size_t take = std::min(IngestBudget::max_take, events.size() - taken);
        recording.append(std::vector<aio::TraceEvent>(events.begin() + qsizetype(taken), events.begin() + qsizetype(taken + take)));
        taken += take;
        result.append_ms += bench::ns_since(t0) / 1e6;
        const std::size_t reached = recording.fold_within(recording.size(), budget);
        const auto t_commit = bench::SteadyClock::now();
        timeline.commit(recording.time_at(reached));
        result.max_commit_ms = std::max(result.max_commit_ms, bench::ns_since(t_commit) / 1e6);
        const double ns = bench::ns_since(t0);
        result.max_batch_cpu_ms = std::max(result.max_batch_cpu_ms, thread_cpu_ms() - cpu0);
        total_ns += ns;
        result.max_batch_ms = std::max(result.max_batch_ms, ns / 1e6);
        ++result.batches;
        QCoreApplication::processEvents(); // what the views queued, between frames
    }
    result.events_per_s = double(events.size()) / (total_ns / 1e9);
    return result;
}

/// Frames drawn after Reset before the heap is read again.
constexpr int settle_frames = 10;

void window_rows(QJsonArray &rows, int lanes, int frames, const bench::Selection &selection)
{
    TimelineModel timeline;
    ConsoleModel console;
    Recording recording(timeline, console);
    TimelineWindow window;
    if (!window.load(timeline))
        return;
    window.frame(); // the empty window's scene graph exists before the heap is read

    const RunResult run = run_scenario(many_tasks(), {.clock = aio::ClockMode::Virtual, .params = {{QStringLiteral("tasks"), lanes}}});
    if (!run.ok()) {
        std::fprintf(stderr, "coroscope-window-bench: many-tasks failed: %s\n", qPrintable(run.error));
        return;
    }
    const std::size_t before = bench::heap_bytes_in_use();
    const Ingest in = ingest(recording, timeline, run.events);
    const std::size_t loaded = bench::heap_bytes_in_use();
    const double events = double(run.events.size());
    if (selection.wants("ingest_events")) {
        QJsonObject r = bench::row("ingest_events", "events_per_s", in.events_per_s, true);
        r.insert(QStringLiteral("lanes"), lanes);
        r.insert(QStringLiteral("rows"), timeline.rowCount());
        r.insert(QStringLiteral("events"), events);
        r.insert(QStringLiteral("batches"), in.batches);
        r.insert(QStringLiteral("max_batch_ms"), in.max_batch_ms);
        r.insert(QStringLiteral("max_commit_ms"), in.max_commit_ms);
        r.insert(QStringLiteral("max_batch_cpu_ms"), in.max_batch_cpu_ms);
        r.insert(QStringLiteral("budget_ms"), double(IngestBudget::frame_ns) / 1e6);
        r.insert(QStringLiteral("append_ms"), in.append_ms);
        r.insert(QStringLiteral("bytes_per_event"), double(loaded - std::min(loaded, before)) / events);
        rows.append(r);
    }

    if (selection.wants("timeline_frame")) {
        // Scrolled and zoomed: every frame moves the lanes down by a third of the view and the
        // time window to another span (a tenth of the run to all of it) and place.
        QQuickItem *list = window.view->findChild<QQuickItem *>(QStringLiteral("laneList"));
        const double end_s = double(recording.end_time()) / 1e9;
        window.view->setProperty("autoFit", false);
        window.view->setProperty("now", end_s);
        window.view->setProperty("playhead", end_s);
        std::vector<double> samples, wall;
        for (int i = 0; i < frames + 5; ++i) {
            const double span = end_s * (0.1 + 0.9 * double(i % 10) / 9);
            const double start = (end_s - span) * double(i % 7) / 6;
            window.view->setProperty("viewStart", start);
            window.view->setProperty("viewEnd", start + span);
            if (list) {
                const double max_y = std::max(0.0, list->property("contentHeight").toDouble() - list->height());
                const double y = list->property("contentY").toDouble() + list->height() / 3;
                list->setProperty("contentY", y > max_y ? 0.0 : y);
            }
            const TimelineWindow::Frame f = window.frame();
            if (i >= 5) { // the first frames create the delegates and warm the caches
                samples.push_back(f.cpu_ms);
                wall.push_back(f.wall_ms);
            }
        }
        std::sort(samples.begin(), samples.end());
        std::sort(wall.begin(), wall.end());
        QJsonObject r = bench::row("timeline_frame", "ms_per_frame", samples[samples.size() / 2], true);
        r.insert(QStringLiteral("lanes"), lanes);
        r.insert(QStringLiteral("rows"), timeline.rowCount());
        r.insert(QStringLiteral("frames"), frames);
        r.insert(QStringLiteral("max_ms"), samples.back());
        r.insert(QStringLiteral("wall_ms_per_frame"), wall[wall.size() / 2]);
        r.insert(QStringLiteral("renderer"), QStringLiteral("software"));
        rows.append(r);
    }

    if (selection.wants("reset_memory")) {
        recording.clear(); // what Session::reset does to the models
        // Ten frames after it, as the window goes on drawing: the view lets go of the lanes'
        // delegates it kept for reuse.
        for (int i = 0; i < settle_frames; ++i) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            window.frame();
        }
        const std::size_t after = bench::heap_bytes_in_use();
        QJsonObject r = bench::row("reset_memory", "ratio_to_before", double(after) / double(before), true);
        r.insert(QStringLiteral("lanes"), lanes);
        r.insert(QStringLiteral("bytes_before"), double(before));
        r.insert(QStringLiteral("bytes_loaded"), double(loaded));
        r.insert(QStringLiteral("bytes_after_reset"), double(after));
        rows.append(r);
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Offscreen, drawn by the CPU, everything on this thread: the same figures on any machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QSG_RENDER_LOOP", "basic");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("only"), QStringLiteral("timeline_frame, ingest_events or reset_memory."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("lanes"), QStringLiteral("Worker tasks of the big run."), QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames per figure (the median is reported)."), QStringLiteral("n"),
                      QStringLiteral("60")});
    parser.process(app);
    const bench::Selection selection{parser.value(QStringLiteral("only")), {}};
    const int frames = std::max(1, parser.value(QStringLiteral("frames")).toInt());
    Session::instance()->setScenarios(all_scenarios()); // TimelineView reads the Session too

    QJsonArray rows;
    // 10 lanes fill a third of the view, 100 fill it (as many lanes drawn as with 10,000).
    for (const int lanes : {10, 100, std::max(100, parser.value(QStringLiteral("lanes")).toInt())})
        window_rows(rows, lanes, frames, selection);
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("benchmarks"), rows}}).toJson(QJsonDocument::Indented).constData());
    return 0;
}
