// SPDX-License-Identifier: MIT
#pragma once
// A public Qt signal for the signal_await rows (Qt's own signals in QtCore are private, and
// UBSan rejects the null QPrivateSignal tag a lambda connection passes on).

#include <QObject>

namespace bench {

class SignalSource : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void fired();
};

} // namespace bench
