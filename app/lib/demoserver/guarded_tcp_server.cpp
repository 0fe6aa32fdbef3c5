// SPDX-License-Identifier: MIT
#include "guarded_tcp_server.h"

#include <QTcpSocket>

namespace coroscope::demo {

GuardedTcpServer::GuardedTcpServer(std::function<bool(QTcpSocket *)> admit, QObject *parent)
    : QTcpServer(parent), m_admit(std::move(admit))
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || !m_admit(socket)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    addPendingConnection(socket);
}

} // namespace coroscope::demo
