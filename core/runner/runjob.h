// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "runner/jobinfo.h"
#include "runner/runtimetypes.h"

namespace plugboard {

class PluginRunner;

// One run of plugin code: an action the user (window, CLI, REST) asked for, or a job the plugin
// submitted itself (plugboard.submit(), action "submit:<name>"). Made by PluginRunner; whoever
// asked holds it, and Activity lists every run in flight. It succeeds when the outcome is Ok;
// otherwise error() carries the outcome's sentence (code PluginError, Cancelled or TimedOut).
class RunJob : public Job {
    Q_OBJECT

public:
    const QString &key() const { return m_key; }
    const QString &action() const { return m_action; }
    // The run as lists and JSON show it while it is in flight.
    JobInfo info() const;
    // How it ended; valid once finished.
    const JobResult &result() const { return m_result; }

protected:
    bool doCancel() override;

private:
    friend class PluginRunner;
    RunJob(quint64 id, QString key, QString action, PluginRunner *runner);
    void markStarted(qint64 atMs);
    void markProgress(double fraction, const QString &message);
    void markCancelling();
    // The result first (Activity records it), then finished() for the holder.
    void setResult(const JobResult &result) { m_result = result; }
    void markFinished();

    PluginRunner *m_runner;
    QString m_key;
    QString m_action;
    qint64 m_queuedAtMs = 0;
    qint64 m_startedAtMs = 0;
    JobResult m_result;
};

} // namespace plugboard
