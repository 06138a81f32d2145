// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plugboard::DatabaseBackups {

// Copies of the plugin database in <data dir>/backups/, each a complete SQLite file named
// plugboard-<UTC time>-<kind>-<state stamp>.sqlite, so listing them needs no SQLite at all.
struct Backup {
    enum class Kind {
        Daily,         // at most one a day, when plugins, settings or repositories changed
        Manual,        // `plugboardctl db backup`
        BeforeUpgrade, // before a schema migration
    };
    QString path;
    QDateTime takenAt; // UTC
    Kind kind = Kind::Daily;
    QString stateStamp; // the database's change counters when it was taken
    qint64 bytes = 0;
    qint64 tookMs = 0; // for a backup just taken

    QString kindName() const; // "daily", "manual", "before upgrade" (translated)
    QString kindTag() const;  // "daily", "manual", "before-upgrade" (in file names and JSON)
    // {"path", "taken_at", "kind", "bytes"}, as plugboardctl --json and the REST API give it.
    QJsonObject toJson() const;
};

// Writes the file's data through to the disk (fsync); false when that fails.
bool syncToDisk(const QString &path);

// How many daily and manual backups are kept (the newest BeforeUpgrade one is kept besides).
// PLUGBOARD_BACKUPS_KEEP overrides the default of 7.
int keepCount();

// <folder of the database>/backups
QString folder(const QString &databasePath);

// The backups of `databasePath`, newest first. Unfinished (.part) files are not listed.
QList<Backup> list(const QString &databasePath);

// Takes a consistent copy now (VACUUM INTO a .part file inside one read transaction, so other
// processes may keep writing), checks the copy whole, then renames it into place and rotates.
// On any failure — a full disk, a read-only folder, a damaged source — the partial file is
// removed, the older backups stay, and the error says what happened.
Result<Backup> take(const QString &databasePath, Backup::Kind kind);

// Takes a Daily backup when none of any kind is younger than a day and the state changed since
// the newest one; nothing otherwise (one folder listing and one small query).
Result<std::optional<Backup>> takeDailyIfDue(const QString &databasePath);

// Deletes daily and manual backups beyond keepCount(), BeforeUpgrade ones but the newest, and
// .part files left by a backup that crashed.
void rotate(const QString &databasePath);

} // namespace plugboard::DatabaseBackups
