// SPDX-License-Identifier: MIT
// Built instead of fetch_bench.cpp in engine-only builds: no fetch rows.
#include "fetch_bench.h"

namespace bench {

QJsonArray fetch_rows(const Selection &)
{
    return {};
}

} // namespace bench
