// SPDX-License-Identifier: MIT
// 비동기로 웹 페이지 가져오기, first listing: six pages fetched one after another with a
// blocking call. It runs on the loop's own thread, so the whole loop waits for each page.
#include "ports.h"
#include "python_style.h"
#include "tutorial_pages.h"

#include <coroscope/coroscope.h>
#include <coroscope/net/blocking_fetch.h>

#include <vector>

namespace coroscope::scenarios::fetch_sequential {
using namespace aio;

// urlopen(request).read(): blocks the calling thread until the whole page has arrived
net::Response urlopen(const QString &url)
{
    return net::blocking_fetch(url, browser_request(url));
}

Coroutine<void> main(TutorialPages pages)
{
    const QStringList &urls = pages.urls;

    const double begin = py::time();
    std::vector<std::int64_t> result;
    for (const QString &url : urls) {
        // request = Request(url, headers={'User-Agent': 'Mozilla/5.0'})
        // response = urlopen(request)
        // page = response.read()
        const net::Response page = urlopen(url);
        result.push_back(page.length); // result.append(len(page))
    }

    print(py::str(result));
    const double end = py::time();
    print(QStringLiteral("elapsed: %1 s").arg(py::fixed3(end - begin))); // '실행 시간: {0:.3f}초'
    co_return;
}

Coroutine<void> scenario(const ScenarioContext &context)
{
    return main(tutorial_pages(context));
}

} // namespace coroscope::scenarios::fetch_sequential
