// SPDX-License-Identifier: MIT
#pragma once
// Private: URL checks and QNetworkRequest set-up shared by fetch() and blocking_fetch().

#include "coroscope/net/fetch_options.h"
#include "coroscope/net/network_error.h"

#include "coroscope/net/response.h"

#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <chrono>

namespace aio::net::detail {

/// Parses text strictly; throws NetworkError (InvalidUrl).
QUrl parse_url(const QString &text);
/// Throws NetworkError (InvalidUrl, UnsupportedScheme) unless `url` is an http(s) URL with a host.
void check_url(const QUrl &url);
/// The request with the options' headers, redirect policy and a default User-Agent.
QNetworkRequest make_request(const QUrl &url, const FetchOptions &options);
/// The latency a response leaves to the loop clock (FetchOptions::loop_clock_latency), or 0.
[[nodiscard]] std::chrono::milliseconds loop_latency(const Response &response, const FetchOptions &options);
/// What the trace calls the request: the options' name, else the URL.
QString display_name(const QUrl &url, const FetchOptions &options);

} // namespace aio::net::detail
