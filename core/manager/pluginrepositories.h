// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/resultjob.h"
#include "manager/repositoryinstall.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace plugboard {

class PluginManager;
class IconCache;
class RefreshSchedule;
class Repositories;
struct InstalledPlugin;

// How far a repository's manifest can be trusted, as its badge says it.
enum class OfferedSignature { Verified, Unsigned, Invalid };

// Where an offered plugin stands against what is installed here (REPOSITORIES.md §3).
enum class OfferedStatus {
    NotInstalled,
    UpToDate,
    UpdateAvailable,
    NewerInstalled,
    Unmanaged,
    OtherRepository
};

// One repository as the window shows it.
struct RepositoryRow {
    qint64 id = 0;
    QString name;
    QString url;
    bool official = false;
    bool enabled = true;
    OfferedSignature signature = OfferedSignature::Unsigned;
    bool fetched = false; // a manifest was accepted once
    int pluginCount = -1; // -1 while none was accepted
    QString lastFetched;  // ISO 8601; empty: never
    QString lastError;    // the last failed attempt's sentence; empty after a good one
};

// One plugin one repository offers, with where it stands here.
struct OfferedPlugin {
    QString slug;
    QString key;
    QString name;
    QString description;
    QString author;
    QString license;
    QString latestVersion;
    QString lastUpdated;
    qint64 repoId = 0;
    QString repoName;
    bool official = false;
    OfferedSignature signature = OfferedSignature::Unsigned;
    bool deprecated = false;
    QString iconUrl;          // the repository's icon for it; empty when none
    QString installedVersion; // empty when not installed
    OfferedStatus status = OfferedStatus::NotInstalled;
};

// One version a repository lists for a plugin.
struct OfferedVersion {
    QString version;
    QString released; // the build time as the repository gives it; may be empty
    bool prerelease = false;
    QString minDispatcharrVersion;
    QString maxDispatcharrVersion;
    qint64 sizeBytes = -1; // approximate (the repository gives kilobytes); -1 when not given
};

// What a plugin's own manifest adds to its list entry: maintainers, links, every version.
struct OfferedDetails {
    QStringList maintainers;
    QList<OfferedVersion> versions; // newest first; empty when they could not be read
    QString sourceUrl;              // where its code lives (informational)
    QString repoUrl;                // the plugin's project page
    QString discordThread;
    QString problem; // why the versions are not known (the per-plugin manifest did not read)
};

// What the offered list was computed from, and what did not read.
struct OfferedList {
    QList<OfferedPlugin> plugins;
    QStringList problems;
};

using RepositoryRowJob = ResultJob<RepositoryRow>;
using OfferedDetailsJob = ResultJob<OfferedDetails>;
using PluginCountsJob = ResultJob<QHash<qint64, int>>;
using IconFileJob = ResultJob<QString>; // an icon's file in the on-disk cache

// The plugin repositories as the window sees them: value types only, so ui/ never includes
// repos/ or store/. Everything slow runs elsewhere: fetches are jobs of Repositories (network
// asynchronous, checks on pool threads) and the availability view is computed on a pool thread
// (offeredReady()).
class PluginRepositories : public QObject {
    Q_OBJECT

public:
    // Neither is owned; both must outlive this object.
    PluginRepositories(PluginManager *manager, Repositories *repositories,
                       QObject *parent = nullptr);
    ~PluginRepositories() override;

    // countPlugins parses each stored manifest for RepositoryRow::pluginCount (-1 without);
    // callers that redraw often pass false.
    Result<QList<RepositoryRow>> repositories(bool countPlugins = true);
    // The last offered list computed (empty before the first offeredReady()).
    const OfferedList &offered() const { return m_offered; }
    // Computes the offered list again on a pool thread; offeredReady() follows.
    void computeOffered();
    // Does `plugin` match a search text (name, slug, description, author; every word)?
    static bool matches(const OfferedPlugin &plugin, const QString &query);

    bool onlineAccessAllowed() const;
    Result<void> setOnlineAccessAllowed(bool allowed);

    // Fetches one repository's manifest again (the user asked: scheduled = false).
    Job *refresh(qint64 id, bool scheduled = false);
    // Refreshes every enabled repository; refreshFinished() with the failures' sentences.
    void refreshAll(bool scheduled = false);
    bool isRefreshing() const { return m_refreshing > 0; }

    // How many plugins each repository's last good manifest lists (id -> count; missing when
    // none was accepted), counted on a pool thread.
    PluginCountsJob *countPlugins();
    // What adding `url` (with `key`, may be empty) would give, without adding it: the row has
    // id 0, its name, signature and plugin count. Fails with the sentence an add would give.
    RepositoryRowJob *preview(const QString &url, const QByteArray &key);
    RepositoryRowJob *add(const QString &url, const QByteArray &key);
    Result<void> setEnabled(qint64 id, bool enabled);
    Result<void> remove(qint64 id);

    RepositoryInstallJob *install(const RepositoryInstallRequest &request);
    // The plugin's own manifest (fetched and checked, or the copy kept from before). It always
    // succeeds: when the versions cannot be read, OfferedDetails::problem says why.
    OfferedDetailsJob *details(qint64 repoId, const QString &slug);
    // The same plugin as if `version` were the one offered: its status against what is
    // installed follows (an older version is a downgrade, the installed one a reinstall).
    static OfferedPlugin asVersion(const OfferedPlugin &plugin, const QString &version);
    // Orders two version texts as the repositories do (<0, 0, >0).
    static int compareVersions(const QString &a, const QString &b);

    // A plugin's icon from the on-disk cache (<data dir>/cache/icons/), fetched first when it is
    // missing or a week old and online access is allowed. Ends with an Error when there is none.
    IconFileJob *icon(const QString &iconUrl);

    static QString signatureName(OfferedSignature signature);

    // The background refresh (every 6 hours by default, 0 = off; only once online access is
    // allowed). Kept in the database.
    Result<void> setRefreshIntervalHours(int hours);
    int refreshIntervalHours() const;
    // One background round now, as the timer would start it (updatesFound() may follow).
    void refreshInBackgroundNow();

Q_SIGNALS:
    // A background refresh found updates: how many installed plugins have one, and how many of
    // those are new since the last round (the window shows a toast for new ones).
    void updatesFound(int updates, int newUpdates);
    // The repository list changed (added, removed, switched, fetched).
    void changed();
    void offeredReady();
    void refreshStarted();
    void refreshFinished(const QStringList &errors);

private:
    QList<InstalledPlugin> installedPlugins() const;

    PluginManager *m_manager;
    Repositories *m_repositories;
    std::unique_ptr<RefreshSchedule> m_schedule;
    std::unique_ptr<IconCache> m_icons;
    OfferedList m_offered;
    quint64 m_generation = 0;
    int m_refreshing = 0;
    QStringList m_refreshErrors;
};

} // namespace plugboard
