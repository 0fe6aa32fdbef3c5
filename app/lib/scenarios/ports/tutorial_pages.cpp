// SPDX-License-Identifier: MIT
#include "tutorial_pages.h"

#include "demo_pages.h"
#include "demo_server_thread.h"

#include <coroscope/errors.h>

#include <QUrl>
#include <QUrlQuery>

namespace coroscope::scenarios {

TutorialPages tutorial_pages(const ScenarioContext &context)
{
    TutorialPages pages;
    pages.urls = context.list(QStringLiteral("urls"));
    if (!pages.urls.isEmpty())
        return pages;

    demo::DemoServerOptions options;
    options.latency = std::chrono::milliseconds(context.integer(QStringLiteral("latency_ms"), 200));
    options.latency_on_loop_clock = true; // the run's clock decides when each page is due
    pages.server = std::make_shared<demo::DemoServerThread>(options);
    if (!pages.server->start())
        throw aio::RuntimeError("the demo server could not start: " + pages.server->error_string().toStdString());
    // urls = ['https://www.google.co.kr/search?q=' + i for i in ['apple', 'pear', ...]]
    const QStringList words = demo::DemoPages::words(context.integer(QStringLiteral("pages"), 6));
    for (const QString &word : words)
        pages.urls << pages.server->page_url(word).toString();
    return pages;
}

aio::net::FetchOptions browser_request(const QString &url)
{
    aio::net::FetchOptions options;
    options.headers = {{QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Mozilla/5.0")}};
    options.keep_body = false; // len(page) is all the tutorial keeps
    options.loop_clock_latency = true; // the demo server's latency passes on the loop clock
    const QUrl parsed(url);
    const QString word = QUrlQuery(parsed).queryItemValue(QStringLiteral("q"));
    options.name = word.isEmpty() ? url : word;
    return options;
}

} // namespace coroscope::scenarios
