<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../scenario_catalog.cpp" line="100"/>
        <source>how many pages to fetch (the six tutorial words, repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="101"/>
        <source>the demo server&apos;s base latency per page, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="103"/>
        <source>fetch these URLs instead of starting the demo server (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="117"/>
        <source>A native coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="119"/>
        <location filename="../scenario_catalog.cpp" line="136"/>
        <location filename="../scenario_catalog.cpp" line="151"/>
        <source>Coroutines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="120"/>
        <source>async def hello() becomes a function returning aio::Coroutine&lt;void&gt;. Calling it runs nothing: the coroutine only starts when the loop runs it. run_until_complete wraps it in one task, runs the loop until that task is done (it prints once and finishes in a single step), and then the loop is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="125"/>
        <source>asyncio.get_event_loop() outside a running loop is deprecated since Python 3.10 (3.12 warns); modern code writes asyncio.run(hello()). The C++ port shows the tutorial&apos;s spelling: the runner plays get_event_loop / run_until_complete / close, which is what asyncio.run does too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="134"/>
        <source>await runs another coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="137"/>
        <source>print_add awaits add. Awaiting a coroutine runs it inline, inside the same task: there is one task on the timeline, no second one. add prints, then suspends the task on sleep(1.0) for one second; when the timer fires the task resumes inside add, which returns 3 to print_add, which prints the sum. One second in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="142"/>
        <location filename="../scenario_catalog.cpp" line="258"/>
        <source>first addend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="142"/>
        <location filename="../scenario_catalog.cpp" line="258"/>
        <source>second addend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="143"/>
        <source>seconds add sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="149"/>
        <source>Futures and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="152"/>
        <source>The tutorial describes Future and Task without code; this is Coroscope&apos;s example. A bare Future is completed half a second later by a call_later callback, and main waits on it. ensure_future wraps coroutines in Tasks that start on the loop&apos;s next turn (task.done() is still False right after). One task is awaited for its result; another, sleeping for ten seconds, is cancelled: CancelledError comes out of its sleep and cancelled() is True. Last, a heartbeat task ticks every 50 ms while main burns CPU: on the loop thread the heartbeat is frozen (no step at all until the burn ends); in the executor it keeps ticking. Each burn lasts its span of loop time, so slow motion stretches it and the virtual clock skips it in no wall time: the run takes 1.4 s of loop time on every clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="162"/>
        <source>Erratum 4: the tutorial&apos;s first line says asyncio runs CPU work and I/O in parallel. Only waits overlap on the loop&apos;s one thread: CPU-bound code on the loop thread stops every other task (watch the heartbeat lane freeze during the first burn_cpu), and only moving it to run_in_executor lets the others run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="167"/>
        <source>seconds until the future&apos;s result is set, and add&apos;s sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="168"/>
        <source>seconds of CPU (loop time) each burn_cpu takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="174"/>
        <source>Fetching pages one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="176"/>
        <location filename="../scenario_catalog.cpp" line="195"/>
        <location filename="../scenario_catalog.cpp" line="215"/>
        <location filename="../scenario_catalog.cpp" line="230"/>
        <location filename="../scenario_catalog.cpp" line="328"/>
        <source>Fetching web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="177"/>
        <source>The tutorial&apos;s first listing, without asyncio: six pages fetched with a blocking call, each after the previous one finished, then the list of page sizes and the elapsed time. The port runs the blocking fetch on the loop thread, so the loop itself is blocked for the whole run: the total is the sum of the six latencies. Without --param urls=... a built-in server on 127.0.0.1 serves the tutorial&apos;s six pages with their original sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="183"/>
        <source>The tutorial prints 실행 시간 (elapsed time); the port prints &apos;elapsed: X.XXX s&apos;. Its numbers come from the live Google search of the day; the demo server serves exactly the sizes shown in the tutorial so the output matches it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="193"/>
        <source>Fetching pages in the executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="196"/>
        <source>The tutorial&apos;s second listing: each blocking fetch runs in the default thread pool through run_in_executor, each fetch is a task made by ensure_future, and gather waits for all six. The six waits overlap on the pool&apos;s threads, so the total is about the slowest page, and gather returns the sizes in argument order, the same list as the sequential run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="201"/>
        <source>The tutorial&apos;s note &apos;the order of results in gather may not match the order of the futures&apos; is wrong (erratum 2): gather always returns results in argument order; see gather-order. The tutorial&apos;s second run prints different sizes because Google&apos;s pages changed between runs; the demo server serves one set of sizes. The Python listing calls response.read in the executor as a second job; the port reads the body in the same job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="213"/>
        <source>Fetching pages without threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="216"/>
        <source>Coroscope&apos;s step beyond the tutorial: the fetches await network replies directly (QNetworkAccessManager), so no executor thread is involved. Six tasks are suspended on their replies at once; the total is again about the slowest page. With more than six pages the per-host limit of six HTTP/1.1 connections shows: the seventh request waits for a free connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="228"/>
        <source>run_in_executor with functools.partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="231"/>
        <source>run_in_executor passes positional arguments only, so print(..., end=&apos; &apos;) is bound with functools.partial first. The job runs on a pool thread and prints &apos;hello python &apos; with no line end. C++ has no keyword arguments: a small struct of them stands in, and a lambda (or std::bind_front) plays functools.partial. The second half replays the tutorial&apos;s REPL session: calling the partial again, and with an extra argument and sep=&apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="237"/>
        <source>Erratum 5: the listing calls functools.partial(print. &apos;hello&apos;, ...) with a &apos;.&apos; for a &apos;,&apos;, and the run_in_executor line misses its closing parenthesis. Corrected:
    await loop.run_in_executor(None, functools.partial(print, &apos;hello&apos;, &apos;python&apos;, end=&apos; &apos;))
    hello = functools.partial(print, &apos;hello&apos;, &apos;python&apos;, end=&apos; &apos;)
With end=&apos; &apos; every call leaves its line open; the REPL&apos;s prompt is what ends the lines in the tutorial, so the port passes end=&apos;\n&apos; at call time (partial lets call-time keywords override the bound ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="250"/>
        <source>async with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="252"/>
        <location filename="../scenario_catalog.cpp" line="268"/>
        <location filename="../scenario_catalog.cpp" line="289"/>
        <location filename="../scenario_catalog.cpp" line="308"/>
        <source>async with and async for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="253"/>
        <source>AsyncAdd is an asynchronous context manager: __aenter__ sleeps one second and returns a + b, which becomes the &apos;as&apos; variable; the body prints it; __aexit__ runs when the block is left, also when the body throws or the task is cancelled. Each phase (aenter, body, aexit) is labelled on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="259"/>
        <source>seconds __aenter__ sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="260"/>
        <source>raise in the body, to show that __aexit__ still runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="266"/>
        <source>async for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="269"/>
        <source>AsyncCounter is an asynchronous iterator: every __anext__ sleeps a second and returns the next number, until it signals the end with StopAsyncIteration. async for awaits __anext__ three times (three seconds), printing 0 1 2 on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="273"/>
        <source>Erratum 1: the tutorial&apos;s AsyncCounter raises StopIteration to end the iteration. Since Python 3.7 (PEP 479) a StopIteration escaping a coroutine becomes &apos;RuntimeError: coroutine raised StopIteration&apos;, so the tutorial&apos;s program prints 0 1 2 and then fails. The text under the listing is right: raise StopAsyncIteration. The port ends the iteration the right way (its __anext__ returns no value, the C++ form of StopAsyncIteration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="279"/>
        <location filename="../scenario_catalog.cpp" line="318"/>
        <source>AsyncCounter&apos;s stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="279"/>
        <source>seconds each __anext__ sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="280"/>
        <source>end as the tutorial&apos;s code does (raise StopIteration: a RuntimeError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="287"/>
        <source>An async generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="290"/>
        <source>async_counter yields and awaits in one body: an async generator. Control passes back and forth between the generator and main&apos;s async for. The sleep comes after each yield, so 0 prints at once, and the third sleep still runs before the generator finds n == stop and finishes: three seconds for three numbers. With break_after, main leaves the loop early: as in CPython the loop finalizes the generator later, in a task of its own (its lane appears after main goes on), unless use_aclosing closes it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="297"/>
        <source>async_counter&apos;s stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="297"/>
        <source>seconds slept after each yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="298"/>
        <source>leave the async for after this number (-1: never): the loop finalizes the generator later, as a task of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="300"/>
        <source>with break_after: close it at once with contextlib.aclosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="306"/>
        <source>Async comprehensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="309"/>
        <source>[i async for i in AsyncCounter(3)] collects an async iterator into a list (three seconds); the dict, set and generator forms work the same way. [await co() for co in coroutines] awaits each coroutine in turn inside one expression: [1, 1, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="313"/>
        <source>Erratum 5: the tutorial prints the [await co() for co in coroutines] example twice; it is shown once here. Its AsyncCounter is the one from async-for, corrected to raise StopAsyncIteration (with the tutorial&apos;s StopIteration the list comprehension fails with RuntimeError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="319"/>
        <source>also run the dict, set and generator forms (prints three more lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="326"/>
        <source>gather keeps argument order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="329"/>
        <source>Three coroutines sleep 0.3, 0.1 and 0.2 seconds, so they finish in the order 1, 2, 0; gather still returns [0, 1, 2], their results in the order they were passed. The run takes 0.3 s, the longest sleep, not the sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="333"/>
        <source>Erratum 2: the tutorial says the order of results in gather may not match the order of the futures passed to it. It always matches; only the completion order varies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="337"/>
        <source>each work&apos;s sleep in seconds, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
