// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "runner/runtimetypes.h"
#include "store/journalentry.h"
#include "store/logline.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>

#include <memory>
#include <optional>

namespace plugboard {

class ActivityRecorder;
class RunJob;

// What plugins are doing and have done: the runs in flight (as RunJob handles), how the last
// runs of this process ended, each plugin's log lines, and what every process recorded in the
// database (the run journal and the plugin log, written behind the caller's back). The window's
// cards and activity tab, the REST API's jobs and event stream, and `plugboardctl log` read it;
// PluginRunner feeds it. Lives on the main thread.
class Activity : public QObject {
    Q_OBJECT

public:
    static constexpr int LogLinesKept = 500;        // per plugin, in memory
    static constexpr qsizetype FinishedKept = 1000; // finished runs remembered, all plugins

    explicit Activity(const QString &databasePath, QObject *parent = nullptr);
    ~Activity() override;

    // Runs queued or running, oldest first.
    QList<RunJob *> jobs() const;
    // A run in flight, or nullptr.
    RunJob *job(quint64 id) const;
    // How a run of this process ended, while it is among the last FinishedKept.
    std::optional<JobResult> finishedRun(quint64 id) const;

    // This process's log lines of a plugin, newest last.
    QList<LogLine> logLines(const QString &key) const;
    // From the database: what every process recorded, newest runs first, log oldest first.
    Result<QList<JournalEntry>> recentRuns(const QString &key, int limit) const;
    Result<QList<LogLine>> recentLogLines(const QString &key, int limit) const;
    // Writes pending runs and log lines now and waits for it (the CLI does before exiting).
    void flush();
    // Drops a removed plugin's in-memory log.
    void forget(const QString &key);

Q_SIGNALS:
    void jobQueued(plugboard::RunJob *job);
    void jobStarted(plugboard::RunJob *job);
    // Progress, its message, or a cancel request.
    void jobProgress(plugboard::RunJob *job);
    // The job's result() is set; the job deletes itself once every receiver has seen it.
    void jobFinished(plugboard::RunJob *job);
    void logLine(const plugboard::LogLine &line);
    // plugboard.notify(message, level, title) from plugin code.
    void notification(const QString &key, const QString &level, const QString &title,
                      const QString &message);

private:
    friend class PluginRunner;
    void track(RunJob *job);
    void started(RunJob *job);
    void progressed(RunJob *job);
    void finished(RunJob *job);
    void appendLog(const QString &key, const QString &level, const QString &text);

    QString m_databasePath;
    std::unique_ptr<ActivityRecorder> m_recorder;
    QHash<quint64, RunJob *> m_jobs;
    QHash<quint64, JobResult> m_finished;
    QQueue<quint64> m_finishedOrder;
    QHash<QString, QList<LogLine>> m_logs;
};

} // namespace plugboard
