// SPDX-License-Identifier: MIT
#pragma once
// aio::net::NetworkError: every way a fetch can fail, with a message a learner can read
// ("connection refused: 127.0.0.1:9 (http://127.0.0.1:9/x)"). A failed fetch() future holds
// one; blocking_fetch() throws one. kind() says which case it is, for code that must decide.

#include <QString>
#include <QUrl>
#include <stdexcept>

namespace aio::net {

class NetworkError : public std::runtime_error
{
public:
    enum class Kind {
        InvalidUrl,        ///< the URL does not parse or has no host
        UnsupportedScheme, ///< not http or https
        HostNotFound,      ///< DNS said no
        ConnectionRefused, ///< nothing listens there
        Timeout,           ///< FetchOptions::timeout passed
        HttpStatus,        ///< a non-2xx status (with require_success)
        BodyTooLarge,      ///< over FetchOptions::max_body_bytes
        Tls,               ///< the TLS handshake or certificate check failed
        ConnectionClosed,  ///< the server closed the connection before the response was complete
        Redirect,          ///< too many redirects, or one to a less secure URL
        Aborted,           ///< abort_flag was set (blocking_fetch)
        Other,             ///< anything else QNetworkReply reports
    };

    NetworkError(Kind kind, const QString &message, QUrl url = {}, int status = 0);

    [[nodiscard]] Kind kind() const noexcept { return m_kind; }
    [[nodiscard]] const QUrl &url() const noexcept { return m_url; }
    /// The HTTP status for Kind::HttpStatus (0 otherwise).
    [[nodiscard]] int status() const noexcept { return m_status; }
    [[nodiscard]] QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
    QUrl m_url;
    int m_status;
};

[[nodiscard]] const char *to_string(NetworkError::Kind kind) noexcept;

} // namespace aio::net
