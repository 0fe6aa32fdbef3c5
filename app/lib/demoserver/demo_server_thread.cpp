// SPDX-License-Identifier: MIT
#include "demo_server_thread.h"

namespace coroscope::demo {

DemoServerThread::DemoServerThread(DemoServerOptions options) : m_options(options), m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("demo server"));
    m_anchor->moveToThread(&m_thread);
}

DemoServerThread::~DemoServerThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_anchor.get(), [this] { delete std::exchange(m_server, nullptr); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool DemoServerThread::start()
{
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, &ok] {
            m_server = new DemoServer(m_options);
            ok = m_server->start();
            if (!ok) {
                m_error = m_server->error_string();
                delete std::exchange(m_server, nullptr);
            }
        },
        Qt::BlockingQueuedConnection);
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
    // Blocking, so the next request already sees it (queued when called on the server thread).
    const auto how = QThread::currentThread() == &m_thread ? Qt::DirectConnection : Qt::BlockingQueuedConnection;
    QMetaObject::invokeMethod(m_anchor.get(), [server = m_server, factor] { server->set_speed(factor); }, how);
}

} // namespace coroscope::demo
