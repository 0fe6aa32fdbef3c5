// SPDX-License-Identifier: MIT
// 비동기로 웹 페이지 가져오기, second listing: each blocking fetch runs in the default thread
// pool (run_in_executor), each fetch is a task (ensure_future), and gather collects the sizes.
#include "ports.h"
#include "python_style.h"
#include "tutorial_pages.h"

#include <coroscope/coroscope.h>
#include <coroscope/net/blocking_fetch.h>

#include <vector>

namespace coroscope::scenarios::fetch_executor {
using namespace aio;

// urlopen(request).read(): blocks the calling thread (here a pool thread) until the page is in
net::Response urlopen(const QString &url)
{
    return net::blocking_fetch(url, browser_request(url));
}

// async def fetch(url):
Coroutine<std::int64_t> fetch(QString url)
{
    EventLoop &loop = get_event_loop();
    // request = Request(url, headers={'User-Agent': 'Mozilla/5.0'})
    // response = await loop.run_in_executor(None, urlopen, request)
    // page = await loop.run_in_executor(None, response.read)
    const net::Response page = co_await run_in_executor(loop, nullptr, urlopen, url);
    co_return page.length; // return len(page)
}

// async def main():
Coroutine<void> main(TutorialPages pages)
{
    const QStringList &urls = pages.urls;
    const double begin = py::time();

    // futures = [asyncio.ensure_future(fetch(url)) for url in urls]
    std::vector<Task<std::int64_t>> futures;
    for (const QString &url : urls)
        futures.push_back(ensure_future(fetch(url)));
    // result = await asyncio.gather(*futures)
    const std::vector<std::int64_t> result = co_await gather(std::move(futures));
    print(py::str(result));

    const double end = py::time();
    print(QStringLiteral("elapsed: %1 s").arg(py::fixed3(end - begin))); // '실행 시간: {0:.3f}초'
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(tutorial_pages(context));
}

} // namespace coroscope::scenarios::fetch_executor
