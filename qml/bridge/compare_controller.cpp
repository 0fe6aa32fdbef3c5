// SPDX-License-Identifier: MIT
#include "compare_controller.h"

#include <coroscope/errors.h>
#include <coroscope/run.h>
#include <coroscope/task.h>
#include "demo_pages.h"
#include "demo_server_thread.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

namespace coroscope::ui {

CompareController::CompareController(QObject *parent) : QObject(parent), m_history(new CompareHistoryModel(this))
{
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &CompareController::tick);
    m_status = QStringLiteral("Press Run gather to fetch the pages three ways.");
}

CompareController::~CompareController()
{
    cancel();
    m_worker.reset(); // waits for the cancelled run to end
}

bool CompareController::ensure_server(QString *error)
{
    if (m_server)
        return true;
    auto server = std::make_unique<demo::DemoServerThread>(demo::DemoServerOptions{});
    if (!server->start()) {
        *error = server->error_string();
        return false;
    }
    m_server = std::move(server);
    Q_EMIT settingsChanged();
    return true;
}

QStringList CompareController::plannedUrls() const
{
    QStringList out;
    const QStringList custom = m_urls.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (!custom.isEmpty())
        return custom;
    const QStringList words = demo::DemoPages::words(std::clamp(m_pages, 1, 200));
    for (int i = 0; i < words.size(); ++i) {
        if (!m_server) {
            out << QStringLiteral("demo server: /search?q=%1").arg(words[i]);
            continue;
        }
        QUrl url = m_server->page_url(words[i], i);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("latency_ms"), QString::number(m_latency_ms));
        url.setQuery(query);
        out << url.toString();
    }
    return out;
}

void CompareController::runGather()
{
    if (running())
        return;
    const bool custom = !m_urls.trimmed().isEmpty();
    QString error;
    if (!custom && !ensure_server(&error)) {
        m_status = QStringLiteral("Cannot start the demo server: %1").arg(error);
        Q_EMIT changed();
        return;
    }
    compare::ComparisonOptions options;
    const QStringList urls = plannedUrls();
    const QStringList words = demo::DemoPages::words(int(urls.size()));
    for (int i = 0; i < urls.size(); ++i) {
        const QUrl url = QUrl::fromUserInput(urls[i]);
        options.urls << url;
        options.names << (custom ? url.host() + url.path() : words.value(i));
    }
    // The window stays responsive: the sequential variant awaits each page in turn instead of
    // blocking the GUI thread (just as slow; the fetch-sequential scenario shows the blocking).
    options.sequential_blocks = false;
    m_latency_text = custom ? QStringLiteral("custom URLs") : QStringLiteral("%1 ms").arg(m_latency_ms);

    m_strips.clear();
    for (compare::Variant v : options.variants) {
        Strip strip{v, -1, -1, {}, false, {}};
        for (int i = 0; i < options.urls.size(); ++i)
            strip.pages.push_back(Page{options.names[i], options.urls[i].toString(), 0, 0, 0, {}, -1});
        m_strips.push_back(std::move(strip));
    }
    m_events_done = 0;
    m_speedup = 0;
    m_arithmetic.clear();
    m_status = QStringLiteral("Warming up…");
    m_clock.start();
    // Progress and the outcome come back as queued calls: this object lives on the GUI thread,
    // and it outlives the worker (the destructor waits for it).
    m_worker = std::make_unique<aio::LoopThread>(QStringLiteral("run gather"));
    m_worker->start({}, [this, options](aio::EventLoop &loop) {
        loop.set_output_handler([](const QString &) {});
        loop.set_report_handler([](const QString &) {});
        const auto progress = [this](const compare::Progress &p) {
            QMetaObject::invokeMethod(this, [this, p] { on_progress(p); }, Qt::QueuedConnection);
        };
        compare::ComparisonResult result;
        QString error;
        try {
            result = loop.run_until_complete(loop.create_task(compare::run_comparison(options, progress), QStringLiteral("run gather")));
        } catch (const aio::CancelledError &) {
            error = QStringLiteral("cancelled");
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        aio::detail::cancel_all_tasks(loop);
        QMetaObject::invokeMethod(this, [this, result, error] { finish(result, error); }, Qt::QueuedConnection);
    });
    m_frame.start();
    Q_EMIT runningChanged();
    Q_EMIT changed();
}

void CompareController::cancel()
{
    if (running())
        m_worker->post([](aio::EventLoop &loop) {
            for (const auto &task : loop.all_tasks())
                task->cancel();
        });
}

void CompareController::on_progress(const compare::Progress &p)
{
    auto it = std::find_if(m_strips.begin(), m_strips.end(), [&](const Strip &s) { return s.variant == p.variant; });
    if (it == m_strips.end() || p.page < 0 || p.page >= int(it->pages.size()))
        return;
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    if (it->t0 < 0)
        it->t0 = now - p.at_ms;
    Page &page = it->pages[std::size_t(p.page)];
    switch (p.event) {
    case compare::Progress::Event::Started:
        page.state = 1;
        page.start = p.at_ms;
        page.end = p.at_ms;
        m_status = QStringLiteral("%1: fetching…").arg(compare::to_string(p.variant));
        break;
    case compare::Progress::Event::Finished:
        page.state = 2;
        page.end = p.at_ms;
        page.length = p.length;
        ++m_events_done;
        break;
    case compare::Progress::Event::Failed:
        page.state = 3;
        page.end = p.at_ms;
        page.error = p.error;
        ++m_events_done;
        break;
    }
    m_dirty = true;
}

double CompareController::progress() const
{
    std::size_t total = 0;
    for (const Strip &s : m_strips)
        total += s.pages.size();
    return total ? std::min(1.0, double(m_events_done) / double(total)) : 0.0;
}

void CompareController::tick()
{
    if (!running())
        return;
    // Open bars grow with the clock.
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    for (Strip &s : m_strips)
        if (s.t0 >= 0 && s.total < 0)
            for (Page &page : s.pages)
                if (page.state == 1)
                    page.end = now - s.t0;
    Q_EMIT changed();
    m_dirty = false;
}

void CompareController::finish(const compare::ComparisonResult &result, const QString &error)
{
    m_frame.stop();
    m_worker.reset(); // its body has returned: this only joins the thread

    CompareHistoryModel::Row row;
    row.run = ++m_run;
    row.latency = m_latency_text;
    int failures = 0;
    for (const compare::VariantResult &v : result.variants) {
        auto it = std::find_if(m_strips.begin(), m_strips.end(), [&](const Strip &s) { return s.variant == v.variant; });
        if (it == m_strips.end())
            continue;
        it->total = v.total_ms;
        it->error = v.error;
        for (std::size_t i = 0; i < v.pages.size() && i < it->pages.size(); ++i) {
            const compare::PageResult &pr = v.pages[i];
            Page &page = it->pages[i];
            page.start = pr.start_ms;
            page.end = pr.end_ms;
            page.length = pr.length;
            page.error = pr.error;
            page.state = pr.error.isEmpty() ? 2 : 3;
            failures += pr.error.isEmpty() ? 0 : 1;
        }
        const double total = v.ok() ? v.total_ms : -1;
        if (v.variant == compare::Variant::Sequential)
            row.sequential = total;
        else if (v.variant == compare::Variant::Executor)
            row.executor = total;
        else
            row.async = total;
        row.pages = int(it->pages.size());
    }
    // Pages of a variant that stopped early never ran.
    if (!error.isEmpty())
        settle_cancelled(error);
    m_speedup = result.speedup();
    row.speedup = m_speedup;
    row.failures = failures;

    const QList<double> latencies = result.server_latencies_ms();
    double sum = 0, max = 0;
    bool known = !latencies.isEmpty();
    for (double l : latencies) {
        known = known && l >= 0;
        sum += std::max(0.0, l);
        max = std::max(max, l);
    }
    const compare::VariantResult *seq = result.find(compare::Variant::Sequential);
    double best = -1;
    // The concurrent ideal: past the pages that fit in flight at once (connections per host,
    // executor threads), it is waves of pages, not the slowest one.
    double ideal = -1;
    int parallel = 0;
    for (const compare::VariantResult &v : result.variants)
        if (v.variant != compare::Variant::Sequential && v.ok()) {
            best = best < 0 ? v.total_ms : std::min(best, v.total_ms);
            if (const double variant_ideal = result.ideal_ms(v.variant); ideal < 0 || variant_ideal < ideal) {
                ideal = variant_ideal;
                parallel = result.parallelism(v.variant).pages;
            }
        }
    // Only figures that were measured: a cancelled run has no totals to compare.
    if (!error.isEmpty() || !seq || !seq->ok() || best < 0)
        m_arithmetic.clear();
    else
        m_arithmetic = {
        {QStringLiteral("known"), known},
        {QStringLiteral("sum"), sum},
        {QStringLiteral("max"), max},
        {QStringLiteral("count"), int(latencies.size())},
        {QStringLiteral("sequential"), seq ? seq->total_ms : -1.0},
        {QStringLiteral("best"), best},
        {QStringLiteral("ideal"), ideal},
        {QStringLiteral("parallel"), parallel},
    };
    if (!error.isEmpty()) {
        QStringList measured;
        for (const Strip &strip : m_strips) {
            const auto done = std::count_if(strip.pages.begin(), strip.pages.end(), [](const Page &p) { return p.state == 2; });
            if (strip.t0 >= 0 && strip.total < 0)
                measured << QStringLiteral("%1 had fetched %2 of %3 pages").arg(compare::to_string(strip.variant)).arg(done).arg(strip.pages.size());
        }
        m_status = QStringLiteral("Run gather %1.").arg(error) + (measured.isEmpty() ? QString() : u' ' + measured.join(QStringLiteral("; ")) + u'.');
    }
    else if (failures)
        m_status = QStringLiteral("Done, with %1 failed page fetch%2 (shown in red).").arg(failures).arg(failures == 1 ? QString() : QStringLiteral("es"));
    else
        m_status = QStringLiteral("Done: async is %1× faster than one page after another.").arg(m_speedup, 0, 'f', 1);
    if (error.isEmpty())
        m_history->prepend(row);
    Q_EMIT runningChanged();
    Q_EMIT changed();
    Q_EMIT finished();
}

void CompareController::settle_cancelled(const QString &error)
{
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    for (Strip &strip : m_strips) {
        if (strip.total >= 0)
            continue; // it ended before the cancel
        strip.cancelled = true;
        strip.error = error;
        for (Page &page : strip.pages) {
            if (page.state == 1) { // in flight when the cancel came: measured up to it
                page.state = 4;
                page.end = std::max(page.start, now - strip.t0);
            }
        }
    }
}

QVariantList CompareController::strips() const
{
    QVariantList out;
    for (const Strip &s : m_strips) {
        QVariantList pages;
        for (const Page &p : s.pages)
            pages.append(QVariantMap{{QStringLiteral("name"), p.name},   {QStringLiteral("url"), p.url},
                                     {QStringLiteral("state"), p.state}, {QStringLiteral("start"), p.start},
                                     {QStringLiteral("end"), p.end},     {QStringLiteral("error"), p.error},
                                     {QStringLiteral("length"), p.length}});
        double measured = -1;
        int done = 0;
        for (const Page &p : s.pages) {
            if (p.state > 0)
                measured = std::max(measured, p.end);
            done += p.state == 2 ? 1 : 0;
        }
        out.append(QVariantMap{{QStringLiteral("name"), compare::to_string(s.variant)},
                               {QStringLiteral("total"), s.total},
                               {QStringLiteral("error"), s.error},
                               {QStringLiteral("cancelled"), s.cancelled},
                               {QStringLiteral("measured"), s.t0 >= 0 ? measured : -1.0},
                               {QStringLiteral("done"), done},
                               {QStringLiteral("pages"), pages}});
    }
    return out;
}

double CompareController::scaleMs() const
{
    double scale = 100;
    for (const Strip &s : m_strips) {
        scale = std::max(scale, s.total);
        for (const Page &p : s.pages)
            scale = std::max(scale, p.end);
    }
    return scale;
}

} // namespace coroscope::ui
