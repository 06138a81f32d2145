// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The version order of plugin repositories (core/repos/pluginversion.h): the quirks real
// repositories publish, and the properties an order must have.

#include "repos/pluginversion.h"

#include <QStringList>
#include <QTest>

using namespace plugboard;

class TestPluginVersion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orders_data();
    void orders();
    void sameVersionWrittenDifferently_data();
    void sameVersionWrittenDifferently();
    void aSortedListStaysSortedAndTheOrderIsConsistent();
    void isNewerVersionIsStrict();
};

void TestPluginVersion::orders_data()
{
    // Each row: older < newer.
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::newRow("patch") << "1.0.0"
                           << "1.0.1";
    QTest::newRow("numbers, not text") << "1.9.0"
                                       << "1.10.0";
    QTest::newRow("long build number") << "1.26.1430910"
                                       << "1.26.2481147";
    QTest::newRow("longer than 64 bits") << "1.99999999999999999999"
                                         << "1.100000000000000000000";
    QTest::newRow("leading zero") << "0.5.07"
                                  << "0.5.08";
    QTest::newRow("leading zero vs plain") << "0.5.7"
                                           << "0.5.08";
    QTest::newRow("missing segment") << "1.2"
                                     << "1.2.1";
    QTest::newRow("v prefix") << "v0.19.9"
                              << "v0.20.0";
    QTest::newRow("v on one side") << "0.20.0"
                                   << "v0.20.1";
    QTest::newRow("pre-release first") << "1.0.0-beta"
                                       << "1.0.0";
    QTest::newRow("pre-release vs missing segments") << "1.0-rc.1"
                                                     << "1";
    QTest::newRow("pre-release words") << "1.0.0-alpha"
                                       << "1.0.0-beta";
    QTest::newRow("pre-release numbers") << "1.0.0-beta.2"
                                         << "1.0.0-beta.11";
    QTest::newRow("pre-release shorter first") << "1.0.0-beta"
                                               << "1.0.0-beta.1";
    QTest::newRow("pre-release number before word") << "1.0.0-1"
                                                    << "1.0.0-alpha";
    QTest::newRow("pre-release of the next") << "1.0.0"
                                             << "1.0.1-alpha";
    QTest::newRow("letters before release in a segment") << "1.0rc1"
                                                         << "1.0";
    QTest::newRow("letters compared") << "2.0a"
                                      << "2.0b";
    QTest::newRow("letters then number") << "2.0b"
                                         << "2.0b3";
    QTest::newRow("letters case-insensitive, numbers after") << "1.0.RC2"
                                                             << "1.0.rc10";
    QTest::newRow("blank before any") << ""
                                      << "0";
    QTest::newRow("major") << "9.99.99"
                           << "10.0.0";
}

void TestPluginVersion::orders()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QVERIFY2(compareVersions(older, newer) < 0, qPrintable(older + " < " + newer));
    QVERIFY2(compareVersions(newer, older) > 0, qPrintable(newer + " > " + older));
    QVERIFY(isNewerVersion(newer, older));
    QVERIFY(!isNewerVersion(older, newer));
}

void TestPluginVersion::sameVersionWrittenDifferently_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("leading zero") << "0.5.08"
                                  << "0.5.8";
    QTest::newRow("v") << "v0.20.0"
                       << "0.20.0";
    QTest::newRow("V") << "V1.2"
                       << "1.2";
    QTest::newRow("trailing zeros") << "1.2"
                                    << "1.2.0.0";
    QTest::newRow("spaces") << " 1.0.0 "
                            << "1.0.0";
    QTest::newRow("build metadata") << "1.0.0+abc"
                                    << "1.0.0+def";
    QTest::newRow("pre-release case") << "1.0.0-RC.1"
                                      << "1.0.0-rc.01";
    QTest::newRow("both blank") << ""
                                << "  ";
    QTest::newRow("empty segment is 0") << "1..2"
                                        << "1.0.2";
}

void TestPluginVersion::sameVersionWrittenDifferently()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(compareVersions(a, b), 0);
    QCOMPARE(compareVersions(b, a), 0);
    QVERIFY(!isNewerVersion(a, b));
}

void TestPluginVersion::aSortedListStaysSortedAndTheOrderIsConsistent()
{
    // Written oldest first; every pair must agree with the positions, both ways round, which
    // also shows the order is transitive and antisymmetric over these. ("1.0rc2" is a
    // pre-release of 1.0 written inside a segment, so it precedes every 1.0.0-tag.)
    const QStringList ordered{"",
                              "0.1",
                              "0.5.7",
                              "v0.5.08",
                              "0.9.0",
                              "1.0rc2",
                              "1.0.0-1",
                              "1.0.0-alpha",
                              "1.0.0-alpha.1",
                              "1.0.0-beta",
                              "1.0.0-beta.2",
                              "1.0.0-beta.11",
                              "1.0.0-rc.1",
                              "1.0.0",
                              "1.0.1",
                              "1.2",
                              "1.10",
                              "1.26.1430910",
                              "1.26.2481147",
                              "v2.0.0",
                              "10.0"};
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        for (qsizetype j = 0; j < ordered.size(); ++j) {
            const int order = compareVersions(ordered[i], ordered[j]);
            const int expected = i < j ? -1 : (i > j ? 1 : 0);
            QVERIFY2((order < 0 ? -1 : (order > 0 ? 1 : 0)) == expected,
                     qPrintable(ordered[i] + " vs " + ordered[j]));
        }
    }
}

void TestPluginVersion::isNewerVersionIsStrict()
{
    // A yanked release: the repository's latest is lower than what is installed.
    QVERIFY(!isNewerVersion(QStringLiteral("1.2.0"), QStringLiteral("1.3.0")));
    QVERIFY(isNewerVersion(QStringLiteral("1.3.0"), QStringLiteral("1.2.0")));
    // A different spelling of the same version is not an update.
    QVERIFY(!isNewerVersion(QStringLiteral("v1.2.00"), QStringLiteral("1.2")));
}

QTEST_GUILESS_MAIN(TestPluginVersion)
#include "tst_pluginversion.moc"
