// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard {

// A run (an action, or a plugboard.submit() job) as lists and JSON show it while it is queued
// or running: a snapshot taken from its RunJob.
struct JobInfo {
    enum class State { Queued, Running };
    quint64 id = 0;
    QString key;
    QString action;
    State state = State::Queued;
    double progress = -1; // 0..1, or -1 when the plugin reports none
    QString progressMessage;
    bool cancelling = false; // cancel requested; a plugin blocked in a C call ends when it returns
    qint64 queuedAtMs = 0;
    qint64 startedAtMs = 0;
};

} // namespace plugboard
