// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Telling plugins apart on their cards: two plugins with one name show their folders, and the
// emoji real plugins put in names and buttons have a font to be drawn with.

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
