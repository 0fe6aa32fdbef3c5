// SPDX-License-Identifier: MIT
#pragma once
// aio::net::FetchOptions: the knobs of one request, shared by fetch() and blocking_fetch().
// Inside a coroutine, name the options before the co_await: `FetchOptions options; options.name =
// u"apple"_s; co_await fetch(url, options);`. GCC 12 frees the strings of an aggregate temporary
// written inside a co_await expression (fetch(url, {.name = ...})) twice.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>

class QNetworkAccessManager;

namespace aio::net {

/// The header a latency-simulating server sends when it leaves its latency to the client's
/// loop clock (FetchOptions::loop_clock_latency): a whole number of milliseconds.
inline constexpr char loop_latency_header[] = "X-Loop-Latency-Ms";

struct FetchOptions
{
    /// Whole-request deadline, from when the request is handed to the manager to the last body
    /// byte (fetch() may first wait, in loop time, for one of its host's six connections).
    /// Zero or less: no deadline.
    std::chrono::milliseconds timeout{30'000};
    /// The body may not exceed this many bytes: a larger announced Content-Length, or more bytes
    /// arriving, aborts the request with NetworkError::Kind::BodyTooLarge.
    std::int64_t max_body_bytes = 16 * 1024 * 1024;
    /// Redirects are followed only to equally or more secure URLs (never https -> http), at most
    /// this many times; 0 turns following off (the 3xx is then the response).
    int max_redirects = 5;
    /// false: any status is a response; true: a non-2xx status fails with Kind::HttpStatus.
    bool require_success = true;
    /// false: only count the body's length (the tutorial only wants len(page)).
    bool keep_body = true;
    /// Extra request headers (the tutorial sends a User-Agent).
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Short name for the trace ("network reply apple"); empty: the URL.
    QString name;
    /// fetch() only: the manager to use; null: one shared manager per thread.
    QNetworkAccessManager *manager = nullptr;
    /// Latency on the loop clock. A server that simulates latency (Coroscope's demo server in a
    /// run) may answer at once with the header `loop_latency_header` = N milliseconds instead of
    /// waiting itself: the response is then handed over only when N ms of *loop* time have passed
    /// since the request started (fetch() holds it with a loop timer; blocking_fetch() with
    /// Clock::sleep_until on the governing clock, or plain sleep where none governs). So slow
    /// motion, pause, step and the virtual clock govern the demo world's latency too. Capped at
    /// two minutes. false: the header is ignored.
    bool loop_clock_latency = false;
    /// blocking_fetch() only: set it to true from any thread to abort the request (a blocking call
    /// cannot be cancelled through the loop, as in asyncio's executors).
    std::shared_ptr<std::atomic<bool>> abort_flag;
};

} // namespace aio::net
