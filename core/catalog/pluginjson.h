#pragma once

#include "catalog/plugininfo.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plugboard {

// The list-entry shape shared by `plugboardctl list --json` and the REST list (SPEC §12).
// Secrets are never included: password values are null and "secrets" says which are set.
namespace PluginJson {

QJsonObject entry(const PluginInfo &info);
QJsonObject list(const QList<PluginInfo> &infos); // {"plugins": [entry, …]}
QJsonArray diagnostics(const Diagnostics &diagnostics);
QString logoUrl(const QString &key);

} // namespace PluginJson
} // namespace plugboard
