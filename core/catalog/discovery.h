#pragma once

#include "catalog/plugininfo.h"
#include "common/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace plugboard {

class PluginStore;

// One full discovery pass: scan the plugins folder, record what was found in the database and
// merge both into snapshots. Safe on any thread (the store uses the calling thread's
// connection), so the window runs it off the GUI thread.
namespace Discovery {

struct Snapshot {
    QList<PluginInfo> plugins;
    // plugin.json as read for each key, before plugin code fills the gaps (SPEC §4).
    QHash<QString, PluginManifest> fileManifests;
};

Result<Snapshot> run(const QString &pluginsDir, PluginStore &store);

} // namespace Discovery
} // namespace plugboard
