// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/folderscanner.h"
#include "catalog/plugininfo.h"
#include "common/result.h"
#include "store/storedplugin.h"

#include <QList>
#include <QString>

namespace plugboard {

// Discovery (SPEC §1–§3) as two pure steps, safe to run on any thread:
// scan() reads the folder, the manifests and the logos; merge() combines that with the stored
// rows into PluginInfo snapshots. Neither executes plugin code nor touches the database.
namespace Catalog {

struct Discovered {
    PluginFolder folder;
    PluginManifest manifest;
    LogoProbe logo;
    bool duplicateKey = false;
    QString duplicateOf;
};

// Folders with a plugin.json but no code go to `skipped` when it is given.
Result<QList<Discovered>> scan(const QString &pluginsDir, QList<SkippedFolder> *skipped = nullptr);

// What to record in the database for the folders found (duplicate losers and bad keys are
// left out: they have no row of their own).
QList<DiscoveredMetadata> metadataFor(const QList<Discovered> &discovered);

// One PluginInfo per discovered folder (in folder order), then one per stored row whose folder
// is gone (marked missing, in key order).
QList<PluginInfo> merge(const QList<Discovered> &discovered, const QList<StoredPlugin> &rows);

} // namespace Catalog
} // namespace plugboard
