// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/activityrecorder.h"

#include "store/database.h"
#include "store/newestperkey.h"
#include "store/pluginlogstore.h"
#include "store/runjournal.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcActivity, "plugboard.core.activity", QtInfoMsg)

namespace plugboard {

ActivityRecorder::ActivityRecorder(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_writer.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(FlushDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ActivityRecorder::flush);
}

ActivityRecorder::~ActivityRecorder()
{
    flushAndWait();
}

void ActivityRecorder::recordRun(const JournalEntry &entry)
{
    m_runs.append(entry);
    scheduleFlush();
}

void ActivityRecorder::recordRun(const JobResult &result)
{
    m_results.append(result);
    scheduleFlush();
}

void ActivityRecorder::recordLog(const LogLine &line)
{
    m_lines.append(line);
    scheduleFlush();
}

void ActivityRecorder::scheduleFlush()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void ActivityRecorder::flush()
{
    if (m_runs.isEmpty() && m_results.isEmpty() && m_lines.isEmpty())
        return;
    QList<JournalEntry> entries = std::exchange(m_runs, {});
    QList<JobResult> results = std::exchange(m_results, {});
    QList<LogLine> lines = std::exchange(m_lines, {});
    const QString path = m_path;
    m_writer.start([path, entries = std::move(entries), results = std::move(results),
                    lines = std::move(lines)] {
        QList<JournalEntry> runs = entries;
        for (const JobResult &result : newestPerKey(results, RunJournal::DefaultKeepPerPlugin))
            runs.append(journalEntryFor(result));
        // A failure here loses only history, never user state; say so in the app log.
        if (Result<void> r = RunJournal(path).write(runs); !r)
            qCWarning(lcActivity) << "run journal not written:" << r.error().message;
        if (Result<void> r = PluginLogStore(path).write(lines); !r)
            qCWarning(lcActivity) << "plugin log not written:" << r.error().message;
    });
}

void ActivityRecorder::flushAndWait()
{
    m_timer.stop();
    flush();
    // waitForDone() ends the pool's thread as well. Its SQLite connection is closed here, on it,
    // first: left to the thread's exit, the close ran after waitForDone() had returned, and at
    // the end of a process (plugboardctl run) it raced Qt's SQL registry being torn down and
    // crashed about once in a hundred runs.
    m_writer.start([] { Database::releaseThreadConnections(); });
    m_writer.waitForDone();
}

} // namespace plugboard
