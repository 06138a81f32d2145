// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <Python.h> // before Qt: object.h has a member named `slots`

#include "python/embeddedpythonruntime.h"

#include "python/canceller.h"
#include "python/interpreter.h"
#include "python/pluginchannel.h"
#include "python/pluginworker.h"
#include "python/pythonlog.h"
#include "python/runtimeslot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>

namespace plugboard {

using python::Canceller;
using python::JobState;
using python::PluginChannel;
using python::PluginWorker;
using python::WorkerTask;
using Outcome = JobResult::Outcome;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Python)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

JobResult resultFor(const JobState &job, Outcome outcome, const QString &message)
{
    JobResult r;
    r.jobId = job.id;
    r.key = job.key;
    r.action = job.action;
    r.outcome = outcome;
    r.message = message;
    r.startedAtMs = r.finishedAtMs = now();
    return r;
}

} // namespace

EmbeddedPythonRuntime::EmbeddedPythonRuntime(QObject *parent)
    : PluginRuntime(parent)
{}

EmbeddedPythonRuntime::~EmbeddedPythonRuntime()
{
    if (!m_shutDown && !m_slots.empty())
        shutdown(3000);
    for (auto &slot : m_slots)
        slot->channel->detachRuntime();
    // Slots still here run plugin code that ignored every request to end: their threads are
    // left to finish on their own (destroying a running QThread aborts the process).
    for (auto &slot : m_slots)
        (void)slot.release();
}

bool EmbeddedPythonRuntime::isStarted()
{
    return python::Interpreter::isStarted();
}

bool EmbeddedPythonRuntime::isLoaded(const QString &key) const
{
    const Slot *slot = m_active.value(key);
    return slot && slot->loaded;
}

bool EmbeddedPythonRuntime::isStuck(const QString &key) const
{
    const Slot *slot = m_active.value(key);
    return slot && slot->stuckJob != 0;
}

void EmbeddedPythonRuntime::postFinished(JobResult result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT jobFinished(result); }, Qt::QueuedConnection);
}

void EmbeddedPythonRuntime::postLoaded(LoadResult result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT loaded(result); }, Qt::QueuedConnection);
}

EmbeddedPythonRuntime::Slot *EmbeddedPythonRuntime::slotFor(const PluginChannel *channel) const
{
    for (const auto &slot : m_slots) {
        if (slot->channel.get() == channel)
            return slot.get();
    }
    return nullptr;
}

bool EmbeddedPythonRuntime::stillExists(const Slot *slot) const
{
    for (const auto &s : m_slots) {
        if (s.get() == slot)
            return true;
    }
    return false;
}

QString EmbeddedPythonRuntime::stuckSentence(const Slot *slot) const
{
    return Text::tr("The plugin \"%1\" is still busy with job %2, which ignored its "
                    "cancellation; it takes no new actions until that job ends. Disable it or "
                    "restart Plugboard if it never does.")
        .arg(slot->key)
        .arg(slot->stuckJob);
}

void EmbeddedPythonRuntime::load(const LoadRequest &request)
{
    LoadResult failure;
    failure.key = request.key;
    if (m_shutDown) {
        failure.error = Text::tr("Plugboard is shutting down.");
        postLoaded(failure);
        return;
    }
    QString error;
    if (!python::Interpreter::ensureStarted(&error)) {
        failure.error = error;
        postLoaded(failure);
        return;
    }
    if (m_active.contains(request.key))
        unload(request.key, StopReason::Reload);
    for (const auto &slot : m_slots) {
        if (slot->key != request.key || !slot->retiring)
            continue;
        if (slot->stuckJob != 0) {
            failure.error = Text::tr("The previous instance of \"%1\" is still running a job "
                                     "that ignored its cancellation; restart Plugboard to load "
                                     "the plugin again.")
                                .arg(request.key);
            postLoaded(failure);
            return;
        }
        // Its modules leave sys.modules when its thread ends; load after that.
        m_pendingLoads.insert(request.key, request);
        return;
    }
    startLoad(request);
}

void EmbeddedPythonRuntime::startLoad(const LoadRequest &request)
{
    auto slot = std::make_unique<Slot>();
    slot->key = request.key;
    slot->channel = std::make_shared<PluginChannel>(
        request.key, python::packageNameFor(request.key), request.dataDir, this);
    slot->worker = new PluginWorker(slot->channel);
    slot->loadJob = std::make_shared<JobState>(nextJobId(), request.key, QStringLiteral("load"));
    WorkerTask task;
    task.kind = WorkerTask::Kind::Load;
    task.job = slot->loadJob;
    task.load = request;
    slot->worker->enqueue(std::move(task));
    slot->worker->start();
    m_active.insert(request.key, slot.get());
    m_slots.push_back(std::move(slot));
}

void EmbeddedPythonRuntime::onLoadFinished(const std::shared_ptr<PluginChannel> &channel,
                                           const LoadResult &result)
{
    Slot *slot = slotFor(channel.get());
    if (!slot)
        return;
    slot->loading = false;
    slot->loaded = result.ok && !slot->retiring;
    if (!result.ok && !slot->retiring) {
        m_active.remove(slot->key);
        failQueued(
            slot, Outcome::Failed,
            Text::tr("The plugin \"%1\" could not be loaded: %2").arg(slot->key, result.error));
        retire(slot, StopReason::Disable, false);
    }
    Q_EMIT loaded(result);
}

void EmbeddedPythonRuntime::failQueued(Slot *slot, Outcome outcome, const QString &message)
{
    for (const std::shared_ptr<JobState> &job : slot->worker->dropQueued()) {
        m_jobs.remove(job->id);
        postFinished(resultFor(*job, outcome, message));
    }
}

void EmbeddedPythonRuntime::unload(const QString &key, StopReason reason)
{
    m_pendingLoads.remove(key);
    Slot *slot = m_active.take(key);
    if (!slot) {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT unloaded(key); }, Qt::QueuedConnection);
        return;
    }
    failQueued(slot, Outcome::Cancelled,
               Text::tr("The plugin was stopped (%1) before this job ran.",
                        "%1 is an identifier like reload or disable")
                   .arg(stopReasonName(reason)));
    // The running action (or the load) is interrupted so stop() can follow promptly.
    const quint64 running = slot->worker->currentJob();
    if (slot->loading) {
        slot->loadJob->cancelRequested = true; // a load still queued will not start
        if (running == slot->loadJob->id)
            Canceller::request(slot->channel, slot->loadJob);
    } else if (m_jobs.contains(running) && !m_jobs.value(running).reportedEarly) {
        cancel(running);
    }
    retire(slot, reason, true);
    if (slot->stuckJob != 0) {
        // stop() cannot run before the stuck job ends; the caller need not wait for that.
        slot->unloadedEmitted = true;
        slot->channel->log(QStringLiteral("warning"),
                           Text::tr("[Plugboard] Unloaded while job %1 still runs; stop() and "
                                    "the module clean-up follow when it ends.",
                                    "a line of the plugin's log")
                               .arg(slot->stuckJob));
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT unloaded(key); }, Qt::QueuedConnection);
    }
}

void EmbeddedPythonRuntime::retire(Slot *slot, StopReason reason, bool requested)
{
    slot->retiring = true;
    slot->loaded = false;
    slot->unloadRequested = slot->unloadRequested || requested;
    slot->stopJob = std::make_shared<JobState>(nextJobId(), slot->key, QStringLiteral("stop"));
    WorkerTask task;
    task.kind = WorkerTask::Kind::Stop;
    task.job = slot->stopJob;
    task.reason = reason;
    slot->worker->enqueue(std::move(task));
    watchStop(slot);
}

void EmbeddedPythonRuntime::watchStop(Slot *slot)
{
    // stop() may only start after the current job ends; its time counts from when it starts.
    slot->stopWatch = new QTimer(this);
    slot->stopWatch->setInterval(100);
    connect(slot->stopWatch, &QTimer::timeout, this, [this, slot] {
        if (!stillExists(slot) || !slot->stopJob)
            return;
        if (slot->worker->currentJob() != slot->stopJob->id)
            return;
        if (!slot->stopSeen.isValid())
            slot->stopSeen.start();
        if (slot->stopSeen.elapsed() >= m_stopTimeoutMs && !slot->stopJob->cancelRequested) {
            slot->stopJob->cancelRequested = true;
            Canceller::request(slot->channel, slot->stopJob);
        }
    });
    slot->stopWatch->start();
}

void EmbeddedPythonRuntime::run(const RunRequest &request)
{
    RunRequest req = request;
    if (req.jobId == 0)
        req.jobId = nextJobId();
    auto job = std::make_shared<JobState>(req.jobId, req.key, req.action);
    Slot *slot = m_active.value(req.key);
    if (!slot) {
        postFinished(resultFor(*job, Outcome::Failed,
                               Text::tr("The plugin \"%1\" is not loaded.").arg(req.key)));
        return;
    }
    if (slot->stuckJob != 0) {
        postFinished(resultFor(*job, Outcome::Failed, stuckSentence(slot)));
        return;
    }
    WorkerTask task;
    task.kind = WorkerTask::Kind::Run;
    task.job = job;
    task.run = std::move(req);
    m_jobs.insert(job->id, JobRecord{job, slot, false});
    if (!slot->worker->enqueue(std::move(task))) {
        m_jobs.remove(job->id);
        postFinished(resultFor(*job, Outcome::Failed,
                               Text::tr("The plugin \"%1\" is being stopped.").arg(job->key)));
    }
}

bool EmbeddedPythonRuntime::cancel(quint64 jobId, bool timedOut)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->reportedEarly)
        return false;
    Slot *slot = it->slot;
    const std::shared_ptr<JobState> job = it->state;
    switch (slot->worker->dropOrLocate(jobId)) {
    case PluginWorker::Where::Queued:
        m_jobs.erase(it);
        postFinished(resultFor(*job, timedOut ? Outcome::TimedOut : Outcome::Cancelled,
                               timedOut ? Text::tr("The job waited too long in the queue and "
                                                   "was dropped.")
                                        : Text::tr("The job was cancelled before it started.")));
        return true;
    case PluginWorker::Where::Running:
        job->timedOut = timedOut;
        job->cancelRequested = true; // seq_cst: pairs with the worker's job window
        Canceller::request(slot->channel, job);
        return true;
    case PluginWorker::Where::Unknown:
        break;
    }
    return false; // it just finished; its result is on the way
}

void EmbeddedPythonRuntime::onJobStarted(quint64 jobId, const QString &key)
{
    auto it = m_jobs.constFind(jobId);
    if (it != m_jobs.constEnd() && !it->reportedEarly)
        Q_EMIT jobStarted(jobId, key);
}

void EmbeddedPythonRuntime::onJobProgress(quint64 jobId, double fraction, const QString &message)
{
    // Loads and stops report progress too; only jobs the caller knows about are passed on.
    auto it = m_jobs.constFind(jobId);
    if (it != m_jobs.constEnd() && !it->reportedEarly)
        Q_EMIT jobProgress(jobId, fraction, message);
}

void EmbeddedPythonRuntime::onJobFinished(const JobResult &result)
{
    const JobRecord record = m_jobs.take(result.jobId);
    if (record.slot && stillExists(record.slot) && record.slot->stuckJob == result.jobId) {
        record.slot->stuckJob = 0;
        record.slot->channel->log(QStringLiteral("warning"),
                                  Text::tr("[Plugboard] Job %1 finally ended (%2); the plugin "
                                           "takes actions again.",
                                           "a line of the plugin's log; %2 is an identifier "
                                           "like ok or error")
                                      .arg(result.jobId)
                                      .arg(outcomeName(result.outcome)));
    }
    if (record.reportedEarly)
        return;
    Q_EMIT jobFinished(result);
}

void EmbeddedPythonRuntime::onSubmitted(const std::shared_ptr<PluginChannel> &channel,
                                        const std::shared_ptr<JobState> &job)
{
    Slot *slot = slotFor(channel.get());
    if (!slot)
        return;
    m_jobs.insert(job->id, JobRecord{job, slot, false});
    Q_EMIT backgroundJobSubmitted(job->id, job->key, job->action);
}

void EmbeddedPythonRuntime::onCancelIgnored(quint64 jobId, bool blocked)
{
    for (const auto &s : m_slots) {
        Slot *slot = s.get();
        const bool isLoad = slot->loadJob && slot->loadJob->id == jobId;
        const bool isStop = slot->stopJob && slot->stopJob->id == jobId;
        if (!isLoad && !isStop)
            continue;
        slot->stuckJob = jobId;
        if (isStop && slot->unloadRequested && !slot->unloadedEmitted) {
            slot->unloadedEmitted = true;
            Q_EMIT unloaded(slot->key);
        }
        return;
    }
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->reportedEarly)
        return;
    it->reportedEarly = true;
    Slot *slot = it->slot;
    const JobState &job = *it->state;
    const QString why =
        blocked ? Text::tr("The plugin is blocked in a call that has not returned for %1 s; "
                           "Plugboard stopped waiting for it.")
                      .arg(Canceller::BlockedGraceMs / 1000)
                : Text::tr("The plugin ignored the cancellation and keeps running; Plugboard "
                           "stopped waiting for it.");
    JobResult r = resultFor(job, job.timedOut ? Outcome::TimedOut : Outcome::Cancelled, why);
    slot->stuckJob = jobId;
    slot->channel->log(
        QStringLiteral("warning"),
        QStringLiteral("[Plugboard] Job %1 (%2): %3").arg(jobId).arg(job.action, why));
    failQueued(slot, Outcome::Failed, stuckSentence(slot));
    Q_EMIT jobFinished(r);
}

void EmbeddedPythonRuntime::releaseSlot(Slot *slot)
{
    delete slot->stopWatch;
    slot->worker->wait();
    delete slot->worker;
    slot->channel->detachRuntime();
    std::erase_if(m_slots, [slot](const auto &s) { return s.get() == slot; });
}

void EmbeddedPythonRuntime::onWorkerDone(const std::shared_ptr<PluginChannel> &channel)
{
    Slot *slot = slotFor(channel.get());
    if (!slot)
        return;
    const QString key = slot->key;
    const bool owesUnloaded = slot->unloadRequested && !slot->unloadedEmitted;
    if (m_active.value(key) == slot)
        m_active.remove(key);
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->slot == slot)
            it = m_jobs.erase(it);
        else
            ++it;
    }
    releaseSlot(slot);
    if (owesUnloaded)
        Q_EMIT unloaded(key);
    if (m_pendingLoads.contains(key) && !m_shutDown)
        startLoad(m_pendingLoads.take(key));
}

void EmbeddedPythonRuntime::shutdown(int deadlineMs)
{
    QElapsedTimer timer;
    timer.start();
    m_shutDown = true;
    m_pendingLoads.clear();
    for (const QString &key : m_active.keys())
        unload(key, StopReason::Shutdown);
    const QDeadlineTimer deadline(deadlineMs);
    // Most of the time goes to stop(); what remains interrupts plugins that overrun it.
    const QDeadlineTimer gentle(std::max(1, deadlineMs * 3 / 5));
    for (const auto &slot : m_slots)
        slot->worker->wait(gentle);
    for (const auto &slot : m_slots) {
        if (slot->worker->isFinished())
            continue;
        const quint64 running = slot->worker->currentJob();
        for (const auto &job : {slot->loadJob, slot->stopJob}) {
            if (job && job->id == running) {
                job->cancelRequested = true;
                Canceller::request(slot->channel, job);
            }
        }
    }
    for (const auto &slot : m_slots)
        slot->worker->wait(deadline);

    QStringList done;
    QStringList stuck;
    std::vector<Slot *> finished;
    for (const auto &slot : m_slots) {
        if (slot->worker->isFinished())
            finished.push_back(slot.get());
        else
            stuck.append(slot->key);
    }
    for (Slot *slot : finished) {
        if (slot->unloadRequested && !slot->unloadedEmitted)
            done.append(slot->key);
        releaseSlot(slot);
    }
    m_jobs.clear();
    m_active.clear();
    if (!stuck.isEmpty())
        qCWarning(lcPython).noquote()
            << QStringLiteral("Shutdown: plugin thread(s) %1 did not end within %2 ms; they are "
                              "left running.")
                   .arg(stuck.join(QStringLiteral(", ")))
                   .arg(deadlineMs);
    if (!done.isEmpty() || !stuck.isEmpty())
        qCInfo(lcPython).noquote() << QStringLiteral("Shutdown of %1 plugin(s) took %2 ms")
                                          .arg(done.size() + stuck.size())
                                          .arg(timer.elapsed());
    for (const QString &key : std::as_const(done))
        Q_EMIT unloaded(key);
}

} // namespace plugboard
