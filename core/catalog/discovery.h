// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/folderscanner.h"
#include "catalog/plugininfo.h"
#include "common/result.h"

#include <QList>
#include <QString>

namespace plugboard {

class PluginStore;

// One full discovery pass: scan the plugins folder, record what was found in the database and
// merge both into snapshots. Safe on any thread (the store uses the calling thread's
// connection), so it never runs on the window's thread.
namespace Discovery {

// Folders that hold a plugin.json but no code go to `skipped` when it is given.
Result<QList<PluginInfo>> run(const QString &pluginsDir, PluginStore &store,
                              QList<SkippedFolder> *skipped = nullptr);

} // namespace Discovery
} // namespace plugboard
