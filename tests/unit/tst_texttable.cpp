// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl's tables count what a terminal shows: emoji such as ✅ and ❌ take two
// columns, combining marks none, CJK two; columns line up and no line ends in spaces.
#include "texttable.h"

#include <QRegularExpression>
#include <QTest>

class TestTextTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void displayWidth_data();
    void displayWidth();
    void columnsLineUpWithWideAndCombiningCharacters();
    void elideCountsColumns();
};

void TestTextTable::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << QStringLiteral("abc") << 3;
    QTest::newRow("check mark emoji") << QStringLiteral("✅") << 2;
    QTest::newRow("cross mark emoji") << QStringLiteral("❌ no") << 5;
    QTest::newRow("combining acute") << QStringLiteral("e\u0301te\u0301") << 3;
    QTest::newRow("cjk") << QStringLiteral("火箭") << 4;
    QTest::newRow("emoji presentation selector") << QStringLiteral("✔\uFE0F") << 2;
    QTest::newRow("text check mark") << QStringLiteral("✔") << 1;
    QTest::newRow("rocket") << QStringLiteral("🚀") << 2;
    QTest::newRow("zero width joiner") << QStringLiteral("a\u200Db") << 2;
}

void TestTextTable::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TextTable::displayWidth(text), width);
}

void TestTextTable::columnsLineUpWithWideAndCombiningCharacters()
{
    TextTable table({QStringLiteral("NAME"), QStringLiteral("STATE"), QStringLiteral("NOTES")});
    table.addRow({QStringLiteral("✅ Ready"), QStringLiteral("loaded"), QString()});
    table.addRow({QStringLiteral("Cafe\u0301 ❌"), QStringLiteral("failed"), QStringLiteral("x")});
    table.addRow({QStringLiteral("plain"), QStringLiteral("disabled"), QString()});
    const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QList<int> stateColumns;
    for (const QString &line : lines) {
        QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
        const qsizetype at = line.indexOf(QRegularExpression(QStringLiteral("STATE|loaded|"
                                                                            "failed|disabled")));
        QVERIFY(at > 0);
        stateColumns.append(TextTable::displayWidth(line.left(at)));
    }
    for (const int column : stateColumns)
        QCOMPARE(column, stateColumns.first());
    QCOMPARE(stateColumns.first(), TextTable::displayWidth(QStringLiteral("✅ Ready")) + 2);
}

void TestTextTable::elideCountsColumns()
{
    // Four emoji are eight columns: cut to five, two of them and the ellipsis fit.
    QCOMPARE(TextTable::elide(QStringLiteral("✅✅✅✅"), 5), QStringLiteral("✅✅…"));
    QCOMPARE(TextTable::elide(QStringLiteral("short"), 10), QStringLiteral("short"));
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
