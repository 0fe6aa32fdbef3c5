// SPDX-License-Identifier: MIT
#pragma once
// Helpers for the network suites: a demo server on its own thread, polling waits for coroutine
// tests, and checks on NetworkError.

#include "coro_test.h"

#include <coroscope/net/blocking_fetch.h>
#include <coroscope/net/fetch.h>
#include "demo_pages.h"
#include "demo_server_thread.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <chrono>
#include <functional>
#include <memory>

namespace net_test {

using namespace std::chrono_literals;

/// A started demo server on its own thread (fails the test through QVERIFY in the caller if not).
inline std::unique_ptr<coroscope::demo::DemoServerThread> server(coroscope::demo::DemoServerOptions options = {})
{
    auto s = std::make_unique<coroscope::demo::DemoServerThread>(options);
    if (!s->start())
        qFatal("demo server did not start: %s", qPrintable(s->error_string()));
    return s;
}

/// A URL on the server: base + path (may include a query).
inline QUrl url(const coroscope::demo::DemoServerThread &s, const QString &path_and_query)
{
    return s.base_url().resolved(QUrl(path_and_query));
}

/// A loopback port with nothing listening (bound, then released).
inline quint16 closed_port()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

/// Polls `done` every 10 ms of loop time until it is true or `limit` passes; returns it.
inline aio::Coroutine<bool> wait_until(std::function<bool()> done, std::chrono::milliseconds limit = 5s)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limit.count())
            co_return false;
        co_await aio::sleep(0.01);
    }
    co_return true;
}

/// The NetworkError a failed future holds (fails with Kind::Other text "no error" if none).
inline aio::net::NetworkError error_of(const aio::Future<aio::net::Response> &f)
{
    try {
        f.result();
    } catch (const aio::net::NetworkError &e) {
        return e;
    } catch (...) {
    }
    return aio::net::NetworkError(aio::net::NetworkError::Kind::Other, QStringLiteral("no error"));
}

inline double ms_since(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace net_test
