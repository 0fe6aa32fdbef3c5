<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../language.cpp" line="15"/>
        <source>Displays help on commandline options.</source>
        <translation>명령줄 옵션 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="16"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 전용 옵션까지 포함한 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="17"/>
        <source>Displays version information.</source>
        <translation>버전 정보를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="18"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="19"/>
        <source>Unknown options: %1.</source>
        <translation>알 수 없는 옵션: %1.</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="20"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 뒤에 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="21"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 뒤에 예상하지 못한 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="22"/>
        <source>[options]</source>
        <translation>[옵션]</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="23"/>
        <location filename="../cli/common.cpp" line="18"/>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="24"/>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <location filename="../language.cpp" line="25"/>
        <source>Arguments:</source>
        <translation>인수:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../main.cpp" line="33"/>
        <source>Usage:
  coroscope                              open the window
  coroscope --open FILE [--playhead S]   open a saved trace in the window at a moment
  coroscope list                         scenario ids and titles
  coroscope run ID [--json] [--trace F] [--speed X] [--virtual-time]
  coroscope gather [--pages N] [--latency-ms L] [--url U ...] [--json]
  coroscope serve [--port P]             the loopback demo server alone
  coroscope trace-python [--out F] [--map-url PREFIX=URL] [--timeout S] SCRIPT [ARGS...]
                                         trace an asyncio script run by CPython
Each command takes --help.
</source>
        <translation>사용법:
  coroscope                              창을 엽니다
  coroscope --open FILE [--playhead S]   저장한 트레이스를 창에서 한 순간에 엽니다
  coroscope list                         시나리오 ID와 제목
  coroscope run ID [--json] [--trace F] [--speed X] [--virtual-time]
  coroscope gather [--pages N] [--latency-ms L] [--url U ...] [--json]
  coroscope serve [--port P]             루프백 데모 서버만 실행합니다
  coroscope trace-python [--out F] [--map-url PREFIX=URL] [--timeout S] SCRIPT [ARGS...]
                                         CPython으로 실행한 asyncio 스크립트를 추적합니다
명령마다 --help로 도움말을 볼 수 있습니다.
</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="58"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/common.cpp" line="31"/>
        <source>%1: --%2 must be a whole number from %3 to %4, got &apos;%5&apos;</source>
        <translation>%1: --%2에는 %3부터 %4까지의 정수가 필요한데 &apos;%5&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../cli/list_command.cpp" line="17"/>
        <source>Lists the tutorial&apos;s scenarios: id, a tab, title.</source>
        <translation>튜토리얼의 시나리오를 나열합니다: ID, 탭, 제목.</translation>
    </message>
    <message>
        <location filename="../cli/list_command.cpp" line="28"/>
        <source>&apos;list&apos; takes no arguments (got &apos;%1&apos;)</source>
        <translation>&apos;list&apos;는 인수를 받지 않습니다 (&apos;%1&apos;이(가) 주어짐)</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="90"/>
        <source>cannot write the trace to &apos;%1&apos;: it is a directory</source>
        <translation>트레이스를 &apos;%1&apos;에 쓸 수 없습니다: 디렉터리입니다</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="93"/>
        <source>cannot write the trace to &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation>트레이스를 &apos;%1&apos;에 쓸 수 없습니다: 폴더 &apos;%2&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="95"/>
        <source>cannot write the trace to &apos;%1&apos;: folder &apos;%2&apos; is not writable</source>
        <translation>트레이스를 &apos;%1&apos;에 쓸 수 없습니다: 폴더 &apos;%2&apos;에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="97"/>
        <source>cannot write the trace to &apos;%1&apos;: the file is not writable</source>
        <translation>트레이스를 &apos;%1&apos;에 쓸 수 없습니다: 파일에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="105"/>
        <source>It takes no parameters.
</source>
        <translation>매개변수가 없습니다.
</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="106"/>
        <source>Parameters (--param KEY=VALUE):
</source>
        <translation>매개변수 (--param 키=값):
</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="111"/>
        <source>  %1  %2 (default: %3; accepts %4)
</source>
        <translation>  %1  %2 (기본값: %3, 허용: %4)
</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="112"/>
        <location filename="../cli/beside_python.cpp" line="92"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="122"/>
        <source>Runs one of the tutorial&apos;s scenarios headless and prints what it prints.
Exit codes: 0 success, 1 the scenario failed or the trace could not be written, 2 bad input.</source>
        <translation>튜토리얼의 시나리오 하나를 창 없이 실행하고, 시나리오가 출력하는 내용을 그대로 출력합니다.
종료 코드: 0 성공, 1 시나리오 실패 또는 트레이스 쓰기 실패, 2 잘못된 입력.</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="127"/>
        <source>Print one JSON document (scenario, output, elapsed_ms, tasks) instead of the output.</source>
        <translation>출력 대신 JSON 문서 하나(scenario, output, elapsed_ms, tasks)를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="129"/>
        <source>Write the run&apos;s trace to &lt;file&gt; (Chrome Trace Event Format; opens in Perfetto, and in the window: coroscope --open &lt;file&gt;).</source>
        <translation>실행의 트레이스를 &lt;file&gt;에 씁니다 (Chrome Trace Event 형식, Perfetto에서 열리고 창에서도 열림: coroscope --open &lt;file&gt;).</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="133"/>
        <source>Run the loop clock &lt;x&gt; times as fast as real time (0.25 = slow motion; 0.001 to 1000). Sleeps, CPU burns and the demo server&apos;s page latencies all follow it; pages from your own urls= cannot be slowed down and keep their real timings.</source>
        <translation>루프 시계를 실제 시간의 &lt;x&gt;배 빠르기로 돌립니다 (0.25 = 느린 동작, 0.001부터 1000까지). sleep, CPU 작업, 데모 서버의 페이지 지연 시간이 모두 이를 따릅니다. urls=로 직접 지정한 페이지는 늦출 수 없어 실제 시간 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="139"/>
        <source>Run on the virtual clock: instant in wall time, with the same loop-time results (elapsed_ms is exact).</source>
        <translation>가상 시계로 실행합니다: 실제 시간으로는 곧바로 끝나고, 루프 시간으로는 같은 결과가 나옵니다 (elapsed_ms가 정확합니다).</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="142"/>
        <source>Set a scenario parameter (repeatable); &apos;run ID --help&apos; lists them.</source>
        <translation>시나리오 매개변수를 설정합니다 (여러 번 쓸 수 있음). &apos;run ID --help&apos;가 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="145"/>
        <source>Then run the scenario&apos;s tutorial listing under CPython (the tracer of trace-python; the fetch listings against the demo server) and print how the two runs differ: output, tasks, completion order, total time.</source>
        <translation>이어서 시나리오의 튜토리얼 목록을 CPython으로 실행하고 (trace-python의 트레이서로, 가져오기 목록은 데모 서버에 대해) 두 실행이 어떻게 다른지 출력합니다: 출력, 태스크, 완료 순서, 전체 시간.</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="149"/>
        <source>The scenario to run (see &apos;coroscope list&apos;).</source>
        <translation>실행할 시나리오 (&apos;coroscope list&apos; 참고).</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="166"/>
        <source>&apos;run&apos; needs a scenario id (see &apos;coroscope list&apos;)</source>
        <translation>&apos;run&apos;에는 시나리오 ID가 필요합니다 (&apos;coroscope list&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="167"/>
        <source>&apos;run&apos; takes one scenario id, got %1</source>
        <translation>&apos;run&apos;은 시나리오 ID 하나를 받는데 %1개가 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="172"/>
        <location filename="../cli/trace_python_command.cpp" line="68"/>
        <location filename="../gui/gui.cpp" line="170"/>
        <source>unknown scenario &apos;%1&apos; (see &apos;coroscope list&apos;)</source>
        <translation>알 수 없는 시나리오 &apos;%1&apos; (&apos;coroscope list&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="179"/>
        <source>--speed and --virtual-time cannot be combined (the virtual clock has no speed)</source>
        <translation>--speed와 --virtual-time은 함께 쓸 수 없습니다 (가상 시계에는 속도가 없습니다)</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="185"/>
        <source>--speed needs a number from %1 to %2, got &apos;%3&apos;</source>
        <translation>--speed에는 %1부터 %2까지의 수가 필요한데 &apos;%3&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="199"/>
        <source>--param needs KEY=VALUE, got &apos;%1&apos;</source>
        <translation>--param에는 키=값이 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="247"/>
        <source>scenario &apos;%1&apos; failed: %2</source>
        <translation>시나리오 &apos;%1&apos; 실패: %2</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="48"/>
        <source>Fetches the same pages three ways and times them: sequential (one after another, blocking),
executor (blocking fetches in run_in_executor + gather, the tutorial&apos;s way) and async
(a gather of awaitable requests, no threads). Without --url it starts the loopback demo
server and fetches the tutorial&apos;s pages (apple, pear, grape, pineapple, orange, strawberry...).</source>
        <translation>같은 페이지를 세 가지 방식으로 가져와 시간을 잽니다: 순차(sequential, 블로킹 호출로 하나씩 차례로),
실행기(executor, 블로킹 호출을 run_in_executor + gather로, 튜토리얼의 방식),
비동기(async, await할 수 있는 요청들의 gather, 스레드 없음). --url이 없으면 루프백 데모
서버를 띄우고 튜토리얼의 페이지(apple, pear, grape, pineapple, orange, strawberry...)를 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="55"/>
        <source>Demo server latency per page (default 200).</source>
        <translation>데모 서버의 페이지당 지연 시간 (기본값 200).</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="56"/>
        <source>Fetch this http(s) URL instead of demo pages (repeatable).</source>
        <translation>데모 페이지 대신 이 http(s) URL을 가져옵니다 (여러 번 쓸 수 있음).</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="58"/>
        <source>Spread demo pages over 127.0.0.1 .. 127.0.0.&lt;H&gt;: each is a separate host with its own six connections (default 1).</source>
        <translation>데모 페이지를 127.0.0.1 .. 127.0.0.&lt;H&gt;에 나눠 둡니다: 각각 연결 여섯 개를 따로 가진 별개의 호스트입니다 (기본값 1).</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="61"/>
        <source>Per-request timeout (default 30000).</source>
        <translation>요청당 타임아웃 (기본값 30000).</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="62"/>
        <source>Print JSON instead of a table.</source>
        <translation>표 대신 JSON을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="64"/>
        <source>gather: %1 (see coroscope gather --help)</source>
        <translation>gather: %1 (coroscope gather --help 참고)</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="72"/>
        <source>gather: unexpected argument &apos;%1&apos; (URLs go after --url)</source>
        <translation>gather: 예상하지 못한 인수 &apos;%1&apos; (URL은 --url 뒤에 씁니다)</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="86"/>
        <source>gather: --%1 applies to the demo server&apos;s pages, not to --url</source>
        <translation>gather: --%1은(는) 데모 서버의 페이지에만 쓰이고 --url에는 쓰이지 않습니다</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="211"/>
        <source>%1 pages from the demo server at %2 (latency %3 ms + up to 10 % per page, over %4 loopback hosts)</source>
        <translation>%2의 데모 서버에서 페이지 %1개 (지연 시간 %3 ms + 페이지마다 최대 10 %, 루프백 호스트 %4개에 나눠서)</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="216"/>
        <source>%1 pages from the demo server at %2 (latency %3 ms + up to 10 % per page)</source>
        <translation>%2의 데모 서버에서 페이지 %1개 (지연 시간 %3 ms + 페이지마다 최대 10 %)</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="221"/>
        <source>%1 URLs</source>
        <translation>URL %1개</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="194"/>
        <location filename="../cli/gather_command.cpp" line="224"/>
        <source>variant</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="54"/>
        <source>Number of demo pages (default 6, 1-1000).</source>
        <translation>데모 페이지 수 (기본값 6, 1-1000).</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="195"/>
        <source>ideal ms</source>
        <translation>이상치 ms</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="196"/>
        <source>vs ideal</source>
        <translation>이상 대비</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="197"/>
        <source>pages in flight</source>
        <translation>동시에 진행 중인 페이지</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="224"/>
        <source>total ms</source>
        <translation>합계 ms</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="225"/>
        <source>speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="225"/>
        <source>page lengths (argument order)</source>
        <translation>페이지 길이 (인수 순서)</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="232"/>
        <source>FAILED: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="235"/>
        <source>page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="235"/>
        <source>latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="240"/>
        <source>start-end ms</source>
        <translation>시작-끝 ms</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="261"/>
        <source>sum of latencies %1 ms (what sequential costs); slowest page %2 ms (what concurrent costs)</source>
        <translation>지연 시간의 합 %1 ms (순차 방식에 드는 시간), 가장 느린 페이지 %2 ms (동시 방식에 드는 시간)</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="266"/>
        <source>speedup %1x (sequential / best concurrent)</source>
        <translation>속도 향상 %1배 (순차 ÷ 가장 빠른 동시 방식)</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="287"/>
        <source>gather: cannot start the demo server: %1</source>
        <translation>gather: 데모 서버를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="292"/>
        <source>gather: this OS allows only %1 of the %2 loopback hosts; pages share them</source>
        <translation>gather: 이 OS는 루프백 호스트 %2개 중 %1개만 허용합니다. 페이지들이 나눠 씁니다</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="18"/>
        <source>Runs the loopback demo server alone (127.0.0.1 only) until killed, and prints its base URL.
Routes: /search?q=&lt;word&gt;, /delay/&lt;ms&gt;, /bytes/&lt;n&gt;, /status/&lt;code&gt;, /redirect/&lt;n&gt;, /drop, /hang.</source>
        <translation>루프백 데모 서버만(127.0.0.1 전용) 종료될 때까지 실행하고 기본 URL을 출력합니다.
경로: /search?q=&lt;word&gt;, /delay/&lt;ms&gt;, /bytes/&lt;n&gt;, /status/&lt;code&gt;, /redirect/&lt;n&gt;, /drop, /hang.</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="22"/>
        <source>Port to listen on (default: a free one).</source>
        <translation>대기할 포트 (기본값: 비어 있는 포트).</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="23"/>
        <source>Base latency of a /search page (default 200).</source>
        <translation>/search 페이지의 기본 지연 시간 (기본값 200).</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="25"/>
        <source>Speed factor: every delay is divided by it (default 1).</source>
        <translation>속도 배율: 모든 지연 시간을 이 값으로 나눕니다 (기본값 1).</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="28"/>
        <source>Also listen on 127.0.0.2 .. 127.0.0.&lt;H&gt; where the OS allows (default 1).</source>
        <translation>OS가 허용하면 127.0.0.2 .. 127.0.0.&lt;H&gt;에서도 대기합니다 (기본값 1).</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="31"/>
        <source>serve: %1 (see coroscope serve --help)</source>
        <translation>serve: %1 (coroscope serve --help 참고)</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="39"/>
        <source>serve: unexpected argument &apos;%1&apos;</source>
        <translation>serve: 예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="52"/>
        <source>serve: --speed must be a number from 0.01 to 100, got &apos;%1&apos;</source>
        <translation>serve: --speed에는 0.01부터 100까지의 수가 필요한데 &apos;%1&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="70"/>
        <source>  also on %1
</source>
        <translation>  %1에서도 대기 중
</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="72"/>
        <source>  (this OS refused %1 of the extra loopback addresses)
</source>
        <translation>  (이 OS가 추가 루프백 주소 중 %1개를 거부했습니다)
</translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="74"/>
        <source>Try: curl -s &apos;%1&apos; | wc -c
Stop with Ctrl+C.
</source>
        <translation>시험해 보기: curl -s &apos;%1&apos; | wc -c
Ctrl+C로 멈춥니다.
</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="43"/>
        <source>Coroscope: asyncio&apos;s event loop, visible.</source>
        <translation>Coroscope: 눈에 보이는 asyncio 이벤트 루프.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="45"/>
        <source>Save a screenshot of the window to FILE and quit.</source>
        <translation>창의 스크린샷을 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="46"/>
        <source>Select scenario ID at start.</source>
        <translation>시작할 때 시나리오 ID를 선택합니다.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="47"/>
        <source>Set a parameter of the --scenario (repeatable); &apos;coroscope run ID --help&apos; lists them.</source>
        <translation>--scenario의 매개변수를 지정합니다(여러 번 쓸 수 있음). &apos;coroscope run ID --help&apos;에 목록이 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="49"/>
        <source>Run the selected scenario at start.</source>
        <translation>시작할 때 선택한 시나리오를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="50"/>
        <source>With --run: pause after MS of real time (default: until it finishes).</source>
        <translation>--run과 함께: 실제 시간으로 MS 밀리초 뒤에 일시 정지합니다 (기본값: 끝날 때까지).</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="51"/>
        <source>Select task ID on the timeline.</source>
        <translation>타임라인에서 태스크 ID를 선택합니다.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="52"/>
        <source>Open the Compare view and press Run gather.</source>
        <translation>비교 화면을 열고 gather 실행을 누릅니다.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="53"/>
        <source>Window size, e.g. 1440x900.</source>
        <translation>창 크기, 예: 1440x900.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="54"/>
        <source>Open a trace saved by Export trace or &apos;coroscope run ID --trace FILE&apos;.</source>
        <translation>트레이스 내보내기나 &apos;coroscope run ID --trace FILE&apos;로 저장한 트레이스를 엽니다.</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="56"/>
        <source>Show the run at loop time SECONDS (after --open, or once --run is over or paused by --wait-ms).</source>
        <translation>실행을 루프 시간 SECONDS초의 순간으로 보여 줍니다 (--open 뒤에, 또는 --run이 끝나거나 --wait-ms로 멈춘 뒤에).</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="119"/>
        <source>could not save the screenshot to %1</source>
        <translation>스크린샷을 %1에 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="152"/>
        <source>the window could not be loaded</source>
        <translation>창을 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="31"/>
        <source>Runs an asyncio script under CPython and records its tasks, their steps and waits, executor jobs and
printed lines as a Coroscope trace (it also opens in Perfetto). Arguments after SCRIPT go to the script.</source>
        <translation>asyncio 스크립트를 CPython으로 실행하고 태스크와 그 단계와 대기, 실행기 작업, 출력된 줄을
Coroscope 트레이스로 기록합니다 (Perfetto에서도 열림). SCRIPT 뒤의 인수는 스크립트에 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="35"/>
        <source>Write the trace to FILE and exit (without it, the run opens in the window).</source>
        <translation>트레이스를 FILE에 쓰고 끝냅니다 (없으면 실행이 창에서 열림).</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="37"/>
        <source>Send urllib and aiohttp requests for URLs starting with PREFIX to URL instead (repeatable).</source>
        <translation>PREFIX로 시작하는 URL로 가는 urllib과 aiohttp 요청을 URL로 보냅니다 (반복 가능).</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="41"/>
        <source>Stop the script after S seconds; the trace ends there (default: no limit).</source>
        <translation>S초 뒤에 스크립트를 멈추고 트레이스도 거기서 끝납니다 (기본값: 제한 없음).</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="44"/>
        <source>The interpreter (default: $COROSCOPE_PYTHON, else python3 on PATH).</source>
        <translation>인터프리터 (기본값: $COROSCOPE_PYTHON, 없으면 PATH의 python3).</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="47"/>
        <source>Run scenario ID&apos;s tutorial listing instead of a SCRIPT, as CPython can run it: its output block and REPL output as comments, the typos that keep it from parsing corrected.</source>
        <translation>SCRIPT 대신 시나리오 ID의 튜토리얼 목록을 CPython이 실행할 수 있는 형태로 실행합니다: 결과 블록과 REPL 출력은 주석으로, 파싱을 막는 오타는 고쳐서.</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="50"/>
        <source>The Python script to run.</source>
        <translation>실행할 Python 스크립트.</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="51"/>
        <source>Its arguments.</source>
        <translation>스크립트의 인수.</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="54"/>
        <source>trace-python: %1 (see coroscope trace-python --help)</source>
        <translation>trace-python: %1 (coroscope trace-python --help 참고)</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="81"/>
        <source>trace-python: which script? (coroscope trace-python [--out FILE] SCRIPT [ARGS...])</source>
        <translation>trace-python: 어떤 스크립트인가요? (coroscope trace-python [--out FILE] SCRIPT [ARGS...])</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="86"/>
        <source>trace-python: no script %1</source>
        <translation>trace-python: 스크립트 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="94"/>
        <source>trace-python: --timeout must be a number of seconds above 0 (at most 86400), got &apos;%1&apos;</source>
        <translation>trace-python: --timeout은 0보다 큰 초 단위 숫자여야 합니다 (최대 86400), 받은 값 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="113"/>
        <location filename="../cli/beside_python.cpp" line="32"/>
        <source>trace-python: no Python interpreter &apos;%1&apos; found (install python3, 3.8 or newer, or name one with --python PATH)</source>
        <translation>trace-python: Python 인터프리터 &apos;%1&apos;을(를) 찾을 수 없습니다 (python3 3.8 이상을 설치하거나 --python PATH로 지정하세요)</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="119"/>
        <location filename="../cli/beside_python.cpp" line="36"/>
        <source>trace-python: the tracer is missing from %1 (a broken installation?)</source>
        <translation>trace-python: %1에 트레이서가 없습니다 (설치가 손상되었나요?)</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="130"/>
        <source>trace-python: cannot start %1: %2</source>
        <translation>trace-python: %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="137"/>
        <source>trace-python: %1 did not stop within %2 s (blocked where Python cannot interrupt it); killed, no trace written</source>
        <translation>trace-python: %1이(가) %2초 안에 멈추지 않았습니다 (Python이 끼어들 수 없는 곳에서 막힘). 강제 종료했고 트레이스는 쓰지 않았습니다</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="144"/>
        <location filename="../cli/beside_python.cpp" line="40"/>
        <source>trace-python: the Python process crashed (%1)</source>
        <translation>trace-python: Python 프로세스가 비정상 종료했습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="149"/>
        <source>trace-python: the run opens in the window (the trace is %1)</source>
        <translation>trace-python: 실행이 창에서 열립니다 (트레이스: %1)</translation>
    </message>
    <message>
        <location filename="../cli/trace_python_command.cpp" line="151"/>
        <source>trace-python: could not start the window; the trace is %1</source>
        <translation>trace-python: 창을 시작할 수 없습니다. 트레이스: %1</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="38"/>
        <source>the listing&apos;s demo server did not start: %1</source>
        <translation>목록용 데모 서버가 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="44"/>
        <source>CPython did not run the listing: %1</source>
        <translation>CPython이 목록을 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="46"/>
        <source>CPython&apos;s run of the listing failed: %1</source>
        <translation>CPython의 목록 실행이 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="55"/>
        <source>(no line)</source>
        <translation>(줄 없음)</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="64"/>
        <source>%1 ... (%2 more)</source>
        <translation>%1 ... (%2개 더)</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="76"/>
        <source>C++ beside CPython:
</source>
        <translation>C++와 CPython 나란히:
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="78"/>
        <source>  output            same (%1 lines)
</source>
        <translation>  출력              같음 (%1줄)
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="80"/>
        <source>  output            differs from line %1: C++ %2, CPython %3
</source>
        <translation>  출력              %1번째 줄부터 다름: C++ %2, CPython %3
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="83"/>
        <source>  tasks             same (%1)
</source>
        <translation>  태스크            같음 (%1)
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="84"/>
        <source>  tasks             C++ %1, CPython %2
</source>
        <translation>  태스크            C++ %1, CPython %2
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="86"/>
        <source>  completion order  same (%1)
</source>
        <translation>  완료 순서         같음 (%1)
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="88"/>
        <source>  completion order  C++ %1
                    CPython %2
</source>
        <translation>  완료 순서         C++ %1
                    CPython %2
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="90"/>
        <source>  total time        C++ %1 ms, CPython %2 ms
</source>
        <translation>  전체 시간         C++ %1 ms, CPython %2 ms
</translation>
    </message>
    <message>
        <location filename="../cli/beside_python.cpp" line="93"/>
        <source>  error             C++ %1, CPython %2
</source>
        <translation>  오류              C++ %1, CPython %2
</translation>
    </message>
</context>
</TS>
