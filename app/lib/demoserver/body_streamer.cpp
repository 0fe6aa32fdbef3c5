// SPDX-License-Identifier: MIT
#include "body_streamer.h"

#include "demo_pages.h"

#include <QTcpSocket>
#include <algorithm>
#include <utility>

namespace coroscope::demo {

BodyStreamer::BodyStreamer(QTcpSocket *socket, qint64 offset, qint64 end, std::function<void()> finished)
    : QObject(socket)
    , m_socket(socket)
    , m_next(offset)
    , m_end(end)
    , m_finished(std::move(finished))
{
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
    pump();
}

void BodyStreamer::pump()
{
    // Top the socket's buffer up to one chunk; bytesWritten calls again as it drains.
    while (m_next < m_end && m_socket->bytesToWrite() < kChunk) {
        const qint64 n = std::min(kChunk, m_end - m_next);
        m_socket->write(DemoPages::pattern(m_next, n));
        m_next += n;
    }
    if (m_next >= m_end && m_finished && m_socket->bytesToWrite() == 0)
        std::exchange(m_finished, nullptr)();
}

} // namespace coroscope::demo
