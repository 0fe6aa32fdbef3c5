// SPDX-License-Identifier: MIT
#include "commands.h"

namespace coroscope::cli {

int serve_command(const QStringList &)
{
    print_error(QStringLiteral("'serve' is not part of this build yet"));
    return 2;
}

} // namespace coroscope::cli
