// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace plugboard {

// SQLite access through QSQLITE: one named connection per thread and database file, WAL
// journal, a busy timeout so the GUI, the CLI and the server can share one file, and forward
// schema migrations keyed on PRAGMA user_version.
namespace Database {

constexpr int SchemaVersion = 6;

// This thread's open connection to `path`, opened and migrated on first use. The connection is
// closed when the thread ends.
Result<QSqlDatabase> connection(const QString &path);
// Closes the calling thread's connections now. Pool threads call it when their work is done:
// a connection left to the thread's end could be dropped after Qt's SQL registry is gone.
void releaseThreadConnections();

// The calling thread never checks or recovers a database file itself (the window's GUI thread):
// a pool thread does it when it is due. See store/opencheck.h.
void runChecksOffThisThread();

// Milliseconds a statement waits for another process's lock before failing (default 5000).
void setBusyTimeout(int milliseconds);
int busyTimeout();

// A null QString binds as SQL NULL; every text column is NOT NULL, so bind through this.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Now, as the text columns hold times: ISO 8601 in UTC with milliseconds.
inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// "No plugin with key … is known to the database." (NotFound), for the stores' row updates.
Error unknownPlugin(const QString &key);

// Maps a failed SQLite call to an Error whose sentence names what was being done.
// SQLITE_BUSY/LOCKED become ErrorCode::Busy.
Error errorFrom(const QSqlError &error, const QString &doing);

// Brings a database at any older user_version up to SchemaVersion inside one transaction.
Result<void> migrate(QSqlDatabase &db);

// A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so a
// read-modify-write inside it never loses another process's change. Rolls back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin(const QString &doing);
    Result<void> commit(const QString &doing);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// For the append-only per-plugin tables (run_journal, plugin_log): keeps the newest `keep` rows
// of `key`, and forgets a plugin's rows.
Result<void> keepNewest(QSqlDatabase &db, const QString &table, const QString &key, int keep);
Result<void> forgetKey(const QString &path, const QString &table, const QString &key);

} // namespace Database
} // namespace plugboard
