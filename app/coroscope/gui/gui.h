// SPDX-License-Identifier: MIT
#pragma once

namespace coroscope::gui {

/// Creates the application and the window and runs until it closes; returns the exit code.
int run(int &argc, char **argv);

} // namespace coroscope::gui
