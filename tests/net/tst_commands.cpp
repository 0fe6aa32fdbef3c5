// SPDX-License-Identifier: MIT
// `coroscope serve` and `coroscope gather` from outside: the real binary, answering curl and a
// QNetworkAccessManager in another process, bad input giving exit code 2.
#include <coroscope/net/blocking_fetch.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <map>

#include "coroscope_process.h"

namespace {

using coroscope_process::coroscope;
using coroscope_process::Outcome;

/// A running `coroscope serve`, stopped (killed, as a user would) at scope end.
struct Served
{
    QProcess process;
    QUrl base;
    explicit Served(const QStringList &extra = {})
    {
        process.start(QStringLiteral(COROSCOPE_BINARY), QStringList{QStringLiteral("serve")} + extra);
        QByteArray out;
        const QRegularExpression line(QStringLiteral("listening on (http://\\S+)"));
        while (process.waitForReadyRead(10000)) {
            out += process.readAllStandardOutput();
            const auto m = line.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                base = QUrl(m.captured(1));
                break;
            }
        }
    }
    ~Served()
    {
        process.kill();
        process.waitForFinished();
    }
};

} // namespace

class CommandsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serve_prints_its_url_and_answers_another_process()
    {
        Served served({QStringLiteral("--latency-ms"), QStringLiteral("20")});
        QVERIFY2(served.base.isValid(), "no URL printed");
        QCOMPARE(served.base.host(), QStringLiteral("127.0.0.1"));
        const QUrl apple = served.base.resolved(QUrl(QStringLiteral("/search?q=apple")));
        // A QNetworkAccessManager in this process...
        QCOMPARE(aio::net::blocking_fetch(apple).length, qint64(74443));
        // ...and curl (scripts/install-deps.sh installs it: a missing curl fails the test).
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        QVERIFY2(!curl.isEmpty(), "curl is missing (scripts/install-deps.sh installs it)");
        QProcess p;
        p.start(curl, {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                       QStringLiteral("%{http_code} %{size_download}"), apple.toString()});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("200 74443"));
    }

    void serve_listens_on_the_port_asked_for()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Served served({QStringLiteral("--port"), QString::number(port)});
        QCOMPARE(served.base.port(), int(port));
        // The port is taken now: a second server says so and fails.
        const Outcome second = coroscope({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
        QCOMPARE(second.exit_code, 1);
        QVERIFY2(second.err.contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port)), qPrintable(second.err));
    }

    void serve_rejects_bad_input_with_exit_code_2()
    {
        Outcome o = coroscope({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("abc")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY(o.err.contains(QStringLiteral("--port must be a whole number from 1 to 65535, got 'abc'")));
        o = coroscope({QStringLiteral("serve"), QStringLiteral("--bogus")});
        QCOMPARE(o.exit_code, 2);
        QVERIFY(o.err.contains(QStringLiteral("bogus")));
        o = coroscope({QStringLiteral("serve"), QStringLiteral("--help")});
        QCOMPARE(o.exit_code, 0);
        QVERIFY(o.out.contains(QStringLiteral("Usage: coroscope serve")));
    }

    void gather_json_has_the_totals_and_lengths_in_argument_order()
    {
        const Outcome o = coroscope({QStringLiteral("gather"), QStringLiteral("--json"), QStringLiteral("--pages"),
                                     QStringLiteral("3"), QStringLiteral("--latency-ms"), QStringLiteral("100")});
        QCOMPARE(o.exit_code, 0);
        const QJsonObject j = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(j[QStringLiteral("pages")].toInt(), 3);
        QCOMPARE(j[QStringLiteral("latency_ms")].toInt(), 100);
        const QJsonArray expected{74443, 137795, 84429};
        for (const char *variant : {"sequential", "executor", "async"}) {
            QVERIFY(j[QLatin1String(variant) + QStringLiteral("_ms")].toDouble() >= 100);
            QCOMPARE(j[QLatin1String(variant) + QStringLiteral("_lengths")].toArray(), expected);
        }
        QVERIFY(j[QStringLiteral("sequential_ms")].toDouble() >= 300);
        QVERIFY(j[QStringLiteral("speedup")].toDouble() > 1.5);
        QCOMPARE(j[QStringLiteral("page_latency_ms")].toArray().size(), 3);
        // Each variant against its ideal: the sum of latencies one page at a time, the slowest
        // page when all three are in flight at once; no run beats its ideal.
        std::map<QString, QJsonObject> variants;
        for (const auto &v : j[QStringLiteral("variants")].toArray())
            variants[v.toObject()[QStringLiteral("variant")].toString()] = v.toObject();
        QCOMPARE(variants[QStringLiteral("sequential")][QStringLiteral("parallel")].toInt(), 1);
        QCOMPARE(variants[QStringLiteral("async")][QStringLiteral("parallel")].toInt(), 6);
        QCOMPARE(variants[QStringLiteral("sequential")][QStringLiteral("ideal_ms")].toDouble(), j[QStringLiteral("sum_latency_ms")].toDouble());
        QCOMPARE(variants[QStringLiteral("async")][QStringLiteral("ideal_ms")].toDouble(), j[QStringLiteral("max_latency_ms")].toDouble());
        for (const auto &[name, v] : variants)
            QVERIFY2(v[QStringLiteral("ratio_to_ideal")].toDouble() >= 0.99, qPrintable(name));
    }

    void gather_prints_a_table()
    {
        const Outcome o = coroscope({QStringLiteral("gather"), QStringLiteral("--pages"), QStringLiteral("2"),
                                     QStringLiteral("--latency-ms"), QStringLiteral("50")});
        QCOMPARE(o.exit_code, 0);
        for (const char *word : {"sequential", "executor", "async", "[74443, 137795]", "speedup", "sum of latencies", "vs ideal"})
            QVERIFY2(o.out.contains(QLatin1String(word)), word);
    }

    void gather_rejects_bad_input_with_exit_code_2()
    {
        const QList<QPair<QStringList, QString>> cases{
            {{QStringLiteral("--pages"), QStringLiteral("0")}, QStringLiteral("--pages must be a whole number from 1 to 1000, got '0'")},
            {{QStringLiteral("--latency-ms"), QStringLiteral("-1")}, QStringLiteral("--latency-ms must be")},
            {{QStringLiteral("--url"), QStringLiteral("ftp://127.0.0.1/x")}, QStringLiteral("unsupported URL scheme 'ftp'")},
            {{QStringLiteral("--url"), QStringLiteral("http://[::1")}, QStringLiteral("invalid URL")},
            {{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1/"), QStringLiteral("--pages"), QStringLiteral("3")},
             QStringLiteral("--pages applies to the demo server's pages")},
            {{QStringLiteral("extra")}, QStringLiteral("unexpected argument 'extra'")},
        };
        for (const auto &[args, message] : cases) {
            const Outcome o = coroscope(QStringList{QStringLiteral("gather")} + args);
            QCOMPARE(o.exit_code, 2);
            QVERIFY2(o.err.contains(message), qPrintable(o.err));
        }
    }

    void gather_reports_a_refused_connection_with_exit_code_1()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort());
        probe.close();
        const Outcome o = coroscope({QStringLiteral("gather"), QStringLiteral("--url"), url});
        QCOMPARE(o.exit_code, 1);
        QVERIFY2(o.err.contains(QStringLiteral("connection refused: 127.0.0.1")), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(CommandsTest)
#include "tst_commands.moc"
