// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

namespace plugboard {

// Keeps the daily backup of the plugin database for a process that stays up (the window, the
// server): it asks DatabaseBackups::takeDailyIfDue on a pool thread at once and then every
// hour, never on the caller's thread, one pass at a time.
class BackupKeeper : public QObject {
    Q_OBJECT

public:
    BackupKeeper(QString databasePath, QObject *parent = nullptr);
    ~BackupKeeper() override; // waits for a pass in flight

    void start(int intervalMs = 3600 * 1000);

Q_SIGNALS:
    // A backup was taken (its file), or one was due and failed (the sentence).
    void backupTaken(const QString &path);
    void backupFailed(const QString &error);

private:
    void pass();

    QString m_databasePath;
    QTimer m_timer;
    std::shared_ptr<std::atomic<bool>> m_running;
};

} // namespace plugboard
