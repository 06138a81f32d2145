// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

// What Database::connection() does before it uses a file: the check on open, recovery of a
// damaged file, and the backup before a schema upgrade (docs/architecture.md, "Nothing saved is
// lost").
namespace plugboard::Database::OpenCheck {

// The first open of `path` in this process, or the first after SQLite reported damage: checks
// the header and the state tables (the whole file after damage was seen) on `db`, which is open
// but not yet in WAL mode, and recovers a damaged file (DatabaseRecovery). True when it did:
// `db` is closed then, to be opened again on the restored file. A newer schema or a file that
// cannot be read is an error, and nothing is touched.
Result<bool> run(QSqlDatabase &db, const QString &path);

// The calling thread (the window's) never runs a check or a recovery itself: when one is due, a
// pool thread opens the file and does it, and this thread uses the file as it is meanwhile.
void runOffThisThread();

// Takes a BeforeUpgrade backup when the database is older than Database::SchemaVersion; an
// error (and so no upgrade) when that fails.
Result<void> backUpBeforeUpgrade(QSqlDatabase &db, const QString &path);

// Notes an error that says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB): the next open in
// this process checks the whole file. True for such errors.
bool noteDamage(const QSqlError &error);
// Damage was reported since the last open check.
bool damageSeen();

} // namespace plugboard::Database::OpenCheck
