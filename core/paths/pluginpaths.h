// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace plugboard {

// Where Plugboard keeps things (DESIGN.md "Paths and names a user sees").
struct PluginPaths {
    QString dataDir;
    QString pluginsDir;

    QString databasePath() const;
    // Where the database's backups are kept (DatabaseBackups::folder of databasePath()).
    QString backupsDir() const;
    QString pluginDataDir(const QString &key) const;

    // --data-dir, else PLUGBOARD_DATA_DIR, else the platform's app data folder;
    // --plugins-dir, else DISPATCHARR_PLUGINS_DIR, else <data dir>/plugins.
    // Empty arguments mean "not given".
    static PluginPaths resolve(const QString &dataDirOption, const QString &pluginsDirOption);

    // Creates the data folder, and the plugins folder when it is the default one. A plugins
    // folder the user named explicitly must already exist (a typo should not create folders).
    Result<void> prepare() const;

    bool pluginsDirIsDefault = false;
};

} // namespace plugboard
