#pragma once

#include "catalog/plugininfo.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace plugboard {

class JsonWriter;

// The list-entry shape shared by `plugboardctl list --json` and the REST list (SPEC §12).
// Secrets are never included: password values are null and "secrets" says which are set.
namespace PluginJson {

// Streams one entry (the fast path for lists).
void writeEntry(JsonWriter &writer, const PluginInfo &info);
// {"plugins": [entry, …]} as UTF-8 JSON text, into a writer (which may stream it out).
void writeList(JsonWriter &writer, const QList<PluginInfo> &infos);
QByteArray listDocument(const QList<PluginInfo> &infos, bool indented);

// The same shapes as JSON values, for code that wants to look inside.
QJsonObject entry(const PluginInfo &info);
QJsonArray diagnostics(const Diagnostics &diagnostics);
QString logoUrl(const QString &key);

} // namespace PluginJson
} // namespace plugboard
