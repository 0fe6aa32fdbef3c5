// SPDX-License-Identifier: MIT
// The window in a Korean locale (ctest runs this suite with LANG=ko_KR.UTF-8): it starts in
// Korean, scenario titles and explanations included, switches to English and back while
// running, and remembers the choice.

#include "preferences.h"
#include "scenario_catalog.h"
#include "session.h"

#include <QDir>
#include <algorithm>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>

#include "quick_items.h"

using namespace coroscope::ui;

namespace {

using quick_items::find_item;

/// Whether an item under `root` shows exactly `text` (the list's section headers have no name).
bool shows_text(QQuickItem *root, const QString &text)
{
    if (root->isVisible() && root->property("text").toString() == text)
        return true;
    const auto children = root->childItems();
    return std::any_of(children.begin(), children.end(), [&text](QQuickItem *child) { return shows_text(child, text); });
}

} // namespace

class KoreanTest : public QObject
{
    Q_OBJECT

    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;

    QString text_of(const char *name) const
    {
        QQuickItem *item = find_item(m_window->contentItem(), QString::fromLatin1(name));
        return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QLocale::system().language(), QLocale::Korean);
        QCoreApplication::setOrganizationName(QStringLiteral("CoroscopeKoreanTest"));
        QSettings().clear();
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        Session::instance()->setScenarios(coroscope::all_scenarios());
        m_engine = new QQmlApplicationEngine(this);
        m_engine->addImportPath(QStringLiteral(":/"));
        Preferences::instance()->apply_language(m_engine); // as the app starts
        m_engine->load(QUrl(QStringLiteral("qrc:/Coroscope/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void the_window_starts_in_korean()
    {
        QCOMPARE(Preferences::instance()->effective_language(), QStringLiteral("ko"));
        QCOMPARE(text_of("runButton"), QStringLiteral("▶ 실행"));
        QCOMPARE(text_of("scenariosTab"), QStringLiteral("시나리오"));
        QCOMPARE(text_of("compareTab"), QStringLiteral("비교 (gather 실행)"));
        QCOMPARE(text_of("cancelTaskButton"), QStringLiteral("태스크 취소"));
        QVERIFY(QDir().mkpath(QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR)));
        Session::instance()->selectScenario(QStringLiteral("future-task"));
        QVERIFY(m_window->grabWindow().save(QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR "/korean.png")));
    }

    void scenario_titles_and_explanations_are_korean()
    {
        QQuickItem *hello = find_item(m_window->contentItem(), QStringLiteral("scenario_hello"));
        QVERIFY(hello);
        QCOMPARE(hello->property("title").toString(), QStringLiteral("네이티브 코루틴"));
        QTRY_VERIFY(shows_text(m_window->contentItem(), QStringLiteral("코루틴"))); // a group heading
        // The tutorial's own section title stays as the tutorial wrote it.
        QCOMPARE(text_of("scenarioTitle"), QStringLiteral("퓨처와 태스크 살펴보기  ·  퓨처와 태스크"));
        QVERIFY(Session::instance()->explanation().startsWith(QStringLiteral("튜토리얼은 퓨처와 태스크를 코드 없이 설명합니다.")));
        QVERIFY(Session::instance()->errata().startsWith(QStringLiteral("정오표 4:")));
        // Searching finds a scenario by its Korean title and by its English one.
        auto *list = Session::instance()->scenarios();
        list->setFilter(QStringLiteral("컴프리헨션"));
        QCOMPARE(list->rowCount(), 1);
        list->setFilter(QStringLiteral("comprehension"));
        QCOMPARE(list->rowCount(), 1);
        list->setFilter(QString());
    }

    void english_can_be_chosen_while_running_and_is_remembered()
    {
        Preferences::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(text_of("runButton"), QStringLiteral("▶ Run"));
        QCOMPARE(text_of("cancelTaskButton"), QStringLiteral("Cancel task"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(), QStringLiteral("en"));
        QCOMPARE(Preferences(nullptr).language(), QStringLiteral("en"));
        // The catalogue's texts follow at once.
        QCOMPARE(find_item(m_window->contentItem(), QStringLiteral("scenario_hello"))->property("title").toString(),
                 QStringLiteral("A native coroutine"));
        QTRY_VERIFY(shows_text(m_window->contentItem(), QStringLiteral("Coroutines")));
        QCOMPARE(text_of("scenarioTitle"), QStringLiteral("Futures and tasks  ·  퓨처와 태스크"));

        Preferences::instance()->setLanguage(QString()); // the system's again: Korean
        QTRY_COMPARE(text_of("runButton"), QStringLiteral("▶ 실행"));
        QCOMPARE(text_of("scenarioTitle"), QStringLiteral("퓨처와 태스크 살펴보기  ·  퓨처와 태스크"));
    }
};

QTEST_MAIN(KoreanTest)
#include "tst_korean.moc"
