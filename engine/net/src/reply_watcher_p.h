// SPDX-License-Identifier: MIT
#pragma once
// Private: drives one QNetworkReply to its outcome (a Response or a NetworkError), enforcing the
// deadline and the body cap and reporting the stages the trace shows. Shared by fetch() (on the
// loop thread) and blocking_fetch() (on its helper thread). Lives on the reply's thread.

#include "coroscope/net/fetch_options.h"
#include "coroscope/net/network_error.h"
#include "coroscope/net/response.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkReply;

namespace aio::net::detail {

enum class Stage { Queued, Connecting, Sent, Receiving };
[[nodiscard]] QString to_text(Stage stage);

class ReplyWatcher
{
public:
    using StageCallback = std::function<void(Stage)>;
    /// Exactly one of the two is set.
    struct Outcome
    {
        std::optional<Response> response;
        std::optional<NetworkError> error;
    };
    using DoneCallback = std::function<void(Outcome)>;

    /// Takes ownership of `reply` (deleted later, once done).
    ReplyWatcher(QNetworkReply *reply, const QUrl &url, const FetchOptions &options, StageCallback on_stage,
                 DoneCallback on_done);
    ~ReplyWatcher();
    ReplyWatcher(const ReplyWatcher &) = delete;
    ReplyWatcher &operator=(const ReplyWatcher &) = delete;

    /// Aborts the reply (its connection closes) without reporting: the caller cancelled it.
    void abort();
    /// Aborts the reply and reports `error`.
    void fail(NetworkError error);
    [[nodiscard]] bool finished() const noexcept { return m_finished; }
    [[nodiscard]] Stage stage() const noexcept { return m_stage; }

private:
    void set_stage(Stage stage, double *timing);
    void on_meta_data();
    void on_ready_read();
    void on_finished();
    void complete(Outcome outcome);
    void release_reply(bool abort);
    [[nodiscard]] double elapsed_ms() const;
    [[nodiscard]] NetworkError transport_error() const;
    [[nodiscard]] Response response() const;

    QObject m_context; // owns the connections: they end with the watcher
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    FetchOptions m_options;
    StageCallback m_on_stage;
    DoneCallback m_on_done;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QByteArray m_body;
    std::int64_t m_length = 0;
    FetchTiming m_timing;
    QString m_tls_errors;
    Stage m_stage = Stage::Queued;
    bool m_finished = false;
    bool m_encrypted = false; // the TLS handshake completed
};

} // namespace aio::net::detail
