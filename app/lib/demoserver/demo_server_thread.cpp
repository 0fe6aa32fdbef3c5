// SPDX-License-Identifier: MIT
#include "demo_server_thread.h"

#include <coroscope/impl/thread_handover.h>

namespace coroscope::demo {

DemoServerThread::DemoServerThread(DemoServerOptions options) : m_options(options), m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("demo server"));
    m_anchor->moveToThread(&m_thread);
}

DemoServerThread::~DemoServerThread()
{
    if (m_thread.isRunning()) {
        call_on_server_thread([this] { delete std::exchange(m_server, nullptr); });
        m_thread.quit();
        m_thread.wait();
    }
}

bool DemoServerThread::start()
{
    m_thread.start();
    bool ok = false;
    call_on_server_thread([this, &ok] {
        m_server = new DemoServer(m_options);
        ok = m_server->start();
        if (!ok) {
            m_error = m_server->error_string();
            delete std::exchange(m_server, nullptr);
        }
    });
    if (!ok) {
        m_thread.quit();
        m_thread.wait();
    }
    return ok;
}

void DemoServerThread::set_speed(double factor)
{
    if (!m_server)
        return;
    // Blocking, so the next request already sees it.
    call_on_server_thread([server = m_server, factor] { server->set_speed(factor); });
}

void DemoServerThread::call_on_server_thread(const std::function<void()> &body)
{
    if (QThread::currentThread() == &m_thread) {
        body();
        return;
    }
    // The hand-over both ways is stated to ThreadSanitizer on the server's QThread, a key the
    // server thread finds without reading anything this thread wrote.
    aio::detail::handing_over(&m_thread);
    {
        aio::detail::QtGuardsThis guarded; // the server thread's event list, the call's semaphore
        QMetaObject::invokeMethod(
            m_anchor.get(),
            [&body] {
                aio::detail::arrived(QThread::currentThread());
                body();
                aio::detail::handing_over(QThread::currentThread());
            },
            Qt::BlockingQueuedConnection);
    }
    aio::detail::arrived(&m_thread);
}

} // namespace coroscope::demo
