// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QSqlDatabase;

namespace plugboard::DatabaseIntegrity {

// What a look at a database file found. Nothing is written to the file: a damaged database is
// evidence, and whoever recovers it moves it aside first.
struct Verdict {
    enum class State {
        Healthy,    // SQLite reads it and PRAGMA quick_check says "ok"
        Missing,    // no file: a first start
        Empty,      // a file of 0 bytes (new, or truncated to nothing)
        Damaged,    // not SQLite, shorter than its header says, or quick_check finds faults
        Newer,      // healthy, but from a newer Plugboard (a higher schema version)
        Unreadable, // cannot be got at (permissions, a read-only folder): not a fault of its own
    };
    State state = State::Missing;
    int schemaVersion = 0; // PRAGMA user_version, when it could be read
    QString reason;        // a sentence for Damaged, Newer and Unreadable
};

// How much PRAGMA quick_check covers. State: the tables that hold what the user set (plugins,
// settings, trust, repositories, limits), a few milliseconds at 1,000 plugins, cheap enough
// for every open. Full: the whole file with the run history and the logs (about 0.2 s for a
// 128 MiB database), for backups and for a file SQLite has called corrupt.
enum class Scope { State, Full };

// Checks the file at `path`: the header's magic and page count against the file's size, then
// the schema version and PRAGMA quick_check through a private connection that is closed again.
Verdict check(const QString &path, Scope scope = Scope::Full);

// The checks that need no SQLite: Missing, Empty, or Damaged by its header; nothing when the
// file should be opened and inspected.
std::optional<Verdict> checkFile(const QString &path);

// Schema version and PRAGMA quick_check through an open connection (the one about to be used,
// which saves opening a second one on every start). Never writes.
Verdict inspect(QSqlDatabase &db, const QString &path, Scope scope);

// The tables that hold history rather than state (left out of Scope::State).
QStringList historyTables();

} // namespace plugboard::DatabaseIntegrity
