// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runtimetypes.h"
#include "store/journalentry.h"
#include "store/logline.h"

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace plugboard {

// Write-behind recording of finished runs and plugin log lines. Callers (the main thread)
// only append to a list; a timer hands batches to one background thread, which writes each
// batch in a single transaction. A plugin printing thousands of lines, or 10,000 quick runs,
// therefore never waits on SQLite.
class ActivityRecorder : public QObject {
    Q_OBJECT

public:
    static constexpr int FlushDelayMs = 200;

    explicit ActivityRecorder(QString databasePath, QObject *parent = nullptr);
    ~ActivityRecorder() override; // writes what is pending before returning

    void recordRun(const JournalEntry &entry);
    // A finished job: turned into its journal entry on the background thread, and only when
    // the journal will keep it (a burst of quick runs keeps the newest of each plugin).
    void recordRun(const JobResult &result);
    void recordLog(const LogLine &line);

    // Writes everything pending and waits for it (the CLI calls this before exiting).
    void flushAndWait();

    const QString &databasePath() const { return m_path; }

private:
    void scheduleFlush();
    void flush();

    QString m_path;
    QList<JournalEntry> m_runs;
    QList<JobResult> m_results;
    QList<LogLine> m_lines;
    QTimer m_timer;
    QThreadPool m_writer; // one thread: batches are written in order
};

} // namespace plugboard
