// SPDX-License-Identifier: MIT
#pragma once
// aio::net::fetch: an HTTP(S) request on QNetworkAccessManager that a coroutine can await.
//
//     Response page = co_await aio::net::fetch(QUrl(u"http://127.0.0.1:8080/search?q=apple"_s));
//     aio::print(QString::number(page.length));
//
// fetch() returns an aio::Future<Response> and the request STARTS AT ONCE (like
// run_in_executor's future), not when it is awaited. While it runs:
//  - a task awaiting it waits on "network reply <name>" (FetchOptions::name, else the URL),
//    WaitKind::NetworkReply;
//  - the trace gets a Phase event per stage, on the lane of the task that called fetch():
//    "network reply apple: queued for a connection" (QNetworkAccessManager opens at most six
//    HTTP/1.1 connections per host:port; a seventh request waits here), "... connecting",
//    "... on the wire" (the request was written to a connection), "... receiving";
//  - fetch() keeps six connection slots per host:port on each loop, in front of Qt's own limit,
//    and a request holds its slot until its reply completes, loop-clock latency included: so a
//    seventh request waits in loop time too. TraceType::Connection events say which request
//    holds which connection (docs/networking.md, "The connections on the loop clock");
//  - the loop counts it as external work, so a virtual clock does not jump past it.
// Cancelling the future (or the task awaiting it) aborts the reply, which closes its
// connection. Failures complete the future with a NetworkError (see network_error.h for the
// kinds and messages): an invalid URL or a scheme other than http/https fails at once; in a
// gather without return_exceptions the first failure propagates, as asyncio's does.
// Loop-thread only; the manager must live on the loop's thread.

#include "coroscope/future.h"
#include "coroscope/net/fetch_options.h"
#include "coroscope/net/network_error.h"
#include "coroscope/net/response.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace aio::net {

/// Starts a request on `loop`; the future completes with the Response or a NetworkError.
[[nodiscard]] Future<Response> fetch(EventLoop &loop, const QUrl &url, FetchOptions options = {});
/// The same on the current thread's loop.
[[nodiscard]] Future<Response> fetch(const QUrl &url, FetchOptions options = {});
/// From text, parsed strictly: a malformed URL gives a failed future (Kind::InvalidUrl).
[[nodiscard]] Future<Response> fetch(const QString &url, FetchOptions options = {});

/// Parses text strictly as an http(s) URL with a host; throws NetworkError (InvalidUrl,
/// UnsupportedScheme) with a message naming the problem. fetch(QString) uses it.
[[nodiscard]] QUrl parse_url(const QString &text);

/// The calling thread's shared manager (created on first use, deleted with the application or
/// when the thread finishes): one connection pool per thread, as a browser has one per profile.
[[nodiscard]] QNetworkAccessManager &thread_manager();

} // namespace aio::net
