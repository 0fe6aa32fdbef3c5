// SPDX-License-Identifier: MIT
#include "request_p.h"

#include "coroscope/net/fetch.h"

#include <algorithm>

namespace aio::net {

QUrl parse_url(const QString &text)
{
    return detail::parse_url(text);
}

} // namespace aio::net

namespace aio::net::detail {

QUrl parse_url(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        throw NetworkError(NetworkError::Kind::InvalidUrl, QStringLiteral("invalid URL: the URL is empty"));
    if (!url.isValid())
        throw NetworkError(NetworkError::Kind::InvalidUrl,
                           QStringLiteral("invalid URL '%1': %2").arg(text, url.errorString()), url);
    check_url(url);
    return url;
}

void check_url(const QUrl &url)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid())
        throw NetworkError(NetworkError::Kind::InvalidUrl,
                           QStringLiteral("invalid URL '%1': %2").arg(shown, url.errorString()), url);
    if (url.isRelative() || url.scheme().isEmpty())
        throw NetworkError(NetworkError::Kind::InvalidUrl,
                           QStringLiteral("invalid URL '%1': no scheme (expected http:// or https://)").arg(shown),
                           url);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        throw NetworkError(NetworkError::Kind::UnsupportedScheme,
                           QStringLiteral("unsupported URL scheme '%1' in '%2' (only http and https)").arg(scheme, shown),
                           url);
    if (url.host().isEmpty())
        throw NetworkError(NetworkError::Kind::InvalidUrl, QStringLiteral("invalid URL '%1': no host").arg(shown), url);
}

QNetworkRequest make_request(const QUrl &url, const FetchOptions &options)
{
    QNetworkRequest request(url);
    // The tutorial's comment: without a User-Agent some servers answer 403.
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Mozilla/5.0 (Coroscope)"));
    for (const auto &[name, value] : options.headers)
        request.setRawHeader(name, value);
    if (options.max_redirects > 0) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(options.max_redirects);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    }
    // Our own timer enforces the deadline (it covers queueing too); a cached answer would
    // hide the latency the lesson is about.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

QString display_name(const QUrl &url, const FetchOptions &options)
{
    return options.name.isEmpty() ? url.toDisplayString() : options.name;
}

std::chrono::milliseconds loop_latency(const Response &response, const FetchOptions &options)
{
    constexpr qint64 kMaxMs = 120'000; // as the demo server's own longest latency
    if (!options.loop_clock_latency)
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 ms = response.header(QByteArray(loop_latency_header)).toLongLong(&ok);
    return std::chrono::milliseconds(ok ? std::clamp<qint64>(ms, 0, kMaxMs) : 0);
}

} // namespace aio::net::detail
