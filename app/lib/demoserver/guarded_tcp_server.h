// SPDX-License-Identifier: MIT
#pragma once
// A QTcpServer that asks before handing a new connection to the HTTP server: the demo server
// uses it to cap open connections and to watch each socket from its first byte (request size
// limit, idle timeout) before QAbstractHttpServer starts reading it.

#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace coroscope::demo {

class GuardedTcpServer : public QTcpServer
{
public:
    /// `admit` returns false to close the connection at once.
    explicit GuardedTcpServer(std::function<bool(QTcpSocket *)> admit, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<bool(QTcpSocket *)> m_admit;
};

} // namespace coroscope::demo
