// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/resultjob.h"
#include "repos/manifestfetch.h"
#include "store/repositorystore.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace plugboard {

// How one refresh ended (a failed one ends its job with the error instead).
struct RefreshOutcome {
    qint64 repoId = 0;
    QString name;
    bool changed = false;     // a new manifest was accepted
    bool notModified = false; // the server confirmed the one held
    int pluginCount = 0;
    SignatureState signature = SignatureState::Unsigned;
    QString matchedForm;
};

using RepositoryJob = ResultJob<StoredRepository>;
using RefreshJob = ResultJob<RefreshOutcome>;
using PluginManifestJob = ResultJob<RepositoryPluginManifest>;

// The plugin repositories: the list the user keeps (with Dispatcharr's official one always in
// it), and fetching their manifests. Lives on one thread (the GUI's or the CLI's): the network
// is asynchronous and the checks run on pool threads, so no call here blocks on the network or
// on gpgv. Each change is written at once and announced with repositoriesChanged().
//
// Online access: nothing is fetched until the user allowed it once (REPOSITORIES.md §4), except
// on an explicit request (a command the user typed, a button they pressed), which passes
// Access::Requested.
class Repositories : public QObject {
    Q_OBJECT

public:
    enum class Access { Scheduled, Requested };

    explicit Repositories(QString databasePath, QObject *parent = nullptr);

    void setGpgvProgram(const QString &program) { m_gpgv = program; }
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }

    // The official repository is added on first use; every list has it.
    Result<QList<StoredRepository>> list();
    // A repository by id, or by its URL.
    Result<StoredRepository> find(const QString &idOrUrl);

    Result<bool> onlineAccessAllowed() const;
    Result<void> setOnlineAccessAllowed(bool allowed);
    Result<int> refreshIntervalHours() const { return m_store.refreshIntervalHours(); }
    // Saved and announced (repositoriesChanged()): the window's schedule follows.
    Result<void> setRefreshIntervalHours(int hours);

    // Fetches and checks the manifest at `url` (with `key`, armored or binary, pinned when
    // given) without storing anything: the name, signature and plugins it would show.
    ManifestFetch *preview(const QString &url, const QByteArray &key);
    // The same, then adds the repository; on any failure nothing is added.
    RepositoryJob *add(const QString &url, const QByteArray &key);
    // Fetches one repository's manifest again; a failure is recorded on the repository (its last
    // good manifest stays in use) and ends the job with the same sentence.
    RefreshJob *refresh(qint64 id, Access access = Access::Requested);

    // The last good root manifest of a repository, read again (it was verified when accepted).
    Result<RepositoryManifest> manifest(qint64 id);
    // One plugin's own manifest (every listed version with its checksum): fetched from its
    // manifest_url and checked like the root (same key, no replays), kept for later; when the
    // fetch fails, the copy kept from an earlier fetch serves.
    PluginManifestJob *pluginManifest(qint64 id, const QString &slug);

    Result<StoredRepository> setEnabled(qint64 id, bool enabled);
    Result<void> remove(qint64 id);

    RepositoryStore &store() { return m_store; }
    // Says repositoriesChanged() for a change made through store() (an install's managed state).
    void announceChange() { Q_EMIT repositoriesChanged(); }
    QNetworkAccessManager *network() { return &m_network; }
    int stallTimeout() const { return m_stallTimeoutMs; }

Q_SIGNALS:
    void repositoriesChanged();

private:
    FetchSettings fetchSettings();
    Result<StoredRepository> checkedForAdding(const QString &url, const QByteArray &key,
                                              StoredRepository *row);

    RepositoryStore m_store;
    QNetworkAccessManager m_network;
    QString m_gpgv;
    int m_stallTimeoutMs = 20000;
};

} // namespace plugboard
