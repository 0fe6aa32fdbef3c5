// SPDX-License-Identifier: MIT
// Built instead of qcoro_bench.cpp when QCoro is not installed: no QCoro rows.
#include "qcoro_bench.h"

namespace bench {

QJsonArray qcoro_rows(const Selection &)
{
    return {};
}

} // namespace bench
