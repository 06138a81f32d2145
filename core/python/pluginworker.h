// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/pluginruntime.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>

namespace plugboard::python {

class PluginChannel;
class PluginHost;
struct JobState;
struct SubmitPayload;

struct WorkerTask {
    enum class Kind { Load, Run, Submit, Stop };
    Kind kind = Kind::Run;
    std::shared_ptr<JobState> job; // every kind: loads and stops are cancellable too
    LoadRequest load;
    RunRequest run;
    StopReason reason = StopReason::Disable;
    std::shared_ptr<SubmitPayload> payload; // released with the GIL held
    bool dropped = false;                   // cancelled while queued: never runs
};

// One plugin's thread. It creates its Python thread state once and keeps it; each task takes
// the GIL, runs, releases it. Tasks run one at a time in FIFO order. A Stop task is the last:
// the thread unloads the plugin and ends after it. Results travel back through the channel.
class PluginWorker : public QThread {
public:
    explicit PluginWorker(std::shared_ptr<PluginChannel> channel);
    ~PluginWorker() override;

    const std::shared_ptr<PluginChannel> &channel() const { return m_channel; }

    // False once the Stop task was queued.
    bool enqueue(WorkerTask task);
    // From plugboard.submit() on any thread: queues fn as a background job. Returns its id, or
    // 0 when the worker accepts no more tasks.
    quint64 submit(std::shared_ptr<SubmitPayload> payload, const QString &name);

    enum class Where { Unknown, Queued, Running };
    // A queued job is marked dropped (it will not run); a running one is only located.
    Where dropOrLocate(quint64 jobId);
    // Marks every queued job (Run and Submit) dropped and returns them.
    QList<std::shared_ptr<JobState>> dropQueued();
    // The task being executed now (0 between tasks).
    quint64 currentJob() const;

protected:
    void run() override;

private:
    void execute(WorkerTask &task, PluginHost &host);
    void executeJob(WorkerTask &task, PluginHost &host);

    const std::shared_ptr<PluginChannel> m_channel;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<WorkerTask> m_queue;
    quint64 m_current = 0;
    bool m_closed = false;
};

} // namespace plugboard::python
