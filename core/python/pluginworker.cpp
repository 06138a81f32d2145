// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Include pybind11 (through pluginhost.h) before any Qt header: Python's object.h has a member
// named `slots`.
#include "python/pluginhost.h"

#include "python/embeddedpythonruntime.h"
#include "python/interpreter.h"
#include "python/pluginchannel.h"
#include "python/pluginworker.h"

#include <QCoreApplication>
#include <QDateTime>

namespace plugboard::python {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Python)
};

constexpr uint WorkerStackBytes = 8 * 1024 * 1024; // deep plugin recursion must not overflow

JobResult resultFor(const JobState &job)
{
    JobResult r;
    r.jobId = job.id;
    r.key = job.key;
    r.action = job.action;
    return r;
}

} // namespace

PluginWorker::PluginWorker(std::shared_ptr<PluginChannel> channel)
    : m_channel(std::move(channel))
{
    m_channel->worker = this;
    setStackSize(WorkerStackBytes);
    setObjectName(QStringLiteral("plugin:") + m_channel->key);
}

PluginWorker::~PluginWorker()
{
    // Only destroyed after run() returned (the runtime leaks workers that never end), so the
    // queue holds no Python objects any more.
    wait();
}

bool PluginWorker::enqueue(WorkerTask task)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed)
            return false;
        if (task.kind == WorkerTask::Kind::Stop)
            m_closed = true;
        m_queue.push_back(std::move(task));
    }
    // Woken after the lock is let go, so the worker does not wake only to wait for it.
    m_wake.wakeOne();
    return true;
}

quint64 PluginWorker::submit(std::shared_ptr<SubmitPayload> payload, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return 0;
    WorkerTask task;
    task.kind = WorkerTask::Kind::Submit;
    task.job =
        std::make_shared<JobState>(nextJobId(), m_channel->key, QStringLiteral("submit:") + name);
    task.payload = std::move(payload);
    const quint64 id = task.job->id;
    // Registered with the runtime before the job can start, so its events arrive in order.
    auto channel = m_channel;
    auto job = task.job;
    m_channel->post(
        [channel, job](EmbeddedPythonRuntime &runtime) { runtime.onSubmitted(channel, job); });
    m_queue.push_back(std::move(task));
    m_wake.wakeOne();
    return id;
}

PluginWorker::Where PluginWorker::dropOrLocate(quint64 jobId)
{
    QMutexLocker lock(&m_mutex);
    if (m_current == jobId)
        return Where::Running;
    for (WorkerTask &task : m_queue) {
        if (task.job && task.job->id == jobId && !task.dropped) {
            task.dropped = true;
            return Where::Queued;
        }
    }
    return Where::Unknown;
}

QList<std::shared_ptr<JobState>> PluginWorker::dropQueued()
{
    QList<std::shared_ptr<JobState>> out;
    QMutexLocker lock(&m_mutex);
    for (WorkerTask &task : m_queue) {
        const bool job =
            task.kind == WorkerTask::Kind::Run || task.kind == WorkerTask::Kind::Submit;
        if (job && !task.dropped) {
            task.dropped = true;
            out.append(task.job);
        }
    }
    return out;
}

quint64 PluginWorker::currentJob() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

void PluginWorker::run()
{
    Interpreter::attachThread();
    const PyGILState_STATE gil = PyGILState_Ensure(); // creates this thread's state, kept
    PyThreadState *state = PyThreadState_Get();
    m_channel->pythonThreadId = state->thread_id;
    m_channel->threadState = state;
    PluginChannel::setForCurrentThread(m_channel.get());
    auto host = std::make_unique<PluginHost>(m_channel);
    PyEval_SaveThread();

    bool stopped = false;
    while (!stopped) {
        WorkerTask task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty())
                m_wake.wait(&m_mutex);
            task = std::move(m_queue.front());
            m_queue.pop_front();
            m_current = task.dropped || !task.job ? 0 : task.job->id;
        }
        PyEval_RestoreThread(state);
        if (!task.dropped)
            execute(task, *host);
        stopped = task.kind == WorkerTask::Kind::Stop;
        task = WorkerTask(); // Python objects go while we hold the GIL
        PyEval_SaveThread();
        QMutexLocker lock(&m_mutex);
        m_current = 0;
    }

    // Tasks queued after the Stop (plugboard.submit() from stop()) never run.
    PyEval_RestoreThread(state);
    std::deque<WorkerTask> rest;
    {
        QMutexLocker lock(&m_mutex);
        rest.swap(m_queue);
    }
    for (WorkerTask &task : rest) {
        if (task.dropped || !task.job || task.kind == WorkerTask::Kind::Load)
            continue;
        JobResult r = resultFor(*task.job);
        r.outcome = JobResult::Outcome::Cancelled;
        r.message = Text::tr("The plugin was stopped before this job could run.");
        r.startedAtMs = r.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_channel->post([r](EmbeddedPythonRuntime &runtime) { runtime.onJobFinished(r); });
    }
    rest.clear();
    host.reset();
    PluginChannel::setForCurrentThread(nullptr);
    m_channel->threadState = nullptr;
    PyGILState_Release(gil); // deletes the thread state and releases the GIL
    Interpreter::detachThread();
    auto channel = m_channel;
    m_channel->post([channel](EmbeddedPythonRuntime &runtime) { runtime.onWorkerDone(channel); });
}

void PluginWorker::execute(WorkerTask &task, PluginHost &host)
{
    switch (task.kind) {
    case WorkerTask::Kind::Load: {
        m_channel->setCurrentJob(task.job);
        LoadResult r = host.load(task.load, task.job);
        m_channel->setCurrentJob(nullptr);
        m_channel->flushOutput();
        auto channel = m_channel;
        m_channel->post(
            [channel, r](EmbeddedPythonRuntime &runtime) { runtime.onLoadFinished(channel, r); });
        return;
    }
    case WorkerTask::Kind::Stop:
        m_channel->setCurrentJob(task.job);
        host.stop(task.reason, task.job);
        m_channel->setCurrentJob(nullptr);
        host.unload();
        m_channel->flushOutput();
        return;
    case WorkerTask::Kind::Run:
    case WorkerTask::Kind::Submit:
        executeJob(task, host);
        return;
    }
}

void PluginWorker::executeJob(WorkerTask &task, PluginHost &host)
{
    const std::shared_ptr<JobState> &job = task.job;
    JobResult r = resultFor(*job);
    r.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    const quint64 id = job->id;
    const QString key = job->key;
    m_channel->post([id, key](EmbeddedPythonRuntime &runtime) { runtime.onJobStarted(id, key); });
    m_channel->setCurrentJob(job);
    if (!host.isLoaded()) {
        r.outcome = JobResult::Outcome::Failed;
        r.message = host.loadError().isEmpty()
                        ? Text::tr("The plugin \"%1\" is not loaded.").arg(key)
                        : Text::tr("The plugin \"%1\" is not loaded: %2", "%2 is why")
                              .arg(key, host.loadError());
    } else if (task.kind == WorkerTask::Kind::Run) {
        host.run(task.run, job, r);
    } else {
        host.runSubmitted(*task.payload, job, r);
    }
    m_channel->setCurrentJob(nullptr);
    m_channel->flushOutput();
    r.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_channel->post(
        [r = std::move(r)](EmbeddedPythonRuntime &runtime) { runtime.onJobFinished(r); });
}

} // namespace plugboard::python
