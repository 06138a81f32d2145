// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The safety net of the plugin database, in one process with real SQLite files: the check on
// open, recovery from the newest good backup (or an empty start, the damaged file kept), a
// newer schema refused untouched, a -shm without its -wal, backups before upgrades, daily
// backups only when due, rotation, and a real file size limit (RLIMIT_FSIZE) standing in for a
// full disk under a save and a backup.
#include "common/fixtures.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/integrity.h"
#include "store/pluginlogstore.h"
#include "store/pluginstore.h"
#include "store/recovery.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <csignal>
#include <sys/resource.h>

using namespace plugboard;
using DatabaseBackups::Backup;
using State = DatabaseIntegrity::Verdict::State;

namespace {

Result<StoredPlugin> setLimit(const QString &path, const QString &key, int limit)
{
    return PluginStore(path).update(key, [limit](const StoredPlugin &row) -> Result<StoredPlugin> {
        StoredPlugin changed = row;
        changed.settings.insert(QStringLiteral("limit"), limit);
        return changed;
    });
}

int limitOf(const QString &path, const QString &key)
{
    const Result<std::optional<StoredPlugin>> row = PluginStore(path).find(key);
    if (!row || !row.value())
        return -1;
    return row.value()->settings.value(QStringLiteral("limit")).toInt(-1);
}

// Overwrites one page of the file with a pattern that is no b-tree page.
void overwritePage(const QString &path, qint64 page, int pageSize = 4096)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(page * pageSize));
    file.write(QByteArray(pageSize, '\xA5'));
}

// The page numbers SQLite uses for `table` (the dbstat table of Debian's SQLite).
QList<qint64> pagesOf(const QString &path, const QString &table)
{
    QList<qint64> pages;
    const Result<QSqlDatabase> db = Database::connection(path);
    if (!db)
        return pages;
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'"));
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            pages << q.value(0).toLongLong();
    }
    return pages;
}

void checkpoint(const QString &path)
{
    {
        Result<QSqlDatabase> db = Database::connection(path);
        QVERIFY(db.ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    Database::releaseThreadConnections();
}

QStringList moved(const QString &dir, const QString &pattern)
{
    return QDir(dir).entryList({pattern}, QDir::Files);
}

// A file size limit for this process, lifted again when it goes out of scope.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

} // namespace

class TestDatabaseRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void damagedStateIsRestoredFromTheNewestBackup_data();
    void damagedStateIsRestoredFromTheNewestBackup();
    void damagedHistoryIsFoundWhenReadAndRecoveredOnTheNextTry();
    void aBackupFindsDamageAndTheNextUseRecovers();
    void aThreadThatMustNotWaitLeavesTheRecoveryToThePool();
    void withoutABackupItStartsEmptyAndKeepsTheDamagedFile();
    void aDamagedBackupIsPassedOver();
    void newerSchemaIsRefusedAndLeftAlone();
    void aStaleShmWithoutItsWalOpens();
    void upgradesAreBackedUpFirst();
    void dailyBackupsOnlyWhenDueAndChanged();
    void backupsRotate();
    void manualRestoreKeepsTheReplacedFile();
    void aFullDiskFailsASaveAndABackupAndChangesNothing();

private:
    QString dbPath() const { return m_db; }
    QString folder() const { return QFileInfo(m_db).path(); }
    // Plugins, "alpha" with limit 7 in a backup, then limit 9 saved after it.
    Backup seed(int plugins = 2);
    // 20,000 log lines of "alpha", checkpointed into the file; the log's leaf pages.
    QList<qint64> fillLog(PluginLogStore &log);
    // The data folder as the next process to start finds it: a process checks a database the
    // first time it opens it, so the database and its backups are copied to a folder this one
    // has not opened yet (what happened to the file in between is up to the test).
    void asAnotherProcess();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    int m_generation = 0;
};

void TestDatabaseRecovery::initTestCase()
{
    std::signal(SIGXFSZ, SIG_IGN); // past the limit a write fails instead of killing the test
}

void TestDatabaseRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_generation = 0;
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data0"))));
    m_db = m_dir->filePath(QStringLiteral("data0/plugboard.sqlite"));
}

QList<qint64> TestDatabaseRecovery::fillLog(PluginLogStore &log)
{
    QList<LogLine> lines;
    for (int i = 0; i < 20000; ++i)
        lines << LogLine{QStringLiteral("alpha"), 1000 + i, QStringLiteral("info"),
                         QStringLiteral("line %1 of a chatty plugin").arg(i)};
    if (!log.write(lines).ok())
        return {};
    const QList<qint64> pages = pagesOf(dbPath(), QStringLiteral("plugin_log"));
    checkpoint(dbPath());
    return pages;
}

void TestDatabaseRecovery::asAnotherProcess()
{
    checkpoint(m_db);
    const QString from = folder();
    const QString to = m_dir->filePath(QStringLiteral("data%1").arg(++m_generation));
    QVERIFY(QDir().mkpath(to + QStringLiteral("/backups")));
    QVERIFY(QFile::copy(m_db, to + QStringLiteral("/plugboard.sqlite")));
    for (const QString &name : QDir(from + QStringLiteral("/backups")).entryList(QDir::Files))
        QVERIFY(QFile::copy(from + QStringLiteral("/backups/") + name,
                            to + QStringLiteral("/backups/") + name));
    m_db = to + QStringLiteral("/plugboard.sqlite");
}

void TestDatabaseRecovery::cleanup()
{
    Database::releaseThreadConnections();
    m_dir.reset();
}

Backup TestDatabaseRecovery::seed(int plugins)
{
    QList<DiscoveredMetadata> present;
    for (int i = 0; i < plugins; ++i) {
        const QString key = i == 0 ? QStringLiteral("alpha") : QStringLiteral("p%1").arg(i);
        present << DiscoveredMetadata{
            key, key.toUpper(), QStringLiteral("1.0"),
            QStringLiteral("A plugin with a long description, %1 ").arg(i).repeated(20)};
    }
    if (!PluginStore(dbPath()).sync(present).ok())
        return {};
    if (!setLimit(dbPath(), QStringLiteral("alpha"), 7).ok())
        return {};
    const Result<Backup> backup = DatabaseBackups::take(dbPath(), Backup::Kind::Manual);
    if (!backup)
        return {};
    if (!setLimit(dbPath(), QStringLiteral("alpha"), 9).ok())
        return {};
    checkpoint(dbPath());
    return backup.value();
}

void TestDatabaseRecovery::damagedStateIsRestoredFromTheNewestBackup_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("truncated to half") << "half";
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("a page of the plugins table overwritten") << "page";
    QTest::newRow("emptied (0 bytes)") << "empty";
}

void TestDatabaseRecovery::damagedStateIsRestoredFromTheNewestBackup()
{
    QFETCH(QString, how);
    const Backup backup = seed(400);
    QVERIFY(!backup.path.isEmpty());
    QCOMPARE(limitOf(dbPath(), "alpha"), 9);
    const QList<qint64> pluginPages = pagesOf(dbPath(), QStringLiteral("plugins"));
    QVERIFY(pluginPages.size() > 10);
    asAnotherProcess();

    QFile file(dbPath());
    if (how == QLatin1String("half")) {
        QVERIFY(file.resize(file.size() / 2));
    } else if (how == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(200000, 'x'));
        file.close();
    } else if (how == QLatin1String("page")) {
        overwritePage(dbPath(), pluginPages.at(pluginPages.size() / 2) - 1);
    } else {
        QVERIFY(file.resize(0));
    }
    const QByteArray damagedDigest = fixtures::sha256(dbPath());

    // The next use finds it, moves it aside and restores the backup: alpha's limit is 7 again
    // (the 9 saved after the backup is what is lost, and the report says so).
    QCOMPARE(limitOf(dbPath(), "alpha"), 7);
    const QStringList aside = moved(folder(), QStringLiteral("plugboard.sqlite.damaged-*"));
    QCOMPARE(aside.size(), 1);
    const QString damagedPath = QDir(folder()).filePath(aside.first());
    QCOMPARE(fixtures::sha256(damagedPath), damagedDigest);
    const std::optional<RecoveryReport> report = DatabaseRecovery::pending(dbPath());
    QVERIFY(report);
    QCOMPARE(QFileInfo(report->restoredFrom).fileName(), QFileInfo(backup.path).fileName());
    QCOMPARE(report->damagedPath, damagedPath);
    QCOMPARE(report->backupTakenAt, backup.takenAt);
    const QString sentence = DatabaseRecovery::sentence(*report);
    QVERIFY2(sentence.contains(QStringLiteral("are lost")), qPrintable(sentence));
    QVERIFY2(sentence.contains(aside.first()), qPrintable(sentence));
    QCOMPARE(DatabaseIntegrity::check(dbPath()).state, State::Healthy);
    // The other rows came back too, and writing works again.
    QCOMPARE(PluginStore(dbPath()).all().value().size(), 400);
    QVERIFY(setLimit(dbPath(), QStringLiteral("alpha"), 8).ok());
    QCOMPARE(limitOf(dbPath(), "alpha"), 8);

    // Dismissed, the notice is gone; the file stays.
    QVERIFY(DatabaseRecovery::acknowledge(dbPath()).ok());
    QVERIFY(!DatabaseRecovery::pending(dbPath()));
    QVERIFY(QFile::exists(damagedPath));
}

void TestDatabaseRecovery::damagedHistoryIsFoundWhenReadAndRecoveredOnTheNextTry()
{
    const Backup backup = seed();
    QVERIFY(!backup.path.isEmpty());
    PluginLogStore log(dbPath(), 100000);
    const QList<qint64> logPages = fillLog(log);
    QVERIFY(logPages.size() > 20);
    overwritePage(dbPath(), logPages.at(logPages.size() / 2) - 1);

    // The state tables are sound, so the open check (the state only) lets it through…
    QCOMPARE(limitOf(dbPath(), "alpha"), 9);
    // …until SQLite meets the bad page: a sentence that says what happens next,
    const Result<QList<LogLine>> read = log.recent(QStringLiteral("alpha"), 100000);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("restores the newest backup")),
             qPrintable(read.error().message));
    // …and the next use checks the whole file and restores the backup.
    QCOMPARE(limitOf(dbPath(), "alpha"), 7);
    QVERIFY(DatabaseRecovery::pending(dbPath()));
    QCOMPARE(moved(folder(), QStringLiteral("plugboard.sqlite.damaged-*")).size(), 1);
    QVERIFY(log.recent(QStringLiteral("alpha"), 10).ok());
}

void TestDatabaseRecovery::aBackupFindsDamageAndTheNextUseRecovers()
{
    // The daily backup reads every page: damage in the history, which the open check leaves to
    // SQLite, is found by the copy, which fails and keeps the older backups; the next use of the
    // database restores the newest good one.
    const Backup backup = seed();
    QVERIFY(!backup.path.isEmpty());
    PluginLogStore log(dbPath(), 100000);
    const QList<qint64> logPages = fillLog(log);
    QVERIFY(logPages.size() > 20);
    overwritePage(dbPath(), logPages.at(logPages.size() / 3) - 1);

    const Result<Backup> taken = DatabaseBackups::take(dbPath(), Backup::Kind::Daily);
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().message.contains(QStringLiteral("older backups")),
             qPrintable(taken.error().message));
    QCOMPARE(DatabaseBackups::list(dbPath()).size(), 1);
    QCOMPARE(limitOf(dbPath(), "alpha"), 7);
    QVERIFY(DatabaseRecovery::pending(dbPath()));
}

void TestDatabaseRecovery::aThreadThatMustNotWaitLeavesTheRecoveryToThePool()
{
    // The window's GUI thread: its first use of a damaged file does not check or recover it
    // itself (that could take seconds); a pool thread does, and the next use reads the backup.
    const Backup backup = seed();
    QVERIFY(!backup.path.isEmpty());
    asAnotherProcess();
    QFile file(dbPath());
    QVERIFY(file.resize(file.size() / 2));
    // The pool is held busy, so what this thread does itself is seen before the pool acts.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore hold;
    pool->start([&hold] { hold.acquire(); });
    int asideMeanwhile = -1;
    int restored = -1;
    QThread *gui = QThread::create([&] {
        Database::runChecksOffThisThread();
        (void)PluginStore(dbPath()).all(); // whatever it reads, it does not wait on a recovery
        asideMeanwhile = int(moved(folder(), QStringLiteral("plugboard.sqlite.damaged-*")).size());
        hold.release();
        pool->waitForDone();
        restored = limitOf(dbPath(), QStringLiteral("alpha"));
    });
    gui->start();
    const bool ended = gui->wait(30000);
    delete gui;
    pool->setMaxThreadCount(threads);
    QVERIFY(ended);
    QCOMPARE(asideMeanwhile, 0);
    QCOMPARE(restored, 7);
    QVERIFY(DatabaseRecovery::pending(dbPath()));
    QCOMPARE(moved(folder(), QStringLiteral("plugboard.sqlite.damaged-*")).size(), 1);
    QCOMPARE(limitOf(dbPath(), "alpha"), 7);
}

void TestDatabaseRecovery::withoutABackupItStartsEmptyAndKeepsTheDamagedFile()
{
    QVERIFY(PluginStore(dbPath()).sync({{"alpha", "Alpha", "1", ""}}).ok());
    asAnotherProcess();
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(0);
    file.write("this is not what SQLite wrote here");
    file.close();
    const QByteArray damagedDigest = fixtures::sha256(dbPath());

    const Result<QList<StoredPlugin>> rows = PluginStore(dbPath()).all();
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
    QCOMPARE(rows.value().size(), 0);
    const QStringList aside = moved(folder(), QStringLiteral("plugboard.sqlite.damaged-*"));
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fixtures::sha256(QDir(folder()).filePath(aside.first())), damagedDigest);
    const std::optional<RecoveryReport> report = DatabaseRecovery::pending(dbPath());
    QVERIFY(report && report->startedEmpty());
    QVERIFY(DatabaseRecovery::sentence(*report).contains(QStringLiteral("no backup")));
}

void TestDatabaseRecovery::aDamagedBackupIsPassedOver()
{
    const Backup older = seed();
    QVERIFY(!older.path.isEmpty());
    QTest::qWait(5); // the names carry milliseconds
    const Result<Backup> newer = DatabaseBackups::take(dbPath(), Backup::Kind::Manual);
    QVERIFY(newer.ok());
    asAnotherProcess();
    // The newest backup is damaged too (the same bad disk): the older good one is restored.
    QFile bad(DatabaseBackups::list(dbPath()).first().path);
    QVERIFY(bad.resize(bad.size() / 2));
    QFile live(dbPath());
    QVERIFY(live.resize(live.size() / 2));
    QCOMPARE(limitOf(dbPath(), "alpha"), 7);
    QCOMPARE(QFileInfo(DatabaseRecovery::pending(dbPath())->restoredFrom).fileName(),
             QFileInfo(older.path).fileName());
}

void TestDatabaseRecovery::newerSchemaIsRefusedAndLeftAlone()
{
    QVERIFY(PluginStore(dbPath()).sync({{"alpha", "Alpha", "1", ""}}).ok());
    asAnotherProcess();
    QVERIFY(
        fixtures::writeByHand(dbPath(), {QStringLiteral("PRAGMA user_version = 99")}).isEmpty());
    const QByteArray before = fixtures::sha256(dbPath());
    const Result<QList<StoredPlugin>> rows = PluginStore(dbPath()).all();
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error().message.contains(QStringLiteral("newer Plugboard")),
             qPrintable(rows.error().message));
    QCOMPARE(fixtures::sha256(dbPath()), before);
    QVERIFY(moved(folder(), QStringLiteral("plugboard.sqlite.*")).isEmpty());
    QVERIFY(!DatabaseRecovery::pending(dbPath()));
}

void TestDatabaseRecovery::aStaleShmWithoutItsWalOpens()
{
    // A sync tool copied the database and its -shm while Plugboard wrote, but not the -wal:
    // what was checkpointed is there, what was only in the -wal is not, nothing is "repaired".
    QVERIFY(PluginStore(dbPath()).sync({{"alpha", "Alpha", "1", ""}}).ok());
    QVERIFY(setLimit(dbPath(), QStringLiteral("alpha"), 7).ok());
    Result<QSqlDatabase> db = Database::connection(dbPath());
    QSqlQuery q(db.value());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    q.finish();
    QVERIFY(setLimit(dbPath(), QStringLiteral("alpha"), 9).ok()); // only in the -wal
    QVERIFY(QFileInfo(dbPath() + "-wal").size() > 0);
    const QString copy = m_dir->filePath(QStringLiteral("synced"));
    QVERIFY(QDir().mkpath(copy));
    const QString copied = copy + QStringLiteral("/plugboard.sqlite");
    QVERIFY(QFile::copy(dbPath(), copied));
    QVERIFY(QFile::copy(dbPath() + "-shm", copied + "-shm"));
    QVERIFY(!QFile::exists(copied + "-wal"));

    QCOMPARE(limitOf(copied, "alpha"), 7);
    QCOMPARE(DatabaseIntegrity::check(copied).state, State::Healthy);
    QVERIFY(moved(copy, QStringLiteral("plugboard.sqlite.damaged-*")).isEmpty());
    QVERIFY(setLimit(copied, QStringLiteral("alpha"), 3).ok());
    QCOMPARE(limitOf(copied, "alpha"), 3);
}

void TestDatabaseRecovery::upgradesAreBackedUpFirst()
{
    // A database of schema 5 (before the load failures table) with a user's setting in it.
    QVERIFY(PluginStore(dbPath()).sync({{"alpha", "Alpha", "1", ""}}).ok());
    QVERIFY(setLimit(dbPath(), QStringLiteral("alpha"), 7).ok());
    checkpoint(dbPath());
    QVERIFY(fixtures::writeByHand(dbPath(), {QStringLiteral("DROP TABLE plugin_load_failures"),
                                             QStringLiteral("PRAGMA user_version = 5")})
                .isEmpty());
    QVERIFY(DatabaseBackups::list(dbPath()).isEmpty());

    QCOMPARE(limitOf(dbPath(), "alpha"), 7); // opened: upgraded to the current schema
    const QList<Backup> backups = DatabaseBackups::list(dbPath());
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().kind, Backup::Kind::BeforeUpgrade);
    const DatabaseIntegrity::Verdict old = DatabaseIntegrity::check(backups.first().path);
    QCOMPARE(old.state, State::Healthy);
    QCOMPARE(old.schemaVersion, 5);
    QCOMPARE(DatabaseIntegrity::check(dbPath()).schemaVersion, Database::SchemaVersion);
}

void TestDatabaseRecovery::dailyBackupsOnlyWhenDueAndChanged()
{
    // Nothing stored yet: nothing to keep.
    QVERIFY(PluginStore(dbPath()).all().ok());
    QVERIFY(!DatabaseBackups::takeDailyIfDue(dbPath()).value());
    QVERIFY(PluginStore(dbPath()).sync({{"alpha", "Alpha", "1", ""}}).ok());
    const Result<std::optional<Backup>> first = DatabaseBackups::takeDailyIfDue(dbPath());
    QVERIFY(first.ok() && first.value());
    QCOMPARE(first.value()->kind, Backup::Kind::Daily);
    QVERIFY(first.value()->bytes > 0);
    // Within a day: none, even after a change.
    QVERIFY(setLimit(dbPath(), QStringLiteral("alpha"), 7).ok());
    QVERIFY(!DatabaseBackups::takeDailyIfDue(dbPath()).value());

    // A day later (the file renamed to a time two days back, stamp kept): due, and changed.
    const auto ageBackup = [](const Backup &backup) {
        const QString old = QDateTime::currentDateTimeUtc().addDays(-2).toString(
            QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        QString name = QFileInfo(backup.path).fileName();
        name.replace(10, 19, old); // "plugboard-" is 10 characters
        return QFile::rename(backup.path, QFileInfo(backup.path).dir().filePath(name));
    };
    QVERIFY(ageBackup(first.value().value()));
    const Result<std::optional<Backup>> second = DatabaseBackups::takeDailyIfDue(dbPath());
    QVERIFY(second.ok() && second.value());
    // A day later again with no change since: no new copy of the same state.
    QVERIFY(ageBackup(second.value().value()));
    QVERIFY(!DatabaseBackups::takeDailyIfDue(dbPath()).value());
    QCOMPARE(DatabaseBackups::list(dbPath()).size(), 2);
}

void TestDatabaseRecovery::backupsRotate()
{
    QVERIFY(PluginStore(dbPath()).sync({{"alpha", "Alpha", "1", ""}}).ok());
    QList<QString> upgrades;
    for (int i = 0; i < 2; ++i) {
        const Result<Backup> b = DatabaseBackups::take(dbPath(), Backup::Kind::BeforeUpgrade);
        QVERIFY(b.ok());
        upgrades << b.value().path;
        QTest::qWait(3);
    }
    QList<QString> regular;
    for (int i = 0; i < 10; ++i) {
        QVERIFY(setLimit(dbPath(), QStringLiteral("alpha"), i).ok());
        const Result<Backup> b =
            DatabaseBackups::take(dbPath(), i % 2 ? Backup::Kind::Manual : Backup::Kind::Daily);
        QVERIFY(b.ok());
        regular << b.value().path;
        QTest::qWait(3);
    }
    const QList<Backup> kept = DatabaseBackups::list(dbPath());
    QCOMPARE(kept.size(), DatabaseBackups::keepCount() + 1);
    QStringList keptPaths;
    for (const Backup &b : kept)
        keptPaths << b.path;
    // The newest seven regular ones, newest first, and the newest before-upgrade one.
    for (int i = 0; i < 7; ++i)
        QCOMPARE(keptPaths.at(i), regular.at(9 - i));
    QCOMPARE(keptPaths.last(), upgrades.last());
    QVERIFY(!QFile::exists(upgrades.first()));
    QVERIFY(!QFile::exists(regular.first()));
    // Each is a whole database with the state of its time.
    QCOMPARE(limitOf(kept.first().path, "alpha"), 9);
    QCOMPARE(limitOf(kept.at(6).path, "alpha"), 3);
}

void TestDatabaseRecovery::manualRestoreKeepsTheReplacedFile()
{
    const Backup backup = seed();
    QVERIFY(!backup.path.isEmpty());
    QCOMPARE(limitOf(dbPath(), "alpha"), 9);
    const Result<DatabaseRecovery::Restored> replaced =
        DatabaseRecovery::restore(dbPath(), backup.path);
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().message));
    // This thread's open connection notices the new file.
    QCOMPARE(limitOf(dbPath(), "alpha"), 7);
    QCOMPARE(limitOf(replaced.value().replaced, "alpha"), 9);
    // A file that is not a good database is refused, and nothing changes.
    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("junk");
    file.close();
    const Result<DatabaseRecovery::Restored> refused = DatabaseRecovery::restore(dbPath(), junk);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("cannot be restored")));
    QCOMPARE(limitOf(dbPath(), "alpha"), 7);
}

void TestDatabaseRecovery::aFullDiskFailsASaveAndABackupAndChangesNothing()
{
    const Backup backup = seed(50);
    QVERIFY(!backup.path.isEmpty());
    const qint64 size = QFileInfo(dbPath()).size();
    const QByteArray before = fixtures::sha256(backup.path);
    {
        // Room for the database as it is, not for a copy of it nor for a big save.
        FileSizeLimit limit(rlim_t(size / 2));
        QVERIFY(limit.ok());
        const Result<Backup> taken = DatabaseBackups::take(dbPath(), Backup::Kind::Manual);
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().message.contains(QStringLiteral("unchanged")),
                 qPrintable(taken.error().message));
        const Result<StoredPlugin> saved =
            PluginStore(dbPath()).update("alpha", [&](const StoredPlugin &row) {
                StoredPlugin changed = row;
                changed.settings.insert(QStringLiteral("limit"), 11);
                changed.settings.insert(QStringLiteral("notes"),
                                        QString(int(size), QLatin1Char('n')));
                return Result<StoredPlugin>(changed);
            });
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("full")),
                 qPrintable(saved.error().message));
    }
    // Nothing half-written: no .part, the old backup the same, the saved value as it was, and
    // the database whole.
    QVERIFY(moved(DatabaseBackups::folder(dbPath()), QStringLiteral("*.part")).isEmpty());
    QCOMPARE(DatabaseBackups::list(dbPath()).size(), 1);
    QCOMPARE(fixtures::sha256(backup.path), before);
    QCOMPARE(limitOf(dbPath(), "alpha"), 9);
    QCOMPARE(DatabaseIntegrity::check(dbPath()).state, State::Healthy);
    QVERIFY(!DatabaseRecovery::pending(dbPath()));
}

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "tst_databaserecovery.moc"
