// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/pluginruntime.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QTimer;

namespace plugboard {

class Activity;
class LoadJob;
class RunJob;

// Drives a PluginRuntime for PluginManager: which plugins are loaded or loading (with a LoadJob
// for each load in flight), the runs in flight (RunJob handles, reported to Activity), their
// timeouts, and the plugins' log lines and notifications. Lives on the main thread and never
// waits on a plugin.
class PluginRunner : public QObject {
    Q_OBJECT

public:
    PluginRunner(std::unique_ptr<PluginRuntime> runtime, Activity *activity,
                 QObject *parent = nullptr);
    ~PluginRunner() override;

    // Loads the plugin unless it is loaded or loading; the job says when it is. A loaded
    // plugin's job finishes (succeeded) from the event loop; a loading one's is the job in flight.
    LoadJob *load(const LoadRequest &request);
    // stop(context) with `reason`, then the code is dropped. A load in flight fails.
    void unload(const QString &key, StopReason reason);
    bool isLoaded(const QString &key) const { return m_loaded.contains(key); }
    bool isLoading(const QString &key) const { return m_loading.contains(key); }
    // The last load result of a plugin (ok or not); nullptr when never loaded in this process.
    const LoadResult *loadResult(const QString &key) const;

    // Queues a run; timeoutMs 0 means none. The job is Activity's to list and the caller's to hold.
    RunJob *run(RunRequest request, int timeoutMs);
    // What RunJob::cancel() does: a cancellation inside the plugin, or the job leaves the queue.
    bool cancel(RunJob *job);

    void forget(const QString &key); // drops the load result of a removed plugin

    // Plugins whose process crashed this many times within CrashWindowMs are stopped: their
    // load result becomes a failure saying so, and they stay stopped until restarted.
    static constexpr int CrashLimit = 3;
    static constexpr int CrashWindowMs = 60 * 1000;
    bool crashedRepeatedly(const QString &key) const;
    // How many times it crashed within the last CrashWindowMs.
    int recentCrashes(const QString &key) const;
    // Forgets the plugin's crashes (before a restart by the user).
    void forgetCrashes(const QString &key);
    void shutdown(int deadlineMs);

Q_SIGNALS:
    void loaded(const plugboard::LoadResult &result);
    void unloaded(const QString &key);
    // The plugin's process ended unasked or was killed (PluginRuntime::processEnded). `crash`
    // says how it crashed ("The plugin's process crashed (segmentation fault)"), empty when it
    // was killed for a run that would not stop. When `repeatedly`, the plugin is now stopped
    // until restarted, else it may be loaded again.
    void processEnded(const QString &key, const QString &crash, bool repeatedly);

private:
    RunJob *startJob(quint64 id, const QString &key, const QString &action);
    void onLoaded(const LoadResult &result);
    void onJobStarted(quint64 jobId, const QString &key);
    void onJobProgress(quint64 jobId, double fraction, const QString &message);
    void onJobFinished(const JobResult &result);
    void onProcessEnded(const QString &key, const QString &sentence, const QString &fault,
                        const QString &lastOutput);

    std::unique_ptr<PluginRuntime> m_runtime;
    Activity *m_activity;
    QSet<QString> m_loaded;
    QSet<QString> m_loading;
    QHash<QString, QPointer<LoadJob>> m_loadJobs; // loads in flight
    QHash<QString, LoadResult> m_loadResults;
    QHash<quint64, RunJob *> m_jobs;
    QHash<quint64, QTimer *> m_timeouts;
    QHash<QString, QList<qint64>> m_crashTimes; // within the last CrashWindowMs
};

} // namespace plugboard
