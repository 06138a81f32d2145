// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/journalentry.h"
#include "store/keepnewesttable.h"

#include <QList>
#include <QString>

namespace plugboard {

// The run journal in SQLite: the last `keepPerPlugin` runs of each plugin. Recording is cheap
// for the caller (entries are batched and written together), so a busy plugin's runs never wait
// on the disk.
class RunJournal {
public:
    static constexpr int DefaultKeepPerPlugin = 100;
    static constexpr qsizetype MaxResultBytes = 64 * 1024;

    explicit RunJournal(QString databasePath, int keepPerPlugin = DefaultKeepPerPlugin);

    // Writes entries in one transaction and trims each touched plugin to the newest runs.
    Result<void> write(const QList<JournalEntry> &entries);
    // Newest first.
    Result<QList<JournalEntry>> recent(const QString &key, int limit) const;
    Result<void> forget(const QString &key);

private:
    KeepNewestTable m_table;
};

} // namespace plugboard
