// SPDX-License-Identifier: MIT
#include "coroscope/net/network_error.h"

namespace aio::net {

NetworkError::NetworkError(Kind kind, const QString &message, QUrl url, int status)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_url(std::move(url)), m_status(status)
{
}

const char *to_string(NetworkError::Kind kind) noexcept
{
    using K = NetworkError::Kind;
    switch (kind) {
    case K::InvalidUrl: return "invalid URL";
    case K::UnsupportedScheme: return "unsupported scheme";
    case K::HostNotFound: return "host not found";
    case K::ConnectionRefused: return "connection refused";
    case K::Timeout: return "timeout";
    case K::HttpStatus: return "HTTP status";
    case K::BodyTooLarge: return "body too large";
    case K::Tls: return "TLS failure";
    case K::ConnectionClosed: return "connection closed";
    case K::Redirect: return "redirect refused";
    case K::Aborted: return "aborted";
    case K::Other: return "network error";
    }
    return "network error";
}

} // namespace aio::net
