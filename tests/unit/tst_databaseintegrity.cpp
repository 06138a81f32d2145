// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The look at a database file before Plugboard uses it: real SQLite files, damaged the ways
// disks and sync tools damage them (cut short, overwritten with garbage, a page overwritten in
// the middle, a newer schema), each told apart from a healthy file, and none of them changed by
// the look.
#include "common/fixtures.h"
#include "store/database.h"
#include "store/integrity.h"
#include "store/pluginlogstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using State = DatabaseIntegrity::Verdict::State;

class TestDatabaseIntegrity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyAndMissing();
    void damagedFiles_data();
    void damagedFiles();
    void newerSchemaIsRefusedNotRepaired();
    void theStateScopeLeavesTheHistoryToTheFullCheck();

private:
    // A copy of the healthy database to damage.
    QString copy(const QString &name);

    QTemporaryDir m_dir;
    QString m_healthy;
};

void TestDatabaseIntegrity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_healthy = m_dir.filePath(QStringLiteral("healthy.sqlite"));
    // Enough rows for many pages: a log of 3,000 lines.
    PluginLogStore log(m_healthy, 5000);
    QList<LogLine> lines;
    for (int i = 0; i < 3000; ++i)
        lines << LogLine{QStringLiteral("p%1").arg(i % 7), 1000 + i, QStringLiteral("info"),
                         QStringLiteral("line %1 of a chatty plugin, with some words").arg(i)};
    QVERIFY(log.write(lines).ok());
    Result<QSqlDatabase> db = Database::connection(m_healthy);
    QVERIFY(db.ok());
    QSqlQuery checkpoint(db.value());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    Database::releaseThreadConnections();
    QVERIFY(QFileInfo(m_healthy).size() > 100 * 1024);
}

QString TestDatabaseIntegrity::copy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_healthy, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestDatabaseIntegrity::healthyAndMissing()
{
    const QString path = copy(QStringLiteral("ok.sqlite"));
    const QByteArray before = fixtures::sha256(path);
    const DatabaseIntegrity::Verdict ok = DatabaseIntegrity::check(path);
    QCOMPARE(ok.state, State::Healthy);
    QCOMPARE(ok.schemaVersion, Database::SchemaVersion);
    QVERIFY(ok.reason.isEmpty());
    QCOMPARE(fixtures::sha256(path), before);

    QCOMPARE(DatabaseIntegrity::check(m_dir.filePath(QStringLiteral("none.sqlite"))).state,
             State::Missing);
    QFile empty(m_dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(DatabaseIntegrity::check(empty.fileName()).state, State::Empty);
}

void TestDatabaseIntegrity::damagedFiles_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("says");
    QTest::newRow("truncated to half") << "half"
                                       << "shorter than its header says";
    QTest::newRow("truncated inside the header") << "header"
                                                 << "not an SQLite database";
    QTest::newRow("garbage") << "garbage"
                             << "not an SQLite database";
    QTest::newRow("a page overwritten in the middle") << "page"
                                                      << "damaged";
    QTest::newRow("the schema page overwritten") << "schema"
                                                 << "damaged";
}

void TestDatabaseIntegrity::damagedFiles()
{
    QFETCH(QString, how);
    QFETCH(QString, says);
    const QString path = copy(how + QStringLiteral(".sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    const int pageSize = 4096;
    if (how == QLatin1String("half")) {
        QVERIFY(file.resize(size / 2));
    } else if (how == QLatin1String("header")) {
        QVERIFY(file.resize(60));
    } else if (how == QLatin1String("garbage")) {
        QByteArray noise(int(size), '\0');
        QRandomGenerator gen(7);
        for (char &c : noise)
            c = char(gen.bounded(256));
        QVERIFY(file.write(noise) == noise.size());
    } else {
        // One whole page of 0xA5 bytes: in the middle of the log's rows, or the first page
        // after the header's page (the schema's b-tree continues there or a table root lives).
        const qint64 page = how == QLatin1String("page") ? (size / pageSize) / 2 : 1;
        QVERIFY(file.seek(page * pageSize));
        QVERIFY(file.write(QByteArray(pageSize, char(0xA5))) == pageSize);
    }
    file.close();
    const QByteArray before = fixtures::sha256(path);
    const DatabaseIntegrity::Verdict verdict = DatabaseIntegrity::check(path);
    QCOMPARE(verdict.state, State::Damaged);
    QVERIFY2(verdict.reason.contains(says), qPrintable(verdict.reason));
    QVERIFY2(verdict.reason.contains(path), qPrintable(verdict.reason));
    QCOMPARE(fixtures::sha256(path), before); // looked at, not touched
}

void TestDatabaseIntegrity::newerSchemaIsRefusedNotRepaired()
{
    const QString path = copy(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "newer");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = fixtures::sha256(path);
    const DatabaseIntegrity::Verdict verdict = DatabaseIntegrity::check(path);
    QCOMPARE(verdict.state, State::Newer);
    QCOMPARE(verdict.schemaVersion, Database::SchemaVersion + 1);
    QVERIFY2(verdict.reason.contains(QStringLiteral("newer Plugboard")),
             qPrintable(verdict.reason));
    QCOMPARE(fixtures::sha256(path), before);
}

void TestDatabaseIntegrity::theStateScopeLeavesTheHistoryToTheFullCheck()
{
    // A page in the middle of the file belongs to the log (the history): the cheap check of
    // the state tables does not see it, the full check does.
    const QString path = copy(QStringLiteral("history.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((file.size() / 4096) / 2 * 4096));
    QVERIFY(file.write(QByteArray(4096, char(0xA5))) == 4096);
    file.close();
    QCOMPARE(DatabaseIntegrity::check(path, DatabaseIntegrity::Scope::State).state, State::Healthy);
    QCOMPARE(DatabaseIntegrity::check(path, DatabaseIntegrity::Scope::Full).state, State::Damaged);

    // The schema's pages are read by both.
    const QString schema = copy(QStringLiteral("schema-state.sqlite"));
    QFile head(schema);
    QVERIFY(head.open(QIODevice::ReadWrite));
    QVERIFY(head.seek(4096));
    QVERIFY(head.write(QByteArray(4096, char(0xA5))) == 4096);
    head.close();
    QCOMPARE(DatabaseIntegrity::check(schema, DatabaseIntegrity::Scope::State).state,
             State::Damaged);
}

QTEST_GUILESS_MAIN(TestDatabaseIntegrity)
#include "tst_databaseintegrity.moc"
