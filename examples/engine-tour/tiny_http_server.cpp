// SPDX-License-Identifier: MIT
#include "tiny_http_server.h"

#include <QTcpSocket>

TinyHttpServer::TinyHttpServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        }
    });
}

QUrl TinyHttpServer::base_url() const
{
    if (!m_server.isListening())
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

void TinyHttpServer::answer(QTcpSocket *socket)
{
    // Wait until the whole request head is buffered (GETs have no body).
    if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
        return;
    const QByteArray head = socket->readAll();
    const QByteArray path = head.split(' ').value(1);
    const QByteArray body = path.repeated(100) + '\n';
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
