// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/storedrepository.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace plugboard {

// The repositories table, the per-plugin manifests fetched from them, and the managed-install
// columns of the plugins table. Like PluginStore, every method uses the calling thread's
// connection and read-modify-writes take the write lock up front.
class RepositoryStore {
public:
    explicit RepositoryStore(QString databasePath);

    const QString &databasePath() const { return m_path; }

    Result<QList<StoredRepository>> all() const; // official first, then in the order added
    Result<std::optional<StoredRepository>> find(qint64 id) const;
    Result<std::optional<StoredRepository>> findByUrl(const QString &url) const;

    // Adds a repository; a URL already present is a Conflict that names the existing one.
    // Returns the row as stored (with its id and timestamps).
    Result<StoredRepository> add(StoredRepository row);
    // The official repository's row: inserted from `official` when no official row exists yet,
    // otherwise the row as it is (the user may have disabled it).
    Result<StoredRepository> ensureOfficial(StoredRepository official);

    using RowChange = std::function<Result<StoredRepository>(const StoredRepository &)>;
    // Read-modify-write of one row under the write lock; `change` may refuse with an Error.
    // The id, official flag and creation time cannot be changed this way.
    Result<StoredRepository> update(qint64 id, const RowChange &change);

    // Removes a repository and its per-plugin manifests; the plugins installed from it become
    // unmanaged (they keep their code, settings and the repository's name). The official
    // repository cannot be removed (Conflict).
    Result<void> remove(qint64 id);

    Result<std::optional<StoredRepositoryPlugin>> pluginManifest(qint64 repoId,
                                                                 const QString &slug) const;
    Result<void> savePluginManifest(const StoredRepositoryPlugin &row);

    // Every installed plugin that came from a repository (or did, before it was removed).
    Result<QList<ManagedInstall>> managedInstalls() const;
    // Records that plugin `key` was installed from a repository (its row must exist).
    Result<void> setManaged(const ManagedInstall &install);
    // Forgets where plugin `key` came from (a hand import over it).
    Result<void> clearManaged(const QString &key);

    // Whether the user allowed Plugboard to go online for repositories (asked once).
    Result<bool> onlineAccess() const;
    Result<void> setOnlineAccess(bool allowed);
    // Hours between background refreshes (0 = never); DefaultRefreshHours until set.
    static constexpr int DefaultRefreshHours = 6;
    static constexpr int MaxRefreshHours = 24 * 7;
    Result<int> refreshIntervalHours() const;
    // Refuses a value outside 0..MaxRefreshHours with a sentence (ErrorCode::InvalidInput).
    Result<void> setRefreshIntervalHours(int hours);

    // A number that changes with every write to the repositories table, from any process.
    Result<qint64> revision() const;

private:
    QString m_path;
};

} // namespace plugboard
