// SPDX-License-Identifier: MIT
#include "gui.h"

#include <cstdio>

namespace coroscope::gui {

int run(int &, char **)
{
    // Replaced by the QML window.
    std::fputs("coroscope: the window is not part of this build yet; try 'coroscope --help'\n", stderr);
    return 1;
}

} // namespace coroscope::gui
