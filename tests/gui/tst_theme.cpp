// SPDX-License-Identifier: MIT
// Light and dark: the palette's contrast ratios (WCAG 2.1: 4.5:1 for text, 3:1 for the state
// bars and other graphics against the panel behind them), the code highlighting in both schemes,
// and the real window rendered in each scheme with the contrast measured on its pixels.

#include "code_model.h"
#include "preferences.h"
#include "state_palette.h"

#include <QDir>
#include <QHash>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QTest>

#include "quick_items.h"

using namespace coroscope::ui;

namespace {

constexpr double text_ratio = 4.5;  // WCAG 2.1 AA, normal text
constexpr double graphic_ratio = 3; // WCAG 2.1 AA, non-text contrast

const LaneState all_states[] = {LaneState::Pending, LaneState::Running, LaneState::Waiting, LaneState::Done,
                                LaneState::Failed, LaneState::Cancelled, LaneState::Busy};

const char *scheme_name(bool dark) { return dark ? "dark" : "light"; }

using quick_items::find_item;

/// The colour covering most of `area` (a bar's fill, not its hatch lines).
QColor dominant_colour(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    return QColor::fromRgb(best);
}

} // namespace

class ThemeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Settings of this test only, starting empty.
        QCoreApplication::setOrganizationName(QStringLiteral("CoroscopeThemeTest"));
        QSettings().clear();
    }

    void text_colours_reach_aa_in_both_schemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void text_colours_reach_aa_in_both_schemes()
    {
        QFETCH(bool, dark);
        const QColor base = StatePalette::color(StatePalette::Base, dark);
        const QColor window = StatePalette::color(StatePalette::Window, dark);
        struct Check
        {
            const char *what;
            QColor foreground;
            QColor background;
            double needed;
        };
        const QColor failed = StatePalette::state_color(LaneState::Failed, dark);
        const QList<Check> checks{
            {"text on panels", StatePalette::color(StatePalette::Text, dark), base, text_ratio},
            {"text on the window", StatePalette::color(StatePalette::Text, dark), window, text_ratio},
            {"dim text on panels", StatePalette::color(StatePalette::DimText, dark), base, text_ratio},
            {"dim text on the window", StatePalette::color(StatePalette::DimText, dark), window, text_ratio},
            {"placeholder text", StatePalette::color(StatePalette::PlaceholderText, dark), base, text_ratio},
            {"selected text", StatePalette::color(StatePalette::HighlightedText, dark),
             StatePalette::color(StatePalette::Highlight, dark), text_ratio},
            {"tooltips", StatePalette::color(StatePalette::Text, dark), StatePalette::color(StatePalette::ToolTipBase, dark), text_ratio},
            {"errata note", StatePalette::color(StatePalette::Text, dark), StatePalette::color(StatePalette::ErrataBack, dark), text_ratio},
            {"error text (failed)", failed, base, text_ratio},
            {"syntax: keyword", StatePalette::color(StatePalette::SyntaxKeyword, dark), base, text_ratio},
            {"syntax: string", StatePalette::color(StatePalette::SyntaxString, dark), base, text_ratio},
            {"syntax: comment", StatePalette::color(StatePalette::SyntaxComment, dark), base, text_ratio},
            {"syntax: number", StatePalette::color(StatePalette::SyntaxNumber, dark), base, text_ratio},
            {"playhead", StatePalette::color(StatePalette::Playhead, dark), base, graphic_ratio},
            {"focus ring on panels", StatePalette::color(StatePalette::FocusRing, dark), base, graphic_ratio},
            {"focus ring on the window", StatePalette::color(StatePalette::FocusRing, dark), window, graphic_ratio},
        };
        for (const Check &c : checks) {
            const double ratio = StatePalette::contrast(c.foreground, c.background);
            qInfo("%s %-26s %s on %s  %5.2f:1 (needs %.1f)", scheme_name(dark), c.what, qPrintable(c.foreground.name()),
                  qPrintable(c.background.name()), ratio, c.needed);
            QVERIFY2(ratio >= c.needed, c.what);
        }
    }

    void state_bars_and_task_colours_stand_out_from_the_panel_data() { text_colours_reach_aa_in_both_schemes_data(); }
    void state_bars_and_task_colours_stand_out_from_the_panel()
    {
        QFETCH(bool, dark);
        const QColor base = StatePalette::color(StatePalette::Base, dark);
        for (LaneState state : all_states) {
            const QColor bar = StatePalette::state_color(state, dark);
            const double ratio = StatePalette::contrast(bar, base);
            // Labels on bars are black on a lightened backing.
            const double label = StatePalette::contrast(Qt::black, StatePalette::label_back(state, dark));
            qInfo("%s state %d bar %s on %s  %5.2f:1; bar label %5.2f:1", scheme_name(dark), int(state),
                  qPrintable(bar.name()), qPrintable(base.name()), ratio, label);
            QVERIFY2(ratio >= graphic_ratio, qPrintable(bar.name()));
            QVERIFY2(label >= text_ratio, qPrintable(bar.name()));
        }
        for (int i = 0; i < 8; ++i)
            QVERIFY2(StatePalette::contrast(StatePalette::task_color(i, dark), base) >= graphic_ratio,
                     qPrintable(StatePalette::task_color(i, dark).name()));
        // The schemes differ where a colour cannot serve both backgrounds.
        QVERIFY(StatePalette::state_color(LaneState::Waiting, true) != StatePalette::state_color(LaneState::Waiting, false));
    }

    void code_highlighting_uses_the_schemes_colours()
    {
        const QString line = QStringLiteral("co_await sleep(1.5); // \"why\"");
        for (bool dark : {false, true}) {
            const QString html = CodeModel::highlight(line, CodeModel::Language::Cpp, dark);
            QVERIFY2(html.contains(StatePalette::color(StatePalette::SyntaxKeyword, dark).name()), qPrintable(html));
            QVERIFY2(html.contains(StatePalette::color(StatePalette::SyntaxNumber, dark).name()), qPrintable(html));
            QVERIFY2(html.contains(StatePalette::color(StatePalette::SyntaxComment, dark).name()), qPrintable(html));
            QVERIFY(!html.contains(StatePalette::color(StatePalette::SyntaxKeyword, !dark).name()));
        }
    }

    void the_choice_is_remembered()
    {
        Preferences::instance()->setScheme(Preferences::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/scheme")).toInt(), int(Preferences::Dark));
        QCOMPARE(Preferences(nullptr).scheme(), Preferences::Dark);
        Preferences::instance()->setScheme(Preferences::FollowSystem);
        QCOMPARE(Preferences(nullptr).scheme(), Preferences::FollowSystem);
    }

    void the_window_renders_both_schemes_with_contrast()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral(":/"));
        engine.load(QUrl(QStringLiteral("qrc:/Coroscope/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        window->resize(1440, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QDir().mkpath(QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR));

        for (bool dark : {false, true}) {
            Preferences::instance()->setScheme(dark ? Preferences::Dark : Preferences::Light);
            QTRY_COMPARE(window->color(), StatePalette::color(StatePalette::Window, dark));
            QImage image;
            // The swatches repaint on the next frame: wait until the first one shows the scheme.
            QQuickItem *first = find_item(window->contentItem(), QStringLiteral("legendSwatch_0"));
            QVERIFY(first);
            const auto rect_of = [](QQuickItem *item) {
                return item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect().adjusted(1, 1, -1, -1);
            };
            QTRY_VERIFY((image = window->grabWindow(),
                         dominant_colour(image, rect_of(first)) == StatePalette::state_color(LaneState::Pending, dark)));
            image.save(QStringLiteral(COROSCOPE_TEST_OUTPUT_DIR "/theme-%1.png").arg(QLatin1String(scheme_name(dark))));
            const QColor base = StatePalette::color(StatePalette::Base, dark);
            for (LaneState state : all_states) {
                QQuickItem *swatch = find_item(window->contentItem(), QStringLiteral("legendSwatch_%1").arg(int(state)));
                QVERIFY(swatch);
                const QRect area = rect_of(swatch);
                const QColor painted = dominant_colour(image, area);
                // Just left of the swatch: the timeline panel's background.
                const QColor behind = image.pixelColor(area.left() - 3, area.center().y());
                const double ratio = StatePalette::contrast(painted, behind);
                qInfo("rendered %s: state %d %s on %s  %5.2f:1", scheme_name(dark), int(state), qPrintable(painted.name()),
                      qPrintable(behind.name()), ratio);
                QCOMPARE(behind, base);
                QCOMPARE(painted, StatePalette::state_color(state, dark));
                QVERIFY(ratio >= graphic_ratio);
            }
            // A disabled control (nothing selected: Cancel task) writes in the disabled colour.
            QQuickItem *cancel = find_item(window->contentItem(), QStringLiteral("cancelTaskButton"));
            QVERIFY(cancel && !cancel->isEnabled());
            QSet<QRgb> seen;
            const QRect area = rect_of(cancel);
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    seen.insert(image.pixel(x, y) | 0xff000000);
            QVERIFY(seen.contains(StatePalette::color(StatePalette::DisabledText, dark).rgb()));
            QVERIFY(!seen.contains(StatePalette::color(StatePalette::Text, dark).rgb()));
        }
        Preferences::instance()->setScheme(Preferences::FollowSystem);
    }
};

QTEST_MAIN(ThemeTest)
#include "tst_theme.moc"
