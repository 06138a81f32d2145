// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard {

// One finished run as the journal keeps it.
struct JournalEntry {
    quint64 jobId = 0;
    QString key;
    QString action;
    qint64 startedAtMs = 0; // epoch milliseconds
    qint64 finishedAtMs = 0;
    QString outcome; // "ok", "error", "cancelled", "timed_out", "failed"
    QString message;
    QString result; // the result as compact JSON text (capped)
};

} // namespace plugboard
