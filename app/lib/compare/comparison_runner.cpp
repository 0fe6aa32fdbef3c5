// SPDX-License-Identifier: MIT
#include "comparison_runner.h"

#include <coroscope/executor.h>
#include <coroscope/gather.h>
#include <coroscope/net/blocking_fetch.h>
#include <coroscope/net/fetch.h>

#include <QThreadPool>

namespace coroscope::compare {

namespace {

using Clock = std::chrono::steady_clock;
using aio::net::FetchOptions;
using aio::net::Response;

double ms_since(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

/// Everything one page's coroutine needs, passed by value (coroutine parameters are copied into
/// the frame; references would dangle).
struct PageJob
{
    Variant variant;
    int index;
    QUrl url;
    FetchOptions fetch;
    Clock::time_point t0;
    ProgressCallback progress;
};

PageJob make_job(Variant variant, int index, const ComparisonOptions &options, Clock::time_point t0,
                 const ProgressCallback &progress)
{
    FetchOptions fetch;
    fetch.timeout = options.timeout;
    fetch.keep_body = false; // only the length matters, as in the tutorial
    fetch.name = options.names.value(index);
    return {variant, index, options.urls[index], fetch, t0, progress};
}

PageResult started(const PageJob &job)
{
    PageResult page;
    page.url = job.url;
    page.name = job.fetch.name.isEmpty() ? job.url.toDisplayString() : job.fetch.name;
    page.start_ms = ms_since(job.t0);
    if (job.progress)
        job.progress({job.variant, job.index, Progress::Event::Started, page.start_ms, -1, {}});
    return page;
}

void finished(const PageJob &job, PageResult &page, const Response &response)
{
    page.end_ms = ms_since(job.t0);
    page.length = response.length;
    if (job.variant == Variant::Async && response.timing.sent_ms >= 0)
        page.sent_ms = page.start_ms + response.timing.sent_ms;
    bool ok = false;
    const double latency = response.header("X-Demo-Latency-Ms").toDouble(&ok);
    page.server_latency_ms = ok ? latency : -1;
    if (job.progress)
        job.progress({job.variant, job.index, Progress::Event::Finished, page.end_ms, page.length, {}});
}

void failed(const PageJob &job, PageResult &page, const QString &error)
{
    page.end_ms = ms_since(job.t0);
    page.error = error;
    if (job.progress)
        job.progress({job.variant, job.index, Progress::Event::Failed, page.end_ms, -1, error});
}

/// The tutorial's fetch(url) of its second listing: a blocking fetch on the default executor.
aio::Coroutine<PageResult> executor_page(PageJob job)
{
    PageResult page = started(job);
    try {
        // A named callable: GCC 12 destroys a lambda temporary inside a co_await expression twice.
        auto urlopen = [url = job.url, fetch = job.fetch] { return aio::net::blocking_fetch(url, fetch); };
        const Response response = co_await aio::run_in_executor(nullptr, urlopen);
        finished(job, page, response);
    } catch (const std::exception &e) {
        failed(job, page, QString::fromUtf8(e.what()));
    }
    co_return page;
}

/// The same with an awaitable request: no thread.
aio::Coroutine<PageResult> async_page(PageJob job)
{
    PageResult page = started(job);
    try {
        const Response response = co_await aio::net::fetch(job.url, job.fetch);
        finished(job, page, response);
    } catch (const std::exception &e) {
        failed(job, page, QString::fromUtf8(e.what()));
    }
    co_return page;
}

void note_first_error(VariantResult &result)
{
    for (const auto &p : result.pages) {
        if (!p.error.isEmpty()) {
            result.error = p.error;
            return;
        }
    }
}

aio::Coroutine<void> warm_up(QUrl url)
{
    // The origin's root: any answer will do, errors included (the timed runs report those).
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString());
    FetchOptions quiet;
    quiet.require_success = false;
    quiet.keep_body = false;
    quiet.timeout = std::chrono::seconds(5);
    try {
        (void)co_await aio::net::fetch(url, quiet);
    } catch (const std::exception &) {
    }
    try {
        auto urlopen = [url, quiet] { return aio::net::blocking_fetch(url, quiet); };
        (void)co_await aio::run_in_executor(nullptr, urlopen);
    } catch (const std::exception &) {
    }
}

} // namespace

aio::Coroutine<VariantResult> run_variant(Variant variant, ComparisonOptions options, ProgressCallback progress)
{
    VariantResult result;
    result.variant = variant;
    const int count = int(options.urls.size());
    const Clock::time_point t0 = Clock::now();
    switch (variant) {
    case Variant::Sequential:
        for (int i = 0; i < count; ++i) {
            PageJob job = make_job(variant, i, options, t0, progress);
            PageResult page = started(job);
            try {
                Response response;
                if (options.sequential_blocks)
                    response = aio::net::blocking_fetch(job.url, job.fetch); // the loop thread itself waits, like urlopen
                else
                    response = co_await aio::net::fetch(job.url, job.fetch);
                finished(job, page, response);
            } catch (const std::exception &e) {
                failed(job, page, QString::fromUtf8(e.what()));
            }
            result.pages.push_back(page);
            if (!page.error.isEmpty())
                break; // an exception ends the tutorial's for loop too
        }
        break;
    case Variant::Executor: {
        std::vector<aio::Task<PageResult>> futures;
        for (int i = 0; i < count; ++i)
            futures.push_back(aio::ensure_future(executor_page(make_job(variant, i, options, t0, progress))));
        result.pages = co_await aio::gather(std::move(futures));
        break;
    }
    case Variant::Async: {
        std::vector<aio::Coroutine<PageResult>> pages;
        for (int i = 0; i < count; ++i)
            pages.push_back(async_page(make_job(variant, i, options, t0, progress)));
        result.pages = co_await aio::gather(std::move(pages));
        break;
    }
    }
    result.total_ms = ms_since(t0);
    note_first_error(result);
    co_return result;
}

aio::Coroutine<ComparisonResult> run_comparison(ComparisonOptions options, ProgressCallback progress)
{
    ComparisonResult result;
    result.urls = options.urls;
    result.executor_threads = aio::get_event_loop().default_executor()->maxThreadCount();
    if (options.warm_up && !options.urls.isEmpty())
        co_await warm_up(options.urls.first());
    for (Variant variant : options.variants)
        result.variants.push_back(co_await run_variant(variant, options, progress));
    co_return result;
}

} // namespace coroscope::compare
