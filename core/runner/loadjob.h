// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

namespace plugboard {

class PluginRunner;

// Importing one plugin's code (SPEC §4). Succeeds once the code is loaded; fails with the
// load error (code PluginError; traceback() has Python's traceback), or with Conflict when the
// plugin was stopped before its code finished loading. Several callers may hold the same job:
// asking to load a plugin that is loading already gives the job in flight.
class LoadJob : public Job {
    Q_OBJECT

public:
    const QString &key() const { return m_key; }
    const QString &traceback() const { return m_traceback; }

private:
    friend class PluginRunner;
    LoadJob(QString key, QObject *parent);
    void markLoaded() { finishOk(); }
    void markLoadedLater() { finishOkLater(); }
    void markFailed(const Error &error, const QString &traceback);

    QString m_key;
    QString m_traceback;
};

} // namespace plugboard
