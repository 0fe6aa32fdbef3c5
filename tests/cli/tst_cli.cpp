// SPDX-License-Identifier: MIT
// The command line, from outside: runs the real coroscope binary with good and bad input and
// checks exit codes, stdout, stderr and the --json / --trace files.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "coroscope_process.h"

namespace {

using coroscope_process::coroscope;
using coroscope_process::Outcome;

QString show(const Outcome &o)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(o.exit_code).arg(o.out, o.err);
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list_prints_id_tab_title()
    {
        const Outcome o = coroscope({QStringLiteral("list")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QVERIFY(o.err.isEmpty());
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.first(), QStringLiteral("hello\tA native coroutine"));
        QStringList ids;
        for (const QString &line : lines) {
            QCOMPARE(line.count(u'\t'), 1);
            ids << line.section(u'\t', 0, 0);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("hello"), QStringLiteral("await-chain"), QStringLiteral("future-task"),
                                   QStringLiteral("fetch-sequential"), QStringLiteral("fetch-executor"),
                                   QStringLiteral("fetch-async"), QStringLiteral("executor-partial"),
                                   QStringLiteral("gather-order"), QStringLiteral("async-with"),
                                   QStringLiteral("async-for"), QStringLiteral("async-generator"),
                                   QStringLiteral("async-comprehension"), QStringLiteral("many-tasks")}));
    }

    void list_help_and_bad_arguments()
    {
        Outcome o = coroscope({QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(o.exit_code, 0);
        QVERIFY(o.out.contains(QStringLiteral("Usage:")));
        o = coroscope({QStringLiteral("list"), QStringLiteral("extra")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY(o.err.contains(QStringLiteral("takes no arguments")));
        o = coroscope({QStringLiteral("list"), QStringLiteral("--frobnicate")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY(o.err.contains(QStringLiteral("frobnicate")));
    }

    void run_prints_exactly_the_tutorial_output_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("output");
        QTest::newRow("hello") << QStringLiteral("hello") << QStringLiteral("hello, world!\n");
        QTest::newRow("await-chain") << QStringLiteral("await-chain") << QStringLiteral("1 + 2\n1 + 2 = 3\n");
        QTest::newRow("gather-order") << QStringLiteral("gather-order")
                                      << QStringLiteral("finished 1\nfinished 2\nfinished 0\n[0, 1, 2]\n");
        QTest::newRow("executor-partial") << QStringLiteral("executor-partial")
                                          << QStringLiteral("hello python \nhello python\nhello-python-script\n");
        QTest::newRow("future-task")
            << QStringLiteral("future-task")
            << QStringLiteral("future.done(): False\nresult set by call_later\nfuture.done(): True\ntask.done(): False\n"
                              "await task: 3\ndoomed.cancelled(): True\ntask.result(): 3\n"
                              "burn_cpu on the loop thread\nburn_cpu on a pool thread\nbeat.cancelled(): True\n");
        QTest::newRow("async-with") << QStringLiteral("async-with") << QStringLiteral("3\n");
        QTest::newRow("async-for") << QStringLiteral("async-for") << QStringLiteral("0 1 2 ");
        QTest::newRow("async-generator") << QStringLiteral("async-generator") << QStringLiteral("0 1 2 ");
        QTest::newRow("async-comprehension") << QStringLiteral("async-comprehension") << QStringLiteral("[0, 1, 2]\n[1, 1, 1]\n");
    }
    void run_prints_exactly_the_tutorial_output()
    {
        QFETCH(QString, id);
        QFETCH(QString, output);
        const Outcome o = coroscope({QStringLiteral("run"), id, QStringLiteral("--virtual-time")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QCOMPARE(o.out, output);
        QCOMPARE(o.err, QString());
    }

    void run_on_the_real_clock()
    {
        const Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("await-chain")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QCOMPARE(o.out, QStringLiteral("1 + 2\n1 + 2 = 3\n"));
    }

    void run_json_on_virtual_time_is_exact()
    {
        const Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("await-chain"), QStringLiteral("--json"),
                                     QStringLiteral("--virtual-time")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(o.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("scenario")).toString(), QStringLiteral("await-chain"));
        QCOMPARE(doc.value(QStringLiteral("output")).toString(), QStringLiteral("1 + 2\n1 + 2 = 3\n"));
        QCOMPARE(doc.value(QStringLiteral("elapsed_ms")).toDouble(), 1000.0);
        const QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 1);
        const QJsonObject task = tasks.first().toObject();
        for (const char *key : {"id", "name", "parent", "state", "created_ms", "started_ms", "finished_ms", "busy_ms",
                                "waiting_ms", "result"})
            QVERIFY2(task.contains(QLatin1String(key)), key);
        QCOMPARE(task.value(QStringLiteral("name")).toString(), QStringLiteral("print_add"));
        QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(task.value(QStringLiteral("finished_ms")).toDouble(), 1000.0);
        QCOMPARE(task.value(QStringLiteral("waiting_ms")).toDouble(), 1000.0);
        QCOMPARE(task.value(QStringLiteral("result")).toString(), QStringLiteral("None"));
    }

    // The port and CPython's run of its listing: gather-order's agree on everything but the time.
    void run_beside_python_compares_with_the_listing()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("no python3");
        const Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("gather-order"), QStringLiteral("--json"),
                                     QStringLiteral("--beside-python")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        const QJsonObject beside = QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("beside_python")).toObject();
        QVERIFY2(!beside.isEmpty(), qPrintable(show(o)));
        const QJsonObject output = beside.value(QStringLiteral("output")).toObject();
        QVERIFY2(output.value(QStringLiteral("same")).toBool(), qPrintable(show(o)));
        QCOMPARE(output.value(QStringLiteral("python")).toArray(), output.value(QStringLiteral("cpp")).toArray());
        QVERIFY(beside.value(QStringLiteral("tasks")).toObject().value(QStringLiteral("same")).toBool());
        QVERIFY(beside.value(QStringLiteral("completion_order")).toObject().value(QStringLiteral("same")).toBool());
        QVERIFY(beside.value(QStringLiteral("total_ms")).toObject().value(QStringLiteral("python")).toDouble() >= 300);

        // In words, after the scenario's own output; a listing that raises (async-for's
        // StopIteration erratum) is compared up to its error, which the summary names.
        const Outcome words = coroscope({QStringLiteral("run"), QStringLiteral("async-for"), QStringLiteral("--virtual-time"),
                                         QStringLiteral("--beside-python")});
        QVERIFY2(words.exit_code == 0, qPrintable(show(words)));
        QVERIFY2(words.out.contains(QStringLiteral("C++ beside CPython:")), qPrintable(show(words)));
        QVERIFY2(words.out.contains(QStringLiteral("RuntimeError")), qPrintable(show(words)));
        QVERIFY2(words.err.contains(QStringLiteral("RuntimeError")), qPrintable(show(words)));
    }

    void run_json_async_for_takes_three_seconds()
    {
        const Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("async-for"), QStringLiteral("--json"),
                                     QStringLiteral("--virtual-time")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        const QJsonObject doc = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("elapsed_ms")).toDouble(), 3000.0);
        QCOMPARE(doc.value(QStringLiteral("output")).toString(), QStringLiteral("0 1 2 "));
    }

    void fetch_scenarios_serve_themselves_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("fetch-sequential") << QStringLiteral("fetch-sequential");
        QTest::newRow("fetch-executor") << QStringLiteral("fetch-executor");
        QTest::newRow("fetch-async") << QStringLiteral("fetch-async");
    }
    void fetch_scenarios_serve_themselves()
    {
        QFETCH(QString, id);
        const Outcome o = coroscope({QStringLiteral("run"), id, QStringLiteral("--param"), QStringLiteral("latency_ms=50")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\[74443, 137795, 84429, 327409, 65139, 154872\\]\nelapsed: \\d+\\.\\d{3} s\n$"))
                     .match(o.out)
                     .hasMatch(),
                 qPrintable(show(o)));
    }

    void a_failing_scenario_exits_1()
    {
        Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("async-for"), QStringLiteral("--virtual-time"),
                               QStringLiteral("--param"), QStringLiteral("tutorial_stop_iteration=true")});
        QCOMPARE(o.exit_code, 1);
        QCOMPARE(o.out, QStringLiteral("0 1 2 "));
        QVERIFY2(o.err.contains(QStringLiteral("RuntimeError: coroutine raised StopIteration")), qPrintable(show(o)));
        o = coroscope({QStringLiteral("run"), QStringLiteral("fetch-async"), QStringLiteral("--json"), QStringLiteral("--param"),
                       QStringLiteral("urls=http://127.0.0.1:1/search?q=apple")});
        QCOMPARE(o.exit_code, 1);
        const QJsonObject doc = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QVERIFY2(doc.value(QStringLiteral("error")).toString().contains(QStringLiteral("refused")), qPrintable(show(o)));
        const QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    }

    void run_json_reports_cancelled_tasks()
    {
        const Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("future-task"), QStringLiteral("--json"),
                                     QStringLiteral("--virtual-time")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        const QJsonArray tasks = QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray();
        QStringList states;
        for (const QJsonValue &task : tasks)
            states << task.toObject().value(QStringLiteral("state")).toString();
        QCOMPARE(states, (QStringList{QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("cancelled"),
                                      QStringLiteral("cancelled")}));
        QCOMPARE(tasks.at(2).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("CancelledError"));
    }

    void run_trace_writes_a_perfetto_file()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gather.json"));
        const Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("gather-order"), QStringLiteral("--virtual-time"),
                                     QStringLiteral("--trace"), path});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QCOMPARE(o.out, QStringLiteral("finished 1\nfinished 2\nfinished 0\n[0, 1, 2]\n"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        int tracks = 0, slices = 0;
        for (const QJsonValue &value : doc.object().value(QStringLiteral("traceEvents")).toArray()) {
            const QJsonObject e = value.toObject();
            if (e.value(QStringLiteral("ph")).toString() == QLatin1String("M") && e.value(QStringLiteral("name")).toString() == QLatin1String("thread_name"))
                ++tracks;
            if (e.value(QStringLiteral("ph")).toString() == QLatin1String("X"))
                ++slices;
        }
        QCOMPARE(tracks, 4); // main and three work tasks
        QCOMPARE(slices, 2 + 3 * 2); // main: start + resume; each work: start + resume
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("gather.json")}); // no temp left
    }

    void run_with_json_and_trace_together()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.json"));
        const Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--json"),
                                     QStringLiteral("--trace"), path});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("output")).toString(),
                 QStringLiteral("hello, world!\n"));
        QVERIFY(QFileInfo(path).size() > 100);
    }

    void run_with_speed_and_params()
    {
        Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("await-chain"), QStringLiteral("--speed"),
                               QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QVERIFY(QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("elapsed_ms")).toDouble() >= 1000.0);
        o = coroscope({QStringLiteral("run"), QStringLiteral("await-chain"), QStringLiteral("--virtual-time"),
                       QStringLiteral("--param"), QStringLiteral("a=40"), QStringLiteral("--param"), QStringLiteral("b=2")});
        QVERIFY2(o.exit_code == 0, qPrintable(show(o)));
        QCOMPARE(o.out, QStringLiteral("40 + 2\n40 + 2 = 42\n"));
    }

    void run_help_lists_options_and_parameters()
    {
        Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(o.exit_code, 0);
        for (const char *option : {"--json", "--trace", "--speed", "--virtual-time", "--param"})
            QVERIFY2(o.out.contains(QLatin1String(option)), option);
        o = coroscope({QStringLiteral("run"), QStringLiteral("await-chain"), QStringLiteral("--help")});
        QCOMPARE(o.exit_code, 0);
        QVERIFY(o.out.contains(QStringLiteral("sleep")));
    }

    void bad_input_exits_2_with_a_clear_message_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString run = QStringLiteral("run");
        QTest::newRow("unknown scenario") << QStringList{run, QStringLiteral("nope")} << QStringLiteral("unknown scenario 'nope'");
        QTest::newRow("no scenario") << QStringList{run} << QStringLiteral("needs a scenario id");
        QTest::newRow("two scenarios") << QStringList{run, QStringLiteral("hello"), QStringLiteral("await-chain")}
                                       << QStringLiteral("takes one scenario id");
        QTest::newRow("unknown flag") << QStringList{run, QStringLiteral("hello"), QStringLiteral("--frob")}
                                      << QStringLiteral("frob");
        QTest::newRow("speed not a number") << QStringList{run, QStringLiteral("hello"), QStringLiteral("--speed"), QStringLiteral("fast")}
                                            << QStringLiteral("--speed needs a number");
        QTest::newRow("speed zero") << QStringList{run, QStringLiteral("hello"), QStringLiteral("--speed"), QStringLiteral("0")}
                                    << QStringLiteral("--speed needs a number");
        QTest::newRow("speed negative") << QStringList{run, QStringLiteral("hello"), QStringLiteral("--speed=-2")}
                                        << QStringLiteral("--speed needs a number");
        QTest::newRow("speed missing") << QStringList{run, QStringLiteral("hello"), QStringLiteral("--speed")}
                                       << QStringLiteral("speed");
        QTest::newRow("speed and virtual") << QStringList{run, QStringLiteral("hello"), QStringLiteral("--speed"), QStringLiteral("2"),
                                                          QStringLiteral("--virtual-time")}
                                           << QStringLiteral("cannot be combined");
        QTest::newRow("param without =") << QStringList{run, QStringLiteral("await-chain"), QStringLiteral("--param"), QStringLiteral("a")}
                                         << QStringLiteral("KEY=VALUE");
        QTest::newRow("unknown param") << QStringList{run, QStringLiteral("await-chain"), QStringLiteral("--param"), QStringLiteral("c=1")}
                                       << QStringLiteral("no parameter 'c'");
        QTest::newRow("param wrong type") << QStringList{run, QStringLiteral("await-chain"), QStringLiteral("--param"), QStringLiteral("a=x")}
                                          << QStringLiteral("not a valid");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    }
    void bad_input_exits_2_with_a_clear_message()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = coroscope(arguments);
        QVERIFY2(o.exit_code == 2, qPrintable(show(o)));
        QVERIFY2(o.err.contains(message), qPrintable(show(o)));
        QVERIFY2(o.out.isEmpty(), qPrintable(show(o))); // nothing ran
    }

    void unwritable_trace_path_fails_and_writes_nothing()
    {
        QTemporaryDir dir;
        const QString missing_folder = dir.filePath(QStringLiteral("no/such/folder/t.json"));
        Outcome o = coroscope({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--trace"), missing_folder});
        QCOMPARE(o.exit_code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("does not exist")), qPrintable(show(o)));
        QVERIFY(o.out.isEmpty());
        o = coroscope({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--trace"), dir.path()});
        QCOMPARE(o.exit_code, 2);
        QVERIFY2(o.err.contains(QStringLiteral("is a directory")), qPrintable(show(o)));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
