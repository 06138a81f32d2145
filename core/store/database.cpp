// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "store/opencheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

#include <sys/stat.h>

namespace plugboard::Database {

namespace {

std::atomic<int> g_busyTimeoutMs{5000};
std::atomic<quint64> g_connectionCounter{0};

// Connections belong to the thread that opened them (a QSqlDatabase must not cross threads), so
// each thread keeps its own and drops them when it ends.
// The file a connection was opened on: when a recovery or a restore (maybe in another process)
// puts another file in its place, the next use opens the new one.
struct FileId {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &) const = default;
};

FileId fileId(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {info.st_dev, info.st_ino};
}

struct OpenConnection {
    QString name;
    FileId file;
};

void drop(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

struct ThreadConnections {
    QHash<QString, OpenConnection> byPath;
    void release()
    {
        for (const OpenConnection &open : std::as_const(byPath))
            drop(open.name);
        byPath.clear();
    }
    ~ThreadConnections() { release(); }
};
thread_local ThreadConnections t_connections;

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), also as extended codes (5 + n*256).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QString &doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorFrom(query.lastError(), doing);
    return {};
}

// Each step brings the schema from version i to i + 1. Never edit a released step: add one.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {
        // 0 → 1: the plugins table as Dispatcharr shapes it.
        {QStringLiteral("CREATE TABLE plugins (key TEXT PRIMARY KEY NOT NULL, "
                        "name TEXT NOT NULL DEFAULT '', version TEXT NOT NULL DEFAULT '', "
                        "description TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 0, "
                        "settings TEXT NOT NULL DEFAULT '{}')")},
        // 1 → 2: trust, missing folders, timestamps, and a revision counter bumped by triggers on
        // every write so other processes notice changes with one cheap read.
        {QStringLiteral("ALTER TABLE plugins ADD COLUMN ever_enabled INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN missing INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN created_at TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
         // A plugin enabled under the old schema was trusted by its user then.
         QStringLiteral("UPDATE plugins SET ever_enabled = enabled, trusted = enabled, "
                        "created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
         QStringLiteral(
             "CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO meta (name, value) VALUES ('revision', 1)"),
         QStringLiteral("CREATE TRIGGER plugins_revision_insert AFTER INSERT ON plugins BEGIN "
                        "UPDATE meta SET value = value + 1 WHERE name = 'revision'; END"),
         QStringLiteral("CREATE TRIGGER plugins_revision_update AFTER UPDATE ON plugins BEGIN "
                        "UPDATE meta SET value = value + 1 WHERE name = 'revision'; END"),
         QStringLiteral("CREATE TRIGGER plugins_revision_delete AFTER DELETE ON plugins BEGIN "
                        "UPDATE meta SET value = value + 1 WHERE name = 'revision'; END")},
        // 2 → 3: the run journal (last runs of each plugin). Not under the revision triggers:
        // a run is not a change of plugin state, and runs may be frequent.
        {QStringLiteral("CREATE TABLE run_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "job_id INTEGER NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL, "
                        "started_at TEXT NOT NULL, finished_at TEXT NOT NULL, "
                        "outcome TEXT NOT NULL, message TEXT NOT NULL DEFAULT '', "
                        "result TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX run_journal_by_key ON run_journal (key, id)"),
         // The plugin's log lines (logger records and print() output), so `plugboardctl log`
         // can show what a plugin said in another process.
         QStringLiteral("CREATE TABLE plugin_log (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "key TEXT NOT NULL, at TEXT NOT NULL, level TEXT NOT NULL, "
                        "text TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX plugin_log_by_key ON plugin_log (key, id)")},
        // 3 → 4: plugin repositories, the last good manifests fetched from them, and which
        // repository an installed plugin came from. A repository change bumps its own counter
        // (repos_revision), so fetching does not make every process re-read its plugins.
        {QStringLiteral("CREATE TABLE repositories (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "url TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '', "
                        "official INTEGER NOT NULL DEFAULT 0, enabled INTEGER NOT NULL DEFAULT 1, "
                        "public_key TEXT NOT NULL DEFAULT '', "
                        "fingerprint TEXT NOT NULL DEFAULT '', manifest BLOB, "
                        "signed_at TEXT NOT NULL DEFAULT '', etag TEXT NOT NULL DEFAULT '', "
                        "last_modified TEXT NOT NULL DEFAULT '', "
                        "last_fetched_at TEXT NOT NULL DEFAULT '', "
                        "last_good_at TEXT NOT NULL DEFAULT '', "
                        "last_error TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT '', "
                        "updated_at TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE TABLE repository_plugins (repo_id INTEGER NOT NULL, "
                        "slug TEXT NOT NULL, manifest BLOB NOT NULL, "
                        "signed_at TEXT NOT NULL DEFAULT '', etag TEXT NOT NULL DEFAULT '', "
                        "last_modified TEXT NOT NULL DEFAULT '', "
                        "fetched_at TEXT NOT NULL DEFAULT '', PRIMARY KEY (repo_id, slug))"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN repo_id INTEGER"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN repo_slug TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN repo_version TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE plugins ADD COLUMN repo_name TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("INSERT INTO meta (name, value) VALUES ('repos_revision', 1)"),
         QStringLiteral("CREATE TRIGGER repositories_revision_insert AFTER INSERT ON repositories "
                        "BEGIN UPDATE meta SET value = value + 1 WHERE name = 'repos_revision'; "
                        "END"),
         QStringLiteral("CREATE TRIGGER repositories_revision_update AFTER UPDATE ON repositories "
                        "BEGIN UPDATE meta SET value = value + 1 WHERE name = 'repos_revision'; "
                        "END"),
         QStringLiteral("CREATE TRIGGER repositories_revision_delete AFTER DELETE ON repositories "
                        "BEGIN UPDATE meta SET value = value + 1 WHERE name = 'repos_revision'; "
                        "END")},
        // 4 → 5: limits the user set for a plugin's process (issue 13); no row: the defaults.
        {QStringLiteral("CREATE TABLE plugin_limits (key TEXT PRIMARY KEY NOT NULL, "
                        "memory_limit_mb INTEGER NOT NULL)")},
        // 5 → 6: the last failed load of a plugin, until it loads (issue 14): every process
        // shows it, not only the one that saw it.
        {QStringLiteral("CREATE TABLE plugin_load_failures (key TEXT PRIMARY KEY NOT NULL, "
                        "error TEXT NOT NULL, traceback TEXT NOT NULL DEFAULT '', "
                        "failed_at TEXT NOT NULL, code_stamp TEXT NOT NULL DEFAULT '')")},
    };
    return steps;
}

Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return errorFrom(query.lastError(), Text::tr("reading the schema version"));
    return query.value(0).toInt();
}

} // namespace

void setBusyTimeout(int milliseconds)
{
    g_busyTimeoutMs = milliseconds;
}

int busyTimeout()
{
    return g_busyTimeoutMs;
}

Error errorFrom(const QSqlError &error, const QString &doing)
{
    if (isBusy(error)) {
        return Error::make(
            ErrorCode::Busy,
            Text::tr("The plugin database is busy while %1: another program has held it "
                     "for more than %2 seconds. Nothing was changed; try again.")
                .arg(doing)
                .arg(g_busyTimeoutMs / 1000.0));
    }
    if (OpenCheck::noteDamage(error)) {
        return Error::make(ErrorCode::Storage,
                           Text::tr("The plugin database failed while %1: %2. It is damaged: "
                                    "Plugboard checks it on the next try and, if need be, "
                                    "restores the newest backup.")
                               .arg(doing, error.text()));
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == 13 || code == 10)) { // SQLITE_FULL, SQLITE_IOERR (a write past a limit)
        return Error::make(ErrorCode::Io,
                           Text::tr("The plugin database could not be written while %1: the disk "
                                    "is full, a file size limit was reached or the disk failed "
                                    "(%2). Nothing was changed; make room and try again.")
                               .arg(doing, error.text()));
    }
    if (ok && code == 8) { // SQLITE_READONLY
        return Error::make(ErrorCode::Io,
                           Text::tr("The plugin database could not be written while %1: it or "
                                    "its folder is read-only (%2). Nothing was changed.")
                               .arg(doing, error.text()));
    }
    return Error::make(
        ErrorCode::Storage,
        Text::tr("The plugin database failed while %1: %2.").arg(doing, error.text()));
}

Error unknownPlugin(const QString &key)
{
    return Error::make(ErrorCode::NotFound,
                       Text::tr("No plugin with key \"%1\" is known to the database.").arg(key));
}

Result<void> migrate(QSqlDatabase &db)
{
    Result<int> before = userVersion(db);
    if (!before)
        return before.error();
    if (before.value() == SchemaVersion)
        return {};
    if (before.value() > SchemaVersion) {
        return Error::make(
            ErrorCode::Storage,
            Text::tr("The database %1 was written by a newer Plugboard (schema %2; this "
                     "one knows %3). Update Plugboard or use another data folder.")
                .arg(QDir::toNativeSeparators(db.databaseName()))
                .arg(before.value())
                .arg(SchemaVersion));
    }
    // IMMEDIATE takes the write lock now, so two processes opening a new database at once
    // migrate it once; the second re-reads the version under the lock.
    if (Result<void> r =
            exec(db, QStringLiteral("BEGIN IMMEDIATE"), Text::tr("upgrading the schema"));
        !r)
        return r;
    auto rollback = [&db] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    };
    Result<int> current = userVersion(db);
    if (!current) {
        rollback();
        return current.error();
    }
    const auto &steps = migrationSteps();
    for (int version = current.value(); version < SchemaVersion; ++version) {
        for (const QString &sql : steps.at(version)) {
            if (Result<void> r =
                    exec(db, sql, Text::tr("upgrading the schema to version %1").arg(version + 1));
                !r) {
                rollback();
                return r;
            }
        }
    }
    if (Result<void> r = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
                              Text::tr("upgrading the schema"));
        !r) {
        rollback();
        return r;
    }
    return exec(db, QStringLiteral("COMMIT"), Text::tr("upgrading the schema"));
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Result<void> WriteTransaction::begin(const QString &doing)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return errorFrom(q.lastError(), doing);
    m_open = true;
    return {};
}

Result<void> WriteTransaction::commit(const QString &doing)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return errorFrom(q.lastError(), doing);
    m_open = false;
    return {};
}

Result<void> keepNewest(QSqlDatabase &db, const QString &table, const QString &key, int keep)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE key = ? AND id <= (SELECT id FROM %1 WHERE "
                             "key = ? ORDER BY id DESC LIMIT 1 OFFSET ?)")
                  .arg(table));
    q.addBindValue(key);
    q.addBindValue(key);
    q.addBindValue(keep);
    if (!q.exec())
        return errorFrom(q.lastError(), Text::tr("trimming %1").arg(table));
    return {};
}

Result<void> forgetKey(const QString &path, const QString &table, const QString &key)
{
    Result<QSqlDatabase> db = connection(path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE key = ?").arg(table));
    q.addBindValue(key);
    if (!q.exec())
        return errorFrom(q.lastError(), Text::tr("forgetting %1 of %2").arg(table, key));
    return {};
}

void runChecksOffThisThread()
{
    OpenCheck::runOffThisThread();
}

void releaseThreadConnections()
{
    t_connections.release();
}

namespace {

Result<QSqlDatabase> open(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        return Error::make(ErrorCode::Storage,
                           Text::tr("Qt's SQLite driver (QSQLITE) is not installed; install "
                                    "libqt6sql6-sqlite."));
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(g_busyTimeoutMs.load()));
    auto openIt = [&]() -> Result<void> {
        if (db.open())
            return {};
        return Error::make(ErrorCode::Storage,
                           Text::tr("Cannot open the plugin database %1: %2.")
                               .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    };
    if (Result<void> opened = openIt(); !opened)
        return opened.error();
    const Result<bool> checked = OpenCheck::run(db, path);
    if (!checked)
        return checked.error();
    if (checked.value() || !db.isOpen()) {
        db.close();
        if (Result<void> opened = openIt(); !opened)
            return opened.error();
    }
    // WAL lets readers (the GUI) and a writer (a plugboardctl) work at the same time.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return errorFrom(query.lastError(), Text::tr("switching to WAL mode"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (Result<void> backedUp = OpenCheck::backUpBeforeUpgrade(db, path); !backedUp)
        return backedUp.error();
    if (Result<void> migrated = migrate(db); !migrated)
        return migrated.error();
    return db;
}

} // namespace

Result<QSqlDatabase> connection(const QString &path)
{
    if (const auto it = t_connections.byPath.constFind(path); it != t_connections.byPath.cend()) {
        {
            QSqlDatabase db = QSqlDatabase::database(it->name, false);
            if (db.isOpen() && !OpenCheck::damageSeen() && fileId(path) == it->file)
                return db;
        }
        drop(it->name);
        t_connections.byPath.remove(path);
    }
    QString name = QStringLiteral("plugboard-%1").arg(++g_connectionCounter);
    Result<QSqlDatabase> result = open(path, name);
    if (!result && OpenCheck::damageSeen()) {
        // Damaged since this process checked it: the next open checks it whole and recovers.
        drop(name);
        name = QStringLiteral("plugboard-%1").arg(++g_connectionCounter);
        result = open(path, name);
    }
    if (!result) {
        drop(name);
        return result;
    }
    t_connections.byPath.insert(path, {name, fileId(path)});
    return result;
}

} // namespace plugboard::Database
