#include "catalog/discovery.h"

#include "catalog/catalog.h"
#include "store/pluginstore.h"

namespace plugboard::Discovery {

Result<Snapshot> run(const QString &pluginsDir, PluginStore &store)
{
    Result<QList<Catalog::Discovered>> discovered = Catalog::scan(pluginsDir);
    if (!discovered)
        return discovered.error();
    Result<QList<StoredPlugin>> rows = store.sync(Catalog::metadataFor(discovered.value()));
    if (!rows)
        return rows.error();
    Snapshot snapshot;
    snapshot.plugins = Catalog::merge(discovered.value(), rows.value());
    for (const PluginInfo &info : std::as_const(snapshot.plugins)) {
        if (!info.duplicateKey)
            snapshot.fileManifests.insert(info.key, info.manifest);
    }
    return snapshot;
}

} // namespace plugboard::Discovery
