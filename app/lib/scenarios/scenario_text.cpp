// SPDX-License-Identifier: MIT
#include "scenario_text.h"

#include <QCoreApplication>

namespace coroscope {

QString scenario_text(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("Scenarios", english.toUtf8().constData());
}

} // namespace coroscope
