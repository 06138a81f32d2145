// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/availability.h"

#include "catalog/pluginkey.h"
#include "repos/pluginversion.h"
#include "repos/repositorymanifestreader.h"
#include <QCoreApplication>

#include <QHash>
#include <QSet>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

} // namespace

QString availabilityStatusName(AvailabilityStatus status)
{
    switch (status) {
    case AvailabilityStatus::NotInstalled:
        return QStringLiteral("not_installed");
    case AvailabilityStatus::UpToDate:
        return QStringLiteral("up_to_date");
    case AvailabilityStatus::UpdateAvailable:
        return QStringLiteral("update_available");
    case AvailabilityStatus::NewerInstalled:
        return QStringLiteral("newer_installed");
    case AvailabilityStatus::Unmanaged:
        return QStringLiteral("unmanaged");
    case AvailabilityStatus::OtherRepository:
        return QStringLiteral("other_repo");
    }
    return {};
}

QString repositorySignatureName(RepositorySignature signature)
{
    switch (signature) {
    case RepositorySignature::Verified:
        return QStringLiteral("verified");
    case RepositorySignature::Unsigned:
        return QStringLiteral("unsigned");
    case RepositorySignature::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

RepositorySignature signatureOf(const StoredRepository &repository)
{
    if (!repository.isSigned())
        return RepositorySignature::Unsigned;
    // A pinned repository only ever keeps manifests that verified; one that never gave such a
    // manifest (and said why) is shown as invalid.
    if (repository.manifest.isEmpty() && !repository.lastError.isEmpty())
        return RepositorySignature::Invalid;
    return RepositorySignature::Verified;
}

Availability availabilityOf(const QList<StoredRepository> &repositories,
                            const QList<InstalledPlugin> &installed)
{
    QHash<QString, const InstalledPlugin *> byKey;
    for (const InstalledPlugin &plugin : installed)
        byKey.insert(plugin.key, &plugin);

    Availability view;
    QHash<qint64, QSet<QString>> listedSlugs; // per repository read
    for (const StoredRepository &repository : repositories) {
        if (!repository.enabled || repository.manifest.isEmpty())
            continue;
        Result<RepositoryManifestRead> read =
            RepositoryManifestReader::readRoot(repository.manifest);
        if (!read) {
            view.problems << Text::tr("The stored manifest of %1 no longer reads: %2")
                                 .arg(repository.name, read.error().message);
            continue;
        }
        QSet<QString> &slugs = listedSlugs[repository.id];
        const RepositorySignature signature = signatureOf(repository);
        for (RepositoryPluginEntry &entry : read.value().manifest.plugins) {
            slugs.insert(entry.slug);
            AvailablePlugin plugin;
            plugin.key = PluginKey::fromFolderName(entry.slug);
            plugin.repoId = repository.id;
            plugin.repoName = repository.name;
            plugin.official = repository.official;
            plugin.signature = signature;
            if (const InstalledPlugin *here = byKey.value(plugin.key)) {
                plugin.installedVersion = here->version;
                if (!here->managed.isManaged()) {
                    plugin.status = AvailabilityStatus::Unmanaged;
                } else if (here->managed.repoId != repository.id) {
                    plugin.status = AvailabilityStatus::OtherRepository;
                } else {
                    // What was installed from the repository is what it is compared with.
                    const QString current =
                        here->managed.version.isEmpty() ? here->version : here->managed.version;
                    const int order = compareVersions(entry.latestVersion, current);
                    plugin.status = order > 0   ? AvailabilityStatus::UpdateAvailable
                                    : order < 0 ? AvailabilityStatus::NewerInstalled
                                                : AvailabilityStatus::UpToDate;
                }
            }
            plugin.entry = std::move(entry);
            view.plugins.append(std::move(plugin));
        }
    }
    for (const InstalledPlugin &plugin : installed) {
        const ManagedInstall &managed = plugin.managed;
        const auto slugs = listedSlugs.constFind(managed.repoId);
        if (!managed.isManaged() || slugs == listedSlugs.cend() || slugs->contains(managed.slug))
            continue;
        view.orphans.append(
            {plugin.key, managed.repoId, managed.repoName, managed.slug, plugin.version});
    }
    return view;
}

bool matchesQuery(const AvailablePlugin &plugin, const QString &query)
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!plugin.entry.name.contains(word, Qt::CaseInsensitive) &&
            !plugin.entry.slug.contains(word, Qt::CaseInsensitive) &&
            !plugin.entry.description.contains(word, Qt::CaseInsensitive) &&
            !plugin.entry.author.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace plugboard
