// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeepNewestTable: appends in one transaction, trims only the keys a batch touches, writes only
// what the trim keeps, and leaves the table as it was when any row fails.
#include "store/database.h"
#include "store/keepnewesttable.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

namespace {

struct Row {
    QString key;
    QString text; // a null text fails the insert (NOT NULL), as a broken row would
};

const QString Insert = QStringLiteral("INSERT INTO test_rows (key, text) VALUES (?, ?)");

void createTable(const QString &path)
{
    Result<QSqlDatabase> db = Database::connection(path);
    QVERIFY(db.ok());
    QSqlQuery q(db.value());
    QVERIFY2(q.exec(QStringLiteral("CREATE TABLE test_rows (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                   "key TEXT NOT NULL, text TEXT NOT NULL)")),
             qPrintable(q.lastError().text()));
}

// The texts of `key`, oldest first.
QStringList texts(const QString &path, const QString &key)
{
    QSqlQuery q(Database::connection(path).value());
    q.prepare(QStringLiteral("SELECT text FROM test_rows WHERE key = ? ORDER BY id"));
    q.addBindValue(key);
    QStringList out;
    if (!q.exec())
        return {QStringLiteral("<%1>").arg(q.lastError().text())};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// How many rows were ever inserted (AUTOINCREMENT's counter).
qint64 insertedEver(const QString &path)
{
    QSqlQuery q(Database::connection(path).value());
    if (!q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'test_rows'")) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<void> append(const KeepNewestTable &table, const QList<Row> &rows, int *bound = nullptr)
{
    return table.append(rows, QStringLiteral("appending test rows"),
                        [bound](QSqlQuery &q, const Row &row) {
                            q.addBindValue(row.key);
                            q.addBindValue(row.text);
                            if (bound)
                                ++*bound;
                        });
}

QList<Row> rows(const QString &key, int from, int to)
{
    QList<Row> out;
    for (int i = from; i <= to; ++i)
        out.append({key, QString::number(i)});
    return out;
}

} // namespace

class TestKeepNewestTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trimsEveryKeyTheBatchTouchesAndNoOther();
    void insertsOnlyWhatTheTrimKeeps();
    void aFailedRowRollsBackTheWholeBatch();
    void aBusyDatabaseWritesNothing();
    void anEmptyBatchOpensNothing();
    void forgetsOneKey();
};

void TestKeepNewestTable::trimsEveryKeyTheBatchTouchesAndNoOther()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    createTable(path);
    // `c` holds more than the limit, written by another table object: only the keys a batch
    // touches are trimmed.
    QVERIFY(append(KeepNewestTable(path, "test_rows", Insert, 10), rows("c", 1, 5)).ok());
    KeepNewestTable table(path, QStringLiteral("test_rows"), Insert, 3);
    QVERIFY(append(table, rows("a", 1, 3) + rows("b", 1, 2)).ok());
    QList<Row> batch;
    for (int i = 4; i <= 5; ++i)
        batch << Row{"a", QString::number(i)} << Row{"b", QString::number(i - 1)};
    QVERIFY(append(table, batch).ok());
    QCOMPARE(texts(path, "a"), (QStringList{"3", "4", "5"}));
    QCOMPARE(texts(path, "b"), (QStringList{"2", "3", "4"}));
    QCOMPARE(texts(path, "c"), (QStringList{"1", "2", "3", "4", "5"}));
}

void TestKeepNewestTable::insertsOnlyWhatTheTrimKeeps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    createTable(path);
    KeepNewestTable table(path, QStringLiteral("test_rows"), Insert, 3);
    QList<Row> burst;
    for (int i = 1; i <= 10; ++i)
        burst << Row{i % 2 ? "odd" : "even", QString::number(i)};
    int bound = 0;
    QVERIFY(append(table, burst, &bound).ok());
    QCOMPARE(bound, 6);
    QCOMPARE(insertedEver(path), 6);
    QCOMPARE(texts(path, "odd"), (QStringList{"5", "7", "9"}));
    QCOMPARE(texts(path, "even"), (QStringList{"6", "8", "10"}));
}

void TestKeepNewestTable::aFailedRowRollsBackTheWholeBatch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    createTable(path);
    KeepNewestTable table(path, QStringLiteral("test_rows"), Insert, 3);
    QVERIFY(append(table, rows("a", 1, 3)).ok());
    // Rows before the broken one insert fine and would trim `a`; none of it may stay.
    QList<Row> batch = rows("a", 4, 5) + rows("b", 1, 1);
    batch << Row{"b", QString()} << Row{"a", "6"};
    int bound = 0;
    const Result<void> r = append(table, batch, &bound);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Storage);
    QVERIFY2(r.error().message.startsWith(
                 QStringLiteral("The plugin database failed while appending test rows: ")),
             qPrintable(r.error().message));
    QCOMPARE(bound, 4); // it stopped at the broken row
    QCOMPARE(texts(path, "a"), (QStringList{"1", "2", "3"}));
    QVERIFY(texts(path, "b").isEmpty());
    // The transaction is closed: the next batch goes through.
    QVERIFY(append(table, rows("a", 4, 4)).ok());
    QCOMPARE(texts(path, "a"), (QStringList{"2", "3", "4"}));
}

void TestKeepNewestTable::aBusyDatabaseWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    Database::setBusyTimeout(200); // for the connection createTable() opens
    createTable(path);
    Database::setBusyTimeout(5000);
    KeepNewestTable table(path, QStringLiteral("test_rows"), Insert, 3);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Result<void> r = append(table, rows("a", 1, 2));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Busy);
        QVERIFY2(r.error().message.startsWith(
                     QStringLiteral("The plugin database is busy while appending test rows")),
                 qPrintable(r.error().message));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(texts(path, "a").isEmpty());
    QVERIFY(append(table, rows("a", 1, 2)).ok());
    QCOMPARE(texts(path, "a"), (QStringList{"1", "2"}));
}

void TestKeepNewestTable::anEmptyBatchOpensNothing()
{
    QTemporaryDir dir;
    // A folder that does not exist: opening the database there would fail.
    KeepNewestTable table(dir.filePath(QStringLiteral("missing/db.sqlite")),
                          QStringLiteral("test_rows"), Insert, 3);
    int bound = 0;
    QVERIFY(append(table, {}, &bound).ok());
    QCOMPARE(bound, 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    QVERIFY(!append(table, rows("a", 1, 1)).ok()); // the folder really is unusable
}

void TestKeepNewestTable::forgetsOneKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    createTable(path);
    KeepNewestTable table(path, QStringLiteral("test_rows"), Insert, 3);
    QVERIFY(append(table, rows("a", 1, 2) + rows("b", 1, 2)).ok());
    QVERIFY(table.forget(QStringLiteral("a")).ok());
    QVERIFY(texts(path, "a").isEmpty());
    QCOMPARE(texts(path, "b"), (QStringList{"1", "2"}));
}

QTEST_GUILESS_MAIN(TestKeepNewestTable)
#include "tst_keepnewesttable.moc"
