// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/fixtures.h"
#include "store/database.h"
#include "store/pluginstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace plugboard;

class TestPluginStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsCurrentSchemaInWalMode();
    void migratesFromVersionOne();
    void refusesNewerSchema();
    void syncInsertsRefreshesAndMarksMissing();
    void syncWithoutChangesDoesNotWrite();
    void missingPluginComesBackUntrusted();
    void updateIsReadModifyWrite();
    void updateErrorWritesNothing();
    void revisionChangesOnEveryWrite();
    void oneConnectionPerThread();
    void concurrentWritersLoseNothing();
    void busyDatabaseGivesASentenceAndChangesNothing();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("plugboard.sqlite")); }
    int schemaVersionOnDisk() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

static DiscoveredMetadata meta(const QString &key, const QString &version = QStringLiteral("1"))
{
    return {key, key.toUpper(), version, QStringLiteral("about ") + key};
}

// What a person's first enable does to a row: on, once enabled, trusted.
static Result<StoredPlugin> enableAndTrust(StoredPlugin row)
{
    row.enabled = row.everEnabled = row.trusted = true;
    return row;
}

// PRAGMA user_version as Plugboard's own connection reads it; -1 when it cannot be read.
int TestPluginStore::schemaVersionOnDisk() const
{
    Result<QSqlDatabase> db = Database::connection(dbPath());
    if (!db.ok())
        return -1;
    QSqlQuery q(db.value());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

void TestPluginStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Database::setBusyTimeout(5000);
}

void TestPluginStore::cleanup()
{
    m_dir.reset();
}

void TestPluginStore::createsCurrentSchemaInWalMode()
{
    Result<QSqlDatabase> db = Database::connection(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QSqlQuery q(db.value());
    QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(schemaVersionOnDisk(), Database::SchemaVersion);
    QVERIFY(q.exec("PRAGMA busy_timeout") && q.next());
    QCOMPARE(q.value(0).toInt(), 5000);
}

void TestPluginStore::migratesFromVersionOne()
{
    // An older database made by hand: the version-1 schema, with user data in it.
    const QString written = fixtures::writeByHand(
        dbPath(),
        {QStringLiteral("CREATE TABLE plugins (key TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL "
                        "DEFAULT '', version TEXT NOT NULL DEFAULT '', description TEXT NOT NULL "
                        "DEFAULT '', enabled INTEGER NOT NULL DEFAULT 0, settings TEXT NOT NULL "
                        "DEFAULT '{}')"),
         QStringLiteral("INSERT INTO plugins VALUES ('on', 'On', '1.0', 'was enabled', 1, "
                        "'{\"limit\": 7, \"note\": \"héllo 🌍\"}')"),
         QStringLiteral("INSERT INTO plugins VALUES ('off', 'Off', '2.0', '', 0, '{}')"),
         QStringLiteral("PRAGMA user_version = 1")});
    QVERIFY2(written.isEmpty(), qPrintable(written));

    PluginStore store(dbPath());
    Result<QList<StoredPlugin>> rows = store.all();
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
    QCOMPARE(rows.value().size(), 2);
    const StoredPlugin &off = rows.value()[0];
    const StoredPlugin &on = rows.value()[1];
    QCOMPARE(on.key, QStringLiteral("on"));
    QVERIFY(on.enabled && on.everEnabled && on.trusted);
    QCOMPARE(on.settings.value("limit").toInt(), 7);
    QCOMPARE(on.settings.value("note").toString(), QStringLiteral("héllo 🌍"));
    QVERIFY(QDateTime::fromString(on.createdAt, Qt::ISODateWithMs).isValid());
    QVERIFY(!off.enabled && !off.everEnabled && !off.trusted);
    QVERIFY(store.revision().ok());

    QCOMPARE(schemaVersionOnDisk(), Database::SchemaVersion);
    // Every later step ran too: the run journal exists.
    QSqlQuery q(Database::connection(dbPath()).value());
    QVERIFY(q.exec("SELECT COUNT(*) FROM run_journal") && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestPluginStore::refusesNewerSchema()
{
    const QString written =
        fixtures::writeByHand(dbPath(), {QStringLiteral("PRAGMA user_version = 99")});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    Result<QList<StoredPlugin>> rows = PluginStore(dbPath()).all();
    QVERIFY(!rows.ok());
    QVERIFY(rows.error().message.contains(QStringLiteral("newer Plugboard")));
}

void TestPluginStore::syncInsertsRefreshesAndMarksMissing()
{
    PluginStore store(dbPath());
    Result<QList<StoredPlugin>> rows = store.sync({meta("a"), meta("b")});
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2);
    QCOMPARE(rows.value()[0].name, QStringLiteral("A"));
    QVERIFY(!rows.value()[0].enabled);

    QVERIFY(store.update("a", enableAndTrust).ok());
    rows = store.sync({meta("a", "2"), meta("c")}); // b's folder is gone
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 3); // never deletes
    QCOMPARE(rows.value()[0].version, QStringLiteral("2"));
    QVERIFY(rows.value()[0].enabled); // refresh keeps user state
    QVERIFY(rows.value()[1].missing);
    QVERIFY(!rows.value()[2].missing);
}

void TestPluginStore::syncWithoutChangesDoesNotWrite()
{
    PluginStore store(dbPath());
    QVERIFY(store.sync({meta("a"), meta("b")}).ok());
    const qint64 before = store.revision().value();
    QVERIFY(store.sync({meta("a"), meta("b")}).ok());
    QCOMPARE(store.revision().value(), before);
}

void TestPluginStore::missingPluginComesBackUntrusted()
{
    PluginStore store(dbPath());
    QVERIFY(store.sync({meta("a")}).ok());
    QVERIFY(store.update("a", enableAndTrust).ok());
    QVERIFY(store.sync({}).ok());
    StoredPlugin row = *store.find("a").value();
    QVERIFY(row.missing);
    QVERIFY(!row.enabled);
    QVERIFY(!row.trusted);
    QVERIFY(row.everEnabled); // history is kept
    QVERIFY(store.sync({meta("a")}).ok());
    row = *store.find("a").value();
    QVERIFY(!row.missing);
    QVERIFY(!row.enabled && !row.trusted); // the user must say so again
}

void TestPluginStore::updateIsReadModifyWrite()
{
    PluginStore store(dbPath());
    QVERIFY(store.sync({meta("a")}).ok());
    Result<StoredPlugin> updated = store.update("a", [](StoredPlugin row) -> Result<StoredPlugin> {
        row.settings.insert("x", 1);
        return row;
    });
    QVERIFY(updated.ok());
    updated = store.update("a", [](StoredPlugin row) -> Result<StoredPlugin> {
        row.settings.insert("y", 2);
        return row;
    });
    QCOMPARE(updated.value().settings, QJsonObject({{"x", 1}, {"y", 2}}));
    QCOMPARE(store.find("a").value()->settings, QJsonObject({{"x", 1}, {"y", 2}}));

    Result<StoredPlugin> unknown =
        store.update("nope", [](StoredPlugin row) { return Result(row); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void TestPluginStore::updateErrorWritesNothing()
{
    PluginStore store(dbPath());
    QVERIFY(store.sync({meta("a")}).ok());
    const qint64 before = store.revision().value();
    Result<StoredPlugin> refused =
        store.update("a", [](const StoredPlugin &) -> Result<StoredPlugin> {
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("no"));
        });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, QStringLiteral("no"));
    QCOMPARE(store.revision().value(), before);
    // The lock was released: another write goes through at once.
    QVERIFY(store.update("a", [](StoredPlugin row) { return Result(row); }).ok());
}

void TestPluginStore::revisionChangesOnEveryWrite()
{
    PluginStore store(dbPath());
    qint64 last = store.revision().value();
    auto changed = [&] {
        const qint64 now = store.revision().value();
        const bool moved = now != last;
        last = now;
        return moved;
    };
    QVERIFY(store.sync({meta("a")}).ok());
    QVERIFY(changed());
    QVERIFY(store.update("a", [](StoredPlugin row) { return Result(row); }).ok());
    QVERIFY(changed());
    QVERIFY(store.remove("a").ok());
    QVERIFY(changed());
    QVERIFY(store.sync({}).ok());
    QVERIFY(!changed());
}

void TestPluginStore::oneConnectionPerThread()
{
    PluginStore store(dbPath());
    QVERIFY(store.sync({meta("a")}).ok());
    const QString mainName = Database::connection(dbPath()).value().connectionName();
    QCOMPARE(Database::connection(dbPath()).value().connectionName(), mainName); // reused

    QString workerName;
    bool workerRead = false;
    QThread *thread = QThread::create([&] {
        workerName = Database::connection(dbPath()).value().connectionName();
        workerRead = store.find("a").ok();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(workerRead);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    // The worker's connection goes away with its thread (thread_local destructors run as the
    // thread exits, just after wait() returns).
    QTRY_VERIFY(!QSqlDatabase::connectionNames().contains(workerName));
}

void TestPluginStore::concurrentWritersLoseNothing()
{
    PluginStore store(dbPath());
    QVERIFY(store.sync({meta("a")}).ok());
    constexpr int Writes = 40;
    QList<QThread *> threads;
    QAtomicInt failures;
    for (int t = 0; t < 3; ++t) {
        threads << QThread::create([&store, &failures, t] {
            for (int i = 1; i <= Writes; ++i) {
                Result<StoredPlugin> r =
                    store.update("a", [t, i](StoredPlugin row) -> Result<StoredPlugin> {
                        row.settings.insert(QStringLiteral("writer%1").arg(t), i);
                        row.settings.insert(
                            QStringLiteral("count%1").arg(t),
                            row.settings.value(QStringLiteral("count%1").arg(t)).toInt() + 1);
                        return row;
                    });
                if (!r.ok())
                    failures.ref();
            }
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    const QJsonObject settings = store.find("a").value()->settings;
    for (int t = 0; t < 3; ++t) {
        QCOMPARE(settings.value(QStringLiteral("writer%1").arg(t)).toInt(), Writes);
        QCOMPARE(settings.value(QStringLiteral("count%1").arg(t)).toInt(), Writes);
    }
}

void TestPluginStore::busyDatabaseGivesASentenceAndChangesNothing()
{
    Database::setBusyTimeout(300);
    PluginStore store(dbPath());
    QVERIFY(store.sync({meta("a")}).ok());

    // Another connection (as another process would) holds the write lock.
    QSqlDatabase holder =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(dbPath());
    QVERIFY(holder.open());
    QVERIFY(QSqlQuery(holder).exec("BEGIN EXCLUSIVE"));

    QElapsedTimer timer;
    timer.start();
    Result<StoredPlugin> r = store.update("a", [](StoredPlugin row) -> Result<StoredPlugin> {
        row.settings.insert("x", 1);
        return row;
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Busy);
    QVERIFY(r.error().message.contains(QStringLiteral("busy")));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(timer.elapsed() < 5000);

    QVERIFY(QSqlQuery(holder).exec("ROLLBACK"));
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(store.find("a").value()->settings.isEmpty());
}

QTEST_GUILESS_MAIN(TestPluginStore)
#include "tst_pluginstore.moc"
