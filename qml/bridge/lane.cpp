// SPDX-License-Identifier: MIT
#include "lane.h"

#include <algorithm>

namespace coroscope::ui {

const Segment *Lane::segment_at(std::int64_t t) const
{
    // Segments are in time order; the last one starting at or before t covers it if still open.
    auto it = std::upper_bound(segments.begin(), segments.end(), t,
                               [](std::int64_t value, const Segment &s) { return value < s.start; });
    if (it == segments.begin())
        return nullptr;
    --it;
    if (it->end >= 0 && it->end < t)
        return nullptr;
    // A zero-length step at exactly t may hide behind the segment that follows it.
    return &*it;
}

} // namespace coroscope::ui
