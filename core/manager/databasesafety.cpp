// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManager's view of the database's safety net: recovery notices and backups.
#include "manager/backupkeeper.h"
#include "manager/pluginmanager.h"
#include "manager/pluginmanager_p.h"
#include "store/backups.h"
#include "store/recovery.h"

namespace plugboard {

std::optional<RecoveryReport> PluginManager::databaseRecovery() const
{
    return DatabaseRecovery::pending(d->paths.databasePath());
}

void PluginManager::dismissDatabaseRecovery()
{
    (void)DatabaseRecovery::acknowledge(d->paths.databasePath());
}

QString PluginManager::backupsFolder() const
{
    return DatabaseBackups::folder(d->paths.databasePath());
}

void PluginManager::keepBackups()
{
    if (d->backups)
        return;
    d->backups = new BackupKeeper(d->paths.databasePath(), this);
    connect(d->backups, &BackupKeeper::backupFailed, this, &PluginManager::backupFailed);
    d->backups->start();
}

} // namespace plugboard
