// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The details panel keeps its room and gives it up when it has nothing to show: before a plugin
// is chosen the card grid has the whole width; a long description is folded to two lines
// ("More" shows it), so the tabs stay at one height from plugin to plugin and the actions keep
// most of the panel even at 800x600.

#include "uiharness.h"
#include "widgets/clampedtext.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::waitFor;

class TestDetailsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
    }

    void theGridHasTheWidthUntilAPluginIsChosen()
    {
        uitest::Window w(m_root.path(), QStringLiteral("width"));
        for (const char *name : {"Alpha", "Beta", "Gamma"})
            fixtures::makePlugin(w.pluginsDir, QString::fromLatin1(name).toLower(),
                                 fixtures::manifest(QString::fromLatin1(name)));
        QVERIFY(w.start());
        QVERIFY(!w.details()->isVisible());
        QVERIFY2(w.cards()->width() > w.window->width() * 0.9,
                 qPrintable(QString::number(w.cards()->width())));
        uitest::snapshot(w.window.get(), QStringLiteral("details-none-chosen"));

        QVERIFY(w.window->selectPlugin(QStringLiteral("beta")));
        QTRY_VERIFY(w.details()->isVisible());
        QTRY_VERIFY(w.cards()->width() < w.window->width() * 0.8);

        // The chosen plugin removed: the card now current is detailed, never the removed one.
        QVERIFY(w.manager->remove(QStringLiteral("beta"), false));
        QTRY_VERIFY(w.details()->shownKey() != QLatin1String("beta"));
        QVERIFY(w.details()->isVisible() ? !w.details()->shownKey().isEmpty()
                                         : w.cards()->width() > w.window->width() * 0.9);
    }

    void theHeaderKeepsOneHeight()
    {
        uitest::Window w(m_root.path(), QStringLiteral("header"));
        QString longText;
        for (int i = 0; i < 60; ++i)
            longText += QStringLiteral("Maps channels to guide entries, sentence %1. ").arg(i);
        longText = longText.trimmed();
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("plain"),
                             QJsonDocument(QJsonObject{{"name", "Plain"}}).toJson());
        fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("short"),
            QJsonDocument(
                QJsonObject{{"name", "Short"}, {"author", "Ada"}, {"description", "Sorts tapes."}})
                .toJson());
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("long"),
                             QJsonDocument(QJsonObject{{"name", "Long"},
                                                       {"author", "Grace"},
                                                       {"help_url", "https://example.org/long"},
                                                       {"description", longText}})
                                 .toJson());
        QVERIFY(w.start());
        w.window->resize(800, 600);
        QTabBar *tabs = w.detailsTabs()->tabBar();
        const auto tabsAt = [&](const char *key) {
            [&] {
                QVERIFY(w.window->selectPlugin(QString::fromLatin1(key)));
            }();
            QTest::qWait(50); // the layout settles
            return tabs->mapTo(w.details(), QPoint()).y();
        };
        const int plain = tabsAt("plain");
        QCOMPARE(tabsAt("short"), plain);
        QCOMPARE(tabsAt("long"), plain);
        uitest::snapshot(w.window.get(), QStringLiteral("details-header-folded"));

        // The tabs' pages keep most of the panel: at 800x600 more than half of it.
        const int page = w.detailsTabs()->currentWidget()->height();
        QVERIFY2(page > w.details()->height() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(page).arg(w.details()->height())));
        // The header's buttons have their width (they were squeezed to "Memory..").
        for (const char *name : {"memoryLimit", "removePlugin"}) {
            auto *button = w.details()->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button && button->isVisible());
            QVERIFY2(button->width() >= button->sizeHint().width(), name);
        }

        // The long description: two lines and "…", the whole of it in the tooltip and for
        // screen readers, and "More" shows it all.
        auto *description = w.details()->findChild<ClampedText *>("pluginDescription");
        QVERIFY(description && description->isVisible());
        QVERIFY(description->isClamped());
        QVERIFY(description->shownText().endsWith(QStringLiteral("…")));
        QVERIFY(description->shownText().size() < longText.size() / 4);
        auto *body = description->findChild<QLabel *>("clampedTextBody");
        QCOMPARE(body->toolTip(), longText);
        QCOMPARE(body->accessibleName(), longText);
        QVERIFY(description->toggle()->isVisible());
        QTest::mouseClick(description->toggle(), Qt::LeftButton, {},
                          QPoint(4, description->toggle()->height() / 2));
        QTRY_COMPARE(description->shownText(), longText);
        QTest::qWait(50);
        QCOMPARE(w.window->height(), 600); // unfolded, it did not push the window larger
        uitest::snapshot(w.window.get(), QStringLiteral("details-header-expanded"));
        QTest::mouseClick(description->toggle(), Qt::LeftButton, {},
                          QPoint(4, description->toggle()->height() / 2));
        QTRY_VERIFY(description->shownText() != longText);
        QCOMPARE(tabsAt("long"), plain);
        // Another plugin and back: folded again.
        QTest::mouseClick(description->toggle(), Qt::LeftButton, {},
                          QPoint(4, description->toggle()->height() / 2));
        QTRY_COMPARE(description->shownText(), longText);
        QCOMPARE(tabsAt("short"), plain);
        QCOMPARE(tabsAt("long"), plain);
        QVERIFY(description->shownText() != longText);
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
