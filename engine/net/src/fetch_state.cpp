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
    if (m_pool && m_connection)
        m_pool->release(this); // a held reply dropped with its loop: the next request may go on
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
    m_since_call.start();
    m_pool = ConnectionPool::of(*m_loop, manager, m_url);
    trace_phase(to_text(Stage::Queued));
    const std::uint64_t connection = m_pool->acquire(this, [this](std::uint64_t granted) {
        m_queued = false;
        if (!m_poster.loop_open()) {
            m_connection = granted;
            release_connection(false);
            unref(); // the queue's reference; may delete this
            return;
        }
        send(granted);
        unref(); // the queue's reference (send() took its own)
    });
    if (connection) {
        send(connection);
        return;
    }
    // Waiting for a connection is no external work: the requests holding them end on loop time
    // (a held reply is a loop timer), so the virtual clock may and must move on meanwhile.
    ref();
    m_queued = true;
    trace_connection(ConnectionPhase::Queued);
}

void FetchState::send(std::uint64_t connection)
{
    m_connection = connection;
    // Taken from a request that let it go: at the moment it was let go, not a clock read later.
    trace_connection(ConnectionPhase::Acquired, QStringLiteral("%1 @ %2").arg(m_name, m_pool->host()), m_pool->handing_over_at());
    QNetworkAccessManager *manager = m_options.manager ? m_options.manager : &thread_manager();
    QNetworkReply *reply = manager->get(make_request(m_url, m_options));
    m_started_ns = m_loop->now_ns(); // the server's latency counts from here
    ref();
    m_loop->begin_external_work();
    m_in_flight = true;
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

void FetchState::trace_connection(ConnectionPhase phase, const QString &text, std::int64_t at_ns)
{
    if (!m_loop->tracing())
        return;
    TraceEvent event;
    event.type = TraceType::Connection;
    event.connection_phase = phase;
    event.task = id();
    event.other = m_connection;
    event.text = text.isEmpty() ? m_name : text;
    if (at_ns >= 0)
        m_loop->emit_trace_at(event, at_ns);
    else
        m_loop->emit_trace(event);
}

void FetchState::release_connection(bool trace)
{
    if (!m_pool)
        return;
    if (m_queued) {
        m_queued = false;
        if (trace)
            trace_connection(ConnectionPhase::Released); // it gave up waiting
        m_pool->release(this);
        unref(); // the queue's reference; the caller holds one of its own
        return;
    }
    if (!m_connection)
        return;
    // The loop may be gone (a reply ending after it closed): then there is no time to tell.
    const std::int64_t now = m_poster.loop_open() ? m_loop->now_ns() : -1;
    if (trace)
        trace_connection(ConnectionPhase::Released, {}, now); // before the next request takes it
    m_connection = 0;
    m_pool->release(this, now);
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
    trace_connection(stage == Stage::Connecting ? ConnectionPhase::Connecting
                     : stage == Stage::Sent     ? ConnectionPhase::Sent
                                                : ConnectionPhase::Receiving);
}

void FetchState::let_go_of_closed_loop()
{
    // The loop closed (or is gone) while the reply ran: nobody can await this any more, and
    // the loop must not be touched. Abort the reply and let go.
    dispose_watcher();
    ref();
    release_connection(false);
    if (std::exchange(m_in_flight, false))
        unref();
    unref(); // may delete this: the caller returns at once
}

void FetchState::dispose_watcher()
{
    if (!m_watcher)
        return;
    m_watcher->abort();
    // Not deleted here: this may run inside one of the watcher's own signal handlers. The
    // deferred call owns it, so a thread that never spins again (the application quits) still
    // frees it when its pending events are discarded.
    QTimer::singleShot(0, [watcher = std::shared_ptr<ReplyWatcher>(std::move(m_watcher))]() mutable { watcher.reset(); });
}

void FetchState::stop_watching()
{
    dispose_watcher();
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
    if (outcome.response) {
        // The watcher's times start when the request was sent; the caller's, at the call.
        const double queued_ms = double(m_since_call.nsecsElapsed()) / 1e6 - outcome.response->timing.total_ms;
        for (double *ms : {&outcome.response->timing.connecting_ms, &outcome.response->timing.sent_ms,
                           &outcome.response->timing.first_byte_ms, &outcome.response->timing.total_ms})
            if (*ms >= 0)
                *ms += std::max(0.0, queued_ms);
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
    if (m_receiving_deferred) {
        trace_phase(to_text(Stage::Receiving));
        trace_connection(ConnectionPhase::Receiving);
    }
    finish(std::move(outcome));
}

void FetchState::release_held()
{
    if (!m_held)
        return;
    ReplyWatcher::Outcome outcome = std::move(*m_held);
    m_held.reset();
    if (m_receiving_deferred) {
        trace_phase(to_text(Stage::Receiving));
        trace_connection(ConnectionPhase::Receiving);
    }
    finish(std::move(outcome));
}

void FetchState::finish(ReplyWatcher::Outcome outcome)
{
    ref(); // outlive stop_watching()'s unref while finishing
    release_connection(true); // before the result wakes anyone: the next request goes first
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
    release_connection(true);
    const bool cancelled = FutureCore::cancel(message);
    stop_watching();
    unref();
    return cancelled;
}

} // namespace aio::net::detail
