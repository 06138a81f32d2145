// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "python/embeddedpythonruntime.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>

class QTimer;

namespace plugboard {

// What EmbeddedPythonRuntime keeps for each plugin it serves: its channel and worker thread,
// the load and stop tasks in flight, and where it is in its life (loading, loaded, retiring).
struct EmbeddedPythonRuntime::Slot {
    QString key;
    std::shared_ptr<python::PluginChannel> channel;
    python::PluginWorker *worker = nullptr;
    std::shared_ptr<python::JobState> loadJob;
    std::shared_ptr<python::JobState> stopJob;
    bool loading = true;
    bool loaded = false;
    bool retiring = false;
    bool unloadRequested = false; // unload() was called: owes an unloaded signal
    bool unloadedEmitted = false;
    quint64 stuckJob = 0;
    QTimer *stopWatch = nullptr;
    QElapsedTimer stopSeen;
};

} // namespace plugboard
