// SPDX-License-Identifier: MIT
#pragma once
// Runs a DemoServer on a thread of its own. The comparison needs this: its sequential variant
// blocks the caller's thread on purpose (the tutorial's urlopen), and a server living on that
// same thread could then never answer. Its answers' timing is also unaffected by whatever the
// caller's thread is busy with.

#include "demo_server.h"

#include <QThread>
#include <QUrl>
#include <functional>
#include <memory>

namespace coroscope::demo {

class DemoServerThread
{
public:
    explicit DemoServerThread(DemoServerOptions options = {});
    ~DemoServerThread();
    DemoServerThread(const DemoServerThread &) = delete;
    DemoServerThread &operator=(const DemoServerThread &) = delete;

    /// Starts the thread and the server; blocks until it listens. False: see error_string().
    bool start();
    [[nodiscard]] QString error_string() const { return m_error; }

    // Valid after a successful start(); safe from any thread (they read what start() fixed).
    [[nodiscard]] QUrl base_url(int host_index = 0) const { return m_server->base_url(host_index); }
    [[nodiscard]] QUrl page_url(const QString &word, int index = 0) const { return m_server->page_url(word, index); }
    [[nodiscard]] int host_count() const { return int(m_server->hosts().size()); }
    [[nodiscard]] quint16 port() const { return m_server->port(); }
    [[nodiscard]] DemoServer::Stats stats() const { return m_server->stats(); }
    /// Changes the server's speed factor; returns once the server has it.
    void set_speed(double factor);
    /// The server object: it lives on the server thread, so connect to its signals with a
    /// context object on your own thread (queued), and call nothing else on it.
    [[nodiscard]] DemoServer *server() const { return m_server; }

private:
    /// Runs `body` on the server thread and returns when it has (at once when called there).
    void call_on_server_thread(const std::function<void()> &body);

    DemoServerOptions m_options;
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread; runs our calls there
    DemoServer *m_server = nullptr;
    QString m_error;
};

} // namespace coroscope::demo
