<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CodeListing</name>
    <message>
        <location filename="../code/CodeListing.qml" line="54"/>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <location filename="../code/CodeListing.qml" line="55"/>
        <source>; here now: %1</source>
        <translation>; 지금 여기: %1</translation>
    </message>
    <message>
        <location filename="../code/CodeListing.qml" line="95"/>
        <source>Here now: %1</source>
        <translation>지금 여기: %1</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../code/CodeView.qml" line="19"/>
        <source>C++ port · %1</source>
        <translation>C++ 포팅 · %1</translation>
    </message>
    <message>
        <location filename="../code/CodeView.qml" line="26"/>
        <source>Python (the tutorial)</source>
        <translation>Python (튜토리얼)</translation>
    </message>
    <message>
        <location filename="../code/CodeView.qml" line="26"/>
        <source>Python (the traced script)</source>
        <translation>Python (추적한 스크립트)</translation>
    </message>
</context>
<context>
    <name>CompareStrip</name>
    <message>
        <location filename="../compare/CompareStrip.qml" line="21"/>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="22"/>
        <source> · running…</source>
        <translation> · 실행 중…</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="23"/>
        <source> · cancelled after %1 ms (%2 of %3 pages fetched)</source>
        <translation> · %1 ms 후 취소됨 (%3페이지 중 %2페이지 가져옴)</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="25"/>
        <source> · cancelled before it started</source>
        <translation> · 시작 전에 취소됨</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="26"/>
        <source> · failed: %1</source>
        <translation> · 실패: %1</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="75"/>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="76"/>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="77"/>
        <source>fetching</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="78"/>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="78"/>
        <source>cancelled while fetching</source>
        <translation>가져오는 중 취소됨</translation>
    </message>
    <message>
        <location filename="../compare/CompareStrip.qml" line="79"/>
        <source>%1 → %2 ms</source>
        <translation>%1 → %2 ms</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../compare/CompareView.qml" line="26"/>
        <source>Pages to fetch</source>
        <translation>가져올 페이지</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="34"/>
        <location filename="../compare/CompareView.qml" line="37"/>
        <source>Pages</source>
        <translation>페이지 수</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="42"/>
        <source>Latency (ms)</source>
        <translation>지연 시간(ms)</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="45"/>
        <source>Latency in milliseconds</source>
        <translation>지연 시간(밀리초)</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="72"/>
        <source>Your own URLs (one per line; empty = the demo server)</source>
        <translation>직접 입력한 URL (한 줄에 하나, 비우면 데모 서버)</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="78"/>
        <source>Your own URLs</source>
        <translation>직접 입력한 URL</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="88"/>
        <source>Will fetch:</source>
        <translation>가져올 주소:</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="55"/>
        <location filename="../compare/CompareView.qml" line="59"/>
        <source>Run gather</source>
        <translation>gather 실행</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="61"/>
        <source>Sequential, then executor, then async (Ctrl+G)</source>
        <translation>순차, 실행기, 비동기 순서로 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="66"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="68"/>
        <source>Cancel the gather run</source>
        <translation>gather 실행 취소</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="132"/>
        <source>Each page&apos;s fetch, per variant (ms since the variant started)</source>
        <translation>방식별 페이지 가져오기 (방식 시작 후 ms)</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="159"/>
        <source>Press Run gather: each variant gets a strip here, a bar per page.</source>
        <translation>gather 실행을 누르세요: 방식마다 줄이 하나, 페이지마다 막대가 하나 생깁니다.</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="170"/>
        <source>Totals</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="191"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="192"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="200"/>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="208"/>
        <source>%1×</source>
        <translation>%1배</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="222"/>
        <source>sequential total ÷ the best concurrent total</source>
        <translation>순차 합계 ÷ 가장 빠른 동시 합계</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="225"/>
        <source>Sequential ≈ the sum of the %1 latencies = %2 ms; concurrent ≈ the slowest one = %3 ms.</source>
        <translation>순차 ≈ 지연 시간 %1개의 합 = %2 ms, 동시 ≈ 가장 느린 하나 = %3 ms.</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="223"/>
        <source>Page latencies unknown (not the demo server).</source>
        <translation>페이지 지연 시간을 알 수 없습니다 (데모 서버가 아님).</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="227"/>
        <source>Sequential ≈ the sum of the %1 latencies = %2 ms; concurrent ≈ %3 ms at best, %4 pages in flight at a time.</source>
        <translation>순차 ≈ 지연 시간 %1개의 합 = %2 ms, 동시 ≈ 최선일 때 %3 ms (한 번에 %4개 페이지까지 진행).</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="229"/>
        <source>Measured: %1 ms sequential vs %2 ms at best concurrent.</source>
        <translation>측정: 순차 %1 ms, 가장 빠른 동시 %2 ms.</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="238"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>latency</source>
        <translation>지연</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>sequential</source>
        <translation>순차</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>executor</source>
        <translation>실행기</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>async</source>
        <translation>비동기</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <location filename="../compare/CompareView.qml" line="250"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../console/ConsolePanel.qml" line="12"/>
        <source>Console · %1 lines</source>
        <translation>콘솔 · %1줄</translation>
    </message>
    <message>
        <location filename="../console/ConsolePanel.qml" line="25"/>
        <source>Console</source>
        <translation>콘솔</translation>
    </message>
    <message>
        <location filename="../console/ConsolePanel.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../console/ConsolePanel.qml" line="68"/>
        <source>Printed lines appear here with their times.</source>
        <translation>출력된 줄이 시각과 함께 여기에 나타납니다.</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../components/ControlBar.qml" line="17"/>
        <source>0.1× (slow motion)</source>
        <translation>0.1× (느린 동작)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="18"/>
        <source>1× (real time)</source>
        <translation>1× (실제 시간)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="19"/>
        <source>instant (virtual clock)</source>
        <translation>즉시 (가상 시계)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="47"/>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="49"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="50"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="53"/>
        <source>Compare (Run gather)</source>
        <translation>비교 (gather 실행)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="54"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="60"/>
        <source>▶ Resume</source>
        <translation>▶ 계속</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="60"/>
        <source>▶ Run</source>
        <translation>▶ 실행</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="63"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="63"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="65"/>
        <source>Run the scenario live (F5)</source>
        <translation>시나리오를 실시간으로 실행 (F5)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="69"/>
        <source>‖ Pause</source>
        <translation>‖ 일시 정지</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="72"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="74"/>
        <source>Pause the loop and freeze its clock (F6 or Space)</source>
        <translation>루프를 멈추고 시계를 정지 (F6 또는 Space)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="78"/>
        <source>↷ Step</source>
        <translation>↷ 한 단계</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="82"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="84"/>
        <source>Run exactly one ready item: one task step or callback (F10)</source>
        <translation>준비된 항목 하나만 실행: 태스크 한 단계나 콜백 하나 (F10)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="88"/>
        <source>⇅ CPython beside</source>
        <translation>⇅ CPython 나란히</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="91"/>
        <source>Run CPython beside</source>
        <translation>CPython 나란히 실행</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="94"/>
        <source>Run the tutorial&apos;s Python listing under CPython and show it under the C++ run, on the same time axis, with the differences</source>
        <translation>튜토리얼의 Python 목록을 CPython으로 실행하고 C++ 실행 아래에 같은 시간 축으로 차이와 함께 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="98"/>
        <source>⟲ Reset</source>
        <translation>⟲ 초기화</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="101"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="103"/>
        <source>Close the loop and clear the timeline (Ctrl+Shift+R)</source>
        <translation>루프를 닫고 타임라인을 비움 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="106"/>
        <location filename="../components/ControlBar.qml" line="115"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="117"/>
        <source>Loop seconds per real second ([ slower, ] faster)</source>
        <translation>실제 1초당 루프 시간 ([ 느리게, ] 빠르게)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="121"/>
        <source>Export trace…</source>
        <translation>트레이스 내보내기…</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="124"/>
        <location filename="../components/ControlBar.qml" line="172"/>
        <source>Export trace</source>
        <translation>트레이스 내보내기</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="126"/>
        <source>Save the trace as Chrome Trace Event JSON for Perfetto (Ctrl+E)</source>
        <translation>트레이스를 Perfetto용 Chrome Trace Event JSON으로 저장 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="130"/>
        <source>Open trace…</source>
        <translation>트레이스 열기…</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="133"/>
        <location filename="../components/ControlBar.qml" line="185"/>
        <source>Open trace</source>
        <translation>트레이스 열기</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="135"/>
        <source>Open a trace saved by Export trace or coroscope run --trace, to explore it in time (Ctrl+O; or drop the file on the window)</source>
        <translation>트레이스 내보내기나 coroscope run --trace로 저장한 트레이스를 열어 시간을 오가며 살펴봅니다 (Ctrl+O, 또는 파일을 창에 끌어다 놓기)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="147"/>
        <source>System colours</source>
        <translation>시스템 색상</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="147"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="147"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="151"/>
        <source>Colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="153"/>
        <source>Colours: follow the desktop, or always light or dark</source>
        <translation>색상: 데스크톱을 따르거나 항상 밝게 또는 어둡게</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="160"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="164"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="166"/>
        <source>Language of the window: the system&apos;s, English or Korean</source>
        <translation>창의 언어: 시스템 언어, 영어 또는 한국어</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="174"/>
        <location filename="../components/ControlBar.qml" line="187"/>
        <source>Chrome trace (*.json)</source>
        <translation>Chrome 트레이스 (*.json)</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="178"/>
        <source>Saved %1</source>
        <translation>%1에 저장함</translation>
    </message>
    <message>
        <location filename="../components/ControlBar.qml" line="187"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../timeline/Legend.qml" line="24"/>
        <source>◆ done  ✕ failed  ⊘ cancelled</source>
        <translation>◆ 완료  ✕ 실패  ⊘ 취소됨</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="17"/>
        <source>Coroscope — %1 — %2</source>
        <translation>Coroscope — %1 — %2</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="18"/>
        <source>Coroscope — %1</source>
        <translation>Coroscope — %1</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="18"/>
        <source>Coroscope</source>
        <translation>Coroscope</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="66"/>
        <source>Cannot open the trace</source>
        <translation>트레이스를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="110"/>
        <source>Coroscope: asyncio, visible</source>
        <translation>Coroscope: 눈에 보이는 asyncio</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="119"/>
        <source>Each scenario is one example of the asyncio tutorial, ported to C++ coroutines and run live on an event loop over Qt&apos;s. Pick one on the left.</source>
        <translation>시나리오마다 asyncio 튜토리얼의 예제 하나를 C++ 코루틴으로 옮겨, Qt 위의 이벤트 루프에서 실시간으로 실행합니다. 왼쪽에서 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="138"/>
        <source>Tutorial erratum: </source>
        <translation>튜토리얼 정오표: </translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../components/ParameterPanel.qml" line="18"/>
        <source>Parameters (next Run):</source>
        <translation>매개변수 (다음 실행):</translation>
    </message>
    <message>
        <location filename="../components/ParameterPanel.qml" line="41"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../components/ParameterPanel.qml" line="77"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../components/ParameterPanel.qml" line="91"/>
        <source>Reset parameters</source>
        <translation>매개변수 초기화</translation>
    </message>
    <message>
        <location filename="../components/ParameterPanel.qml" line="97"/>
        <source>Restore the tutorial&apos;s values</source>
        <translation>튜토리얼의 값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>PythonBesidePanel</name>
    <message>
        <location filename="../timeline/PythonBesidePanel.qml" line="26"/>
        <source>CPython is running the listing…</source>
        <translation>CPython이 목록을 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../timeline/PythonBesidePanel.qml" line="38"/>
        <source>CPython · %1 tasks</source>
        <translation>CPython · 태스크 %1개</translation>
    </message>
</context>
<context>
    <name>ScenarioList</name>
    <message>
        <location filename="../components/ScenarioList.qml" line="11"/>
        <location filename="../components/ScenarioList.qml" line="39"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../components/ScenarioList.qml" line="20"/>
        <source>Search (Ctrl+F)</source>
        <translation>검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../components/ScenarioList.qml" line="21"/>
        <source>Search scenarios</source>
        <translation>시나리오 검색</translation>
    </message>
    <message>
        <location filename="../components/ScenarioList.qml" line="65"/>
        <source>, the tutorial is wrong here</source>
        <translation>, 튜토리얼이 틀린 곳</translation>
    </message>
    <message>
        <location filename="../components/ScenarioList.qml" line="85"/>
        <source>The tutorial is wrong here: the scenario shows why</source>
        <translation>튜토리얼이 여기서 틀렸습니다: 시나리오가 그 이유를 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>SplitterHandle</name>
    <message>
        <location filename="../components/SplitterHandle.qml" line="31"/>
        <source>Divider between the left and right panes</source>
        <translation>왼쪽과 오른쪽 영역을 나누는 구분선</translation>
    </message>
    <message>
        <location filename="../components/SplitterHandle.qml" line="31"/>
        <source>Divider between the upper and lower panes</source>
        <translation>위와 아래 영역을 나누는 구분선</translation>
    </message>
    <message>
        <location filename="../components/SplitterHandle.qml" line="32"/>
        <source>Left and right arrow keys move it; with Shift, further</source>
        <translation>왼쪽·오른쪽 화살표 키로 옮깁니다. Shift를 누르면 더 많이 옮깁니다</translation>
    </message>
    <message>
        <location filename="../components/SplitterHandle.qml" line="33"/>
        <source>Up and down arrow keys move it; with Shift, further</source>
        <translation>위·아래 화살표 키로 옮깁니다. Shift를 누르면 더 많이 옮깁니다</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../components/StatusBar.qml" line="15"/>
        <source>Loop: %1</source>
        <translation>루프: %1</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="18"/>
        <source>idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="19"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="20"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="21"/>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="22"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="23"/>
        <source>stopped (saved mid-run)</source>
        <translation>멈춤 (실행 도중 저장됨)</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="29"/>
        <source>Ready queue: %1</source>
        <translation>준비 큐: %1</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="30"/>
        <source>Live tasks: %1</source>
        <translation>살아 있는 태스크: %1</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="31"/>
        <source>Elapsed: %1</source>
        <translation>경과: %1</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="34"/>
        <source>Playhead: %1%2</source>
        <translation>재생 위치: %1%2</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="35"/>
        <source> (live)</source>
        <translation> (실시간)</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="35"/>
        <source> (replay)</source>
        <translation> (다시 보기)</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="35"/>
        <source> (past)</source>
        <translation> (과거)</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="40"/>
        <source>step %1/%2 · iteration %3/%4</source>
        <translation>단계 %1/%2 · 반복 %3/%4</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="46"/>
        <source>From %1</source>
        <translation>%1에서 불러옴</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="49"/>
        <source>main → %1</source>
        <translation>main → %1</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="50"/>
        <source>Your own URLs keep their real latency: slow motion and pause cannot slow the internet</source>
        <translation>직접 입력한 URL은 실제 지연 시간 그대로입니다: 슬로 모션이나 일시 정지로 인터넷을 늦출 수는 없습니다</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="62"/>
        <source>F5 run · Space pause · F10 step · ← → step back/forward · Ctrl+Shift+R reset · [ ] speed · Ctrl+E export</source>
        <translation>F5 실행 · Space 일시 정지 · F10 한 단계 · ← → 한 단계 뒤로/앞으로 · Ctrl+Shift+R 초기화 · [ ] 속도 · Ctrl+E 내보내기</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="19"/>
        <source>Task details · %1</source>
        <translation>태스크 정보 · %1</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="19"/>
        <source>Task details</source>
        <translation>태스크 정보</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="24"/>
        <location filename="../timeline/TaskDetails.qml" line="27"/>
        <source>Cancel task</source>
        <translation>태스크 취소</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="30"/>
        <source>task.cancel(): CancelledError is thrown at its co_await on its next step (Delete)</source>
        <translation>task.cancel(): 다음 단계에서 그 co_await 위치에 CancelledError가 던져집니다 (Delete)</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="37"/>
        <source>Click a lane on the timeline to see its task.</source>
        <translation>타임라인의 레인을 누르면 그 태스크가 보입니다.</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="51"/>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="56"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="58"/>
        <source>parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="60"/>
        <source>created / started</source>
        <translation>생성 / 시작</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="62"/>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="64"/>
        <source>busy / waiting</source>
        <translation>실행 / 대기</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="65"/>
        <source>%1 busy  ·  %2 waiting</source>
        <translation>실행 %1  ·  대기 %2</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="66"/>
        <source>awaiting</source>
        <translation>기다리는 것</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="68"/>
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="70"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../timeline/TaskDetails.qml" line="76"/>
        <source>co_await at</source>
        <translation>co_await 위치</translation>
    </message>
</context>
<context>
    <name>TimeTravelBar</name>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="32"/>
        <source>Back one loop iteration</source>
        <translation>루프 반복 하나 뒤로</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="33"/>
        <source>Back to the start of the previous loop iteration (Shift+←)</source>
        <translation>이전 루프 반복의 시작으로 (Shift+←)</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="40"/>
        <source>Back one step</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="41"/>
        <source>Back one task step: the moment before the previous step ran (←)</source>
        <translation>태스크 한 단계 뒤로: 이전 단계가 실행되기 직전 (←)</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="48"/>
        <source>Forward one step</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="49"/>
        <source>Forward one task step of the recording (→)</source>
        <translation>기록에서 태스크 한 단계 앞으로 (→)</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="56"/>
        <source>Forward one loop iteration</source>
        <translation>루프 반복 하나 앞으로</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="57"/>
        <source>Forward to the start of the next loop iteration (Shift+→)</source>
        <translation>다음 루프 반복의 시작으로 (Shift+→)</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="61"/>
        <source>■ Stop</source>
        <translation>■ 정지</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="61"/>
        <source>▷ Replay</source>
        <translation>▷ 다시 보기</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="64"/>
        <source>Stop replay</source>
        <translation>다시 보기 정지</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="64"/>
        <source>Replay</source>
        <translation>다시 보기</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="65"/>
        <source>Play the recording again at the chosen speed, without running it again (Ctrl+R)</source>
        <translation>기록을 고른 속도로 다시 재생합니다. 시나리오를 다시 실행하지 않습니다 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="69"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="69"/>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../timeline/TimeTravelBar.qml" line="75"/>
        <source>Follow the running loop again, or show the end of the recording (L)</source>
        <translation>실행 중인 루프를 다시 따라가거나, 기록의 끝을 보여 줍니다 (L)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="37"/>
        <source>pending</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="38"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="39"/>
        <source>waiting</source>
        <translation>기다리는 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="40"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="41"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="42"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="43"/>
        <source>busy</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="62"/>
        <location filename="../bridge/timeline_model.cpp" line="64"/>
        <source>idle</source>
        <translation>쉬는 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="185"/>
        <source>executor thread %1</source>
        <translation>실행기 스레드 %1</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="244"/>
        <source>connection %1 · %2</source>
        <translation>연결 %1 · %2</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="258"/>
        <source>sending</source>
        <translation>보내는 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="260"/>
        <source>connecting</source>
        <translation>연결하는 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="261"/>
        <source>on the wire</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="262"/>
        <source>receiving</source>
        <translation>받는 중</translation>
    </message>
    <message>
        <location filename="../bridge/timeline_model.cpp" line="275"/>
        <source>waiting for a connection</source>
        <translation>연결 대기</translation>
    </message>
    <message numerus="yes">
        <location filename="../bridge/timeline_model.cpp" line="286"/>
        <source>%n queued: %1</source>
        <translation>
            <numerusform>%n개 대기 중: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline/TimelineView.qml" line="29"/>
        <source>Timeline · %1 tasks</source>
        <translation>타임라인 · 태스크 %1개</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="97"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="98"/>
        <source>Fit the whole run</source>
        <translation>실행 전체에 맞춤</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="99"/>
        <source>Show the whole run (F)</source>
        <translation>실행 전체를 보기 (F)</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="104"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="105"/>
        <source>Zoom in (+, W, Ctrl+wheel)</source>
        <translation>확대 (+, W, Ctrl+휠)</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="110"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="111"/>
        <source>Zoom out (−, S)</source>
        <translation>축소 (−, S)</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="145"/>
        <source>Tasks on the timeline</source>
        <translation>타임라인의 태스크</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="165"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="232"/>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="234"/>
        <source>
line %1</source>
        <translation>
%1번째 줄</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="240"/>
        <source>Pick a scenario on the left, then press Run (F5) or Step (F10).</source>
        <translation>왼쪽에서 시나리오를 고른 뒤 실행(F5)이나 한 단계(F10)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../timeline/TimelineView.qml" line="241"/>
        <source>Press Run (F5) to watch it live, or Step (F10) through it.</source>
        <translation>실행(F5)을 눌러 실시간으로 보거나 한 단계(F10)씩 진행하세요.</translation>
    </message>
</context>
<context>
    <name>coroscope::ui::PythonBeside</name>
    <message>
        <location filename="../bridge/python_beside.cpp" line="50"/>
        <source>Only the tutorial&apos;s scenarios have a listing to run beside.</source>
        <translation>나란히 실행할 목록은 튜토리얼의 시나리오에만 있습니다.</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="74"/>
        <source>No Python interpreter &apos;%1&apos; was found: install python3 (3.8 or newer), or name one in COROSCOPE_PYTHON.</source>
        <translation>Python 인터프리터 &apos;%1&apos;을(를) 찾을 수 없습니다: python3 (3.8 이상)을 설치하거나 COROSCOPE_PYTHON에 지정하세요.</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="78"/>
        <source>CPython&apos;s run of the listing failed: %1</source>
        <translation>CPython의 목록 실행이 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="81"/>
        <source>CPython did not run the listing: %1</source>
        <translation>CPython이 목록을 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="131"/>
        <source>Run the C++ port to compare the two runs.</source>
        <translation>두 실행을 비교하려면 C++ 포트를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="140"/>
        <source>(no line)</source>
        <translation>(줄 없음)</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="143"/>
        <source>Output: the same (%1 lines)</source>
        <translation>출력: 같음 (%1줄)</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="144"/>
        <source>Output differs from line %1: C++ %2, CPython %3</source>
        <translation>출력이 %1번째 줄부터 다름: C++ %2, CPython %3</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="147"/>
        <source>Tasks: the same (%1)</source>
        <translation>태스크: 같음 (%1)</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="148"/>
        <source>Tasks: C++ %1, CPython %2</source>
        <translation>태스크: C++ %1, CPython %2</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="149"/>
        <source>Order of completion: the same</source>
        <translation>완료 순서: 같음</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="149"/>
        <source>Order of completion differs</source>
        <translation>완료 순서가 다름</translation>
    </message>
    <message>
        <location filename="../bridge/python_beside.cpp" line="150"/>
        <source>Total time: C++ %1 ms, CPython %2 ms</source>
        <translation>전체 시간: C++ %1 ms, CPython %2 ms</translation>
    </message>
</context>
<context>
    <name>coroscope::ui::StatePalette</name>
    <message>
        <location filename="../bridge/state_palette.cpp" line="130"/>
        <source>executor job</source>
        <translation>실행기 작업</translation>
    </message>
</context>
</TS>
