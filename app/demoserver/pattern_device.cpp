// SPDX-License-Identifier: MIT
#include "pattern_device.h"

#include "demo_pages.h"

#include <algorithm>
#include <cstring>

namespace coroscope::demo {

PatternDevice::PatternDevice(qint64 size, QObject *parent) : QIODevice(parent), m_size(size)
{
    open(QIODevice::ReadOnly);
}

qint64 PatternDevice::readData(char *data, qint64 max)
{
    const qint64 n = std::min(max, m_size - pos());
    if (n <= 0)
        return 0;
    const QByteArray chunk = DemoPages::pattern(pos(), n);
    std::memcpy(data, chunk.constData(), size_t(n));
    return n;
}

} // namespace coroscope::demo
