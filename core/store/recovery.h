// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/backups.h"
#include "store/integrity.h"
#include "store/recoveryreport.h"

#include <QList>
#include <QString>

#include <optional>

namespace plugboard::DatabaseRecovery {

// Puts a damaged database right: under a lock beside it (another process may be at it too) it
// checks the file again, moves it and its -wal/-shm aside to <name>.damaged-<time> (never
// deletes them), copies in the newest backup that passes a full check, and writes
// recovery.json beside it for every process to show. With no good backup the next open starts
// an empty database. Nothing when the file is healthy by the time the lock is held.
Result<std::optional<RecoveryReport>> recover(const QString &databasePath,
                                              const DatabaseIntegrity::Verdict &found);

// The newest backup of the database that passes a full check; none when there is none.
std::optional<DatabaseBackups::Backup> newestGoodBackup(const QString &databasePath);

// Replaces the database with `backupPath` (checked whole first), or with newestGoodBackup() when
// it is empty, by the user's wish. The current file is moved to <name>.replaced-<time>, also
// never deleted.
struct Restored {
    QString from;      // the backup restored
    QDateTime takenAt; // when it was taken, for one of the backups folder (else invalid)
    QString replaced;  // where the replaced file went; empty when there was none
};
Result<Restored> restore(const QString &databasePath, const QString &backupPath = {});

// The last recovery of this database, unless the user dismissed its notice.
std::optional<RecoveryReport> pending(const QString &databasePath);
// Marks the last recovery's notice as read (it stays in recovery.json).
Result<void> acknowledge(const QString &databasePath);
// The recoveries this process did itself (the CLI says them on stderr).
QList<RecoveryReport> doneHere();

// "The plugin database was damaged (…). It was moved to … and the backup of … was restored:
// changes made after that are lost." — for the window's banner, stderr and REST.
QString sentence(const RecoveryReport &report);

// recovery.json beside the database.
QString reportPath(const QString &databasePath);

} // namespace plugboard::DatabaseRecovery
