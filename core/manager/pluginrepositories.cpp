// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/pluginrepositories.h"

#include "catalog/plugininfo.h"
#include "common/runinpool.h"
#include "manager/pluginmanager.h"
#include "repos/availability.h"
#include "repos/iconcache.h"
#include "repos/pluginversion.h"
#include "repos/refreshschedule.h"
#include "repos/repositories.h"
#include "repos/repositoryjson.h"
#include <QCoreApplication>

#include <QDir>
#include <QHash>
#include <QPointer>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginRepositories)
};

OfferedSignature offeredSignature(RepositorySignature signature)
{
    switch (signature) {
    case RepositorySignature::Verified:
        return OfferedSignature::Verified;
    case RepositorySignature::Invalid:
        return OfferedSignature::Invalid;
    case RepositorySignature::Unsigned:
        break;
    }
    return OfferedSignature::Unsigned;
}

OfferedStatus offeredStatus(AvailabilityStatus status)
{
    switch (status) {
    case AvailabilityStatus::NotInstalled:
        return OfferedStatus::NotInstalled;
    case AvailabilityStatus::UpToDate:
        return OfferedStatus::UpToDate;
    case AvailabilityStatus::UpdateAvailable:
        return OfferedStatus::UpdateAvailable;
    case AvailabilityStatus::NewerInstalled:
        return OfferedStatus::NewerInstalled;
    case AvailabilityStatus::Unmanaged:
        return OfferedStatus::Unmanaged;
    case AvailabilityStatus::OtherRepository:
        return OfferedStatus::OtherRepository;
    }
    return OfferedStatus::NotInstalled;
}

RepositoryRow rowOf(const StoredRepository &stored, int pluginCount)
{
    RepositoryRow row;
    row.id = stored.id;
    row.name = stored.name.isEmpty() ? stored.url : stored.name;
    row.url = stored.url;
    row.official = stored.official;
    row.enabled = stored.enabled;
    row.signature = offeredSignature(signatureOf(stored));
    row.fetched = !stored.manifest.isEmpty();
    row.pluginCount = pluginCount;
    row.lastFetched = stored.lastFetchedAt;
    row.lastError = stored.lastError;
    return row;
}

OfferedPlugin offeredOf(const AvailablePlugin &available)
{
    OfferedPlugin p;
    p.slug = available.entry.slug;
    p.key = available.key;
    p.name = available.entry.name.isEmpty() ? available.entry.slug : available.entry.name;
    p.description = available.entry.description;
    p.author = available.entry.author;
    p.license = available.entry.license;
    p.latestVersion = available.entry.latestVersion;
    p.lastUpdated = available.entry.lastUpdated;
    p.repoId = available.repoId;
    p.repoName = available.repoName;
    p.official = available.official;
    p.signature = offeredSignature(available.signature);
    p.deprecated = available.entry.deprecated;
    p.iconUrl = available.entry.iconUrl.toString();
    p.installedVersion = available.installedVersion;
    p.status = offeredStatus(available.status);
    return p;
}

} // namespace

PluginRepositories::PluginRepositories(PluginManager *manager, Repositories *repositories,
                                       QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_repositories(repositories)
{
    connect(m_repositories, &Repositories::repositoriesChanged, this, &PluginRepositories::changed);
    // What is installed changed: the statuses (and the installed page's updates) follow.
    connect(m_manager, &PluginManager::discoveryFinished, this,
            &PluginRepositories::computeOffered);
    connect(m_manager, &PluginManager::pluginsReset, this, &PluginRepositories::computeOffered);
    connect(m_manager, &PluginManager::pluginRemoved, this, &PluginRepositories::computeOffered);
    m_icons = std::make_unique<IconCache>(
        m_repositories->network(),
        QDir(m_manager->paths().dataDir).filePath(QStringLiteral("cache/icons")));
    m_schedule =
        std::make_unique<RefreshSchedule>(*m_repositories, [this] { return installedPlugins(); });
    // The interval is kept in the database; REST can change it while the window runs.
    const auto followInterval = [this] {
        const Result<int> hours = m_repositories->refreshIntervalHours();
        if (hours && qint64(hours.value()) * 3600 * 1000 != m_schedule->interval())
            m_schedule->setIntervalHours(hours.value());
    };
    followInterval();
    connect(m_repositories, &Repositories::repositoriesChanged, this, followInterval);
    connect(m_schedule.get(), &RefreshSchedule::roundFinished, this,
            [this](int updates, int newUpdates, const QStringList &) {
                computeOffered();
                if (newUpdates > 0)
                    Q_EMIT updatesFound(updates, newUpdates);
            });
}

PluginRepositories::~PluginRepositories() = default;

Result<void> PluginRepositories::setRefreshIntervalHours(int hours)
{
    return m_repositories->setRefreshIntervalHours(hours);
}

int PluginRepositories::refreshIntervalHours() const
{
    return int(m_schedule->interval() / (3600 * 1000));
}

void PluginRepositories::refreshInBackgroundNow()
{
    m_schedule->refreshNow();
}

QList<InstalledPlugin> PluginRepositories::installedPlugins() const
{
    Result<QList<ManagedInstall>> managed = m_repositories->store().managedInstalls();
    QHash<QString, ManagedInstall> byKey;
    if (managed) {
        for (const ManagedInstall &m : managed.value())
            byKey.insert(m.key, m);
    }
    QList<InstalledPlugin> installed;
    for (const PluginInfo &info : m_manager->plugins()) {
        if (!info.isMissing())
            installed.append({info.key(), info.version(), byKey.value(info.key())});
    }
    return installed;
}

Result<QList<RepositoryRow>> PluginRepositories::repositories(bool countPlugins)
{
    Result<QList<StoredRepository>> rows = m_repositories->list();
    if (!rows)
        return rows.error();
    QList<RepositoryRow> list;
    for (const StoredRepository &stored : rows.value())
        list.append(rowOf(stored, countPlugins ? RepositoryJson::pluginCount(stored) : -1));
    return list;
}

void PluginRepositories::computeOffered()
{
    Result<QList<StoredRepository>> rows = m_repositories->list();
    Result<QList<ManagedInstall>> managed = m_repositories->store().managedInstalls();
    if (!rows || !managed) {
        m_offered = {};
        m_offered.problems << (!rows ? rows.error().message : managed.error().message);
        Q_EMIT offeredReady();
        return;
    }
    QHash<QString, ManagedInstall> byKey;
    for (const ManagedInstall &m : managed.value())
        byKey.insert(m.key, m);
    QList<InstalledPlugin> installed;
    for (const PluginInfo &info : m_manager->plugins()) {
        if (!info.isMissing())
            installed.append({info.key(), info.version(), byKey.value(info.key())});
    }
    const quint64 generation = ++m_generation;
    runInPool(
        this,
        [repositories = rows.value(), installed] {
            const Availability availability = availabilityOf(repositories, installed);
            OfferedList list;
            list.plugins.reserve(availability.plugins.size());
            for (const AvailablePlugin &available : availability.plugins)
                list.plugins.append(offeredOf(available));
            list.problems = availability.problems;
            return list;
        },
        [this, generation](const OfferedList &list) {
            if (generation != m_generation)
                return; // a newer computation is on its way
            m_offered = list;
            Q_EMIT offeredReady();
        });
}

bool PluginRepositories::matches(const OfferedPlugin &plugin, const QString &query)
{
    AvailablePlugin available;
    available.entry.slug = plugin.slug;
    available.entry.name = plugin.name;
    available.entry.description = plugin.description;
    available.entry.author = plugin.author;
    available.key = plugin.key;
    available.repoName = plugin.repoName;
    return matchesQuery(available, query);
}

bool PluginRepositories::onlineAccessAllowed() const
{
    const Result<bool> allowed = m_repositories->onlineAccessAllowed();
    return allowed && allowed.value();
}

Result<void> PluginRepositories::setOnlineAccessAllowed(bool allowed)
{
    return m_repositories->setOnlineAccessAllowed(allowed); // announced: changed()
}

Job *PluginRepositories::refresh(qint64 id, bool scheduled)
{
    return m_repositories->refresh(id, scheduled ? Repositories::Access::Scheduled
                                                 : Repositories::Access::Requested);
}

void PluginRepositories::refreshAll(bool scheduled)
{
    Result<QList<StoredRepository>> rows = m_repositories->list();
    if (!rows) {
        Q_EMIT refreshFinished({rows.error().message});
        return;
    }
    const bool wasIdle = m_refreshing == 0;
    if (wasIdle)
        m_refreshErrors.clear();
    int started = 0;
    for (const StoredRepository &stored : rows.value()) {
        if (!stored.enabled)
            continue;
        RefreshJob *job =
            m_repositories->refresh(stored.id, scheduled ? Repositories::Access::Scheduled
                                                         : Repositories::Access::Requested);
        ++m_refreshing;
        ++started;
        const QString name = stored.name.isEmpty() ? stored.url : stored.name;
        connect(job, &Job::finished, this, [this, name](Job *done) {
            if (!done->succeeded())
                m_refreshErrors << Text::tr("%1: %2").arg(name, done->error().message);
            if (--m_refreshing == 0) {
                Q_EMIT refreshFinished(m_refreshErrors);
                computeOffered();
            }
        });
    }
    if (started > 0 && wasIdle)
        Q_EMIT refreshStarted();
    if (started == 0 && wasIdle) {
        Q_EMIT refreshFinished({});
        computeOffered();
    }
}

PluginCountsJob *PluginRepositories::countPlugins()
{
    auto *job = new PluginCountsJob(this);
    Result<QList<StoredRepository>> rows = m_repositories->list();
    if (!rows) {
        job->failLater(rows.error());
        return job;
    }
    runInPool(
        job,
        [rows = rows.value()] {
            QHash<qint64, int> counts;
            for (const StoredRepository &row : rows) {
                if (const int count = RepositoryJson::pluginCount(row); count >= 0)
                    counts.insert(row.id, count);
            }
            return counts;
        },
        [job](const QHash<qint64, int> &counts) { job->succeed(counts); });
    return job;
}

RepositoryRowJob *PluginRepositories::preview(const QString &url, const QByteArray &key)
{
    auto *outer = new RepositoryRowJob(this);
    ManifestFetch *inner = m_repositories->preview(url, key);
    outer->setCanceller(
        [inner = QPointer<ManifestFetch>(inner)] { return inner && inner->cancel(); });
    connect(inner, &Job::finished, outer, [outer, inner, url] {
        if (!inner->succeeded())
            return outer->fail(inner->error());
        const FetchedManifest &fetched = inner->result();
        RepositoryRow row;
        row.name = fetched.checked.read.manifest.registryName;
        row.url = url;
        row.signature = fetched.checked.signature == SignatureState::Verified
                            ? OfferedSignature::Verified
                            : OfferedSignature::Unsigned;
        row.fetched = true;
        row.pluginCount = int(fetched.checked.read.manifest.plugins.size());
        outer->succeed(row);
    });
    return outer;
}

RepositoryRowJob *PluginRepositories::add(const QString &url, const QByteArray &key)
{
    auto *outer = new RepositoryRowJob(this);
    RepositoryJob *inner = m_repositories->add(url, key);
    outer->setCanceller(
        [inner = QPointer<RepositoryJob>(inner)] { return inner && inner->cancel(); });
    connect(inner, &Job::finished, outer, [this, outer, inner] {
        if (inner->succeeded()) {
            outer->succeed(rowOf(inner->result(), RepositoryJson::pluginCount(inner->result())));
            computeOffered();
        } else {
            outer->fail(inner->error());
        }
    });
    return outer;
}

Result<void> PluginRepositories::setEnabled(qint64 id, bool enabled)
{
    Result<StoredRepository> done = m_repositories->setEnabled(id, enabled);
    if (!done)
        return done.error();
    computeOffered();
    return {};
}

Result<void> PluginRepositories::remove(qint64 id)
{
    Result<void> done = m_repositories->remove(id);
    if (done)
        computeOffered();
    return done;
}

RepositoryInstallJob *PluginRepositories::install(const RepositoryInstallRequest &request)
{
    RepositoryInstallJob *job =
        RepositoryInstall::start(*m_manager, *m_repositories, request, this);
    connect(job, &Job::finished, this, [this] { computeOffered(); });
    return job;
}

OfferedDetailsJob *PluginRepositories::details(qint64 repoId, const QString &slug)
{
    auto *outer = new OfferedDetailsJob(this);
    outer->setStarted();
    PluginManifestJob *inner = m_repositories->pluginManifest(repoId, slug);
    outer->setCanceller(
        [inner = QPointer<PluginManifestJob>(inner)] { return inner && inner->cancel(); });
    connect(inner, &Job::finished, outer, [outer, inner] {
        OfferedDetails details;
        if (!inner->succeeded()) {
            details.problem = inner->error().message;
            outer->succeed(details);
            return;
        }
        const RepositoryPluginManifest &m = inner->result();
        details.maintainers = m.maintainers;
        details.sourceUrl = m.sourceUrl;
        details.repoUrl = m.entry.repoUrl;
        details.discordThread = m.entry.discordThread;
        for (const RepositoryPluginVersion &v : m.versions) {
            OfferedVersion version;
            version.version = v.version;
            version.released = v.buildTimestamp;
            version.prerelease = v.prerelease;
            version.minDispatcharrVersion = v.minDispatcharrVersion;
            version.maxDispatcharrVersion = v.maxDispatcharrVersion;
            version.sizeBytes = v.size ? v.size->bytes : -1;
            details.versions.append(version);
        }
        outer->succeed(details);
    });
    return outer;
}

OfferedPlugin PluginRepositories::asVersion(const OfferedPlugin &plugin, const QString &version)
{
    OfferedPlugin p = plugin;
    if (version.isEmpty() || version == plugin.latestVersion)
        return p;
    p.latestVersion = version;
    const bool sameSource = p.status == OfferedStatus::UpToDate ||
                            p.status == OfferedStatus::UpdateAvailable ||
                            p.status == OfferedStatus::NewerInstalled;
    if (sameSource) {
        const int order = compareVersions(version, p.installedVersion);
        p.status = order > 0   ? OfferedStatus::UpdateAvailable
                   : order < 0 ? OfferedStatus::NewerInstalled
                               : OfferedStatus::UpToDate;
    }
    return p;
}

int PluginRepositories::compareVersions(const QString &a, const QString &b)
{
    return plugboard::compareVersions(a, b);
}

IconFileJob *PluginRepositories::icon(const QString &iconUrl)
{
    const QUrl url(iconUrl);
    if (!onlineAccessAllowed()) {
        auto *job = new IconFileJob(this);
        const QString cached = m_icons->cached(url);
        if (cached.isEmpty())
            job->failLater(Error::make(
                ErrorCode::Conflict, Text::tr("Icons are fetched once online access is allowed.")));
        else
            job->succeedLater(cached);
        return job;
    }
    return m_icons->icon(url, this);
}

QString PluginRepositories::signatureName(OfferedSignature signature)
{
    switch (signature) {
    case OfferedSignature::Verified:
        return Text::tr("verified");
    case OfferedSignature::Invalid:
        return Text::tr("invalid");
    case OfferedSignature::Unsigned:
        break;
    }
    return Text::tr("unsigned");
}

} // namespace plugboard
