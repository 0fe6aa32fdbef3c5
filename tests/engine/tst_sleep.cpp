// SPDX-License-Identifier: MIT
#include "coro_test.h"
class T : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(T)
#include "tst_sleep.moc"
