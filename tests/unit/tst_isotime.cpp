// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fast ISO timestamp writer agrees with Qt's own spelling everywhere it answers.
#include "common/isotime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace plugboard;

class TestIsoTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQt_data();
    void agreesWithQt();
    void agreesOnRandomInstants();
    void outOfRangeYearsAreLeftToQt();
};

void TestIsoTime::agreesWithQt_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("before epoch") << qint64(-1);
    QTest::newRow("leap day 2024")
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("1900-03-01")
        << QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("2000-02-29")
        << QDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 5), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("year 9999")
        << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void TestIsoTime::agreesWithQt()
{
    QFETCH(qint64, ms);
    QCOMPARE(isoUtcFromMs(ms),
             QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

void TestIsoTime::agreesOnRandomInstants()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms =
            qint64(random.bounded(Q_INT64_C(253402300799999) + Q_INT64_C(62135596800000))) -
            Q_INT64_C(62135596800000);
        QCOMPARE(isoUtcFromMs(ms),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    }
}

void TestIsoTime::outOfRangeYearsAreLeftToQt()
{
    QVERIFY(isoUtcFromMs(Q_INT64_C(253402300800000)).isNull()); // 10000-01-01
    QVERIFY(isoUtcFromMs(Q_INT64_C(-62135596800001)).isNull()); // the year 0
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
