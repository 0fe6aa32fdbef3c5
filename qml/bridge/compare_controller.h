// SPDX-License-Identifier: MIT
#pragma once
// CompareController: the Compare view's "Run gather". Fetches the same pages sequentially, in
// the executor and with async requests, one variant after another, on a loop of its own, and
// exposes each variant's pages as a strip (live while it runs), the totals, the speedup, the
// sum-versus-max arithmetic and the history of runs. The loop runs on a thread of its own
// (aio::LoopThread), so a scenario can run in the main view at the same time. Pages come from the loopback demo server
// (started on first use), or from the URLs the user typed.

#include "compare_history_model.h"

#include "comparison_runner.h"
#include <coroscope/loop_thread.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace coroscope::demo {
class DemoServerThread;
}

namespace coroscope::ui {

class CompareController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int pages MEMBER m_pages NOTIFY settingsChanged)
    Q_PROPERTY(int latencyMs MEMBER m_latency_ms NOTIFY settingsChanged)
    /// Custom URLs, one per line; empty means the demo server's pages.
    Q_PROPERTY(QString urls MEMBER m_urls NOTIFY settingsChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY changed) ///< 0..1 over the three variants
    Q_PROPERTY(QString status READ status NOTIFY changed)
    /// Per variant: {name, total (ms, -1 until done), error, cancelled, measured (ms until the cancel,
    /// -1 if it never started), done (pages fetched), pages: [{name, url, state, start, end, error, length}]};
    /// page state: 0 queued, 1 fetching, 2 done, 3 failed, 4 cancelled while fetching.
    Q_PROPERTY(QVariantList strips READ strips NOTIFY changed)
    Q_PROPERTY(double scaleMs READ scaleMs NOTIFY changed) ///< the longest strip, for a shared axis
    Q_PROPERTY(double speedup READ speedup NOTIFY changed)
    /// {sum, max, sequential, best, known, ideal, parallel}: the sum of the page latencies vs the
    /// best concurrent ideal (the slowest page while every page fits in flight at once).
    Q_PROPERTY(QVariantMap arithmetic READ arithmetic NOTIFY changed)
    Q_PROPERTY(coroscope::ui::CompareHistoryModel *history READ history CONSTANT)
    /// The URLs the next run fetches (the demo server's, once it runs).
    Q_PROPERTY(QStringList plannedUrls READ plannedUrls NOTIFY settingsChanged)

public:
    explicit CompareController(QObject *parent = nullptr);
    ~CompareController() override;

    [[nodiscard]] bool running() const { return m_worker != nullptr; }
    [[nodiscard]] double progress() const;
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QVariantList strips() const;
    [[nodiscard]] double scaleMs() const;
    [[nodiscard]] double speedup() const { return m_speedup; }
    [[nodiscard]] QVariantMap arithmetic() const { return m_arithmetic; }
    [[nodiscard]] CompareHistoryModel *history() const { return m_history; }
    [[nodiscard]] QStringList plannedUrls() const;

public Q_SLOTS:
    void runGather();
    void cancel();

Q_SIGNALS:
    void settingsChanged();
    void runningChanged();
    void changed();
    void finished();

private:
    struct Page
    {
        QString name;
        QString url;
        int state = 0;
        double start = 0;
        double end = 0;
        QString error;
        qint64 length = -1;
    };
    struct Strip
    {
        compare::Variant variant;
        double t0 = -1;     // ms on m_clock when the variant started
        double total = -1;
        QString error;
        bool cancelled = false; // the run was cancelled before this variant ended
        std::vector<Page> pages;
    };
    /// After a cancel: what each unfinished variant had measured, the rest marked cancelled.
    void settle_cancelled(const QString &error);
    void on_progress(const compare::Progress &progress);
    void tick();
    /// On the GUI thread, once the worker's comparison has ended (`error`: why it failed).
    void finish(const compare::ComparisonResult &result, const QString &error);
    bool ensure_server(QString *error);

    int m_pages = 6;
    int m_latency_ms = 200;
    QString m_urls;
    std::unique_ptr<demo::DemoServerThread> m_server;
    std::unique_ptr<aio::LoopThread> m_worker; // runs the comparison; null when idle
    QElapsedTimer m_clock;
    QTimer m_frame;
    std::vector<Strip> m_strips;
    int m_events_done = 0;
    int m_run = 0;
    bool m_dirty = false;
    QString m_status;
    QString m_latency_text;
    double m_speedup = 0;
    QVariantMap m_arithmetic;
    CompareHistoryModel *m_history;
};

} // namespace coroscope::ui
