// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace plugboard {

// Notices when another process (a plugboardctl, a second window on another folder pair) writes
// plugin state: it polls the database's revision, one indexed SELECT that never waits on
// writers in WAL mode, and says when it moved.
class StoreWatcher : public QObject {
    Q_OBJECT

public:
    StoreWatcher(QString databasePath, QObject *parent = nullptr);

    // Starts polling every intervalMs from the revision as it is now; 0 stops.
    void follow(int intervalMs);
    // While paused (a rescan runs, which reads the rows anyway) nothing is reported; a change
    // made meanwhile is reported after.
    void setPaused(bool paused) { m_paused = paused; }

Q_SIGNALS:
    void changed();

private:
    void poll();
    void acknowledge();

    QString m_databasePath;
    QTimer m_timer;
    qint64 m_seen = -1;
    bool m_paused = false;
};

} // namespace plugboard
