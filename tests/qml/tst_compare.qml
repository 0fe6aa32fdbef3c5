// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Coroscope

TestCase {
    id: test
    name: "CompareStrip"
    width: 800
    height: 300
    when: windowShown

    // Recorded from a run of the comparison against the demo server (async variant, 3 pages,
    // one URL refused).
    readonly property var recorded: ({
        name: "async", total: 231, error: "connection refused",
        pages: [
            { name: "apple", url: "http://127.0.0.1:40001/search?q=apple", state: 2, start: 0.4, end: 214.9, error: "", length: 74443 },
            { name: "pear", url: "http://127.0.0.1:40001/search?q=pear", state: 2, start: 0.6, end: 230.2, error: "", length: 137795 },
            { name: "bad", url: "http://127.0.0.1:1/", state: 3, start: 0.7, end: 1.9, error: "connection refused", length: -1 }
        ]
    })

    Component {
        id: stripComponent
        CompareStrip { width: 800; scaleMs: 250 }
    }

    function test_bars_follow_the_recorded_times() {
        const strip = createTemporaryObject(stripComponent, test, { strip: test.recorded })
        verify(strip)
        compare(strip.pageCount, 3)
        const apple = findChild(findChild(strip, "page_0"), "bar")
        const pear = findChild(findChild(strip, "page_1"), "bar")
        const bad = findChild(findChild(strip, "page_2"), "bar")
        // Shared scale: (800 - 90) px for 250 ms.
        fuzzyCompare(apple.width, (214.9 - 0.4) * 710 / 250, 0.01)
        verify(pear.width > apple.width)
        compare(apple.laneState, 3) // done
        compare(bad.laneState, 4)   // failed
        verify(bad.width >= 2)
        verify(strip.implicitHeight > 3 * strip.rowHeight)
    }

    function test_a_running_page_is_drawn_as_running() {
        const live = JSON.parse(JSON.stringify(test.recorded))
        live.total = -1
        live.pages[1].state = 1
        const strip = createTemporaryObject(stripComponent, test, { strip: live })
        compare(findChild(findChild(strip, "page_1"), "bar").laneState, 1)
    }

    // While a run goes the strip gets new data every frame: with 200 pages its rows stay (no
    // rebuild of 200 rows a frame) and only follow the data; no two rows overlap.
    function test_200_page_rows_stay_and_follow_new_data() {
        const many = { name: "sequential", total: -1, error: "", cancelled: false, measured: -1, done: 0, pages: [] }
        for (let i = 0; i < 200; ++i)
            many.pages.push({ name: "fruit" + i, url: "", state: 2, start: i, end: i + 1, error: "", length: 1 })
        const strip = createTemporaryObject(stripComponent, test, { strip: many })
        const row = findChild(strip, "page_150")
        verify(row)
        const next = JSON.parse(JSON.stringify(many))
        next.pages[150].end = 101
        strip.strip = next
        compare(findChild(strip, "page_150"), row)
        fuzzyCompare(findChild(row, "bar").width, 100 * 710 / 250, 0.01)
        verify(findChild(strip, "page_149").y + strip.rowHeight <= row.y)
        verify(strip.implicitHeight >= row.y + row.height)
    }
}
