// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/runjob.h"

#include "runner/pluginrunner.h"

#include <QDateTime>

namespace plugboard {

RunJob::RunJob(quint64 id, QString key, QString action, PluginRunner *runner)
    : Job(nullptr, id) // PluginRunner keeps and deletes it: no child list to maintain per run
    , m_runner(runner)
    , m_key(std::move(key))
    , m_action(std::move(action))
    , m_queuedAtMs(QDateTime::currentMSecsSinceEpoch())
{
    setDeletedByFinisher();
}

JobInfo RunJob::info() const
{
    JobInfo info;
    info.id = id();
    info.key = m_key;
    info.action = m_action;
    info.state = state() == State::Queued ? JobInfo::State::Queued : JobInfo::State::Running;
    info.progress = progress();
    info.progressMessage = message();
    info.cancelling = isCancelling();
    info.queuedAtMs = m_queuedAtMs;
    info.startedAtMs = m_startedAtMs;
    return info;
}

bool RunJob::doCancel()
{
    return m_runner && m_runner->cancel(this);
}

void RunJob::markStarted(qint64 atMs)
{
    m_startedAtMs = atMs;
    setStarted();
}

void RunJob::markProgress(double fraction, const QString &message)
{
    setProgress(fraction, message);
}

void RunJob::markCancelling()
{
    setCancelling();
}

void RunJob::markFinished()
{
    const JobResult &result = m_result;
    switch (result.outcome) {
    case JobResult::Outcome::Ok:
        finishOk();
        break;
    case JobResult::Outcome::Cancelled:
        finishWithError(Error::make(ErrorCode::Cancelled, result.message));
        break;
    case JobResult::Outcome::TimedOut:
        finishWithError(Error::make(ErrorCode::TimedOut, result.message));
        break;
    case JobResult::Outcome::Error:
    case JobResult::Outcome::Failed:
        finishWithError(Error::make(ErrorCode::PluginError, result.message));
        break;
    }
}

} // namespace plugboard
