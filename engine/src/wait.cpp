// SPDX-License-Identifier: MIT
#include "coroscope/wait.h"

namespace aio::detail {

const char *to_string(ReturnWhen when) noexcept
{
    switch (when) {
    case ReturnWhen::FirstCompleted: return "FIRST_COMPLETED";
    case ReturnWhen::FirstException: return "FIRST_EXCEPTION";
    case ReturnWhen::AllCompleted: return "ALL_COMPLETED";
    }
    return "?";
}

} // namespace aio::detail
