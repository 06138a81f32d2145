// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records what an Activity says about runs, as values: a RunJob deletes itself once finished,
// so a test keeps the JobInfo and JobResult it was shown rather than the job.

#include "runner/activity.h"
#include "runner/runjob.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTest>

class RunRecorder {
public:
    explicit RunRecorder(const plugboard::Activity *activity)
    {
        QObject::connect(activity, &plugboard::Activity::jobQueued, &m_context,
                         [this](const plugboard::RunJob *job) { queued << job->info(); });
        QObject::connect(activity, &plugboard::Activity::jobFinished, &m_context,
                         [this](const plugboard::RunJob *job) { finished << job->result(); });
    }

    QList<plugboard::JobInfo> queued;
    QList<plugboard::JobResult> finished;

    // Waits until at least `count` runs have finished; false on timeout.
    bool waitFinished(qsizetype count = -1, int timeoutMs = 10000)
    {
        const qsizetype wanted = count < 0 ? finished.size() + 1 : count;
        QElapsedTimer timer;
        timer.start();
        while (finished.size() < wanted) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(5);
        }
        return true;
    }

private:
    QObject m_context;
};
