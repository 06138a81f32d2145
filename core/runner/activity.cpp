// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/activity.h"

#include "runner/activityrecorder.h"
#include "runner/runjob.h"
#include "store/pluginlogstore.h"
#include "store/runjournal.h"

#include <QDateTime>

#include <QLoggingCategory>
#include <algorithm>

// Plugin log records and print() output in the app log, e.g. "plugboard.plugin: [key] text".
Q_LOGGING_CATEGORY(lcPluginLog, "plugboard.plugin", QtInfoMsg)

namespace plugboard {

Activity::Activity(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_recorder(std::make_unique<ActivityRecorder>(databasePath))
{}

Activity::~Activity() = default;

QList<RunJob *> Activity::jobs() const
{
    QList<RunJob *> list = m_jobs.values();
    std::sort(list.begin(), list.end(),
              [](const RunJob *a, const RunJob *b) { return a->id() < b->id(); });
    return list;
}

RunJob *Activity::job(quint64 id) const
{
    return m_jobs.value(id);
}

std::optional<JobResult> Activity::finishedRun(quint64 id) const
{
    const auto it = m_finished.constFind(id);
    return it == m_finished.cend() ? std::nullopt : std::optional<JobResult>(*it);
}

QList<LogLine> Activity::logLines(const QString &key) const
{
    return m_logs.value(key);
}

Result<QList<JournalEntry>> Activity::recentRuns(const QString &key, int limit) const
{
    return RunJournal(m_databasePath).recent(key, limit);
}

Result<QList<LogLine>> Activity::recentLogLines(const QString &key, int limit) const
{
    return PluginLogStore(m_databasePath).recent(key, limit);
}

void Activity::flush()
{
    m_recorder->flushAndWait();
}

void Activity::forget(const QString &key)
{
    m_logs.remove(key);
}

void Activity::track(RunJob *job)
{
    m_jobs.insert(job->id(), job);
    Q_EMIT jobQueued(job);
}

void Activity::started(RunJob *job)
{
    Q_EMIT jobStarted(job);
}

void Activity::progressed(RunJob *job)
{
    Q_EMIT jobProgress(job);
}

void Activity::finished(RunJob *job)
{
    const JobResult &result = job->result();
    m_jobs.remove(job->id());
    m_finished.insert(result.jobId, result);
    m_finishedOrder.enqueue(result.jobId);
    while (m_finishedOrder.size() > FinishedKept)
        m_finished.remove(m_finishedOrder.dequeue());
    m_recorder->recordRun(result);
    Q_EMIT jobFinished(job);
}

void Activity::appendLog(const QString &key, const QString &level, const QString &text)
{
    const LogLine line{key, QDateTime::currentMSecsSinceEpoch(), level, text};
    if (level == QLatin1String("error"))
        qCWarning(lcPluginLog).noquote() << QStringLiteral("[%1] error: %2").arg(key, text);
    else if (level == QLatin1String("warning"))
        qCWarning(lcPluginLog).noquote() << QStringLiteral("[%1] %2").arg(key, text);
    else if (level == QLatin1String("debug"))
        qCDebug(lcPluginLog).noquote() << QStringLiteral("[%1] %2").arg(key, text);
    else
        qCInfo(lcPluginLog).noquote() << QStringLiteral("[%1] %2").arg(key, text);
    QList<LogLine> &lines = m_logs[key];
    lines.append(line);
    if (lines.size() > LogLinesKept)
        lines.remove(0, lines.size() - LogLinesKept);
    m_recorder->recordLog(line);
    Q_EMIT logLine(line);
}

} // namespace plugboard
