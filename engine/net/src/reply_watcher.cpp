// SPDX-License-Identifier: MIT
#include "reply_watcher_p.h"

#include <QNetworkReply>
#include <QSslError>

namespace aio::net::detail {

namespace {

/// QNetworkReply reports 4xx/5xx answers as errors; they are complete HTTP responses.
bool is_http_status_error(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 201 && code <= 299) || (code >= 401 && code <= 499)
        || error == QNetworkReply::ProtocolInvalidOperationError;
}

QString host_port(const QUrl &url)
{
    const int port = url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'f', ms.count() % 1000 == 0 ? 0 : 3);
}

} // namespace

QString to_text(Stage stage)
{
    switch (stage) {
    case Stage::Queued: return QStringLiteral("queued for a connection");
    case Stage::Connecting: return QStringLiteral("connecting");
    case Stage::Sent: return QStringLiteral("on the wire");
    case Stage::Receiving: return QStringLiteral("receiving");
    }
    return {};
}

ReplyWatcher::ReplyWatcher(QNetworkReply *reply, const QUrl &url, const FetchOptions &options,
                           StageCallback on_stage, DoneCallback on_done)
    : m_reply(reply)
    , m_url(url)
    , m_options(options)
    , m_on_stage(std::move(on_stage))
    , m_on_done(std::move(on_done))
{
    m_clock.start();
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, &m_context,
                     [this] { set_stage(Stage::Connecting, &m_timing.connecting_ms); });
    QObject::connect(reply, &QNetworkReply::requestSent, &m_context,
                     [this] { set_stage(Stage::Sent, &m_timing.sent_ms); });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &m_context, [this] { on_meta_data(); });
    QObject::connect(reply, &QNetworkReply::readyRead, &m_context, [this] { on_ready_read(); });
    QObject::connect(reply, &QNetworkReply::finished, &m_context, [this] { on_finished(); });
    QObject::connect(reply, &QNetworkReply::encrypted, &m_context, [this] { m_encrypted = true; });
    QObject::connect(reply, &QNetworkReply::sslErrors, &m_context, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_tls_errors = texts.join(QStringLiteral("; "));
    });
    // The manager (and with it the reply) may go away first, e.g. when the application quits.
    QObject::connect(reply, &QObject::destroyed, &m_context, [this] {
        if (m_finished)
            return;
        m_reply = nullptr;
        complete({.response = {},
                  .error = NetworkError(NetworkError::Kind::Other,
                                        QStringLiteral("network error: the request was dropped (its network manager "
                                                       "was destroyed): %1")
                                            .arg(m_url.toDisplayString()),
                                        m_url)});
    });
    if (m_options.timeout.count() > 0) {
        m_deadline.setSingleShot(true);
        m_deadline.setTimerType(Qt::PreciseTimer); // never before the deadline
        QObject::connect(&m_deadline, &QTimer::timeout, &m_context, [this] {
            fail(NetworkError(NetworkError::Kind::Timeout,
                              QStringLiteral("timeout: no complete response after %1 s (%2)")
                                  .arg(seconds(m_options.timeout), m_url.toDisplayString()),
                              m_url));
        });
        m_deadline.start(m_options.timeout);
    }
    if (reply->isFinished())
        QTimer::singleShot(0, &m_context, [this] { on_finished(); });
}

ReplyWatcher::~ReplyWatcher()
{
    m_finished = true;
    release_reply(true);
}

double ReplyWatcher::elapsed_ms() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void ReplyWatcher::set_stage(Stage stage, double *timing)
{
    if (m_finished || stage <= m_stage)
        return;
    m_stage = stage;
    if (timing && *timing < 0)
        *timing = elapsed_ms();
    if (m_on_stage)
        m_on_stage(stage);
}

void ReplyWatcher::on_meta_data()
{
    if (m_finished || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    if (m_timing.sent_ms < 0) // QNAM does not always say "sent" before the answer (e.g. HTTP/2)
        m_timing.sent_ms = elapsed_ms();
    set_stage(Stage::Receiving, &m_timing.first_byte_ms);
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() > m_options.max_body_bytes) {
        fail(NetworkError(NetworkError::Kind::BodyTooLarge,
                          QStringLiteral("body too large: %1 bytes announced, over the cap of %2 bytes (%3)")
                              .arg(announced.toLongLong())
                              .arg(m_options.max_body_bytes)
                              .arg(m_url.toDisplayString()),
                          m_url));
    }
}

void ReplyWatcher::on_ready_read()
{
    if (m_finished || !m_reply)
        return;
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty())
        return;
    set_stage(Stage::Receiving, &m_timing.first_byte_ms);
    m_length += data.size();
    if (m_length > m_options.max_body_bytes) {
        fail(NetworkError(NetworkError::Kind::BodyTooLarge,
                          QStringLiteral("body too large: more than %1 bytes arrived, over the cap of %1 bytes (%2)")
                              .arg(m_options.max_body_bytes)
                              .arg(m_url.toDisplayString()),
                          m_url));
        return;
    }
    if (m_options.keep_body)
        m_body.append(data);
}

Response ReplyWatcher::response() const
{
    Response r;
    r.url = m_url;
    r.final_url = m_reply->url();
    r.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    r.headers = m_reply->rawHeaderPairs();
    r.body = m_body;
    r.length = m_length;
    r.timing = m_timing;
    r.timing.total_ms = elapsed_ms();
    return r;
}

void ReplyWatcher::on_finished()
{
    if (m_finished || !m_reply)
        return;
    on_ready_read();
    if (m_finished) // the last bytes went over the cap
        return;
    const auto error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Outcome outcome;
    if (error == QNetworkReply::NoError || (status > 0 && is_http_status_error(error))) {
        Response r = response();
        if (m_options.require_success && (r.status < 200 || r.status > 299)) {
            const QString reason = r.reason.isEmpty() ? QString() : QLatin1Char(' ') + QString::fromLatin1(r.reason);
            outcome.error = NetworkError(NetworkError::Kind::HttpStatus,
                                         QStringLiteral("HTTP status %1%2 (%3)").arg(r.status).arg(reason, m_url.toDisplayString()),
                                         m_url, r.status);
        } else {
            outcome.response = std::move(r);
        }
    } else {
        outcome.error = transport_error();
    }
    release_reply(false);
    complete(std::move(outcome));
}

NetworkError ReplyWatcher::transport_error() const
{
    using K = NetworkError::Kind;
    const QString url = m_url.toDisplayString();
    const auto error = m_reply->error();
    const bool https = m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    // A server that is not speaking TLS usually just hangs up on the handshake.
    if (https && !m_encrypted && m_stage < Stage::Receiving
        && (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::UnknownNetworkError
            || error == QNetworkReply::ProtocolFailure)) {
        return NetworkError(K::Tls,
                            QStringLiteral("TLS failure: the TLS handshake with %1 did not complete (%2) (%3)")
                                .arg(host_port(m_url), m_reply->errorString(), url),
                            m_url);
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return NetworkError(K::ConnectionRefused, QStringLiteral("connection refused: %1 (%2)").arg(host_port(m_url), url), m_url);
    case QNetworkReply::HostNotFoundError:
        return NetworkError(K::HostNotFound, QStringLiteral("host not found: %1 (%2)").arg(m_url.host(), url), m_url);
    case QNetworkReply::TimeoutError:
        return NetworkError(K::Timeout, QStringLiteral("timeout: the connection to %1 timed out (%2)").arg(host_port(m_url), url), m_url);
    case QNetworkReply::SslHandshakeFailedError:
        return NetworkError(K::Tls,
                            QStringLiteral("TLS failure: %1 (%2)")
                                .arg(m_tls_errors.isEmpty() ? m_reply->errorString() : m_tls_errors, url),
                            m_url);
    case QNetworkReply::RemoteHostClosedError:
        return NetworkError(K::ConnectionClosed,
                            m_length > 0 || m_stage == Stage::Receiving
                                ? QStringLiteral("connection closed by the server in the middle of the response, after %1 body bytes (%2)")
                                      .arg(m_length)
                                      .arg(url)
                                : QStringLiteral("connection closed by the server before any response (%1)").arg(url),
                            m_url);
    case QNetworkReply::TooManyRedirectsError:
        return NetworkError(K::Redirect, QStringLiteral("redirect refused: more than %1 redirects (%2)").arg(m_options.max_redirects).arg(url), m_url);
    case QNetworkReply::InsecureRedirectError:
        return NetworkError(K::Redirect, QStringLiteral("redirect refused: it leads to a less secure URL (%1)").arg(url), m_url);
    default:
        return NetworkError(K::Other, QStringLiteral("network error: %1 (%2)").arg(m_reply->errorString(), url), m_url);
    }
}

void ReplyWatcher::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    release_reply(true);
}

void ReplyWatcher::fail(NetworkError error)
{
    if (m_finished)
        return;
    release_reply(true);
    complete({.response = {}, .error = std::move(error)});
}

void ReplyWatcher::release_reply(bool abort)
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    QObject::disconnect(reply, nullptr, &m_context, nullptr);
    if (abort && reply->isRunning())
        reply->abort(); // closes the connection: the server sees the client go
    reply->deleteLater();
}

void ReplyWatcher::complete(Outcome outcome)
{
    m_finished = true;
    m_deadline.stop();
    // The callback may destroy this watcher: nothing of `this` is touched after it.
    DoneCallback done = std::move(m_on_done);
    if (done)
        done(std::move(outcome));
}

} // namespace aio::net::detail
