// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "runner/runtimetypes.h"

#include <QObject>
#include <QString>

namespace plugboard {

// Runs plugin code. Implemented with a plugboard-host process per plugin by HostProcessRuntime
// (core/hostprocess/, what the products use) and in-process by EmbeddedPythonRuntime
// (core/python/, what each host runs). All methods are called from
// the thread that owns the runtime (the GUI/main thread), return at once, and report by signal
// (delivered queued on that thread). Actions of one plugin run one at a time, in order; different
// plugins run in parallel.
class PluginRuntime : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~PluginRuntime() override = default;

    virtual void load(const LoadRequest &request) = 0;
    // stop(context) (or the run("stop") fallback), then drop the instance and its modules.
    virtual void unload(const QString &key, StopReason reason) = 0;
    virtual bool isLoaded(const QString &key) const = 0;
    // Queues a run; jobStarted/jobFinished follow. An unknown or unloaded key finishes Failed.
    virtual void run(const RunRequest &request) = 0;
    // Raises a cancellation inside the plugin's thread (or drops the job if still queued).
    // `timedOut` marks the outcome TimedOut instead of Cancelled. False for unknown jobs.
    virtual bool cancel(quint64 jobId, bool timedOut = false) = 0;
    // Stops every loaded plugin (reason Shutdown) and ends the workers within the deadline.
    virtual void shutdown(int deadlineMs) = 0;

Q_SIGNALS:
    void loaded(const plugboard::LoadResult &result);
    void unloaded(const QString &key);
    // A job started by plugin code (plugboard.submit()); action is "submit:<callable name>".
    // Comes before that job's jobStarted.
    void backgroundJobSubmitted(quint64 jobId, const QString &key, const QString &action);
    void jobStarted(quint64 jobId, const QString &key);
    void jobProgress(quint64 jobId, double fraction, const QString &message);
    void jobFinished(const plugboard::JobResult &result);
    // Plugin log records and print() output; level is "debug", "info", "warning", "error".
    void logLine(const QString &key, const QString &level, const QString &text);
    // A plugin's process ended without being asked to (crash, exit, broken protocol) or was
    // killed because a run would not stop: `sentence` says which ("the plugin's process crashed
    // (segmentation fault)"), `fault` names it (JobResult::fault), `lastOutput` is what it
    // wrote last. Comes after that plugin's unloaded(). Runtimes without processes never emit it.
    void processEnded(const QString &key, const QString &sentence, const QString &fault,
                      const QString &lastOutput);
    // plugboard.notify(message, level, title) from plugin code.
    void notification(const QString &key, const QString &level, const QString &title,
                      const QString &message);
};

} // namespace plugboard
