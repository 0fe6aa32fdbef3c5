// SPDX-License-Identifier: MIT
// runnable_listing(): the shown listing becomes a script CPython runs, line for line. The rules on
// small texts, then every catalogue listing: no fix misses, the line count holds, python3 parses it.

#include "runnable_listing.h"
#include "scenario_catalog.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace coroscope;

class TestRunnableListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void result_block_becomes_comments()
    {
        const QString listing = QStringLiteral("print(1)\n\n# 결과\n1\n  [2, 3]\n# note\n");
        const RunnableListing out = runnable_listing(listing);
        QVERIFY(out.problems.isEmpty());
        QCOMPARE(out.script, QStringLiteral("print(1)\n\n# 결과\n# 1\n#   [2, 3]\n# note\n"));
    }

    void code_before_the_marker_is_untouched()
    {
        const QString listing = QStringLiteral("x = 1  # 결과 is only a marker on a line of its own\nprint(x)\n");
        QCOMPARE(runnable_listing(listing).script, listing);
    }

    void repl_prompts_go_and_their_output_becomes_comments()
    {
        const QString listing = QStringLiteral("def f():\n    return ...\n\n>>> f()\nEllipsis\n>>> for i in 'ab':\n...     print(i)\n...\na\nb\n");
        QCOMPARE(runnable_listing(listing).script,
                 QStringLiteral("def f():\n    return ...\n\nf()\n# Ellipsis\nfor i in 'ab':\n    print(i)\n\n# a\n# b\n"));
    }

    void fixes_apply_to_their_line_and_only_as_expected()
    {
        const QString listing = QStringLiteral("print(1\n\n>>> print. 2\n");
        const RunnableListing out = runnable_listing(listing, {{1, QStringLiteral("print(1"), QStringLiteral("print(1)")},
                                                               {3, QStringLiteral(">>> print. 2"), QStringLiteral(">>> print(2)")}});
        QVERIFY2(out.problems.isEmpty(), qPrintable(out.problems.join(u'\n')));
        QCOMPARE(out.script, QStringLiteral("print(1)\n\nprint(2)\n"));

        const RunnableListing stale = runnable_listing(listing, {{2, QStringLiteral("print(1"), QStringLiteral("x")},
                                                                 {9, QString(), QStringLiteral("x")}});
        QCOMPARE(stale.problems.size(), 2);
        QCOMPARE(stale.script, QStringLiteral("print(1\n\nprint. 2\n")); // untouched by the stale fixes
    }

    void a_driver_follows_the_last_line()
    {
        QCOMPARE(runnable_listing(QStringLiteral("x = 1"), {}, QStringLiteral("print(x)\n")).script, QStringLiteral("x = 1\nprint(x)\n"));
        QCOMPARE(runnable_listing(QStringLiteral("x = 1\n"), {}, QStringLiteral("print(x)\n")).script, QStringLiteral("x = 1\nprint(x)\n"));
    }

    void every_listing_runs_as_python_line_for_line()
    {
        const QString python = QStringLiteral("python3");
        const bool have_python = !QStandardPaths::findExecutable(python).isEmpty();
        for (const Scenario &scenario : all_scenarios()) {
            const RunnableListing out = runnable_listing(scenario.python_source, scenario.python_fixes, scenario.python_driver);
            QVERIFY2(out.problems.isEmpty(), qPrintable(scenario.id + QStringLiteral(": ") + out.problems.join(u'\n')));
            // Line for line: the shown lines keep their numbers (a driver only follows them).
            const QStringList shown = scenario.python_source.split(u'\n');
            const QStringList script = out.script.split(u'\n');
            QVERIFY(script.size() >= shown.size());
            for (qsizetype i = 0; i < shown.size(); ++i) {
                if (shown[i] != script[i])
                    QVERIFY2(script[i].startsWith(u'#') || shown[i].startsWith(QLatin1String(">>>"))
                                 || shown[i].startsWith(QLatin1String("..."))
                                 || std::any_of(scenario.python_fixes.cbegin(), scenario.python_fixes.cend(),
                                                [&](const ListingFix &fix) { return fix.line == i + 1; }),
                             qPrintable(QStringLiteral("%1:%2 changed without a rule: %3").arg(scenario.id).arg(i + 1).arg(script[i])));
            }
            if (!have_python)
                continue;
            QProcess parse;
            parse.start(python, {QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())")});
            QVERIFY(parse.waitForStarted());
            parse.write(out.script.toUtf8());
            parse.closeWriteChannel();
            QVERIFY(parse.waitForFinished(30000));
            QVERIFY2(parse.exitCode() == 0, qPrintable(scenario.id + QStringLiteral(": ") + QString::fromUtf8(parse.readAllStandardError())));
        }
        if (!have_python)
            QSKIP("no python3: the listings' line counts were checked, not their syntax");
    }
};

QTEST_GUILESS_MAIN(TestRunnableListing)
#include "tst_runnable_listing.moc"
