// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

namespace plugboard {

// One asynchronous operation, in the shape of KDE's KJob: an id, a state, progress and a
// message while it works, then exactly one finished() with success or an Error. Whoever asked
// for the operation gets the job and holds it; nobody matches ids on broadcast signals.
//
// Ownership: a job belongs to the part of the manager that made it and deletes itself once
// finished() has been delivered, as KJob's auto-delete does: on the next turn of the event loop
// (deleteLater), or, for the runs the REST API starts thousands of times a second, right after
// the signal (RunJob). Either way: read the outcome in a slot connected to finished() (a direct
// connection, on the job's thread), and keep a QPointer to look at a job later. exec() turns
// auto-delete off, so the CLI and tests may read the outcome after it returns; the caller then
// deletes the job, or its owner does when it goes.
//
// finished() never comes before the call that returned the job has returned, so connecting
// right after the call is always in time. Every call on a job happens on its thread.
class Job : public QObject {
    Q_OBJECT

public:
    enum class State { Queued, Running, Finished };
    Q_ENUM(State)

    ~Job() override;

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    // 0..1, or -1 while the work reports none.
    double progress() const { return m_progress; }
    // What the work says it is doing now; empty when it says nothing.
    const QString &message() const { return m_message; }
    bool isCancelling() const { return m_cancelling; }

    // Once finished: whether it succeeded, and if not, why (a sentence and a code).
    bool succeeded() const { return isFinished() && !m_failed; }
    const Error &error() const { return m_error; }

    // Asks the work to stop; finished() follows (with the error saying so, or with success when
    // the work was already done). False when this job cannot be stopped (any more).
    bool cancel();

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // Waits for finished() in a nested event loop and returns succeeded(). For the CLI and
    // tests only: the window never runs a nested loop while plugins report progress.
    bool exec();

Q_SIGNALS:
    void started(plugboard::Job *job);
    // progress(), message() or isCancelling() changed.
    void progressChanged(plugboard::Job *job);
    void finished(plugboard::Job *job);

protected:
    // id 0 takes the next process-wide id (nextJobId()).
    explicit Job(QObject *parent, quint64 id = 0);

    // What cancel() does for this kind of job; true when a stop was requested.
    virtual bool doCancel() { return false; }

    void setStarted();
    void setProgress(double fraction, const QString &message);
    void setCancelling();
    // Ends the job. Called at most once; later calls are ignored.
    void finishOk();
    void finishWithError(const Error &error);
    // The same, but finished() comes from the event loop: for outcomes known when the job is
    // made (the caller has not connected yet).
    void finishOkLater();
    void finishWithErrorLater(const Error &error);
    // The code that finishes this job deletes it right after finished() (when auto-delete is
    // on) instead of a deleteLater() round trip through the event loop.
    void setDeletedByFinisher() { m_deletedByFinisher = true; }

private:
    void finish();

    quint64 m_id;
    State m_state = State::Queued;
    double m_progress = -1;
    QString m_message;
    bool m_cancelling = false;
    bool m_failed = false;
    bool m_autoDelete = true;
    bool m_finishing = false;
    bool m_deletedByFinisher = false;
    Error m_error;
};

// Job ids are unique per process, whatever the job is (a run, an import, a reload).
quint64 nextJobId();

} // namespace plugboard
