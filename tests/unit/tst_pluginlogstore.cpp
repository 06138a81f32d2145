// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pluginlogstore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestPluginLogStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsOrderAndText();
    void keepsTheNewestLinesPerPlugin();
    void capsLongLinesAndForgets();
};

static LogLine line(const QString &key, const QString &text, const QString &level = "info")
{
    return {key, QDateTime::currentMSecsSinceEpoch(), level, text};
}

void TestPluginLogStore::keepsOrderAndText()
{
    QTemporaryDir dir;
    PluginLogStore log(dir.filePath("db.sqlite"));
    QVERIFY(log.write({line("a", "first"), line("a", "second ✓ 日本", "warning"), line("b", "x")})
                .ok());
    const QList<LogLine> lines = log.recent("a", 10).value();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].text, QStringLiteral("first"));
    QCOMPARE(lines[1].text, QStringLiteral("second ✓ 日本"));
    QCOMPARE(lines[1].level, QStringLiteral("warning"));
    QVERIFY(lines[0].atMs > 0);
}

void TestPluginLogStore::keepsTheNewestLinesPerPlugin()
{
    QTemporaryDir dir;
    PluginLogStore log(dir.filePath("db.sqlite"), 3);
    QList<LogLine> batch;
    for (int i = 1; i <= 10; ++i)
        batch << line("a", QString::number(i));
    QVERIFY(log.write(batch).ok());
    const QList<LogLine> lines = log.recent("a", 100).value();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first().text, QStringLiteral("8"));
    QCOMPARE(lines.last().text, QStringLiteral("10"));
    QCOMPARE(log.recent("a", 2).value().first().text, QStringLiteral("9"));
}

void TestPluginLogStore::capsLongLinesAndForgets()
{
    QTemporaryDir dir;
    PluginLogStore log(dir.filePath("db.sqlite"));
    QVERIFY(
        log.write({line("a", QString(PluginLogStore::MaxLineChars + 500, QLatin1Char('y')))}).ok());
    QCOMPARE(log.recent("a", 1).value().first().text.size(), PluginLogStore::MaxLineChars);
    QVERIFY(log.forget("a").ok());
    QVERIFY(log.recent("a", 10).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestPluginLogStore)
#include "tst_pluginlogstore.moc"
