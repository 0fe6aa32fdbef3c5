// SPDX-License-Identifier: MIT
// The window's parameter controls against the command line: every scenario's controls have the
// ranges `coroscope run ID --help` prints, a bad value gets the command line's message, and an
// erratum toggled in the real window and run there fails as the command line's run does.

#include "scenario_catalog.h"
#include "session.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "main_window.h"
#include "quick_items.h"

using namespace coroscope::ui;

namespace {

struct CliParam
{
    QString key;
    QString description;
    QString fallback;
    QString accepts;
};

struct CliRun
{
    int exit_code = 0;
    QString out;
    QString err;
};

CliRun coroscope_cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COROSCOPE_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("did not finish")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// The parameters `coroscope run ID --help` lists.
QList<CliParam> cli_params(const QString &id)
{
    static const QRegularExpression line(QStringLiteral(R"(^  (\S+)  (.*) \(default: (.*); accepts (.*)\)$)"));
    QList<CliParam> params;
    for (const QString &text : coroscope_cli({QStringLiteral("run"), id, QStringLiteral("--help")}).out.split(u'\n')) {
        if (const auto m = line.match(text); m.hasMatch())
            params.append({m.captured(1), m.captured(2), m.captured(3), m.captured(4)});
    }
    return params;
}

} // namespace

class ParametersTest : public QObject
{
    Q_OBJECT

    QQuickWindow *m_window = nullptr;

    QQuickItem *item(const QString &name) const { return quick_items::find_item(m_window->contentItem(), name); }
    void click(QQuickItem *target)
    {
        QVERIFY(target);
        QVERIFY(target->isVisible());
        QVERIFY(target->isEnabled());
        const QPointF center = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, center.toPoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = main_window::load(this);
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void each_control_has_the_command_lines_range()
    {
        Session *session = Session::instance();
        ParameterModel *model = session->parameters();
        int checked = 0;
        for (const coroscope::Scenario &scenario : coroscope::all_scenarios()) {
            session->selectScenario(scenario.id);
            const QList<CliParam> cli = cli_params(scenario.id);
            QCOMPARE(model->rowCount(), cli.size());
            for (int row = 0; row < cli.size(); ++row) {
                const CliParam &expected = cli[row];
                const QModelIndex at = model->index(row);
                const QString where = scenario.id + u' ' + expected.key;
                QCOMPARE(model->data(at, ParameterModel::KeyRole).toString(), expected.key);
                QCOMPARE(model->data(at, ParameterModel::DescriptionRole).toString(), expected.description);
                QCOMPARE(model->data(at, ParameterModel::RangeTextRole).toString(), expected.accepts);
                const QString fallback = model->data(at, ParameterModel::DefaultRole).toString();
                QCOMPARE(fallback.isEmpty() ? QStringLiteral("none") : fallback, expected.fallback);
                // The control on screen, and its bounds where it has some.
                QQuickItem *control = nullptr;
                QTRY_VERIFY2((control = item(QStringLiteral("paramControl_") + expected.key)), qPrintable(where));
                QVERIFY2(control->isVisible(), qPrintable(where));
                const QString kind = model->data(at, ParameterModel::KindRole).toString();
                if (kind == u"int") {
                    static const QRegularExpression range(QStringLiteral(R"(^(-?\d+)\.\.(-?\d+))"));
                    const auto m = range.match(expected.accepts);
                    QVERIFY2(m.hasMatch(), qPrintable(where));
                    QCOMPARE(control->property("from").toInt(), m.captured(1).toInt());
                    QCOMPARE(control->property("to").toInt(), m.captured(2).toInt());
                    QCOMPARE(control->property("value").toString(), expected.fallback);
                } else if (kind == u"bool") {
                    QCOMPARE(control->property("checked").toBool(), expected.fallback == u"true");
                } else {
                    const QString shown = control->property("text").toString();
                    QCOMPARE(shown.isEmpty() ? QStringLiteral("none") : shown, expected.fallback);
                }
                ++checked;
            }
        }
        QVERIFY(checked >= 20); // every scenario's parameters were there
    }

    void a_bad_value_gets_the_command_lines_message_and_reset_restores_the_defaults()
    {
        Session *session = Session::instance();
        ParameterModel *model = session->parameters();
        session->selectScenario(QStringLiteral("fetch-async"));
        const CliRun cli = coroscope_cli({QStringLiteral("run"), QStringLiteral("fetch-async"), QStringLiteral("--param"),
                                          QStringLiteral("latency_ms=-1000")});
        QCOMPARE(cli.exit_code, 2);
        QVERIFY(!model->setValue(QStringLiteral("latency_ms"), QStringLiteral("-1000")));
        QVERIFY2(cli.err.contains(model->error()), qPrintable(cli.err + u'|' + model->error()));
        QTRY_VERIFY(item(QStringLiteral("parameterError"))->isVisible());
        QVERIFY(!model->changed()); // the refused value is not used

        QVERIFY(model->setValue(QStringLiteral("pages"), 8));
        QVERIFY(model->setValue(QStringLiteral("blocking"), QStringLiteral("true")));
        QCOMPARE(model->overrides(), (QVariantMap{{QStringLiteral("pages"), 8}, {QStringLiteral("blocking"), true}}));
        QTRY_COMPARE(item(QStringLiteral("paramControl_pages"))->property("value").toInt(), 8);
        QTRY_VERIFY(item(QStringLiteral("paramControl_blocking"))->property("checked").toBool());
        click(item(QStringLiteral("resetParametersButton")));
        QVERIFY(model->overrides().isEmpty());
        QVERIFY(model->error().isEmpty());
        QTRY_COMPARE(item(QStringLiteral("paramControl_pages"))->property("value").toInt(), 6);
        QTRY_VERIFY(!item(QStringLiteral("paramControl_blocking"))->property("checked").toBool());
    }

    void an_erratum_toggled_in_the_window_fails_as_the_command_line_does_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("toggle");
        QTest::newRow("async-for") << QStringLiteral("async-for") << QStringLiteral("tutorial_stop_iteration");
        QTest::newRow("async-with") << QStringLiteral("async-with") << QStringLiteral("raise_in_body");
    }
    void an_erratum_toggled_in_the_window_fails_as_the_command_line_does()
    {
        QFETCH(QString, id);
        QFETCH(QString, toggle);
        const CliRun cli = coroscope_cli({QStringLiteral("run"), id, QStringLiteral("--virtual-time"), QStringLiteral("--param"),
                                          toggle + QStringLiteral("=true")});
        QCOMPARE(cli.exit_code, 1);
        const auto failed = QRegularExpression(QStringLiteral("failed: (.*)\n")).match(cli.err);
        QVERIFY2(failed.hasMatch(), qPrintable(cli.err));

        Session *session = Session::instance();
        click(item(QStringLiteral("scenario_") + id));
        QCOMPARE(session->scenarioId(), id);
        session->setSpeed(0); // the virtual clock, as the command line's run
        click(item(QStringLiteral("paramControl_") + toggle));
        QCOMPARE(session->parameters()->overrides(), (QVariantMap{{toggle, true}}));
        QSignalSpy finished(session, &Session::finished);
        click(item(QStringLiteral("runButton")));
        // (On the virtual clock the run may end while the click is delivered: count, not wait.)
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(session->loopState(), QStringLiteral("failed"));
        QCOMPARE(session->mainResult(), failed.captured(1));
        QCOMPARE(session->console()->text(), cli.out); // the same prints up to the failure

        // Reset parameters, and the same Run succeeds.
        click(item(QStringLiteral("resetParametersButton")));
        click(item(QStringLiteral("runButton")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(session->loopState(), QStringLiteral("finished"));
        session->setSpeed(1);
    }
};

QTEST_MAIN(ParametersTest)
#include "tst_parameters.moc"
