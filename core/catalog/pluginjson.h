// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/plugininfo.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace plugboard {

class JsonWriter;

// The list-entry shape shared by `plugboardctl list --json` and the REST list (SPEC §12).
// Secrets are never included: password values are null and "secrets" says which are set.
namespace PluginJson {

// Writes more keys into an entry, after the shared ones (what a caller knows that the catalog
// does not: where an installed plugin came from).
using ExtraFields = std::function<void(JsonWriter &, const PluginInfo &)>;

// Streams one entry (the fast path for lists).
void writeEntry(JsonWriter &writer, const PluginInfo &info, const ExtraFields &extra = {});
// {"plugins": [entry, …]} as UTF-8 JSON text, into a writer (which may stream it out).
void writeList(JsonWriter &writer, const QList<PluginInfo> &infos, const ExtraFields &extra = {});
QByteArray listDocument(const QList<PluginInfo> &infos, bool indented,
                        const ExtraFields &extra = {});

// The same shapes as JSON values, for code that wants to look inside.
QJsonObject entry(const PluginInfo &info);
QJsonArray diagnostics(const Diagnostics &diagnostics);
QString logoUrl(const QString &key);

} // namespace PluginJson
} // namespace plugboard
