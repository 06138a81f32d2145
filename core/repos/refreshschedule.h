// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repos/availability.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace plugboard {

class Repositories;

// Refreshes every enabled repository on a schedule (default every 6 hours; 0 = off), once online
// access is allowed (REPOSITORIES.md §4), one repository after another. After a round it says
// how many installed plugins have an update, and whether that number grew, so the window can
// show a toast. Lives on the thread of `repositories`; never blocks it.
class RefreshSchedule : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultHours = 6;

    // `installed` says what is installed now (called after each round).
    RefreshSchedule(Repositories &repositories, std::function<QList<InstalledPlugin>()> installed,
                    QObject *parent = nullptr);

    // Every `milliseconds` (0 stops it). The first round comes one interval after the start.
    void setInterval(qint64 milliseconds);
    void setIntervalHours(int hours) { setInterval(qint64(hours) * 3600 * 1000); }
    qint64 interval() const { return m_intervalMs; }
    bool isActive() const { return m_timer.isActive(); }

    // One round now (what the timer does); ignored while a round runs.
    void refreshNow();
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    // After a round: how many installed plugins have an update, and how many more than before.
    void roundFinished(int updates, int newUpdates, const QStringList &failures);

private:
    void next();
    void finishRound();
    void arm();

    Repositories &m_repositories;
    std::function<QList<InstalledPlugin>()> m_installed;
    QTimer m_timer;
    qint64 m_intervalMs = qint64(DefaultHours) * 3600 * 1000;
    bool m_refreshing = false;
    QList<qint64> m_pending;
    QStringList m_failures;
    int m_lastUpdates = -1;
};

} // namespace plugboard
