// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/pluginrunner.h"

#include "runner/activity.h"
#include "runner/loadjob.h"
#include "runner/runjob.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRunner, "plugboard.core.runner", QtInfoMsg)

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginRunner)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

PluginRunner::PluginRunner(std::unique_ptr<PluginRuntime> runtime, Activity *activity,
                           QObject *parent)
    : QObject(parent)
    , m_runtime(std::move(runtime))
    , m_activity(activity)
{
    PluginRuntime *rt = m_runtime.get();
    connect(rt, &PluginRuntime::loaded, this, &PluginRunner::onLoaded);
    connect(rt, &PluginRuntime::unloaded, this, [this](const QString &key) {
        m_loaded.remove(key);
        // Its code is gone (a crash ends it unasked): no longer "loaded" by its last result.
        if (const auto it = m_loadResults.constFind(key); it != m_loadResults.cend() && it->ok)
            m_loadResults.erase(it);
        Q_EMIT unloaded(key);
    });
    connect(rt, &PluginRuntime::backgroundJobSubmitted, this,
            [this](quint64 jobId, const QString &key, const QString &action) {
                startJob(jobId, key, action);
            });
    connect(rt, &PluginRuntime::jobStarted, this, &PluginRunner::onJobStarted);
    connect(rt, &PluginRuntime::jobProgress, this, &PluginRunner::onJobProgress);
    connect(rt, &PluginRuntime::jobFinished, this, &PluginRunner::onJobFinished);
    connect(rt, &PluginRuntime::logLine, this,
            [this](const QString &key, const QString &level, const QString &text) {
                m_activity->appendLog(key, level, text);
            });
    connect(rt, &PluginRuntime::notification, m_activity, &Activity::notification);
    connect(rt, &PluginRuntime::processEnded, this, &PluginRunner::onProcessEnded);
}

int PluginRunner::recentCrashes(const QString &key) const
{
    return int(m_crashTimes.value(key).size());
}

bool PluginRunner::crashedRepeatedly(const QString &key) const
{
    return m_crashTimes.value(key).size() >= CrashLimit;
}

void PluginRunner::forgetCrashes(const QString &key)
{
    if (m_crashTimes.remove(key))
        m_loadResults.remove(key);
}

void PluginRunner::onProcessEnded(const QString &key, const QString &sentence, const QString &fault,
                                  const QString &lastOutput)
{
    QString what = sentence;
    what[0] = what[0].toUpper();
    const bool crash = fault != QLatin1String("process_killed");
    if (crash) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<qint64> &times = m_crashTimes[key];
        times.removeIf([now](qint64 at) { return now - at > CrashWindowMs; });
        times.append(now);
    }
    const bool repeatedly = crashedRepeatedly(key);
    m_activity->appendLog(key, QStringLiteral("error"),
                          lastOutput.isEmpty()
                              ? what + QLatin1Char('.')
                              : Text::tr("%1. Its last output:\n%2").arg(what, lastOutput));
    if (repeatedly) {
        LoadResult stopped;
        stopped.key = key;
        stopped.error =
            Text::tr("Crashed %1 times within a minute, so Plugboard stopped it; restart "
                     "it to try again. The last time: %2.")
                .arg(CrashLimit)
                .arg(sentence);
        stopped.traceback = lastOutput;
        m_loadResults.insert(key, stopped);
        m_loaded.remove(key);
    }
    Q_EMIT processEnded(key, crash ? what : QString(), repeatedly);
}

PluginRunner::~PluginRunner()
{
    qDeleteAll(m_timeouts);
    m_timeouts.clear();
    qDeleteAll(m_jobs); // runs still in flight when the manager goes
}

LoadJob *PluginRunner::load(const LoadRequest &request)
{
    if (LoadJob *inFlight = m_loadJobs.value(request.key))
        return inFlight;
    auto *job = new LoadJob(request.key, this);
    if (isLoaded(request.key)) {
        job->markLoadedLater();
        return job;
    }
    m_loadJobs.insert(request.key, job);
    m_loading.insert(request.key);
    m_runtime->load(request);
    return job;
}

void PluginRunner::unload(const QString &key, StopReason reason)
{
    m_loading.remove(key);
    m_loadResults.remove(key);
    if (const QPointer<LoadJob> job = m_loadJobs.take(key)) {
        job->markFailed(
            Error::make(ErrorCode::Conflict,
                        Text::tr("The plugin was stopped before its code finished loading.")),
            QString());
    }
    if (m_loaded.remove(key) || m_runtime->isLoaded(key))
        m_runtime->unload(key, reason);
}

const LoadResult *PluginRunner::loadResult(const QString &key) const
{
    const auto it = m_loadResults.constFind(key);
    return it == m_loadResults.cend() ? nullptr : &*it;
}

void PluginRunner::onLoaded(const LoadResult &result)
{
    // A load that unload() abandoned still reports: the plugin is stopped, and its code must
    // not count as loaded (a later load would be skipped as done).
    if (!m_loading.remove(result.key))
        return;
    m_loadResults.insert(result.key, result);
    if (result.ok)
        m_loaded.insert(result.key);
    else
        m_loaded.remove(result.key);
    Q_EMIT loaded(result);
    // After the manager has adopted the new state, so a holder that looks at the plugin sees it.
    if (const QPointer<LoadJob> job = m_loadJobs.take(result.key)) {
        if (result.ok)
            job->markLoaded();
        else
            job->markFailed(Error::make(ErrorCode::PluginError, result.error), result.traceback);
    }
}

RunJob *PluginRunner::startJob(quint64 id, const QString &key, const QString &action)
{
    auto *job = new RunJob(id, key, action, this);
    m_jobs.insert(id, job);
    m_activity->track(job);
    return job;
}

RunJob *PluginRunner::run(RunRequest request, int timeoutMs)
{
    if (request.jobId == 0)
        request.jobId = nextJobId();
    RunJob *job = startJob(request.jobId, request.key, request.action);
    if (timeoutMs > 0) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        const quint64 id = job->id();
        connect(timer, &QTimer::timeout, this, [this, id] {
            qCInfo(lcRunner) << "job" << id << "timed out; cancelling";
            if (RunJob *timedOut = m_jobs.value(id))
                timedOut->markCancelling();
            m_runtime->cancel(id, /*timedOut=*/true);
        });
        m_timeouts.insert(job->id(), timer);
        // The clock starts when the job is queued: a user waits from the click on.
        timer->start(timeoutMs);
    }
    m_runtime->run(request);
    return job;
}

bool PluginRunner::cancel(RunJob *job)
{
    if (!m_jobs.contains(job->id()))
        return false;
    job->markCancelling();
    m_activity->progressed(job);
    return m_runtime->cancel(job->id(), false);
}

void PluginRunner::onJobStarted(quint64 jobId, const QString &key)
{
    // A job the plugin started itself and the runtime did not announce (plugboard.submit).
    RunJob *job = m_jobs.value(jobId);
    if (!job)
        job = startJob(jobId, key, QStringLiteral("submit"));
    job->markStarted(nowMs());
    m_activity->started(job);
}

void PluginRunner::onJobProgress(quint64 jobId, double fraction, const QString &message)
{
    if (RunJob *job = m_jobs.value(jobId)) {
        job->markProgress(fraction, message);
        m_activity->progressed(job);
    }
}

void PluginRunner::onJobFinished(const JobResult &result)
{
    if (QTimer *timer = m_timeouts.take(result.jobId))
        timer->deleteLater();
    RunJob *job = m_jobs.take(result.jobId);
    if (!job) // a runtime reporting a job it never announced: keep its record all the same
        job = new RunJob(result.jobId, result.key, result.action, this);
    job->setResult(result);
    m_activity->finished(job);
    job->markFinished();
    if (job->autoDelete())
        delete job; // its holders have read it in their finished() slot
}

void PluginRunner::forget(const QString &key)
{
    m_loadResults.remove(key);
}

void PluginRunner::shutdown(int deadlineMs)
{
    m_runtime->shutdown(deadlineMs);
    m_loaded.clear();
    m_loading.clear();
    m_activity->flush();
}

} // namespace plugboard
