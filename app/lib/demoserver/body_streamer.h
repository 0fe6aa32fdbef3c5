// SPDX-License-Identifier: MIT
#pragma once
// Writes generated pattern bytes to a socket a chunk at a time, as the socket drains, so a large
// generated answer (/bytes/<n>, /drop/<n>) never sits in memory whole: at most kChunk bytes wait in the
// socket's buffer per connection. Lives as a child of the socket, so it dies with it.

#include <QObject>
#include <functional>

class QTcpSocket;

namespace coroscope::demo {

class BodyStreamer : public QObject
{
public:
    static constexpr qint64 kChunk = 64 * 1024;

    /// Streams pattern bytes [offset, end) to `socket`, then calls `finished` (once).
    BodyStreamer(QTcpSocket *socket, qint64 offset, qint64 end, std::function<void()> finished);

private:
    void pump();

    QTcpSocket *m_socket;
    qint64 m_next;
    qint64 m_end;
    std::function<void()> m_finished;
};

} // namespace coroscope::demo
