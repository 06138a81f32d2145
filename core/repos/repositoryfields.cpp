// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/repositoryfields.h"

#include "common/jsonwriter.h"
#include "repos/availability.h"
#include "store/repositorystore.h"

namespace plugboard {

QHash<QString, FromRepository> RepositoryFields::of(const QString &databasePath,
                                                    const QList<PluginInfo> &plugins)
{
    QHash<QString, FromRepository> result;
    RepositoryStore store(databasePath);
    Result<QList<ManagedInstall>> managed = store.managedInstalls();
    if (!managed || managed.value().isEmpty())
        return result;
    QHash<QString, const PluginInfo *> byKey;
    for (const PluginInfo &info : plugins)
        byKey.insert(info.key(), &info);
    QList<InstalledPlugin> installed;
    for (const ManagedInstall &m : managed.value()) {
        if (const PluginInfo *info = byKey.value(m.key); info && !info->isMissing())
            installed.append({m.key, info->version(), m});
        result.insert(m.key, {m.repoName, m.slug, {}, false});
    }
    Result<QList<StoredRepository>> rows = store.all();
    if (!rows)
        return result;
    for (const AvailablePlugin &offer : availabilityOf(rows.value(), installed).plugins) {
        const auto it = result.find(offer.key);
        if (it == result.end() || (offer.status != AvailabilityStatus::UpToDate &&
                                   offer.status != AvailabilityStatus::UpdateAvailable &&
                                   offer.status != AvailabilityStatus::NewerInstalled))
            continue;
        it->latestVersion = offer.entry.latestVersion;
        it->updateAvailable = offer.status == AvailabilityStatus::UpdateAvailable;
    }
    return result;
}

PluginJson::ExtraFields RepositoryFields::writer(QHash<QString, FromRepository> fields)
{
    return [fields = std::move(fields)](JsonWriter &w, const PluginInfo &info) {
        const FromRepository from = fields.value(info.key());
        w.key(QLatin1StringView("repo"));
        w.stringOrNull(from.repoName);
        w.key(QLatin1StringView("slug"));
        w.stringOrNull(from.slug);
        w.field(QLatin1StringView("update_available"), from.updateAvailable);
        w.key(QLatin1StringView("latest_version"));
        w.stringOrNull(from.latestVersion);
    };
}

void RepositoryFields::insert(QJsonObject &entry, const FromRepository &from)
{
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    entry.insert(QStringLiteral("repo"), textOrNull(from.repoName));
    entry.insert(QStringLiteral("slug"), textOrNull(from.slug));
    entry.insert(QStringLiteral("update_available"), from.updateAvailable);
    entry.insert(QStringLiteral("latest_version"), textOrNull(from.latestVersion));
}

} // namespace plugboard
