// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repos/availability.h"
#include "repos/repositorymanifest.h"
#include "store/storedrepository.h"

#include <QJsonObject>

namespace plugboard {

// The JSON shapes of plugin repositories, as REST (/api/plugins/repos/) and plugboardctl's
// --json say them (issue 12, CLI item 4).
namespace RepositoryJson {

// {id, name, url, official, enabled, signature, plugin_count, last_fetched, last_error};
// plugin_count (-1: none accepted yet), last_fetched and last_error are null when there is none.
QJsonObject repository(const StoredRepository &row, int pluginCount);
inline QJsonObject repository(const StoredRepository &row);
// The number of plugins in the repository's last good manifest (-1 when none was accepted yet,
// 0 when the stored manifest no longer reads). Parses the manifest: a pool thread for many of them.
int pluginCount(const StoredRepository &row);

// {slug, key, name, description, author, latest_version, repo_id, repo_name, signature,
// deprecated, installed_version, status}; repo_id is null for a repository not stored yet (a
// preview), installed_version null when not installed.
QJsonObject available(const AvailablePlugin &plugin);
// {key, repo_id, repo_name, slug, version}; repo_id null when the repository was removed.
QJsonObject orphan(const OrphanedPlugin &plugin);

// Everything the root manifest says of one plugin, URLs resolved, sizes in KB.
QJsonObject entryDetails(const RepositoryPluginEntry &entry);
// One version object of a per-plugin manifest.
QJsonObject version(const RepositoryPluginVersion &version);

inline QJsonObject repository(const StoredRepository &row)
{
    return repository(row, pluginCount(row));
}

} // namespace RepositoryJson
} // namespace plugboard
