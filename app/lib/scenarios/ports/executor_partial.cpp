// SPDX-License-Identifier: MIT
// run_in_executor + functools.partial: run_in_executor passes positional arguments only, so a
// function that needs keyword arguments is bound first. C++ has no keyword arguments: a small
// struct of them stands in, and a lambda (or std::bind_front) plays functools.partial.
#include "ports.h"

#include <coroscope/coroscope.h>

#include <QThread>

namespace coroscope::scenarios::executor_partial {
using namespace aio;

/// print's keyword arguments: sep=' ', end='\n' (unset means "not given").
struct Keywords
{
    std::optional<QString> sep = std::nullopt;
    std::optional<QString> end = std::nullopt;
};

/// Python's print(*args, sep=' ', end='\n') as a value that any thread may call: aio::print
/// belongs to the loop's thread, so from a pool thread the line is handed to the loop.
struct Print
{
    LoopPoster console;
    QThread *loop_thread;

    void operator()(const QStringList &args, const Keywords &kw = {}) const
    {
        const QString text = args.join(kw.sep.value_or(QStringLiteral(" ")));
        const QString end = kw.end.value_or(QStringLiteral("\n"));
        if (QThread::currentThread() == loop_thread)
            aio::print(text, end);
        else
            console.post([text, end] { aio::print(text, end); });
    }
};

Print python_print(EventLoop &loop)
{
    return Print{loop.poster(), QThread::currentThread()};
}

/// functools.partial(func, *args, **keywords): later arguments are appended, later keywords
/// override the bound ones.
auto partial(Print func, QStringList args, Keywords keywords)
{
    return [func, args, keywords](const QStringList &more = {}, const Keywords &kw = {}) {
        func(args + more, Keywords{kw.sep ? kw.sep : keywords.sep, kw.end ? kw.end : keywords.end});
    };
}

// async def hello(executor):
Coroutine<void> hello([[maybe_unused]] QThreadPool *executor)
{
    EventLoop &loop = get_event_loop();
    // await loop.run_in_executor(None, functools.partial(print, 'hello', 'python', end=' '))
    auto job = partial(python_print(loop), {QStringLiteral("hello"), QStringLiteral("python")}, {.end = QStringLiteral(" ")});
    co_await run_in_executor(loop, nullptr, std::move(job));
}

Coroutine<void> main()
{
    co_await hello(nullptr);
    print(""); // end the line the pool thread left open (end=' ')

    // >>> hello = functools.partial(print, 'hello', 'python', end=' ')
    const auto hello = partial(python_print(get_event_loop()), {QStringLiteral("hello"), QStringLiteral("python")},
                               {.end = QStringLiteral(" ")});
    // >>> hello()                     the REPL ends the line; here a call-time end= overrides
    hello({}, {.end = QStringLiteral("\n")});
    // >>> hello('script', sep='-')
    hello({QStringLiteral("script")}, {.sep = QStringLiteral("-"), .end = QStringLiteral("\n")});
}

Coroutine<void> scenario(const ScenarioContext &)
{
    return main();
}

} // namespace coroscope::scenarios::executor_partial
