// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repos/repositorymanifest.h"
#include "store/storedrepository.h"

#include <QList>
#include <QString>

namespace plugboard {

// Where a plugin a repository offers stands against what is installed here (REPOSITORIES.md §3).
enum class AvailabilityStatus {
    NotInstalled,
    UpToDate,
    UpdateAvailable,
    NewerInstalled, // installed from this repository, newer than it now offers (a yanked version)
    Unmanaged,      // a plugin with the same key was installed by hand (or its repository removed)
    OtherRepository // installed from another repository
};

// "not_installed", "up_to_date", … as the CLI and REST say it.
QString availabilityStatusName(AvailabilityStatus status);

// How far a repository's manifest can be trusted, as shown on its badge.
enum class RepositorySignature { Verified, Unsigned, Invalid };
QString repositorySignatureName(RepositorySignature signature);
RepositorySignature signatureOf(const StoredRepository &repository);

// An installed plugin, as the availability view needs it.
struct InstalledPlugin {
    QString key;
    QString version;        // from its plugin.json
    ManagedInstall managed; // key empty when it never came from a repository
};

// One plugin offered by one repository.
struct AvailablePlugin {
    RepositoryPluginEntry entry;
    QString key; // the key an install gives it (from the slug)
    qint64 repoId = 0;
    QString repoName;
    bool official = false;
    RepositorySignature signature = RepositorySignature::Unsigned;
    AvailabilityStatus status = AvailabilityStatus::NotInstalled;
    QString installedVersion; // empty when not installed
};

// An installed plugin that its repository no longer lists.
struct OrphanedPlugin {
    QString key;
    qint64 repoId = 0;
    QString repoName;
    QString slug;
    QString version;
};

struct Availability {
    QList<AvailablePlugin> plugins; // repositories in list order, plugins in manifest order
    QList<OrphanedPlugin> orphans;
    QStringList problems; // sentences: a stored manifest that no longer reads
};

// Builds the view from the repositories' last good manifests (enabled repositories only) and
// the installed plugins. Pure: no network, no database, no gpgv (the manifests were checked
// when they were accepted). ~6 ms for 1,000 plugins, so a pool thread is the place for it.
Availability availabilityOf(const QList<StoredRepository> &repositories,
                            const QList<InstalledPlugin> &installed);

// Does `plugin` match a search text (name, slug, description, author; case-insensitive, every
// word somewhere)?
bool matchesQuery(const AvailablePlugin &plugin, const QString &query);

} // namespace plugboard
