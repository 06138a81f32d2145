// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/pluginkey.h"

#include <QTest>

using namespace plugboard;

class TestPluginKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void flagsEmptyAndOverlongKeys();
    void describesProblems();
};

void TestPluginKey::normalises_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "my_plugin"
                           << "my_plugin";
    QTest::newRow("capitals") << "MyPlugin"
                              << "myplugin";
    QTest::newRow("spaces") << "My Cool Plugin"
                            << "my_cool_plugin";
    QTest::newRow("dashes kept") << "epg-fixer"
                                 << "epg-fixer";
    QTest::newRow("double space") << "a  b"
                                  << "a__b";
    QTest::newRow("unicode lower") << QStringLiteral("ÄÖÜ Plugin") << QStringLiteral("äöü_plugin");
    QTest::newRow("greek") << QStringLiteral("ΣΟΦΙΑ") << QStringLiteral("σοφια");
    QTest::newRow("cjk unchanged") << QStringLiteral("插件 工具") << QStringLiteral("插件_工具");
    QTest::newRow("emoji") << QStringLiteral("🚀 Launch") << QStringLiteral("🚀_launch");
    QTest::newRow("tab is not a space") << "a\tb"
                                        << "a\tb";
}

void TestPluginKey::normalises()
{
    QFETCH(QString, folder);
    QFETCH(QString, key);
    QCOMPARE(PluginKey::fromFolderName(folder), key);
    // Idempotent: a key normalises to itself, so CLI/REST lookups by key or folder agree.
    QCOMPARE(PluginKey::fromFolderName(key), key);
}

void TestPluginKey::flagsEmptyAndOverlongKeys()
{
    QCOMPARE(PluginKey::check(QString()), PluginKey::Problem::Empty);
    QCOMPARE(PluginKey::check(QString(128, QLatin1Char('a'))), PluginKey::Problem::None);
    QCOMPARE(PluginKey::check(QString(129, QLatin1Char('a'))), PluginKey::Problem::TooLong);
    // Counted in code points: 128 emoji (256 UTF-16 units) are still fine.
    QString emoji;
    for (int i = 0; i < 128; ++i)
        emoji += QStringLiteral("😀");
    QCOMPARE(PluginKey::check(emoji), PluginKey::Problem::None);
    QCOMPARE(PluginKey::check(emoji + QStringLiteral("😀")), PluginKey::Problem::TooLong);
}

void TestPluginKey::describesProblems()
{
    QVERIFY(PluginKey::describe(PluginKey::Problem::None, QStringLiteral("x")).isEmpty());
    QVERIFY(PluginKey::describe(PluginKey::Problem::TooLong, QStringLiteral("x")).contains("128"));
    QVERIFY(!PluginKey::describe(PluginKey::Problem::Empty, QStringLiteral("x")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPluginKey)
#include "tst_pluginkey.moc"
