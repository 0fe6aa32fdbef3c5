// SPDX-License-Identifier: MIT
#include "commands.h"

namespace coroscope::cli {

int list_command(const QStringList &)
{
    print_error(QStringLiteral("'list' is not part of this build yet"));
    return 2;
}

} // namespace coroscope::cli
