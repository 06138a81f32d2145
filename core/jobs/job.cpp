// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/job.h"

#include <QEventLoop>
#include <QMetaObject>

#include <atomic>

namespace plugboard {

quint64 nextJobId()
{
    // Relaxed is enough: only uniqueness matters, not ordering with other memory.
    static std::atomic<quint64> counter{0};
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

Job::Job(QObject *parent, quint64 id)
    : QObject(parent)
    , m_id(id == 0 ? nextJobId() : id)
{}

Job::~Job() = default;

bool Job::cancel()
{
    if (isFinished() || m_finishing)
        return false;
    return doCancel();
}

bool Job::exec()
{
    m_autoDelete = false;
    if (!isFinished()) {
        QEventLoop loop;
        connect(this, &Job::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return succeeded();
}

void Job::setStarted()
{
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    Q_EMIT started(this);
}

void Job::setProgress(double fraction, const QString &message)
{
    m_progress = fraction;
    m_message = message;
    Q_EMIT progressChanged(this);
}

void Job::setCancelling()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    Q_EMIT progressChanged(this);
}

void Job::finishOk()
{
    if (isFinished() || m_finishing)
        return;
    finish();
}

void Job::finishWithError(const Error &error)
{
    if (isFinished() || m_finishing)
        return;
    m_failed = true;
    m_error = error;
    finish();
}

void Job::finishOkLater()
{
    if (isFinished() || m_finishing)
        return;
    m_finishing = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finishing = false;
            finish();
        },
        Qt::QueuedConnection);
}

void Job::finishWithErrorLater(const Error &error)
{
    if (isFinished() || m_finishing)
        return;
    m_failed = true;
    m_error = error;
    finishOkLater();
}

void Job::finish()
{
    m_state = State::Finished;
    Q_EMIT finished(this);
    if (m_autoDelete && !m_deletedByFinisher)
        deleteLater();
}

} // namespace plugboard
