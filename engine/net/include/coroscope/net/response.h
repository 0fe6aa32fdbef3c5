// SPDX-License-Identifier: MIT
#pragma once
// aio::net::Response: what a finished fetch gives back (status, headers, body, timings).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <cstdint>

namespace aio::net {

/// When the request moved through QNetworkAccessManager, in milliseconds since the fetch
/// started (-1: never happened; e.g. a reused connection has no connect step).
struct FetchTiming
{
    double connecting_ms = -1; ///< a new connection started for it (it had waited in the queue until then)
    double sent_ms = -1;       ///< the request was written to a connection: "on the wire"
    double first_byte_ms = -1; ///< the response headers arrived
    double total_ms = 0;       ///< the whole body arrived
};

struct Response
{
    QUrl url;                  ///< the URL asked for
    QUrl final_url;            ///< after redirects
    int status = 0;            ///< HTTP status code
    QByteArray reason;         ///< "OK", "Not Found"...
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;           ///< empty when FetchOptions::keep_body is false
    std::int64_t length = 0;   ///< body length in bytes (counted even when not kept)
    FetchTiming timing;

    /// A header's value (case-insensitive name), or an empty array.
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

} // namespace aio::net
