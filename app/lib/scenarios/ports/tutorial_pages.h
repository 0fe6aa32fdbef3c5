// SPDX-License-Identifier: MIT
#pragma once
// The pages the fetch scenarios download: the tutorial's six search pages, served offline by a
// demo server on 127.0.0.1 with the tutorial's own page sizes, or the URLs the learner gave.

#include "scenario.h"

#include <coroscope/net/fetch_options.h>

#include <QStringList>
#include <memory>

namespace coroscope::demo {
class DemoServerThread;
}

namespace coroscope::scenarios {

struct TutorialPages
{
    QStringList urls;
    /// The demo server, when no URLs were given; it runs on a thread of its own (the sequential
    /// fetch blocks the loop's thread) and stops when the last copy of this goes.
    std::shared_ptr<demo::DemoServerThread> server;
};

/// Reads the `urls`, `pages` and `latency_ms` parameters; starts the demo server when `urls` is
/// empty. Throws aio::RuntimeError when the server cannot start.
[[nodiscard]] TutorialPages tutorial_pages(const ScenarioContext &context);

/// Request(url, headers={'User-Agent': 'Mozilla/5.0'}), named after the search word for the trace.
[[nodiscard]] aio::net::FetchOptions browser_request(const QString &url);

} // namespace coroscope::scenarios
