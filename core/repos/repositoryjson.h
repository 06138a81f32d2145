#pragma once

#include "repos/availability.h"
#include "store/storedrepository.h"

#include <QJsonObject>

namespace plugboard {

// The JSON shapes of repositories and what they offer, one definition for plugboardctl --json
// and the REST API (docs/rest-api.md).
namespace RepositoryJson {

// {id, name, url, official, enabled, signature, plugin_count, last_fetched, last_good,
//  last_error}; plugin_count is null until a manifest was accepted.
QJsonObject repository(const StoredRepository &repository);
// {slug, key, name, description, author, license, latest_version, repo_id, repo_name,
//  official, signature, deprecated, installed_version, status, icon_url, manifest_url}
QJsonObject available(const AvailablePlugin &plugin);
// {key, repo_id, repo_name, slug, version}
QJsonObject orphan(const OrphanedPlugin &plugin);

} // namespace RepositoryJson
} // namespace plugboard
