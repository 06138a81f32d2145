// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/discovery.h"

#include "catalog/catalog.h"
#include "store/pluginstore.h"

namespace plugboard::Discovery {

Result<QList<PluginInfo>> run(const QString &pluginsDir, PluginStore &store,
                              QList<SkippedFolder> *skipped)
{
    Result<QList<Catalog::Discovered>> discovered = Catalog::scan(pluginsDir, skipped);
    if (!discovered)
        return discovered.error();
    Result<QList<StoredPlugin>> rows = store.sync(Catalog::metadataFor(discovered.value()));
    if (!rows)
        return rows.error();
    return Catalog::merge(discovered.value(), rows.value());
}

} // namespace plugboard::Discovery
