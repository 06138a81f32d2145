// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/refreshschedule.h"

#include "repos/availability.h"
#include "repos/repositories.h"

#include <limits>

namespace plugboard {

RefreshSchedule::RefreshSchedule(Repositories &repositories,
                                 std::function<QList<InstalledPlugin>()> installed, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
    , m_installed(std::move(installed))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshSchedule::refreshNow);
    arm();
}

void RefreshSchedule::setInterval(qint64 milliseconds)
{
    m_intervalMs = qMax<qint64>(0, milliseconds);
    arm();
}

void RefreshSchedule::arm()
{
    m_timer.stop();
    if (m_intervalMs > 0)
        m_timer.start(int(qMin<qint64>(m_intervalMs, std::numeric_limits<int>::max())));
}

void RefreshSchedule::refreshNow()
{
    if (m_refreshing)
        return;
    Result<bool> allowed = m_repositories.onlineAccessAllowed();
    Result<QList<StoredRepository>> rows = m_repositories.list();
    if (!allowed || !allowed.value() || !rows) {
        arm(); // asked again next time; nothing goes online before the user allows it
        return;
    }
    m_refreshing = true;
    m_failures.clear();
    m_pending.clear();
    for (const StoredRepository &row : rows.value()) {
        if (row.enabled)
            m_pending.append(row.id);
    }
    next();
}

void RefreshSchedule::next()
{
    if (m_pending.isEmpty())
        return finishRound();
    RefreshJob *job =
        m_repositories.refresh(m_pending.takeFirst(), Repositories::Access::Scheduled);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->succeeded())
            m_failures.append(job->error().message);
        next();
    });
}

void RefreshSchedule::finishRound()
{
    m_refreshing = false;
    int updates = 0;
    if (Result<QList<StoredRepository>> rows = m_repositories.list(); rows) {
        for (const AvailablePlugin &plugin : availabilityOf(rows.value(), m_installed()).plugins)
            updates += plugin.status == AvailabilityStatus::UpdateAvailable ? 1 : 0;
    }
    const int newUpdates = m_lastUpdates < 0 ? updates : qMax(0, updates - m_lastUpdates);
    m_lastUpdates = updates;
    arm();
    Q_EMIT roundFinished(updates, newUpdates, m_failures);
}

} // namespace plugboard
