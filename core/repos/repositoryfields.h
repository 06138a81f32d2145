// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/pluginjson.h"

#include <QHash>
#include <QList>
#include <QString>

namespace plugboard {

class PluginInfo;

// Where an installed plugin came from, and what its repository offers now: the keys plugin
// list entries gain ("repo", "slug", "update_available", "latest_version") in plugboardctl
// list/show and the REST list.
struct FromRepository {
    QString repoName;
    QString slug;
    QString latestVersion;
    bool updateAvailable = false;
};

namespace RepositoryFields {

// Every plugin of `plugins` that came from a repository (read from the database at
// `databasePath`; no network). Empty when none did, which costs one small query.
QHash<QString, FromRepository> of(const QString &databasePath, const QList<PluginInfo> &plugins);

// Writes the four keys into a list entry (null / false when the plugin is not from one).
PluginJson::ExtraFields writer(QHash<QString, FromRepository> fields);
// The same keys into an entry already built.
void insert(QJsonObject &entry, const FromRepository &from);

} // namespace RepositoryFields
} // namespace plugboard
