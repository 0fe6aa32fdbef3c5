// SPDX-License-Identifier: MIT
#include "commands.h"

#include <cstdio>

namespace coroscope::cli {

void print_error(const QString &message)
{
    std::fprintf(stderr, "coroscope: %s\n", qPrintable(message));
}

} // namespace coroscope::cli
