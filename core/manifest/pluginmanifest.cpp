// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/pluginmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plugboard {

namespace {

QJsonObject entryOf(const QJsonObject &raw, QLatin1StringView list, qsizetype index)
{
    const QJsonArray entries = raw.value(list).toArray();
    if (index < 0 || index >= entries.size())
        return {};
    return entries.at(index).toObject();
}

} // namespace

QJsonObject PluginManifest::rawObject() const
{
    // rawJson is only kept for a present manifest, which Qt's parser accepts too (the reader
    // falls back to it for anything simdjson refuses), so this never loses the document.
    return rawJson.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(rawJson).object();
}

QJsonObject PluginManifest::rawField(qsizetype declaredIndex) const
{
    return entryOf(rawObject(), QLatin1StringView("fields"), declaredIndex);
}

QJsonObject PluginManifest::rawAction(qsizetype declaredIndex) const
{
    return entryOf(rawObject(), QLatin1StringView("actions"), declaredIndex);
}

} // namespace plugboard
