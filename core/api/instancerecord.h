// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace plugboard {

// A Plugboard that owns the plugin code of a data folder (the window, or `plugboardctl serve`).
struct RunningInstance {
    qint64 pid = 0;
    quint16 port = 0; // 0: its REST API is turned off
    QString pluginsDir;
    QString kind; // "window" or "server"
};

// One owner of Python per data folder: the process that runs plugins holds
// <data dir>/instance.lock and describes itself in <data dir>/instance.json (pid, REST port,
// plugins folder), so `plugboardctl` sends the commands that would load or run plugin code to
// it instead of starting a second interpreter over the same plugins.
class InstanceRecord {
public:
    InstanceRecord(QString dataDir, QString pluginsDir, QString kind);
    ~InstanceRecord(); // forgets the record and releases the lock

    // Takes the lock. Fails (Conflict) when another live process holds it, naming that process.
    Result<void> claim();
    // Says which port the REST API listens on now (0: off). Needs claim() first.
    Result<void> publish(quint16 port);

    // The live owner of a data folder, if any. Never takes the lock itself: it reads the record
    // and checks that its process is alive and still holds the lock.
    static std::optional<RunningInstance> find(const QString &dataDir);

private:
    QString m_dataDir;
    QString m_pluginsDir;
    QString m_kind;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace plugboard
