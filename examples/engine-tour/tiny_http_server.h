// SPDX-License-Identifier: MIT
#pragma once
// A minimal HTTP/1.1 server on 127.0.0.1 for the tour's fetches, so it runs offline: every GET
// is answered with a plain-text body that repeats the path, then the connection is closed.

#include <QTcpServer>
#include <QUrl>

class TinyHttpServer : public QObject
{
public:
    TinyHttpServer();
    /// http://127.0.0.1:PORT/ (an ephemeral port), or an empty URL when listening failed.
    [[nodiscard]] QUrl base_url() const;

private:
    void answer(class QTcpSocket *socket);
    QTcpServer m_server;
};
