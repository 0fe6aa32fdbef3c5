// SPDX-License-Identifier: MIT
#include "commands.h"

namespace coroscope::cli {

int run_command(const QStringList &)
{
    print_error(QStringLiteral("'run' is not part of this build yet"));
    return 2;
}

} // namespace coroscope::cli
