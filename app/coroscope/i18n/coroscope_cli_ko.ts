<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../language.cpp" line="15"/>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="16"/>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="17"/>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="18"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="19"/>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="20"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="21"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="22"/>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="23"/>
        <location filename="../cli/gather_command.cpp" line="71"/>
        <location filename="../cli/serve_command.cpp" line="38"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="24"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.cpp" line="25"/>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../main.cpp" line="32"/>
        <source>Usage:
  coroscope                              open the window
  coroscope list                         scenario ids and titles
  coroscope run ID [--json] [--trace F] [--speed X] [--virtual-time]
  coroscope gather [--pages N] [--latency-ms L] [--url U ...] [--json]
  coroscope serve [--port P]             the loopback demo server alone
Each command takes --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="54"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/common.cpp" line="23"/>
        <source>%1: --%2 must be a whole number from %3 to %4, got &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/list_command.cpp" line="17"/>
        <source>Lists the tutorial&apos;s scenarios: id, a tab, title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/list_command.cpp" line="28"/>
        <source>&apos;list&apos; takes no arguments (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="85"/>
        <source>cannot write the trace to &apos;%1&apos;: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="88"/>
        <source>cannot write the trace to &apos;%1&apos;: folder &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="90"/>
        <source>cannot write the trace to &apos;%1&apos;: folder &apos;%2&apos; is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="92"/>
        <source>cannot write the trace to &apos;%1&apos;: the file is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="100"/>
        <source>It takes no parameters.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="101"/>
        <source>Parameters (--param KEY=VALUE):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="106"/>
        <source>  %1  %2 (default: %3; accepts %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="107"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="117"/>
        <source>Runs one of the tutorial&apos;s scenarios headless and prints what it prints.
Exit codes: 0 success, 1 the scenario failed or the trace could not be written, 2 bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="122"/>
        <source>Print one JSON document (scenario, output, elapsed_ms, tasks) instead of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="124"/>
        <source>Write the run&apos;s trace to &lt;file&gt; (Chrome Trace Event Format; opens in Perfetto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="127"/>
        <source>Run the loop clock &lt;x&gt; times as fast as real time (0.25 = slow motion; 0.001 to 1000). Sleeps, CPU burns and the demo server&apos;s page latencies all follow it; pages from your own urls= cannot be slowed down and keep their real timings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="133"/>
        <source>Run on the virtual clock: instant in wall time, with the same loop-time results (elapsed_ms is exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="136"/>
        <source>Set a scenario parameter (repeatable); &apos;run ID --help&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="139"/>
        <source>The scenario to run (see &apos;coroscope list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="156"/>
        <source>&apos;run&apos; needs a scenario id (see &apos;coroscope list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="157"/>
        <source>&apos;run&apos; takes one scenario id, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="162"/>
        <location filename="../gui/gui.cpp" line="139"/>
        <source>unknown scenario &apos;%1&apos; (see &apos;coroscope list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="169"/>
        <source>--speed and --virtual-time cannot be combined (the virtual clock has no speed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="175"/>
        <source>--speed needs a number from %1 to %2, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="189"/>
        <source>--param needs KEY=VALUE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/run_command.cpp" line="221"/>
        <source>scenario &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="48"/>
        <source>Fetches the same pages three ways and times them: sequential (one after another, blocking),
executor (blocking fetches in run_in_executor + gather, the tutorial&apos;s way) and async
(a gather of awaitable requests, no threads). Without --url it starts the loopback demo
server and fetches the tutorial&apos;s pages (apple, pear, grape, pineapple, orange, strawberry...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="54"/>
        <source>Number of demo pages (default 6, 1-200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="55"/>
        <source>Demo server latency per page (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="56"/>
        <source>Fetch this http(s) URL instead of demo pages (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="58"/>
        <source>Spread demo pages over 127.0.0.1 .. 127.0.0.&lt;H&gt;: each is a separate host with its own six connections (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="61"/>
        <source>Per-request timeout (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="62"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="64"/>
        <source>gather: %1 (see coroscope gather --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="76"/>
        <source>gather: unexpected argument &apos;%1&apos; (URLs go after --url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="90"/>
        <source>gather: --%1 applies to the demo server&apos;s pages, not to --url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="186"/>
        <source>%1 pages from the demo server at %2 (latency %3 ms + up to 10 % per page, over %4 loopback hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="191"/>
        <source>%1 pages from the demo server at %2 (latency %3 ms + up to 10 % per page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="196"/>
        <source>%1 URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="199"/>
        <source>variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="199"/>
        <source>total ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="200"/>
        <source>speedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="200"/>
        <source>page lengths (argument order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="207"/>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="210"/>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="210"/>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="215"/>
        <source>start-end ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="236"/>
        <source>sum of latencies %1 ms (what sequential costs); slowest page %2 ms (what concurrent costs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="241"/>
        <source>speedup %1x (sequential / best concurrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="261"/>
        <source>gather: cannot start the demo server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/gather_command.cpp" line="266"/>
        <source>gather: this OS allows only %1 of the %2 loopback hosts; pages share them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="18"/>
        <source>Runs the loopback demo server alone (127.0.0.1 only) until killed, and prints its base URL.
Routes: /search?q=&lt;word&gt;, /delay/&lt;ms&gt;, /bytes/&lt;n&gt;, /status/&lt;code&gt;, /redirect/&lt;n&gt;, /drop, /hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="22"/>
        <source>Port to listen on (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="23"/>
        <source>Base latency of a /search page (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="25"/>
        <source>Speed factor: every delay is divided by it (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="28"/>
        <source>Also listen on 127.0.0.2 .. 127.0.0.&lt;H&gt; where the OS allows (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="31"/>
        <source>serve: %1 (see coroscope serve --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="43"/>
        <source>serve: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="56"/>
        <source>serve: --speed must be a number from 0.01 to 100, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="74"/>
        <source>  also on %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="76"/>
        <source>  (this OS refused %1 of the extra loopback addresses)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/serve_command.cpp" line="78"/>
        <source>Try: curl -s &apos;%1&apos; | wc -c
Stop with Ctrl+C.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="39"/>
        <source>Coroscope: asyncio&apos;s event loop, visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="41"/>
        <source>Save a screenshot of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="42"/>
        <source>Select scenario ID at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="43"/>
        <source>Run the selected scenario at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="44"/>
        <source>With --run: pause after MS of real time (default: until it finishes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="45"/>
        <source>Select task ID on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="46"/>
        <source>Open the Compare view and press Run gather.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="47"/>
        <source>Window size, e.g. 1440x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="90"/>
        <source>could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/gui.cpp" line="123"/>
        <source>the window could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
