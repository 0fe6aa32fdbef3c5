// SPDX-License-Identifier: MIT
#include "fetch_state_p.h"

#include "coroscope/net/fetch.h"
#include "request_p.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace aio::net::detail {

FetchState::FetchState(EventLoop &loop, QUrl url, FetchOptions options)
    : FutureState<Response>(loop)
    , m_url(std::move(url))
    , m_options(std::move(options))
    , m_name(display_name(m_url, m_options))
    , m_poster(loop.poster())
{
    if (auto *task = TaskCore::current())
        m_creator = task->id();
}

FetchState::~FetchState()
{
    stop_watching();
    report_unretrieved_error();
}

QString FetchState::label() const
{
    return QStringLiteral("network reply %1").arg(m_name);
}

QString FetchState::describe_result() const
{
    const auto &v = const_cast<FetchState *>(this)->value();
    if (!v)
        return {};
    return QStringLiteral("%1 %2, %3 bytes").arg(v->status).arg(QString::fromLatin1(v->reason)).arg(v->length);
}

void FetchState::start()
{
    try {
        check_url(m_url);
    } catch (...) {
        set_exception(std::current_exception());
        return;
    }
    QNetworkAccessManager *manager = m_options.manager ? m_options.manager : &thread_manager();
    QNetworkReply *reply = manager->get(make_request(m_url, m_options));
    m_started_ns = m_loop->now_ns();
    ref();
    m_loop->begin_external_work();
    m_in_flight = true;
    trace_phase(to_text(Stage::Queued));
    m_watcher = std::make_unique<ReplyWatcher>(
        reply, m_url, m_options, [this](Stage stage) { on_stage(stage); },
        [this](ReplyWatcher::Outcome outcome) { on_done(std::move(outcome)); });
}

void FetchState::trace_phase(const QString &text)
{
    if (!m_loop->tracing())
        return;
    TraceEvent event;
    event.type = TraceType::Phase;
    event.task = m_creator ? m_creator : id();
    event.other = id();
    event.wait = WaitKind::NetworkReply;
    event.text = QStringLiteral("%1: %2").arg(label(), text);
    m_loop->emit_trace(event);
}

void FetchState::on_stage(Stage stage)
{
    if (!m_poster.loop_open()) {
        let_go_of_closed_loop(); // its loop is gone: nothing can await the reply any more
        return;
    }
    if (stage == Stage::Receiving && m_options.loop_clock_latency) {
        // A server leaving its latency to our clock answers at once: the bytes are here long
        // before the page is due, so the lane says "receiving" only when the hold ends.
        m_receiving_deferred = true;
        return;
    }
    trace_phase(to_text(stage));
}

void FetchState::let_go_of_closed_loop()
{
    // The loop closed (or is gone) while the reply ran: nobody can await this any more, and
    // the loop must not be touched. Abort the reply and let go.
    if (m_watcher) {
        m_watcher->abort();
        QTimer::singleShot(0, [watcher = m_watcher.release()] { delete watcher; });
    }
    if (std::exchange(m_in_flight, false))
        unref(); // may delete this: the caller returns at once
}

void FetchState::stop_watching()
{
    if (m_watcher) {
        m_watcher->abort();
        // Not deleted here: this may run inside one of the watcher's own signal handlers.
        QTimer::singleShot(0, [watcher = m_watcher.release()] { delete watcher; });
    }
    if (m_in_flight) {
        m_in_flight = false;
        m_loop->end_external_work();
        unref(); // may delete this: the caller returns at once
    }
}

void FetchState::on_done(ReplyWatcher::Outcome outcome)
{
    if (!m_poster.loop_open()) {
        let_go_of_closed_loop();
        return;
    }
    const auto latency = outcome.response ? loop_latency(*outcome.response, m_options) : std::chrono::milliseconds(0);
    const std::int64_t due = m_started_ns + std::chrono::nanoseconds(latency).count();
    if (due > m_loop->now_ns() && !done()) {
        // The server left its latency to the loop clock: wait it out there (a timer, not
        // external work, so the virtual clock may jump to it and pause holds it).
        trace_phase(QStringLiteral("answer in, held %1 ms on the loop clock").arg(latency.count()));
        m_held = std::move(outcome);
        m_hold = m_loop->call_at(due, [self = CoreRef<FetchState>(this)] { self->release_held(); });
        stop_watching(); // may drop the in-flight reference; the timer's keeps this alive
        return;
    }
    if (m_receiving_deferred)
        trace_phase(to_text(Stage::Receiving));
    finish(std::move(outcome));
}

void FetchState::release_held()
{
    if (!m_held)
        return;
    ReplyWatcher::Outcome outcome = std::move(*m_held);
    m_held.reset();
    if (m_receiving_deferred)
        trace_phase(to_text(Stage::Receiving));
    finish(std::move(outcome));
}

void FetchState::finish(ReplyWatcher::Outcome outcome)
{
    ref(); // outlive stop_watching()'s unref while finishing
    if (!done()) {
        if (outcome.response)
            set_result(std::move(*outcome.response));
        else
            set_exception(std::make_exception_ptr(std::move(*outcome.error)));
    }
    stop_watching();
    unref();
}

bool FetchState::cancel(const std::string &message)
{
    if (done())
        return false;
    ref();
    if (m_watcher) {
        trace_phase(QStringLiteral("aborted"));
        m_watcher->abort();
    }
    if (m_held) {
        m_held.reset();
        m_hold.cancel(); // drops the timer's reference
    }
    const bool cancelled = FutureCore::cancel(message);
    stop_watching();
    unref();
    return cancelled;
}

} // namespace aio::net::detail
