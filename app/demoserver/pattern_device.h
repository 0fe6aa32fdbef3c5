// SPDX-License-Identifier: MIT
#pragma once
// A read-only device of `size` pattern bytes made on demand, so a large /bytes/<n> answer never
// sits in memory whole (a client asking for many big bodies at once cannot exhaust the server).

#include <QIODevice>

namespace coroscope::demo {

class PatternDevice : public QIODevice
{
public:
    explicit PatternDevice(qint64 size, QObject *parent = nullptr);
    [[nodiscard]] qint64 size() const override { return m_size; }
    [[nodiscard]] bool isSequential() const override { return false; }

protected:
    qint64 readData(char *data, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
};

} // namespace coroscope::demo
