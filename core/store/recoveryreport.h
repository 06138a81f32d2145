// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace plugboard {

// What happened when a damaged plugin database was found: where the damaged file went and what
// took its place. A plain value (no SQL), so the window can show it.
struct RecoveryReport {
    QDateTime at;              // when it was recovered (UTC)
    QString reason;            // what was wrong, in a sentence
    QString damagedPath;       // where the damaged file was moved (never deleted)
    QString restoredFrom;      // the backup restored; empty: started with an empty database
    QDateTime backupTakenAt;   // when that backup was taken (UTC)
    bool acknowledged = false; // the user dismissed the notice

    bool startedEmpty() const { return restoredFrom.isEmpty(); }
};

} // namespace plugboard
