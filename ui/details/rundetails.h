// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/jobinfo.h"
#include "store/journalentry.h"

#include <QCoreApplication>

#include <optional>

namespace plugboard {
struct LogLine;
}

namespace plugboard::ui {

// What one run did, as the Activity tab shows it under the runs: how it ended and when, its
// message, its result (indented JSON), its traceback, and what the plugin logged while it ran.
// A run in flight says how far it got and how to cancel it.
struct RunDetails {
    Q_DECLARE_TR_FUNCTIONS(RunDetails)

public:
    static constexpr int MaxLoggedLines = 50;

    QString actionName;
    std::optional<plugboard::JournalEntry> run; // a finished run
    std::optional<plugboard::JobInfo> inFlight; // or a run in flight
    QString traceback;
    const QList<plugboard::LogLine> *log = nullptr; // the plugin's recent log, oldest first

    QString text() const;

    static QString logLineText(const plugboard::LogLine &line);
    // "14:03:07" today, "2026-12-05 14:03" before; "420 ms", "3.2 s", "4 min 10 s".
    static QString timeText(qint64 ms);
    static QString durationText(qint64 ms);

private:
    QString finishedText() const;
    QString inFlightText() const;
    QString loggedBetween(qint64 fromMs, qint64 toMs) const;
};

} // namespace plugboard::ui
