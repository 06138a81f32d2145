#include "repos/repositoryjson.h"

#include "repos/repositorymanifestreader.h"

namespace plugboard {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject RepositoryJson::repository(const StoredRepository &row)
{
    QJsonValue count(QJsonValue::Null);
    if (!row.manifest.isEmpty()) {
        if (Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(row.manifest))
            count = int(read.value().manifest.plugins.size());
    }
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name.isEmpty() ? row.url : row.name},
            {QStringLiteral("url"), row.url},
            {QStringLiteral("official"), row.official},
            {QStringLiteral("enabled"), row.enabled},
            {QStringLiteral("signature"), repositorySignatureName(signatureOf(row))},
            {QStringLiteral("fingerprint"), textOrNull(row.fingerprint)},
            {QStringLiteral("plugin_count"), count},
            {QStringLiteral("last_fetched"), textOrNull(row.lastFetchedAt)},
            {QStringLiteral("last_good"), textOrNull(row.lastGoodAt)},
            {QStringLiteral("last_error"), textOrNull(row.lastError)}};
}

QJsonObject RepositoryJson::available(const AvailablePlugin &plugin)
{
    const RepositoryPluginEntry &e = plugin.entry;
    return {{QStringLiteral("slug"), e.slug},
            {QStringLiteral("key"), plugin.key},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("license"), textOrNull(e.license)},
            {QStringLiteral("latest_version"), textOrNull(e.latestVersion)},
            {QStringLiteral("repo_id"), plugin.repoId},
            {QStringLiteral("repo_name"), plugin.repoName},
            {QStringLiteral("official"), plugin.official},
            {QStringLiteral("signature"), repositorySignatureName(plugin.signature)},
            {QStringLiteral("deprecated"), e.deprecated},
            {QStringLiteral("installed_version"), textOrNull(plugin.installedVersion)},
            {QStringLiteral("status"), availabilityStatusName(plugin.status)},
            {QStringLiteral("icon_url"), textOrNull(e.iconUrl.toString())},
            {QStringLiteral("manifest_url"), textOrNull(e.manifestUrl.toString())}};
}

QJsonObject RepositoryJson::orphan(const OrphanedPlugin &plugin)
{
    return {{QStringLiteral("key"), plugin.key},
            {QStringLiteral("repo_id"), plugin.repoId},
            {QStringLiteral("repo_name"), plugin.repoName},
            {QStringLiteral("slug"), plugin.slug},
            {QStringLiteral("version"), textOrNull(plugin.version)}};
}

} // namespace plugboard
