// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/pluginruntime.h"

#include <QHash>

#include <memory>
#include <vector>

namespace plugboard {

namespace python {
class PluginChannel;
class PluginWorker;
struct JobState;
} // namespace python

// PluginRuntime in this process, on CPython (core/python/). Each loaded plugin gets a worker
// thread that owns a Python thread state for its life and runs the plugin's tasks (load, actions,
// plugboard.submit() jobs, stop) one at a time in order; plugins run in parallel. The main thread
// never takes the GIL and never waits on a worker, except in shutdown() (bounded by its deadline).
//
// Cancelling a running job raises plugboard.Cancelled (a BaseException) in its thread. A job
// blocked in a C call ends when the call returns. A plugin that swallows the cancellation is
// reported finished (Cancelled/TimedOut) after about half a second all the same; its worker is
// then "stuck": its queued and new jobs fail with a sentence until the swallowing job really
// ends (its late result is dropped and logged). The same report comes if the cancellation is
// still pending after 10 s (a blocking call that does not return).
//
// Jobs dropped from the queue by cancel()/unload() get jobFinished without jobStarted. A job
// whose plugin noticed the cancellation and returned normally still finishes Cancelled/TimedOut
// (its result kept).
//
// The first load() starts Python on the calling thread (about 20–40 ms, once per process);
// every other call returns at once. plugboard.submit() jobs run on the plugin's own queue after
// the jobs already in it, and are announced by backgroundJobSubmitted before their jobStarted.
// print() and sys.stdout/sys.stderr writes of plugin code reach logLine ("info"/"error"), also
// from threads the plugin starts; output is capped per plugin (256 Ki characters per 2 s).
class EmbeddedPythonRuntime : public PluginRuntime {
    Q_OBJECT

public:
    explicit EmbeddedPythonRuntime(QObject *parent = nullptr);
    ~EmbeddedPythonRuntime() override;

    void load(const LoadRequest &request) override;
    void unload(const QString &key, StopReason reason) override;
    bool isLoaded(const QString &key) const override;
    // A request with jobId 0 gets one from nextJobId().
    void run(const RunRequest &request) override;
    bool cancel(quint64 jobId, bool timedOut = false) override;
    // Waits (blocking, at most deadlineMs) for every plugin's stop() and thread; the unloaded
    // signals of this call are emitted directly. Threads that do not end are left running.
    // Python itself is finalised later, when the QCoreApplication goes (python::Interpreter).
    void shutdown(int deadlineMs) override;

    // Whether this process has started Python (it starts on the first load()).
    static bool isStarted();
    // How long a plugin's stop() may take on unload before it is interrupted (default 5 s).
    void setStopTimeout(int ms) { m_stopTimeoutMs = ms; }
    // True while the plugin's worker runs a job that ignored its cancellation.
    bool isStuck(const QString &key) const;

public:
    // Internal: called by core/python/ on this object's thread (queued from workers).
    void onLoadFinished(const std::shared_ptr<python::PluginChannel> &channel,
                        const LoadResult &result);
    void onJobStarted(quint64 jobId, const QString &key);
    void onJobProgress(quint64 jobId, double fraction, const QString &message);
    void onJobFinished(const JobResult &result);
    void onSubmitted(const std::shared_ptr<python::PluginChannel> &channel,
                     const std::shared_ptr<python::JobState> &job);
    void onCancelIgnored(quint64 jobId, bool blocked);
    void onWorkerDone(const std::shared_ptr<python::PluginChannel> &channel);

private:
    struct Slot;
    struct JobRecord {
        std::shared_ptr<python::JobState> state;
        Slot *slot = nullptr;
        bool reportedEarly = false; // finished for the caller; the thread still runs it
    };

    void startLoad(const LoadRequest &request);
    void retire(Slot *slot, StopReason reason, bool requested);
    void failQueued(Slot *slot, JobResult::Outcome outcome, const QString &message);
    void watchStop(Slot *slot);
    Slot *slotFor(const python::PluginChannel *channel) const;
    bool stillExists(const Slot *slot) const;
    void postFinished(JobResult result);
    void postLoaded(LoadResult result);
    void releaseSlot(Slot *slot);
    QString stuckSentence(const Slot *slot) const;

    std::vector<std::unique_ptr<Slot>> m_slots; // active and retiring
    QHash<QString, Slot *> m_active;            // key → the slot that serves it
    QHash<QString, LoadRequest> m_pendingLoads; // waiting for a retiring slot of that key
    QHash<quint64, JobRecord> m_jobs;           // not yet finished for the caller
    int m_stopTimeoutMs = 5000;
    bool m_shutDown = false;
};

} // namespace plugboard
