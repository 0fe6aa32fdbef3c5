// SPDX-License-Identifier: MIT
#pragma once
// aio::net::blocking_fetch: the tutorial's urlopen(request).read(). It blocks the calling thread
// until the whole response has arrived (or failed: it throws NetworkError), so it is meant for
// pool threads through run_in_executor:
//
//     auto urlopen = [url] { return aio::net::blocking_fetch(url); };
//     Response page = co_await aio::run_in_executor(nullptr, urlopen);
//
// (Name the lambda: GCC 12 destroys a closure temporary that owns non-trivial captures, such as
// a QUrl, twice when it appears inside a co_await expression.)
//
// Called on the loop's own thread it blocks the loop, like the tutorial's sequential listing:
// no other task, timer or callback of that loop runs meanwhile (the request runs on a short-lived
// helper thread with its own QNetworkAccessManager and event loop while the caller waits, so
// nothing of the caller's thread is re-entered). Each call opens its own connection, as urlopen
// does. Needs a QCoreApplication. Safe to call from any thread, any number at once.

#include "coroscope/net/fetch_options.h"
#include "coroscope/net/network_error.h"
#include "coroscope/net/response.h"

#include <QString>
#include <QUrl>

namespace aio::net {

/// Throws NetworkError. FetchOptions::manager is ignored (each call has its own);
/// FetchOptions::abort_flag aborts it from another thread; inside an executor job, so does
/// aio::executor_stop_requested() (its future cancelled, its loop closing).
[[nodiscard]] Response blocking_fetch(const QUrl &url, const FetchOptions &options = {});
[[nodiscard]] Response blocking_fetch(const QString &url, const FetchOptions &options = {});

} // namespace aio::net
