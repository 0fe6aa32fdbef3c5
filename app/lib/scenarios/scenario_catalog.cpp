// SPDX-License-Identifier: MIT
// The catalogue: each scenario's metadata, its Python listing and its own C++ source (both
// embedded as resources at build time), and its parameters with the tutorial's values.
#include "scenario_catalog.h"

#include "ports/ports.h"

#include <QFile>

namespace coroscope {

namespace {

QString resource_text(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("coroscope: resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

/// What the catalogue writes for each scenario (every field defaults, so entries name only
/// what they have).
struct Entry
{
    QString id = {};
    QString title = {};
    QString section = {};
    QString group = {};
    QString explanation = {};
    QString errata = {};
    QList<ScenarioParam> params = {};
    QStringList headers = {}; ///< port headers holding tutorial code (ports/<name>)
    QList<ListingFix> python_fixes = {};
    std::function<aio::Coroutine<void>(ScenarioContext)> main = {};
};

/// Fills in the texts that come from resources: resources/tutorial/<id>.py and the port's
/// own source file ports/<id with '_' for '-'>.cpp.
Scenario with_sources(Entry entry)
{
    Scenario scenario;
    scenario.id = entry.id;
    scenario.title = entry.title;
    scenario.section = entry.section;
    scenario.group = entry.group;
    scenario.explanation = entry.explanation;
    scenario.errata = entry.errata;
    scenario.params = entry.params;
    scenario.python_fixes = entry.python_fixes;
    scenario.main = entry.main;
    scenario.cpp_file = QString(scenario.id).replace(u'-', u'_') + QStringLiteral(".cpp");
    scenario.python_source = resource_text(QStringLiteral(":/tutorial/") + scenario.id + QStringLiteral(".py"));
    if (const QString driver = QStringLiteral(":/tutorial/") + scenario.id + QStringLiteral(".driver.py"); QFile::exists(driver))
        scenario.python_driver = resource_text(driver);
    scenario.cpp_source = resource_text(QStringLiteral(":/scenarios/cpp/") + scenario.cpp_file);
    for (const QString &header : entry.headers)
        scenario.cpp_headers.insert(header, resource_text(QStringLiteral(":/scenarios/cpp/") + header));
    return scenario;
}

// The parameter ranges, documented in docs/scenarios.md. Sleeps stop at a day (a run nobody
// watches to its end), addends and counters at sizes that print and finish in reasonable time.
constexpr double kDay = 86400;
constexpr int kMaxItems = 1000;

ScenarioParam integer(const char *key, const char *description, int fallback, int min, int max, const char *unit = "")
{
    return {.key = QString::fromUtf8(key), .description = QString::fromUtf8(description), .default_value = fallback,
            .min = double(min), .max = double(max), .unit = QString::fromUtf8(unit)};
}

ScenarioParam number(const char *key, const char *description, double fallback, double min, double max, const char *unit)
{
    return {.key = QString::fromUtf8(key), .description = QString::fromUtf8(description), .default_value = fallback,
            .min = min, .max = max, .unit = QString::fromUtf8(unit)};
}

ScenarioParam flag(const char *key, const char *description, bool fallback)
{
    return {.key = QString::fromUtf8(key), .description = QString::fromUtf8(description), .default_value = fallback};
}

/// Seconds slept: a finite number from 0 to a day.
ScenarioParam seconds(const char *key, const char *description, double fallback)
{
    return number(key, description, fallback, 0, kDay, "s");
}

/// A counter or addend: a few digits.
ScenarioParam addend(const char *key, const char *description, int fallback)
{
    return integer(key, description, fallback, -1'000'000, 1'000'000);
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QList<ScenarioParam> fetch_params()
{
    return {
        integer("pages", QT_TRANSLATE_NOOP("Scenarios", "how many pages to fetch (the six tutorial words, repeated)"), 6, 1, kMaxItems),
        integer("latency_ms", QT_TRANSLATE_NOOP("Scenarios", "the demo server's base latency per page, in milliseconds"), 200, 0, 60'000, "ms"),
        ScenarioParam{.key = QStringLiteral("urls"),
                      .description = text(QT_TRANSLATE_NOOP("Scenarios", "fetch these URLs instead of starting the demo server (comma-separated)")),
                      .default_value = QStringList{},
                      .max_items = kMaxItems,
                      .url_schemes = {QStringLiteral("http"), QStringLiteral("https")}},
    };
}

QList<Scenario> build_catalogue()
{
    using namespace scenarios;
    QList<Scenario> list;

    list << with_sources({
        .id = QStringLiteral("hello"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "A native coroutine")),
        .section = text("네이티브 코루틴 만들기"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Coroutines")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "async def hello() becomes a function returning aio::Coroutine<void>. Calling it runs nothing: "
            "the coroutine only starts when the loop runs it. run_until_complete wraps it in one task, "
            "runs the loop until that task is done (it prints once and finishes in a single step), and "
            "then the loop is closed.")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "asyncio.get_event_loop() outside a running loop is deprecated since Python 3.10 (3.12 warns); "
            "modern code writes asyncio.run(hello()). The C++ port shows the tutorial's spelling: the runner "
            "plays get_event_loop / run_until_complete / close, which is what asyncio.run does too.")),
        .main = &hello::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("await-chain"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "await runs another coroutine")),
        .section = text("await로 네이티브 코루틴 실행"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Coroutines")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "print_add awaits add. Awaiting a coroutine runs it inline, inside the same task: there is "
            "one task on the timeline, no second one. add prints, then suspends the task on sleep(1.0) "
            "for one second; when the timer fires the task resumes inside add, which returns 3 to "
            "print_add, which prints the sum. One second in all.")),
        .params = {addend("a", QT_TRANSLATE_NOOP("Scenarios", "first addend"), 1), addend("b", QT_TRANSLATE_NOOP("Scenarios", "second addend"), 2),
                   seconds("sleep", QT_TRANSLATE_NOOP("Scenarios", "seconds add sleeps"), 1.0)},
        .main = &await_chain::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("future-task"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "Futures and tasks")),
        .section = text("퓨처와 태스크"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Coroutines")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "The tutorial describes Future and Task without code; this is Coroscope's example. A bare "
            "Future is completed half a second later by a call_later callback, and main waits on it. "
            "ensure_future wraps coroutines in Tasks that start on the loop's next turn (task.done() is "
            "still False right after). One task is awaited for its result; another, sleeping for ten "
            "seconds, is cancelled: CancelledError comes out of its sleep and cancelled() is True. "
            "Last, a heartbeat task ticks every 50 ms while main burns CPU: on the loop thread the "
            "heartbeat is frozen (no step at all until the burn ends); in the executor it keeps ticking. "
            "Each burn lasts its span of loop time, so slow motion stretches it and the virtual clock "
            "skips it in no wall time: the run takes 1.4 s of loop time on every clock.")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "Erratum 4: the tutorial's first line says asyncio runs CPU work and I/O in parallel. Only "
            "waits overlap on the loop's one thread: CPU-bound code on the loop thread stops every other "
            "task (watch the heartbeat lane freeze during the first burn_cpu), and only moving it to "
            "run_in_executor lets the others run.")),
        .params = {seconds("sleep", QT_TRANSLATE_NOOP("Scenarios", "seconds until the future's result is set, and add's sleep"), 0.5),
                   number("burn", QT_TRANSLATE_NOOP("Scenarios", "seconds of CPU (loop time) each burn_cpu takes"), 0.2, 0, 60, "s")},
        .main = &future_task::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("fetch-sequential"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching pages one after another")),
        .section = text("비동기로 웹 페이지 가져오기"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching web pages")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "The tutorial's first listing, without asyncio: six pages fetched with a blocking call, each "
            "after the previous one finished, then the list of page sizes and the elapsed time. The "
            "port runs the blocking fetch on the loop thread, so the loop itself is blocked for the "
            "whole run: the total is the sum of the six latencies. Without --param urls=... a built-in "
            "server on 127.0.0.1 serves the tutorial's six pages with their original sizes.")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "The tutorial prints 실행 시간 (elapsed time); the port prints 'elapsed: X.XXX s'. Its "
            "numbers come from the live Google search of the day; the demo server serves exactly the "
            "sizes shown in the tutorial so the output matches it offline.")),
        .params = fetch_params(),
        .main = &fetch_sequential::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("fetch-executor"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching pages in the executor")),
        .section = text("비동기로 웹 페이지 가져오기"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching web pages")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "The tutorial's second listing: each blocking fetch runs in the default thread pool through "
            "run_in_executor, each fetch is a task made by ensure_future, and gather waits for all six. "
            "The six waits overlap on the pool's threads, so the total is about the slowest page, and "
            "gather returns the sizes in argument order, the same list as the sequential run.")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "The tutorial's note 'the order of results in gather may not match the order of the futures' "
            "is wrong (erratum 2): gather always returns results in argument order; see gather-order. "
            "The tutorial's second run prints different sizes because Google's pages changed between "
            "runs; the demo server serves one set of sizes. The Python listing calls response.read in "
            "the executor as a second job; the port reads the body in the same job.")),
        .params = fetch_params(),
        .main = &fetch_executor::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("fetch-async"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching pages without threads")),
        .section = text("비동기로 웹 페이지 가져오기"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching web pages")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "Coroscope's step beyond the tutorial: the fetches await network replies directly "
            "(QNetworkAccessManager), so no executor thread is involved. Six tasks are suspended on "
            "their replies at once; the total is again about the slowest page. With more than six pages "
            "the per-host limit of six HTTP/1.1 connections shows: the seventh request waits for a free "
            "connection. With blocking=true each fetch is a blocking call inside its coroutine: the loop "
            "is stuck page after page and the total becomes the sum, as in the sequential listing.")),
        .params = fetch_params() << flag("blocking", QT_TRANSLATE_NOOP("Scenarios", "fetch each page with a blocking call on the loop thread (what not to do)"), false),
        .main = &fetch_async::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("executor-partial"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "run_in_executor with functools.partial")),
        .section = text("비동기로 웹 페이지 가져오기"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching web pages")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "run_in_executor passes positional arguments only, so print(..., end=' ') is bound with "
            "functools.partial first. The job runs on a pool thread and prints 'hello python ' with no "
            "line end. C++ has no keyword arguments: a small struct of them stands in, and a lambda "
            "(or std::bind_front) plays functools.partial. The second half replays the tutorial's REPL "
            "session: calling the partial again, and with an extra argument and sep='-'.")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "Erratum 5: the listing calls functools.partial(print. 'hello', ...) with a '.' for a ',', "
            "and the run_in_executor line misses its closing parenthesis. Corrected:\n"
            "    await loop.run_in_executor(None, functools.partial(print, 'hello', 'python', end=' '))\n"
            "    hello = functools.partial(print, 'hello', 'python', end=' ')\n"
            "With end=' ' every call leaves its line open; the REPL's prompt is what ends the lines in "
            "the tutorial, so the port passes end='\\n' at call time (partial lets call-time keywords "
            "override the bound ones).")),
        // The listing is a fragment: the erratum's two corrections, and on the blank line before
        // the REPL session the driver it lacks (as the port's main runs hello first).
        .python_fixes = {{4, QStringLiteral("    await loop.run_in_executor(None, functools.partial(print, 'hello', 'python', end=' ')"),
                          QStringLiteral("    await loop.run_in_executor(None, functools.partial(print, 'hello', 'python', end=' '))")},
                         {5, QString(),
                          QStringLiteral("import asyncio; loop = asyncio.get_event_loop(); loop.run_until_complete(hello(None)); loop.close()")},
                         {7, QStringLiteral(">>> hello = functools.partial(print. 'hello', 'python', end=' ')"),
                          QStringLiteral(">>> hello = functools.partial(print, 'hello', 'python', end=' ')")}},
        .main = &executor_partial::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("gather-order"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "gather keeps argument order")),
        .section = text("비동기로 웹 페이지 가져오기"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "Fetching web pages")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "Three coroutines sleep 0.3, 0.1 and 0.2 seconds, so they finish in the order 1, 2, 0; "
            "gather still returns [0, 1, 2], their results in the order they were passed. The run takes "
            "0.3 s, the longest sleep, not the sum.")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "Erratum 2: the tutorial says the order of results in gather may not match the order of the "
            "futures passed to it. It always matches; only the completion order varies.")),
        .params = {ScenarioParam{.key = QStringLiteral("delays"),
                                 .description = text(QT_TRANSLATE_NOOP("Scenarios", "each work's sleep in seconds, comma-separated")),
                                 .default_value = QStringList{QStringLiteral("0.3"), QStringLiteral("0.1"), QStringLiteral("0.2")},
                                 .min = 0,
                                 .max = kDay,
                                 .unit = QStringLiteral("s"),
                                 .max_items = kMaxItems}},
        .main = &gather_order::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("async-with"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "async with")),
        .section = QStringLiteral("async with"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "async with and async for")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "AsyncAdd is an asynchronous context manager: __aenter__ sleeps one second and returns a + b, "
            "which becomes the 'as' variable; the body prints it; __aexit__ runs when the block is left, "
            "also when the body throws or the task is cancelled. Each phase (aenter, body, aexit) is "
            "labelled on the timeline.")),
        .params = {addend("a", QT_TRANSLATE_NOOP("Scenarios", "first addend"), 1), addend("b", QT_TRANSLATE_NOOP("Scenarios", "second addend"), 2),
                   seconds("sleep", QT_TRANSLATE_NOOP("Scenarios", "seconds __aenter__ sleeps"), 1.0),
                   flag("raise_in_body", QT_TRANSLATE_NOOP("Scenarios", "raise in the body, to show that __aexit__ still runs"), false)},
        .main = &async_with::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("async-for"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "async for")),
        .section = QStringLiteral("async for"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "async with and async for")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "AsyncCounter is an asynchronous iterator: every __anext__ sleeps a second and returns the "
            "next number, until it signals the end with StopAsyncIteration. async for awaits __anext__ "
            "three times (three seconds), printing 0 1 2 on one line.")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "Erratum 1: the tutorial's AsyncCounter raises StopIteration to end the iteration. Since "
            "Python 3.7 (PEP 479) a StopIteration escaping a coroutine becomes 'RuntimeError: coroutine "
            "raised StopIteration', so the tutorial's program prints 0 1 2 and then fails. The text "
            "under the listing is right: raise StopAsyncIteration. The port ends the iteration the right "
            "way (its __anext__ returns no value, the C++ form of StopAsyncIteration).")),
        .params = {integer("stop", QT_TRANSLATE_NOOP("Scenarios", "AsyncCounter's stop"), 3, 0, 100'000), seconds("sleep", QT_TRANSLATE_NOOP("Scenarios", "seconds each __anext__ sleeps"), 1.0),
                   flag("tutorial_stop_iteration", QT_TRANSLATE_NOOP("Scenarios", "end as the tutorial's code does (raise StopIteration: a RuntimeError)"), false)},
        .headers = {QStringLiteral("async_counter.h")},
        .main = &async_for::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("async-generator"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "An async generator")),
        .section = text("제네레이터 방식으로 비동기 이터레이터 만들기"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "async with and async for")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "async_counter yields and awaits in one body: an async generator. Control passes back and "
            "forth between the generator and main's async for. The sleep comes after each yield, so 0 "
            "prints at once, and the third sleep still runs before the generator finds n == stop and "
            "finishes: three seconds for three numbers. With break_after, main leaves the loop early: "
            "as in CPython the loop finalizes the generator later, in a task of its own (its lane "
            "appears after main goes on), unless use_aclosing closes it at once.")),
        .params = {integer("stop", QT_TRANSLATE_NOOP("Scenarios", "async_counter's stop"), 3, 0, 100'000), seconds("sleep", QT_TRANSLATE_NOOP("Scenarios", "seconds slept after each yield"), 1.0),
                   integer("break_after", QT_TRANSLATE_NOOP("Scenarios", "leave the async for after this number (-1: never): the loop finalizes the "
                                          "generator later, as a task of its own"), -1, -1, 100'000),
                   flag("use_aclosing", QT_TRANSLATE_NOOP("Scenarios", "with break_after: close it at once with contextlib.aclosing"), false)},
        .main = &async_generator::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("async-comprehension"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "Async comprehensions")),
        .section = text("비동기 표현식"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "async with and async for")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "[i async for i in AsyncCounter(3)] collects an async iterator into a list (three seconds); "
            "the dict, set and generator forms work the same way. [await co() for co in coroutines] "
            "awaits each coroutine in turn inside one expression: [1, 1, 1].")),
        .errata = text(QT_TRANSLATE_NOOP("Scenarios",
            "Erratum 5: the tutorial prints the [await co() for co in coroutines] example twice; it is "
            "shown once here. Its AsyncCounter is the one from async-for, corrected to raise "
            "StopAsyncIteration (with the tutorial's StopIteration the list comprehension fails with "
            "RuntimeError).")),
        .params = {integer("stop", QT_TRANSLATE_NOOP("Scenarios", "AsyncCounter's stop"), 3, 0, 100'000),
                   flag("all_forms", QT_TRANSLATE_NOOP("Scenarios", "also run the dict, set and generator forms (prints three more lines)"), false)},
        .headers = {QStringLiteral("async_counter.h")},
        // Keeps the first main before the second replaces it: the driver runs both.
        .python_fixes = {{4, QString(), QStringLiteral("first_main = main")}},
        .main = &async_comprehension::scenario,
    });

    list << with_sources({
        .id = QStringLiteral("many-tasks"),
        .title = text(QT_TRANSLATE_NOOP("Scenarios", "Many tasks at once")),
        .section = text("많은 태스크"),
        .group = text(QT_TRANSLATE_NOOP("Scenarios", "At scale")),
        .explanation = text(QT_TRANSLATE_NOOP("Scenarios",
            "Not in the tutorial: a thousand workers (up to 100,000 with the tasks parameter) sleep up "
            "to 49 ms each and are gathered in groups of a hundred. One worker in ten raises ValueError, "
            "and after 30 ms each group cancels the workers it still waits for among every 25th. gather "
            "with return_exceptions collects results, errors and CancelledErrors alike, so every group "
            "returns its counts. The whole run takes 58 ms of loop time however many tasks there are: "
            "they all wait at once. With 10,000 tasks the timeline has 10,000 lanes.")),
        .params = {integer("tasks", QT_TRANSLATE_NOOP("Scenarios", "how many worker tasks"), 1000, 1, 100'000),
                   integer("group", QT_TRANSLATE_NOOP("Scenarios", "workers per gathered group"), 100, 1, 100'000)},
        .main = &many_tasks::scenario,
    });

    return list;
}

} // namespace

const QList<Scenario> &all_scenarios()
{
    static const QList<Scenario> catalogue = build_catalogue();
    return catalogue;
}

const Scenario *find_scenario(const QString &id)
{
    for (const Scenario &scenario : all_scenarios()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace coroscope
