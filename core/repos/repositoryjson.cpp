// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/repositoryjson.h"

#include "repos/repositorymanifestreader.h"

#include <QJsonArray>

namespace plugboard::RepositoryJson {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(double(id)) : QJsonValue(QJsonValue::Null);
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString());
}

QJsonValue sizeOrNull(const std::optional<RepositorySize> &size)
{
    return size ? QJsonValue(size->kilobytes) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject repository(const StoredRepository &row, int pluginCount)
{
    return {{QStringLiteral("id"), double(row.id)},
            {QStringLiteral("name"), row.name.isEmpty() ? row.url : row.name},
            {QStringLiteral("url"), row.url},
            {QStringLiteral("official"), row.official},
            {QStringLiteral("enabled"), row.enabled},
            {QStringLiteral("signature"), repositorySignatureName(signatureOf(row))},
            {QStringLiteral("plugin_count"),
             pluginCount < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(pluginCount)},
            {QStringLiteral("last_fetched"), textOrNull(row.lastFetchedAt)},
            {QStringLiteral("last_error"), textOrNull(row.lastError)}};
}

int pluginCount(const StoredRepository &row)
{
    if (row.manifest.isEmpty())
        return -1;
    const Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(row.manifest);
    return read ? int(read.value().manifest.plugins.size()) : 0;
}

QJsonObject available(const AvailablePlugin &plugin)
{
    const RepositoryPluginEntry &e = plugin.entry;
    return {{QStringLiteral("slug"), e.slug},
            {QStringLiteral("key"), plugin.key},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("latest_version"), e.latestVersion},
            {QStringLiteral("repo_id"), idOrNull(plugin.repoId)},
            {QStringLiteral("repo_name"), plugin.repoName},
            {QStringLiteral("signature"), repositorySignatureName(plugin.signature)},
            {QStringLiteral("deprecated"), e.deprecated},
            {QStringLiteral("installed_version"), textOrNull(plugin.installedVersion)},
            {QStringLiteral("status"), availabilityStatusName(plugin.status)}};
}

QJsonObject orphan(const OrphanedPlugin &plugin)
{
    return {{QStringLiteral("key"), plugin.key},
            {QStringLiteral("repo_id"), idOrNull(plugin.repoId)},
            {QStringLiteral("repo_name"), plugin.repoName},
            {QStringLiteral("slug"), plugin.slug},
            {QStringLiteral("version"), plugin.version}};
}

QJsonObject entryDetails(const RepositoryPluginEntry &e)
{
    QJsonObject object{
        {QStringLiteral("slug"), e.slug},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("author"), e.author},
        {QStringLiteral("license"), textOrNull(e.license)},
        {QStringLiteral("deprecated"), e.deprecated},
        {QStringLiteral("last_updated"), textOrNull(e.lastUpdated)},
        {QStringLiteral("latest_version"), e.latestVersion},
        {QStringLiteral("latest_sha256"), textOrNull(e.latestSha256)},
        {QStringLiteral("latest_md5"), textOrNull(e.latestMd5)},
        {QStringLiteral("latest_url"), urlOrNull(e.latestUrl)},
        {QStringLiteral("latest_size"), sizeOrNull(e.latestSize)},
        {QStringLiteral("manifest_url"), urlOrNull(e.manifestUrl)},
        {QStringLiteral("icon_url"), urlOrNull(e.iconUrl)},
        {QStringLiteral("min_dispatcharr_version"), textOrNull(e.minDispatcharrVersion)},
        {QStringLiteral("max_dispatcharr_version"), textOrNull(e.maxDispatcharrVersion)},
        {QStringLiteral("repo_url"), textOrNull(e.repoUrl)},
        {QStringLiteral("discord_thread"), textOrNull(e.discordThread)}};
    if (!e.extras.isEmpty())
        object.insert(QStringLiteral("extras"), e.extras);
    return object;
}

QJsonObject version(const RepositoryPluginVersion &v)
{
    return {{QStringLiteral("version"), v.version},
            {QStringLiteral("url"), urlOrNull(v.url)},
            {QStringLiteral("checksum_sha256"), textOrNull(v.checksumSha256)},
            {QStringLiteral("checksum_md5"), textOrNull(v.checksumMd5)},
            {QStringLiteral("size"), sizeOrNull(v.size)},
            {QStringLiteral("min_dispatcharr_version"), textOrNull(v.minDispatcharrVersion)},
            {QStringLiteral("max_dispatcharr_version"), textOrNull(v.maxDispatcharrVersion)},
            {QStringLiteral("build_timestamp"), textOrNull(v.buildTimestamp)},
            {QStringLiteral("commit_sha"), textOrNull(v.commitSha)},
            {QStringLiteral("prerelease"), v.prerelease}};
}

} // namespace plugboard::RepositoryJson
