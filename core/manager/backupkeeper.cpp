// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/backupkeeper.h"

#include "store/backups.h"
#include "store/database.h"

#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace plugboard {

BackupKeeper::BackupKeeper(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_running(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_timer, &QTimer::timeout, this, &BackupKeeper::pass);
}

BackupKeeper::~BackupKeeper()
{
    while (m_running->load())
        QThread::msleep(5);
}

void BackupKeeper::start(int intervalMs)
{
    m_timer.start(intervalMs);
    pass();
}

void BackupKeeper::pass()
{
    if (m_running->exchange(true))
        return;
    QPointer<BackupKeeper> self(this);
    const QString path = m_databasePath;
    std::shared_ptr<std::atomic<bool>> running = m_running;
    QThreadPool::globalInstance()->start([self, path, running] {
        const Result<std::optional<DatabaseBackups::Backup>> taken =
            DatabaseBackups::takeDailyIfDue(path);
        Database::releaseThreadConnections();
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, taken] {
                    if (!self)
                        return;
                    if (!taken)
                        Q_EMIT self->backupFailed(taken.error().message);
                    else if (taken.value())
                        Q_EMIT self->backupTaken(taken.value()->path);
                },
                Qt::QueuedConnection);
        }
        running->store(false);
    });
}

} // namespace plugboard
