// SPDX-License-Identifier: MIT
// The command line in a Korean locale: help, errors and scenario titles in Korean; what programs
// read (JSON, ids, exit codes) exactly as in English.

#include <QTest>

#include "coroscope_process.h"

namespace {

using coroscope_process::coroscope;
using coroscope_process::coroscope_in;
using coroscope_process::Outcome;

const QString korean = QStringLiteral("ko_KR.UTF-8");

QString show(const Outcome &o)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(o.exit_code).arg(o.out, o.err);
}

} // namespace

class CliKoreanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_is_korean()
    {
        const Outcome o = coroscope_in(korean, {QStringLiteral("--help")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QVERIFY2(o.out.startsWith(QStringLiteral("사용법:\n")), qPrintable(o.out));
        QVERIFY2(o.out.contains(QStringLiteral("창을 엽니다")), qPrintable(o.out));
        // The command lines themselves stay as typed.
        QVERIFY(o.out.contains(QStringLiteral("coroscope run ID [--json] [--trace F] [--speed X] [--virtual-time]")));
        QVERIFY(coroscope({QStringLiteral("--help")}).out.startsWith(QStringLiteral("Usage:\n")));
    }

    void a_command_help_is_korean_including_qts_own_words()
    {
        const Outcome o = coroscope_in(korean, {QStringLiteral("run"), QStringLiteral("await-chain"), QStringLiteral("--help")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QVERIFY2(o.out.contains(QStringLiteral("옵션:")), qPrintable(o.out));                           // QCommandLineParser's
        QVERIFY2(o.out.contains(QStringLiteral("가상 시계로 실행합니다")), qPrintable(o.out));          // ours
        QVERIFY2(o.out.contains(QStringLiteral("await-chain: await로 다른 코루틴 실행")), qPrintable(o.out)); // the title
        QVERIFY2(o.out.contains(QStringLiteral("첫째 더하는 수")), qPrintable(o.out));                  // a parameter
        QVERIFY(o.out.contains(QStringLiteral("--virtual-time")));
    }

    void errors_are_korean_and_exit_codes_stay()
    {
        Outcome o = coroscope_in(korean, {QStringLiteral("run"), QStringLiteral("no-such-scenario")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("알 수 없는 시나리오 'no-such-scenario'")), qPrintable(o.err));
        o = coroscope_in(korean, {QStringLiteral("frobnicate")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("알 수 없는 명령 'frobnicate'")), qPrintable(o.err));
        o = coroscope_in(korean, {QStringLiteral("gather"), QStringLiteral("--pages"), QStringLiteral("0")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("정수가 필요한데 '0'")), qPrintable(o.err));
        // The catalogue's parameter checks too; keys and values stay as typed.
        o = coroscope_in(korean, {QStringLiteral("run"), QStringLiteral("await-chain"), QStringLiteral("--param"), QStringLiteral("a=x")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("시나리오 'await-chain'의 매개변수 'a': 'x'은(는) 올바른 int 값이 아닙니다")),
                 qPrintable(o.err));
    }

    void trace_python_speaks_korean_too()
    {
        Outcome o = coroscope_in(korean, {QStringLiteral("trace-python"), QStringLiteral("--help")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QVERIFY2(o.out.startsWith(QStringLiteral("사용법: coroscope trace-python")), qPrintable(o.out));
        QVERIFY2(o.out.contains(QStringLiteral("실행할 Python 스크립트.")), qPrintable(o.out));
        o = coroscope_in(korean, {QStringLiteral("trace-python"), QStringLiteral("no-such-script.py")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("스크립트 no-such-script.py이(가) 없습니다")), qPrintable(o.err));
    }

    void list_shows_korean_titles_under_the_same_ids()
    {
        const Outcome ko = coroscope_in(korean, {QStringLiteral("list")});
        const Outcome en = coroscope({QStringLiteral("list")});
        QVERIFY2(ko.exit_code == 0, qPrintable(show(ko)));
        const QStringList ko_lines = ko.out.split(u'\n', Qt::SkipEmptyParts);
        const QStringList en_lines = en.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ko_lines.size(), en_lines.size());
        QCOMPARE(ko_lines.first(), QStringLiteral("hello\t네이티브 코루틴"));
        QVERIFY(ko_lines.contains(QStringLiteral("future-task\t퓨처와 태스크 살펴보기")));
        for (int i = 0; i < ko_lines.size(); ++i)
            QCOMPARE(ko_lines[i].section(u'\t', 0, 0), en_lines[i].section(u'\t', 0, 0));
    }

    void json_is_the_same_in_every_language()
    {
        const QStringList run{QStringLiteral("run"), QStringLiteral("gather-order"), QStringLiteral("--json"),
                              QStringLiteral("--virtual-time")};
        const Outcome ko = coroscope_in(korean, run);
        const Outcome en = coroscope(run);
        QVERIFY2(ko.exit_code == 0, qPrintable(show(ko)));
        QCOMPARE(ko.out, en.out);
        QVERIFY(ko.out.contains(QStringLiteral("\"elapsed_ms\": 300")));
    }
};

QTEST_GUILESS_MAIN(CliKoreanTest)
#include "tst_cli_korean.moc"
