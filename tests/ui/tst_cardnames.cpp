// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Telling plugins apart on their cards: two plugins with one name show their folders, long names
// take two lines before they are cut (the version pill never takes their room) and are whole in
// the tooltip and for screen readers, and the emoji real plugins put in names and buttons have a
// font to be drawn with.

#include "uiharness.h"

#include <QFontDatabase>

using namespace plugboard;
using namespace plugboard::ui;

class TestCardNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
    }

    void sameNamesShowTheirFolders()
    {
        uitest::Window w(m_root.path(), QStringLiteral("names"));
        const QByteArray exporter = R"({"name": "Dispatcharr Exporter", "version": "3.0.0",
                                        "author": "sethwv"})";
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("dispatcharr_exporter"), exporter);
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("exporter_v3"), exporter);
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("lonely"),
                             R"({"name": "Lonely", "author": "Ada"})");
        QVERIFY(w.start());

        const QString first = PluginCardDelegate::byline(w.indexOf("dispatcharr_exporter"));
        const QString second = PluginCardDelegate::byline(w.indexOf("exporter_v3"));
        QCOMPARE(first, QStringLiteral("By sethwv · folder dispatcharr_exporter"));
        QCOMPARE(second, QStringLiteral("By sethwv · folder exporter_v3"));
        QCOMPARE(PluginCardDelegate::byline(w.indexOf("lonely")), QStringLiteral("By Ada"));
        uitest::snapshot(w.window.get(), QStringLiteral("cards-same-name"));

        // Removing one makes the other's card plain again.
        QVERIFY(w.manager->remove(QStringLiteral("exporter_v3"), false));
        QVERIFY(
            uitest::waitFor([&] { return w.model()->rowOf(QStringLiteral("exporter_v3")) < 0; }));
        QCOMPARE(PluginCardDelegate::byline(w.indexOf("dispatcharr_exporter")),
                 QStringLiteral("By sethwv"));
    }

    void longNamesTakeTwoLines()
    {
        uitest::Window w(m_root.path(), QStringLiteral("long"));
        const QString longName =
            QStringLiteral("Dispatcharr Exporter for Channels, Streams and EPG");
        fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("long"),
            QStringLiteral(R"({"name": "%1", "version": "3.10.2", "author": "sethwv",
                                                "description": "Exports things."})")
                .arg(longName)
                .toUtf8());
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("short"),
                             R"({"name": "Short", "version": "1.0.0"})");
        QVERIFY(w.start());
        w.window->resize(1600, 1000);
        QVERIFY(w.window->selectPlugin(QStringLiteral("long")));
        QTest::qWait(50);
        const QModelIndex index = w.indexOf(QStringLiteral("long"));
        const PluginCardDelegate::NameLayout layout =
            w.cardDelegate()->nameLayout(w.optionFor(index), index);
        QCOMPARE(layout.lines.size(), 2);
        // Far more than the 14 characters it showed on one line with the pill beside it.
        const QString shown = layout.lines.join(QLatin1Char(' '));
        QVERIFY2(shown.size() >= 30, qPrintable(shown));
        QVERIFY2(longName.startsWith(layout.lines.first()), qPrintable(layout.lines.first()));
        // The pill follows the second line, inside the card and left of the switch.
        const QStyleOptionViewItem option = w.optionFor(index);
        const auto spots = w.cardDelegate()->hotspots(option, index);
        const QFontMetrics nameMetrics(w.cards()->font());
        QVERIFY(!layout.pill.isEmpty());
        QVERIFY(layout.pill.right() < spots.toggle.left());
        QVERIFY(layout.pill.top() > spots.card.top() + 10); // on the second line
        // The byline moved down with it and stays above the description.
        QVERIFY(layout.bylineTop > spots.card.top() + 40);
        QVERIFY(layout.bylineTop + QFontMetrics(w.cards()->font()).height() <=
                spots.card.top() + 14 + PluginListModel::LogoSize + 12);
        // The whole name in the tooltip and for screen readers.
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(longName + " 3.10.2"));
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(longName));
        // A short name keeps one line, with its pill beside it.
        const QModelIndex plain = w.indexOf(QStringLiteral("short"));
        const auto one = w.cardDelegate()->nameLayout(w.optionFor(plain), plain);
        QCOMPARE(one.lines, QStringList{QStringLiteral("Short")});
        uitest::snapshot(w.window.get(), QStringLiteral("cards-long-name"));
    }

    // Without a colour emoji font (scripts/setup installs fonts-noto-color-emoji), ✅ and 📺
    // in plugin names draw as empty boxes.
    void emojiHaveAFont()
    {
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Color Emoji")),
                 "fonts-noto-color-emoji is not installed");
        uitest::Window w(m_root.path(), QStringLiteral("emoji"));
        fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("tv"),
            QStringLiteral(R"({"name": "📺 TV Guide ✅", "author": "Bo"})").toUtf8());
        QVERIFY(w.start());
        QVERIFY(w.window->selectPlugin(QStringLiteral("tv")));
        uitest::snapshot(w.window.get(), QStringLiteral("cards-emoji"));
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestCardNames)
#include "tst_cardnames.moc"
