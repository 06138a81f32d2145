// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/repositoryinstall.h"

#include "catalog/pluginkey.h"
#include "install/ziplimits.h"
#include "manager/pluginmanager.h"
#include "repos/download.h"
#include "repos/pluginversion.h"
#include "repos/repositories.h"
#include "repos/repositorymanifestreader.h"
#include <QCoreApplication>

#include <QDir>
#include <QFile>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

// What one version is, as the verified manifest says.
struct ChosenVersion {
    QString version;
    QUrl url;
    QString sha256;
    qint64 bytes = 0; // declared; 0 when not
};

Error needsConsent(const QString &sentence)
{
    return Error::make(ErrorCode::Conflict, sentence);
}

// The whole install, step by step; it owns nothing but what it downloads.
class Install : public QObject {
public:
    Install(PluginManager &manager, Repositories &repos, RepositoryInstallRequest request,
            RepositoryInstallJob *job)
        : QObject(job)
        , m_manager(manager)
        , m_repos(repos)
        , m_request(std::move(request))
        , m_job(job)
    {}

    void start()
    {
        Result<StoredRepository> repo = m_repos.find(QString::number(m_request.repoId));
        if (!repo)
            return m_job->failLater(repo.error());
        m_repository = repo.value();
        m_outcome.repoId = m_repository.id;
        m_outcome.repoName = m_repository.name;
        m_outcome.slug = m_request.slug;
        if (!m_repository.enabled) {
            return m_job->failLater(Error::make(
                ErrorCode::Disabled,
                Text::tr("%1 is disabled; enable it to install from it.").arg(m_repository.name)));
        }
        Result<RepositoryManifest> manifest = m_repos.manifest(m_repository.id);
        if (!manifest)
            return m_job->failLater(manifest.error());
        const auto &plugins = manifest.value().plugins;
        const auto entry = std::find_if(plugins.cbegin(), plugins.cend(),
                                        [&](const auto &e) { return e.slug == m_request.slug; });
        if (entry == plugins.cend()) {
            return m_job->failLater(Error::make(
                ErrorCode::NotFound,
                Text::tr("%1 lists no plugin \"%2\"; \"plugboardctl available\" shows what "
                         "it offers.")
                    .arg(m_repository.name, m_request.slug)));
        }
        m_entry = *entry;
        if (Result<void> ok = consents(); !ok) {
            // Ends from the event loop, with the consent it needs in the outcome.
            const Error error = ok.error();
            QMetaObject::invokeMethod(
                this, [this, error] { m_job->fail(error, m_outcome); }, Qt::QueuedConnection);
            return;
        }
        const bool latest = m_request.version.isEmpty() ||
                            compareVersions(m_request.version, m_entry.latestVersion) == 0;
        if (latest && !m_entry.latestSha256.isEmpty() && m_entry.latestUrl.isValid()) {
            ChosenVersion chosen{m_entry.latestVersion, m_entry.latestUrl, m_entry.latestSha256,
                                 m_entry.latestSize ? m_entry.latestSize->bytes : 0};
            QMetaObject::invokeMethod(
                this, [this, chosen] { download(chosen); }, Qt::QueuedConnection);
            return;
        }
        // Another version, or a root entry without what an install needs: the plugin's own
        // manifest lists every version with its checksum.
        m_job->setProgress(-1, Text::tr("Reading the versions of %1").arg(m_entry.name));
        PluginManifestJob *versions = m_repos.pluginManifest(m_repository.id, m_request.slug);
        m_job->setCanceller([versions] { return versions->cancel(); });
        connect(versions, &Job::finished, this, [this, versions] {
            if (!versions->succeeded())
                return m_job->fail(versions->error(), m_outcome);
            Result<ChosenVersion> chosen = pick(versions->result());
            if (!chosen)
                return m_job->fail(chosen.error(), m_outcome);
            download(chosen.value());
        });
    }

private:
    // A check installs nothing, so it needs no consent.
    Result<void> consents()
    {
        if (m_request.checkOnly) {
            m_installed = m_manager.plugin(PluginKey::fromFolderName(m_request.slug));
            return {};
        }
        const QString name = m_entry.name.isEmpty() ? m_entry.slug : m_entry.name;
        if (!m_repository.isSigned() && !m_request.acceptUnsigned) {
            m_outcome.needs = InstallConsent::Unsigned;
            return needsConsent(
                Text::tr("%1 is unsigned: nothing proves who published %2. Install it "
                         "only if you trust that repository (confirm, or pass "
                         "--accept-unsigned).")
                    .arg(m_repository.name, name));
        }
        if (m_entry.deprecated && !m_request.acceptDeprecated) {
            m_outcome.needs = InstallConsent::Deprecated;
            return needsConsent(
                Text::tr("%1 is deprecated in %2: it may not be maintained any more "
                         "(confirm, or pass --accept-deprecated).")
                    .arg(name, m_repository.name));
        }
        const QString key = PluginKey::fromFolderName(m_request.slug);
        m_installed = m_manager.plugin(key);
        if (m_installed && m_installed->isMissing())
            m_installed.reset();
        if (!m_installed)
            return {};
        Result<QList<ManagedInstall>> managed = m_repos.store().managedInstalls();
        if (!managed)
            return managed.error();
        bool fromHere = false;
        for (const ManagedInstall &m : managed.value())
            fromHere = fromHere || (m.key == m_installed->key() && m.repoId == m_repository.id);
        if (!fromHere && !m_request.replaceUnmanaged) {
            m_outcome.needs = InstallConsent::Replace;
            return needsConsent(
                Text::tr("A plugin with the key \"%1\" is already installed (version "
                         "%2) and did not come from %3. Installing replaces it: its "
                         "settings are kept, its code is not (confirm, or pass "
                         "--replace).")
                    .arg(key, m_installed->version(), m_repository.name));
        }
        return {};
    }

    Result<ChosenVersion> pick(const RepositoryPluginManifest &manifest)
    {
        const QString wanted =
            m_request.version.isEmpty() ? m_entry.latestVersion : m_request.version;
        QList<RepositoryPluginVersion> candidates = manifest.versions;
        if (manifest.latest)
            candidates.prepend(*manifest.latest);
        for (const RepositoryPluginVersion &v : candidates) {
            if (compareVersions(v.version, wanted) != 0)
                continue;
            const QUrl url = v.url.isValid() && !v.url.isEmpty() ? v.url : v.latestUrl;
            return ChosenVersion{v.version, url, v.checksumSha256, v.size ? v.size->bytes : 0};
        }
        QStringList listed;
        for (const RepositoryPluginVersion &v : std::as_const(candidates)) {
            if (!listed.contains(v.version))
                listed << v.version;
        }
        return Error::make(
            ErrorCode::NotFound,
            Text::tr("%1 lists no version %2 of %3 (it lists %4).")
                .arg(m_repository.name, wanted, m_request.slug,
                     listed.isEmpty() ? Text::tr("none") : listed.join(QStringLiteral(", "))));
    }

    void download(const ChosenVersion &chosen)
    {
        m_outcome.version = chosen.version;
        if (chosen.sha256.isEmpty()) {
            return m_job->fail(
                Error::make(
                    ErrorCode::InvalidInput,
                    Text::tr("%1 gives no SHA-256 checksum for %2 %3, so Plugboard cannot check "
                             "the download; it was not installed.")
                        .arg(m_repository.name, m_request.slug, chosen.version)),
                m_outcome);
        }
        if (m_installed && !m_request.acceptDowngrade && !m_request.checkOnly &&
            compareVersions(chosen.version, m_installed->version()) < 0) {
            m_outcome.needs = InstallConsent::Downgrade;
            return m_job->fail(
                needsConsent(Text::tr("%1 %2 is older than the installed %3 (confirm "
                                      "the downgrade, or pass --downgrade).")
                                 .arg(m_request.slug, chosen.version, m_installed->version())),
                m_outcome);
        }
        const QString folder =
            QDir(m_manager.paths().dataDir).filePath(QStringLiteral("downloads"));
        if (!QDir().mkpath(folder)) {
            return m_job->fail(
                Error::make(ErrorCode::Io,
                            Text::tr("Could not create the download folder %1.").arg(folder)),
                m_outcome);
        }
        m_zip = QDir(folder).filePath(
            QStringLiteral("%1-%2.zip").arg(m_request.slug, QString::number(m_job->id())));
        DownloadRequest request;
        request.url = chosen.url;
        request.what = Text::tr("%1 %2").arg(m_entry.name.isEmpty() ? m_request.slug : m_entry.name,
                                             chosen.version);
        request.maxBytes = RepositoryInstall::downloadCap(chosen.bytes);
        request.stallTimeoutMs = m_repos.stallTimeout();
        request.saveTo = m_zip;
        request.files = QUrl(m_repository.url).isLocalFile() ? UrlPolicy::Files::Allowed
                                                             : UrlPolicy::Files::Refused;
        Download *transfer = Download::start(m_repos.network(), request, this);
        m_job->setCanceller([transfer] { return transfer->cancel(); });
        connect(transfer, &Job::progressChanged, this, [this](Job *j) {
            m_job->setProgress(j->progress() < 0 ? -1 : j->progress() * 0.8, j->message());
        });
        connect(transfer, &Job::finished, this, [this, transfer, chosen] {
            m_job->setCanceller({});
            if (!transfer->succeeded())
                return failAndClean(transfer->error());
            const QString got = QString::fromLatin1(transfer->result().sha256);
            if (got.compare(chosen.sha256.trimmed(), Qt::CaseInsensitive) != 0) {
                return failAndClean(Error::make(
                    ErrorCode::InvalidInput,
                    Text::tr("The download of %1 %2 does not match the SHA-256 in %3's manifest "
                             "(expected %4, got %5); nothing was installed.")
                        .arg(m_request.slug, chosen.version, m_repository.name,
                             chosen.sha256.toLower(), got)));
            }
            m_outcome.sha256 = got;
            inspect();
        });
    }

    // Reads the zip once: what its code needs to run here, and what the import will check.
    void inspect()
    {
        m_job->setProgress(0.8, Text::tr("Checking %1 %2").arg(m_request.slug, m_outcome.version));
        PreviewJob *preview = m_manager.preview(m_zip);
        connect(preview, &Job::finished, this, [this, preview] {
            if (!preview->succeeded())
                return failAndClean(preview->error());
            m_outcome.requirements = preview->result().needs;
            if (m_request.checkOnly) {
                QFile::remove(m_zip);
                return m_job->succeed(m_outcome);
            }
            importZip(preview->result());
        });
    }

    void importZip(const ImportPreview &preview)
    {
        m_job->setProgress(0.85,
                           Text::tr("Installing %1 %2").arg(m_request.slug, m_outcome.version));
        ImportOptions options;
        options.folderName = m_request.slug; // the key comes from the slug, not the zip
        options.replace = m_installed.has_value();
        options.keepEnabled = m_request.keepEnabled;
        ImportJob *import = m_manager.import(preview, options);
        connect(import, &Job::finished, this, [this, import] {
            m_outcome.import = import->result();
            if (!import->succeeded() || !m_outcome.import.ok)
                return failAndClean(import->succeeded() ? m_outcome.import.error : import->error());
            QFile::remove(m_zip);
            m_outcome.updated = m_outcome.import.replaced;
            const ManagedInstall managed{m_outcome.import.key, m_repository.id, m_request.slug,
                                         m_outcome.version, m_repository.name};
            if (Result<void> recorded = m_repos.store().setManaged(managed); !recorded)
                return m_job->fail(recorded.error(), m_outcome);
            m_repos.announceChange();
            m_job->succeed(m_outcome);
        });
    }

    void failAndClean(const Error &error)
    {
        if (!m_zip.isEmpty())
            QFile::remove(m_zip);
        m_job->fail(error, m_outcome);
    }

    PluginManager &m_manager;
    Repositories &m_repos;
    RepositoryInstallRequest m_request;
    RepositoryInstallJob *m_job;
    StoredRepository m_repository;
    RepositoryPluginEntry m_entry;
    std::optional<PluginInfo> m_installed;
    RepositoryInstallOutcome m_outcome;
    QString m_zip;
};

} // namespace

QString RepositoryInstall::consentFlag(InstallConsent consent)
{
    switch (consent) {
    case InstallConsent::Unsigned:
        return QStringLiteral("accept_unsigned");
    case InstallConsent::Deprecated:
        return QStringLiteral("accept_deprecated");
    case InstallConsent::Downgrade:
        return QStringLiteral("downgrade");
    case InstallConsent::Replace:
        return QStringLiteral("replace");
    case InstallConsent::None:
        break;
    }
    return {};
}

InstallConsent RepositoryInstall::consentFromFlag(const QString &flag)
{
    for (InstallConsent consent : {InstallConsent::Unsigned, InstallConsent::Deprecated,
                                   InstallConsent::Downgrade, InstallConsent::Replace}) {
        if (flag == consentFlag(consent))
            return consent;
    }
    return InstallConsent::None;
}

qint64 RepositoryInstall::downloadCap(qint64 declaredBytes)
{
    const qint64 limit = ZipLimits().maxTotalBytes;
    if (declaredBytes <= 0)
        return limit;
    // Sizes are given in KB, rounded by the publisher: allow a tenth more and 64 KiB.
    return qMin(limit, declaredBytes + declaredBytes / 10 + 64 * 1024);
}

RepositoryInstallJob *RepositoryInstall::start(PluginManager &manager, Repositories &repositories,
                                               const RepositoryInstallRequest &request,
                                               QObject *parent)
{
    auto *job = new RepositoryInstallJob(parent);
    job->setStarted();
    auto *install = new Install(manager, repositories, request, job);
    install->start();
    return job;
}

} // namespace plugboard
