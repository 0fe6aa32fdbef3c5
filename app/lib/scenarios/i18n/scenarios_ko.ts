<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../scenario_catalog.cpp" line="104"/>
        <source>how many pages to fetch (the six tutorial words, repeated)</source>
        <translation>가져올 페이지 수 (튜토리얼의 단어 여섯 개를 되풀이)</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="105"/>
        <source>the demo server&apos;s base latency per page, in milliseconds</source>
        <translation>데모 서버의 페이지당 기본 지연 시간 (밀리초)</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="107"/>
        <source>fetch these URLs instead of starting the demo server (comma-separated)</source>
        <translation>데모 서버를 띄우는 대신 이 URL들을 가져옴 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="121"/>
        <source>A native coroutine</source>
        <translation>네이티브 코루틴</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="123"/>
        <location filename="../scenario_catalog.cpp" line="140"/>
        <location filename="../scenario_catalog.cpp" line="155"/>
        <source>Coroutines</source>
        <translation>코루틴</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="124"/>
        <source>async def hello() becomes a function returning aio::Coroutine&lt;void&gt;. Calling it runs nothing: the coroutine only starts when the loop runs it. run_until_complete wraps it in one task, runs the loop until that task is done (it prints once and finishes in a single step), and then the loop is closed.</source>
        <translation>async def hello()는 aio::Coroutine&lt;void&gt;를 돌려주는 함수가 됩니다. 호출만 해서는 아무것도 실행되지 않습니다. 코루틴은 루프가 실행해야 비로소 시작합니다. run_until_complete는 이 코루틴을 태스크 하나로 감싸고, 그 태스크가 끝날 때까지 루프를 돌린 다음(한 번 출력하고 한 단계 만에 끝납니다) 루프를 닫습니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="129"/>
        <source>asyncio.get_event_loop() outside a running loop is deprecated since Python 3.10 (3.12 warns); modern code writes asyncio.run(hello()). The C++ port shows the tutorial&apos;s spelling: the runner plays get_event_loop / run_until_complete / close, which is what asyncio.run does too.</source>
        <translation>실행 중인 루프 밖에서 asyncio.get_event_loop()를 부르는 것은 Python 3.10부터 폐기 예정입니다(3.12는 경고를 냅니다). 요즘 코드는 asyncio.run(hello())이라고 씁니다. C++ 포팅은 튜토리얼의 표기를 따릅니다. 포팅의 실행 코드가 get_event_loop / run_until_complete / close를 차례로 하는데, asyncio.run이 하는 일도 바로 이것입니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="138"/>
        <source>await runs another coroutine</source>
        <translation>await로 다른 코루틴 실행</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="141"/>
        <source>print_add awaits add. Awaiting a coroutine runs it inline, inside the same task: there is one task on the timeline, no second one. add prints, then suspends the task on sleep(1.0) for one second; when the timer fires the task resumes inside add, which returns 3 to print_add, which prints the sum. One second in all.</source>
        <translation>print_add는 add를 await합니다. 코루틴을 await하면 그 코루틴은 같은 태스크 안에서 그 자리에서 실행됩니다. 그래서 타임라인에는 태스크가 하나뿐이고 두 번째 태스크는 없습니다. add는 출력한 뒤 sleep(1.0)에서 태스크를 1초 동안 멈춥니다. 타이머가 울리면 태스크는 add 안에서 다시 이어지고, add는 print_add에 3을 돌려주며, print_add가 합을 출력합니다. 모두 합쳐 1초입니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="146"/>
        <location filename="../scenario_catalog.cpp" line="293"/>
        <source>first addend</source>
        <translation>첫째 더하는 수</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="146"/>
        <location filename="../scenario_catalog.cpp" line="293"/>
        <source>second addend</source>
        <translation>둘째 더하는 수</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="147"/>
        <source>seconds add sleeps</source>
        <translation>add가 sleep하는 초</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="153"/>
        <source>Futures and tasks</source>
        <translation>퓨처와 태스크 살펴보기</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="156"/>
        <source>The tutorial describes Future and Task without code; this is Coroscope&apos;s example. A bare Future is completed half a second later by a call_later callback, and main waits on it. ensure_future wraps coroutines in Tasks that start on the loop&apos;s next turn (task.done() is still False right after). One task is awaited for its result; another, sleeping for ten seconds, is cancelled: CancelledError comes out of its sleep and cancelled() is True. Last, a heartbeat task ticks every 50 ms while main burns CPU: on the loop thread the heartbeat is frozen (no step at all until the burn ends); in the executor it keeps ticking. Each burn lasts its span of loop time, so slow motion stretches it and the virtual clock skips it in no wall time: the run takes 1.4 s of loop time on every clock.</source>
        <translation>튜토리얼은 퓨처와 태스크를 코드 없이 설명합니다. 이 예제는 Coroscope가 만든 것입니다. 맨 퓨처 하나를 call_later 콜백이 0.5초 뒤에 완료하고, main은 그것을 기다립니다. ensure_future는 코루틴을 태스크로 감싸는데, 태스크는 루프의 다음 차례에 시작합니다(바로 뒤에는 task.done()이 아직 False입니다). 한 태스크는 결과를 얻으려고 await하고, 10초 동안 sleep하는 다른 태스크는 취소합니다. 그러면 sleep에서 CancelledError가 나오고 cancelled()가 True가 됩니다. 마지막으로 main이 CPU를 쓰는 동안 하트비트 태스크가 50 ms마다 박동합니다. 루프 스레드에서 CPU를 쓰면 하트비트가 멈추고(작업이 끝날 때까지 한 단계도 실행되지 않습니다), 실행기에서 쓰면 계속 박동합니다. CPU 작업은 저마다 루프 시간으로 정해진 길이만큼 이어지므로, 느린 동작에서는 늘어나고 가상 시계에서는 실제 시간 없이 건너뜁니다. 어느 시계에서든 실행은 루프 시간으로 1.4초 걸립니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="166"/>
        <source>Erratum 4: the tutorial&apos;s first line says asyncio runs CPU work and I/O in parallel. Only waits overlap on the loop&apos;s one thread: CPU-bound code on the loop thread stops every other task (watch the heartbeat lane freeze during the first burn_cpu), and only moving it to run_in_executor lets the others run.</source>
        <translation>정오표 4: 튜토리얼의 첫 줄은 asyncio가 CPU 작업과 I/O를 병렬로 처리한다고 말합니다. 루프의 스레드 하나에서 겹치는 것은 기다림뿐입니다. 루프 스레드에서 도는 CPU 위주 코드는 다른 모든 태스크를 멈춥니다(첫 burn_cpu 동안 하트비트 레인이 멈추는 것을 보세요). 그 코드를 run_in_executor로 옮겨야만 다른 태스크가 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="171"/>
        <source>seconds until the future&apos;s result is set, and add&apos;s sleep</source>
        <translation>퓨처의 결과가 정해지기까지의 초, 그리고 add의 sleep</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="172"/>
        <source>seconds of CPU (loop time) each burn_cpu takes</source>
        <translation>burn_cpu 한 번이 쓰는 CPU 시간(루프 시간, 초)</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="178"/>
        <source>Fetching pages one after another</source>
        <translation>페이지를 하나씩 차례로 가져오기</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="180"/>
        <location filename="../scenario_catalog.cpp" line="199"/>
        <location filename="../scenario_catalog.cpp" line="219"/>
        <location filename="../scenario_catalog.cpp" line="235"/>
        <location filename="../scenario_catalog.cpp" line="265"/>
        <source>Fetching web pages</source>
        <translation>웹 페이지 가져오기</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="181"/>
        <source>The tutorial&apos;s first listing, without asyncio: six pages fetched with a blocking call, each after the previous one finished, then the list of page sizes and the elapsed time. The port runs the blocking fetch on the loop thread, so the loop itself is blocked for the whole run: the total is the sum of the six latencies. Without --param urls=... a built-in server on 127.0.0.1 serves the tutorial&apos;s six pages with their original sizes.</source>
        <translation>asyncio를 쓰지 않는 튜토리얼의 첫 예제입니다. 블로킹 호출로 페이지 여섯 개를 앞의 것이 끝날 때마다 하나씩 가져온 뒤, 페이지 크기 목록과 실행 시간을 출력합니다. 포팅은 블로킹 호출을 루프 스레드에서 실행하므로 실행 내내 루프 자체가 막힙니다. 전체 시간은 지연 시간 여섯 개의 합입니다. --param urls=...가 없으면 127.0.0.1의 내장 서버가 튜토리얼의 페이지 여섯 개를 원래 크기 그대로 제공합니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="187"/>
        <source>The tutorial prints 실행 시간 (elapsed time); the port prints &apos;elapsed: X.XXX s&apos;. Its numbers come from the live Google search of the day; the demo server serves exactly the sizes shown in the tutorial so the output matches it offline.</source>
        <translation>튜토리얼은 &apos;실행 시간&apos;을 출력하고, 포팅은 &apos;elapsed: X.XXX s&apos;를 출력합니다. 튜토리얼의 숫자는 당시 실제 Google 검색 결과에서 나온 것입니다. 데모 서버는 튜토리얼에 나온 크기를 그대로 제공하므로, 인터넷 없이도 출력이 튜토리얼과 같습니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="197"/>
        <source>Fetching pages in the executor</source>
        <translation>실행기에서 페이지 가져오기</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="200"/>
        <source>The tutorial&apos;s second listing: each blocking fetch runs in the default thread pool through run_in_executor, each fetch is a task made by ensure_future, and gather waits for all six. The six waits overlap on the pool&apos;s threads, so the total is about the slowest page, and gather returns the sizes in argument order, the same list as the sequential run.</source>
        <translation>튜토리얼의 두 번째 예제입니다. 블로킹 호출 하나하나가 run_in_executor를 거쳐 기본 스레드 풀에서 실행되고, 가져오기마다 ensure_future가 만든 태스크가 되며, gather가 여섯 개 모두를 기다립니다. 여섯 번의 기다림이 풀의 스레드들에서 겹치므로 전체 시간은 가장 느린 페이지와 비슷합니다. gather는 크기를 인수 순서대로 돌려주므로 순차 실행과 같은 목록이 나옵니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="205"/>
        <source>The tutorial&apos;s note &apos;the order of results in gather may not match the order of the futures&apos; is wrong (erratum 2): gather always returns results in argument order; see gather-order. The tutorial&apos;s second run prints different sizes because Google&apos;s pages changed between runs; the demo server serves one set of sizes. The Python listing calls response.read in the executor as a second job; the port reads the body in the same job.</source>
        <translation>&apos;gather의 결과 순서는 퓨처의 순서와 다를 수 있다&apos;는 튜토리얼의 설명은 틀렸습니다(정오표 2). gather는 언제나 인수 순서대로 결과를 돌려줍니다. gather-order를 보세요. 튜토리얼의 두 번째 실행에서 크기가 다르게 나온 것은 실행 사이에 Google 페이지가 바뀌었기 때문이고, 데모 서버는 한 가지 크기만 제공합니다. Python 코드는 response.read를 실행기에서 두 번째 작업으로 부르지만, 포팅은 같은 작업 안에서 본문을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="217"/>
        <source>Fetching pages without threads</source>
        <translation>스레드 없이 페이지 가져오기</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="220"/>
        <source>Coroscope&apos;s step beyond the tutorial: the fetches await network replies directly (QNetworkAccessManager), so no executor thread is involved. Six tasks are suspended on their replies at once; the total is again about the slowest page. With more than six pages the per-host limit of six HTTP/1.1 connections shows: the seventh request waits for a free connection. With blocking=true each fetch is a blocking call inside its coroutine: the loop is stuck page after page and the total becomes the sum, as in the sequential listing.</source>
        <translation>튜토리얼에서 한 걸음 더 나아간 Coroscope의 예제입니다. 가져오기가 네트워크 응답을 직접 await하므로(QNetworkAccessManager) 실행기 스레드가 전혀 쓰이지 않습니다. 태스크 여섯 개가 한꺼번에 각자의 응답을 기다리며 멈춰 있고, 전체 시간은 이번에도 가장 느린 페이지와 비슷합니다. 페이지가 여섯 개보다 많으면 호스트당 HTTP/1.1 연결 여섯 개라는 한도가 드러납니다. 일곱 번째 요청은 연결이 빌 때까지 기다립니다. blocking=true로 하면 각 가져오기가 코루틴 안에서 블로킹 호출로 실행됩니다. 루프가 페이지마다 멈춰 서고, 순차 예제처럼 전체 시간이 지연 시간의 합이 됩니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="227"/>
        <source>fetch each page with a blocking call on the loop thread (what not to do)</source>
        <translation>각 페이지를 루프 스레드에서 블로킹 호출로 가져옵니다(하지 말아야 할 방법)</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="233"/>
        <source>run_in_executor with functools.partial</source>
        <translation>functools.partial과 run_in_executor</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="236"/>
        <source>run_in_executor passes positional arguments only, so print(..., end=&apos; &apos;) is bound with functools.partial first. The job runs on a pool thread and prints &apos;hello python &apos; with no line end. C++ has no keyword arguments: a small struct of them stands in, and a lambda (or std::bind_front) plays functools.partial. The second half replays the tutorial&apos;s REPL session: calling the partial again, and with an extra argument and sep=&apos;-&apos;.</source>
        <translation>run_in_executor는 위치 인수만 넘기므로, print(..., end=&apos; &apos;)를 먼저 functools.partial로 묶습니다. 이 작업은 풀의 스레드에서 실행되어 줄바꿈 없이 &apos;hello python &apos;을 출력합니다. C++에는 키워드 인수가 없으므로 작은 구조체가 그 역할을 하고, 람다(또는 std::bind_front)가 functools.partial 역할을 합니다. 뒷부분은 튜토리얼의 REPL 세션을 다시 보여 줍니다. partial을 다시 호출하고, 인수 하나와 sep=&apos;-&apos;를 더해서도 호출합니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="242"/>
        <source>Erratum 5: the listing calls functools.partial(print. &apos;hello&apos;, ...) with a &apos;.&apos; for a &apos;,&apos;, and the run_in_executor line misses its closing parenthesis. Corrected:
    await loop.run_in_executor(None, functools.partial(print, &apos;hello&apos;, &apos;python&apos;, end=&apos; &apos;))
    hello = functools.partial(print, &apos;hello&apos;, &apos;python&apos;, end=&apos; &apos;)
With end=&apos; &apos; every call leaves its line open; the REPL&apos;s prompt is what ends the lines in the tutorial, so the port passes end=&apos;\n&apos; at call time (partial lets call-time keywords override the bound ones).</source>
        <translation>정오표 5: 코드가 &apos;,&apos; 자리에 &apos;.&apos;를 써서 functools.partial(print. &apos;hello&apos;, ...)를 호출하고, run_in_executor 줄에는 닫는 괄호가 빠져 있습니다. 바로잡으면 다음과 같습니다.
    await loop.run_in_executor(None, functools.partial(print, &apos;hello&apos;, &apos;python&apos;, end=&apos; &apos;))
    hello = functools.partial(print, &apos;hello&apos;, &apos;python&apos;, end=&apos; &apos;)
end=&apos; &apos;이면 호출할 때마다 줄이 열린 채로 남습니다. 튜토리얼에서 줄을 끝내는 것은 REPL의 프롬프트이므로, 포팅은 호출할 때 end=&apos;\n&apos;을 넘깁니다(partial에서는 호출 시점의 키워드 인수가 묶어 둔 것보다 우선합니다).</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="285"/>
        <source>async with</source>
        <translation>async with</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="287"/>
        <location filename="../scenario_catalog.cpp" line="303"/>
        <location filename="../scenario_catalog.cpp" line="324"/>
        <location filename="../scenario_catalog.cpp" line="343"/>
        <source>async with and async for</source>
        <translation>async with와 async for</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="288"/>
        <source>AsyncAdd is an asynchronous context manager: __aenter__ sleeps one second and returns a + b, which becomes the &apos;as&apos; variable; the body prints it; __aexit__ runs when the block is left, also when the body throws or the task is cancelled. Each phase (aenter, body, aexit) is labelled on the timeline.</source>
        <translation>AsyncAdd는 비동기 컨텍스트 매니저입니다. __aenter__는 1초 동안 sleep한 뒤 a + b를 돌려주고, 이 값이 &apos;as&apos; 변수가 됩니다. 본문은 그 값을 출력합니다. __aexit__는 블록을 벗어날 때 실행되며, 본문에서 예외가 나거나 태스크가 취소될 때도 실행됩니다. 타임라인에는 단계(aenter, 본문, aexit)마다 이름이 붙습니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="294"/>
        <source>seconds __aenter__ sleeps</source>
        <translation>__aenter__가 sleep하는 초</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="295"/>
        <source>raise in the body, to show that __aexit__ still runs</source>
        <translation>본문에서 예외를 일으켜 __aexit__가 그래도 실행됨을 보임</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="301"/>
        <source>async for</source>
        <translation>async for</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="304"/>
        <source>AsyncCounter is an asynchronous iterator: every __anext__ sleeps a second and returns the next number, until it signals the end with StopAsyncIteration. async for awaits __anext__ three times (three seconds), printing 0 1 2 on one line.</source>
        <translation>AsyncCounter는 비동기 이터레이터입니다. __anext__는 호출될 때마다 1초 동안 sleep한 뒤 다음 숫자를 돌려주고, 끝에 이르면 StopAsyncIteration으로 알립니다. async for는 __anext__를 세 번 await하며(3초) 한 줄에 0 1 2를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="308"/>
        <source>Erratum 1: the tutorial&apos;s AsyncCounter raises StopIteration to end the iteration. Since Python 3.7 (PEP 479) a StopIteration escaping a coroutine becomes &apos;RuntimeError: coroutine raised StopIteration&apos;, so the tutorial&apos;s program prints 0 1 2 and then fails. The text under the listing is right: raise StopAsyncIteration. The port ends the iteration the right way (its __anext__ returns no value, the C++ form of StopAsyncIteration).</source>
        <translation>정오표 1: 튜토리얼의 AsyncCounter는 반복을 끝내려고 StopIteration을 일으킵니다. Python 3.7(PEP 479)부터는 코루틴 밖으로 빠져나온 StopIteration이 &apos;RuntimeError: coroutine raised StopIteration&apos;으로 바뀌므로, 튜토리얼의 프로그램은 0 1 2를 출력한 뒤 실패합니다. 코드 아래의 설명이 맞습니다. StopAsyncIteration을 일으켜야 합니다. 포팅은 올바른 방법으로 반복을 끝냅니다(__anext__가 값을 돌려주지 않는 것이 C++에서의 StopAsyncIteration입니다).</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="314"/>
        <location filename="../scenario_catalog.cpp" line="353"/>
        <source>AsyncCounter&apos;s stop</source>
        <translation>AsyncCounter의 stop</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="314"/>
        <source>seconds each __anext__ sleeps</source>
        <translation>__anext__가 매번 sleep하는 초</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="315"/>
        <source>end as the tutorial&apos;s code does (raise StopIteration: a RuntimeError)</source>
        <translation>튜토리얼의 코드처럼 끝냄 (StopIteration을 일으킴: RuntimeError)</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="322"/>
        <source>An async generator</source>
        <translation>비동기 제너레이터</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="325"/>
        <source>async_counter yields and awaits in one body: an async generator. Control passes back and forth between the generator and main&apos;s async for. The sleep comes after each yield, so 0 prints at once, and the third sleep still runs before the generator finds n == stop and finishes: three seconds for three numbers. With break_after, main leaves the loop early: as in CPython the loop finalizes the generator later, in a task of its own (its lane appears after main goes on), unless use_aclosing closes it at once.</source>
        <translation>async_counter는 한 몸체 안에서 yield도 하고 await도 합니다. 이것이 비동기 제너레이터입니다. 제어가 제너레이터와 main의 async for 사이를 오갑니다. sleep은 yield 다음에 오므로 0은 곧바로 출력되고, 세 번째 sleep도 제너레이터가 n == stop임을 알고 끝나기 전에 실행됩니다. 그래서 숫자 세 개에 3초가 걸립니다. break_after를 주면 main이 반복을 일찍 빠져나옵니다. 이때 CPython에서처럼 루프가 나중에 제너레이터를 별도의 태스크에서 정리합니다(main이 계속 진행한 뒤에 그 레인이 나타납니다). use_aclosing을 켜면 곧바로 닫습니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="332"/>
        <source>async_counter&apos;s stop</source>
        <translation>async_counter의 stop</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="332"/>
        <source>seconds slept after each yield</source>
        <translation>yield할 때마다 그 뒤에 sleep하는 초</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="333"/>
        <source>leave the async for after this number (-1: never): the loop finalizes the generator later, as a task of its own</source>
        <translation>이 숫자 다음에 async for를 빠져나옴 (-1: 빠져나오지 않음). 루프가 나중에 별도의 태스크에서 제너레이터를 정리함</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="335"/>
        <source>with break_after: close it at once with contextlib.aclosing</source>
        <translation>break_after와 함께: contextlib.aclosing으로 곧바로 닫음</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="341"/>
        <source>Async comprehensions</source>
        <translation>비동기 컴프리헨션</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="344"/>
        <source>[i async for i in AsyncCounter(3)] collects an async iterator into a list (three seconds); the dict, set and generator forms work the same way. [await co() for co in coroutines] awaits each coroutine in turn inside one expression: [1, 1, 1].</source>
        <translation>[i async for i in AsyncCounter(3)]은 비동기 이터레이터를 리스트로 모읍니다(3초). 딕셔너리, 집합, 제너레이터 형태도 똑같이 동작합니다. [await co() for co in coroutines]는 표현식 하나 안에서 코루틴을 하나씩 차례로 await합니다: [1, 1, 1].</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="348"/>
        <source>Erratum 5: the tutorial prints the [await co() for co in coroutines] example twice; it is shown once here. Its AsyncCounter is the one from async-for, corrected to raise StopAsyncIteration (with the tutorial&apos;s StopIteration the list comprehension fails with RuntimeError).</source>
        <translation>정오표 5: 튜토리얼에는 [await co() for co in coroutines] 예제가 두 번 실려 있습니다. 여기서는 한 번만 보여 줍니다. 이 예제의 AsyncCounter는 async-for의 것으로, StopAsyncIteration을 일으키도록 바로잡은 것입니다(튜토리얼처럼 StopIteration을 쓰면 리스트 컴프리헨션이 RuntimeError로 실패합니다).</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="354"/>
        <source>also run the dict, set and generator forms (prints three more lines)</source>
        <translation>딕셔너리, 집합, 제너레이터 형태도 실행 (세 줄 더 출력)</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="263"/>
        <source>gather keeps argument order</source>
        <translation>gather는 인수 순서를 지킨다</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="266"/>
        <source>Three coroutines sleep 0.3, 0.1 and 0.2 seconds, so they finish in the order 1, 2, 0; gather still returns [0, 1, 2], their results in the order they were passed. The run takes 0.3 s, the longest sleep, not the sum.</source>
        <translation>세 코루틴이 각각 0.3초, 0.1초, 0.2초 동안 sleep하므로 1, 2, 0 순서로 끝납니다. 그래도 gather는 넘겨받은 순서대로 결과를 담아 [0, 1, 2]를 돌려줍니다. 실행에는 합이 아니라 가장 긴 sleep인 0.3초가 걸립니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="270"/>
        <source>Erratum 2: the tutorial says the order of results in gather may not match the order of the futures passed to it. It always matches; only the completion order varies.</source>
        <translation>정오표 2: 튜토리얼은 gather의 결과 순서가 넘겨준 퓨처의 순서와 다를 수 있다고 말합니다. 순서는 언제나 같습니다. 달라지는 것은 끝나는 순서뿐입니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="274"/>
        <source>each work&apos;s sleep in seconds, comma-separated</source>
        <translation>작업마다 sleep하는 초, 쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="363"/>
        <source>Many tasks at once</source>
        <translation>한꺼번에 많은 태스크</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="365"/>
        <source>At scale</source>
        <translation>대규모</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="366"/>
        <source>Not in the tutorial: a thousand workers (up to 100,000 with the tasks parameter) sleep up to 49 ms each and are gathered in groups of a hundred. One worker in ten raises ValueError, and after 30 ms each group cancels the workers it still waits for among every 25th. gather with return_exceptions collects results, errors and CancelledErrors alike, so every group returns its counts. The whole run takes 58 ms of loop time however many tasks there are: they all wait at once. With 10,000 tasks the timeline has 10,000 lanes.</source>
        <translation>튜토리얼에는 없는 예제입니다. 작업자 태스크 천 개(tasks 매개변수로 100,000개까지)가 각각 최대 49 ms 동안 잠들고, 백 개씩 묶여 gather됩니다. 작업자 열 개 중 하나는 ValueError를 일으키고, 각 묶음은 30 ms 뒤에 25번째마다 있는 작업자 중 아직 기다리는 것을 취소합니다. return_exceptions를 준 gather는 결과, 오류, CancelledError를 모두 모으므로 모든 묶음이 자기 집계를 돌려줍니다. 태스크가 몇 개든 실행은 루프 시간으로 58 ms가 걸립니다. 모두 한꺼번에 기다리기 때문입니다. 태스크가 10,000개면 타임라인에 레인이 10,000개 생깁니다.</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="373"/>
        <source>how many worker tasks</source>
        <translation>작업자 태스크 수</translation>
    </message>
    <message>
        <location filename="../scenario_catalog.cpp" line="374"/>
        <source>workers per gathered group</source>
        <translation>gather로 묶는 작업자 수</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="31"/>
        <source>%1 is outside %2</source>
        <translation>%1은(는) 허용 범위를 벗어납니다 (%2)</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="37"/>
        <source>%1 items, but it accepts %2</source>
        <translation>항목이 %1개인데, 허용하는 것은 %2입니다</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="43"/>
        <source>&apos;%1&apos; has scheme &apos;%2&apos; (%3)</source>
        <translation>&apos;%1&apos;의 스킴이 &apos;%2&apos;입니다 (%3)</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="45"/>
        <source>&apos;%1&apos; is not a URL (%2)</source>
        <translation>&apos;%1&apos;은(는) URL이 아닙니다 (%2)</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="51"/>
        <source>item &apos;%1&apos; is outside %2</source>
        <translation>항목 &apos;%1&apos;이(가) 허용 범위를 벗어납니다 (%2)</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="67"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="73"/>
        <source>up to %1 %2 URLs</source>
        <translation>%2 URL 최대 %1개</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="73"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="74"/>
        <source>up to %1 numbers in %2..%3%4</source>
        <translation>%2..%3%4 범위의 수 최대 %1개</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="76"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="127"/>
        <source>scenario &apos;%1&apos; has no parameter &apos;%2&apos;%3</source>
        <translation>시나리오 &apos;%1&apos;에는 매개변수 &apos;%2&apos;이(가) 없습니다%3</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="129"/>
        <source> (it takes none)</source>
        <translation> (매개변수를 받지 않습니다)</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="130"/>
        <source> (it takes: %1)</source>
        <translation> (받는 매개변수: %1)</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="135"/>
        <source>parameter &apos;%1&apos; of scenario &apos;%2&apos;: &apos;%3&apos; is not a valid %4 (%5)</source>
        <translation>시나리오 &apos;%2&apos;의 매개변수 &apos;%1&apos;: &apos;%3&apos;은(는) 올바른 %4 값이 아닙니다 (%5)</translation>
    </message>
    <message>
        <location filename="../scenario_params.cpp" line="141"/>
        <source>parameter &apos;%1&apos; of scenario &apos;%2&apos;: %3</source>
        <translation>시나리오 &apos;%2&apos;의 매개변수 &apos;%1&apos;: %3</translation>
    </message>
</context>
</TS>
