// SPDX-License-Identifier: MIT
// Beyond the tutorial: the same six pages, awaited as network replies on the loop itself
// (QNetworkAccessManager), with no thread pool at all. With `blocking` each fetch is a blocking
// call instead (urlopen inside a coroutine): the loop is stuck in one task per page, so the
// pages come one after another and the total is their sum.
#include "ports.h"
#include "python_style.h"
#include "tutorial_pages.h"

#include <coroscope/coroscope.h>
#include <coroscope/net/blocking_fetch.h>
#include <coroscope/net/fetch.h>

#include <vector>

namespace coroscope::scenarios::fetch_async {
using namespace aio;

// async def fetch(session, url):
Coroutine<std::int64_t> fetch(QString url, bool blocking)
{
    if (blocking) {
        // page = urlopen(Request(url, headers={'User-Agent': 'Mozilla/5.0'})).read()
        // A blocking call inside a coroutine: nothing else on the loop runs until it returns.
        const net::Response page = net::blocking_fetch(url, browser_request(url));
        co_return page.length;
    }
    // async with session.get(url, headers={'User-Agent': 'Mozilla/5.0'}) as response:
    //     page = await response.read()
    const net::Response page = co_await net::fetch(url, browser_request(url));
    co_return page.length; // return len(page)
}

// async def main():
Coroutine<void> main(TutorialPages pages, bool blocking)
{
    const QStringList &urls = pages.urls;
    const double begin = py::time();

    // futures = [asyncio.ensure_future(fetch(session, url)) for url in urls]
    std::vector<Task<std::int64_t>> futures;
    for (const QString &url : urls)
        futures.push_back(ensure_future(fetch(url, blocking)));
    // result = await asyncio.gather(*futures)
    const std::vector<std::int64_t> result = co_await gather(std::move(futures));
    print(py::str(result));

    const double end = py::time();
    print(QStringLiteral("elapsed: %1 s").arg(py::fixed3(end - begin)));
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(tutorial_pages(context), context.params.value(QStringLiteral("blocking")).toBool());
}

} // namespace coroscope::scenarios::fetch_async
