// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/repositories.h"

#include "common/runinpool.h"
#include "repos/download.h"
#include "repos/officialrepository.h"
#include "repos/openpgpkey.h"
#include "repos/repositoryjson.h"
#include "repos/repositorymanifestreader.h"
#include "repos/urlpolicy.h"
#include <QCoreApplication>

#include <QDateTime>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

// Keys are kept as armored text: as given, or armored here when given in binary.
QString armored(const QByteArray &key)
{
    if (OpenPgpArmor::looksArmored(key))
        return QString::fromLatin1(key.trimmed()) + QLatin1Char('\n');
    QString text = QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n");
    const QByteArray base64 = key.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        text += QString::fromLatin1(base64.mid(i, 64)) + QLatin1Char('\n');
    return text + QStringLiteral("-----END PGP PUBLIC KEY BLOCK-----\n");
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Repositories::Repositories(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_store(std::move(databasePath))
{}

Result<QList<StoredRepository>> Repositories::list()
{
    if (Result<StoredRepository> official = m_store.ensureOfficial(OfficialRepository::row());
        !official)
        return official.error();
    return m_store.all();
}

Result<StoredRepository> Repositories::find(const QString &idOrUrl)
{
    Result<QList<StoredRepository>> rows = list();
    if (!rows)
        return rows.error();
    bool isNumber = false;
    const qint64 id = idOrUrl.toLongLong(&isNumber);
    for (const StoredRepository &row : rows.value()) {
        if ((isNumber && row.id == id) || row.url == idOrUrl)
            return row;
    }
    return Error::make(
        ErrorCode::NotFound,
        Text::tr("No repository \"%1\" is in the list; `plugboardctl repo list` shows "
                 "their ids and addresses.")
            .arg(idOrUrl));
}

Result<bool> Repositories::onlineAccessAllowed() const
{
    return m_store.onlineAccess();
}

Result<void> Repositories::setOnlineAccessAllowed(bool allowed)
{
    Result<void> done = m_store.setOnlineAccess(allowed);
    if (done)
        Q_EMIT repositoriesChanged();
    return done;
}

FetchSettings Repositories::fetchSettings()
{
    FetchSettings settings;
    settings.network = &m_network;
    settings.gpgvProgram = m_gpgv;
    settings.stallTimeoutMs = m_stallTimeoutMs;
    if (Result<QList<StoredRepository>> rows = m_store.all(); rows) {
        for (const StoredRepository &row : rows.value()) {
            if (row.official)
                settings.officialKey = row.publicKey.toLatin1();
        }
    }
    return settings;
}

// The row a new repository would get, or why it cannot be added.
Result<StoredRepository> Repositories::checkedForAdding(const QString &url, const QByteArray &key,
                                                        StoredRepository *row)
{
    const QUrl address = QUrl(url.trimmed(), QUrl::TolerantMode);
    if (Result<void> allowed =
            UrlPolicy::check(address, Text::tr("the repository"), UrlPolicy::Files::Allowed);
        !allowed)
        return allowed.error();
    row->url = address.toString();
    if (!key.trimmed().isEmpty()) {
        Result<OpenPgpKey> read =
            OpenPgpKey::read(key, Text::tr("the key given for the repository"));
        if (!read)
            return read.error();
        row->publicKey = armored(key);
        row->fingerprint = read.value().fingerprint();
    }
    if (row->url == OfficialRepository::Url) {
        return Error::make(
            ErrorCode::Conflict,
            Text::tr("%1 is Dispatcharr's official repository, which is always in the "
                     "list.")
                .arg(row->url));
    }
    return *row;
}

Result<void> Repositories::setRefreshIntervalHours(int hours)
{
    Result<void> done = m_store.setRefreshIntervalHours(hours);
    if (done)
        Q_EMIT repositoriesChanged();
    return done;
}

ManifestFetch *Repositories::preview(const QString &url, const QByteArray &key)
{
    StoredRepository row;
    if (Result<StoredRepository> checked = checkedForAdding(url, key, &row); !checked)
        return ManifestFetch::refused(checked.error(), this);
    FetchSettings settings = fetchSettings();
    settings.conditional = false;
    return ManifestFetch::start(settings, row, this);
}

RepositoryJob *Repositories::add(const QString &url, const QByteArray &key)
{
    auto *job = new RepositoryJob(this);
    job->setStarted();
    if (Result<QList<StoredRepository>> ensured = list(); !ensured) {
        job->failLater(ensured.error());
        return job;
    }
    auto row = std::make_shared<StoredRepository>();
    if (Result<StoredRepository> checked = checkedForAdding(url, key, row.get()); !checked) {
        job->failLater(checked.error());
        return job;
    }
    if (Result<std::optional<StoredRepository>> existing = m_store.findByUrl(row->url);
        existing && existing.value()) {
        job->failLater(
            Error::make(ErrorCode::Conflict,
                        Text::tr("The repository %1 is already in the list.").arg(row->url)));
        return job;
    }
    FetchSettings settings = fetchSettings();
    settings.conditional = false;
    ManifestFetch *fetch = ManifestFetch::start(settings, *row, job);
    job->setCanceller([fetch] { return fetch->cancel(); });
    connect(fetch, &Job::finished, job, [this, job, fetch, row] {
        if (!fetch->succeeded())
            return job->fail(fetch->error());
        const FetchedManifest &fetched = fetch->result();
        const QString now = nowText();
        row->name = fetched.checked.read.manifest.registryName;
        row->manifest = fetched.bytes;
        row->signedAt = fetched.checked.signedAt.isValid()
                            ? fetched.checked.signedAt.toString(Qt::ISODateWithMs)
                            : QString();
        row->etag = fetched.etag;
        row->lastModified = fetched.lastModified;
        row->lastFetchedAt = row->lastGoodAt = now;
        Result<StoredRepository> added = m_store.add(*row);
        if (!added)
            return job->fail(added.error());
        Q_EMIT repositoriesChanged();
        job->succeed(added.value());
    });
    return job;
}

RefreshJob *Repositories::refresh(qint64 id, Access access)
{
    auto *job = new RefreshJob(this);
    job->setStarted();
    if (access == Access::Scheduled) {
        Result<bool> allowed = m_store.onlineAccess();
        if (!allowed || !allowed.value()) {
            job->failLater(allowed
                               ? Error::make(ErrorCode::Conflict,
                                             Text::tr("Online access is not allowed yet: Plugboard "
                                                      "fetches nothing until you allow it."))
                               : allowed.error());
            return job;
        }
    }
    if (Result<QList<StoredRepository>> ensured = list(); !ensured) {
        job->failLater(ensured.error());
        return job;
    }
    Result<std::optional<StoredRepository>> found = m_store.find(id);
    if (!found || !found.value()) {
        job->failLater(
            found ? Error::make(ErrorCode::NotFound, Text::tr("No repository with id %1.").arg(id))
                  : found.error());
        return job;
    }
    const StoredRepository repository = *found.value();
    ManifestFetch *fetch = ManifestFetch::start(fetchSettings(), repository, job);
    job->setCanceller([fetch] { return fetch->cancel(); });
    connect(fetch, &Job::finished, job, [this, job, fetch, repository] {
        const QString now = nowText();
        RefreshOutcome outcome;
        outcome.repoId = repository.id;
        outcome.name = repository.name;
        const bool ok = fetch->succeeded();
        const FetchedManifest fetched = ok ? fetch->result() : FetchedManifest{};
        Result<StoredRepository> stored =
            m_store.update(repository.id, [&](StoredRepository row) -> Result<StoredRepository> {
                row.lastFetchedAt = now;
                if (!ok) {
                    row.lastError = fetch->error().message;
                    return row;
                }
                row.lastError.clear();
                row.lastGoodAt = now;
                if (!fetched.publicKey.isEmpty())
                    row.publicKey = armored(fetched.publicKey);
                row.etag = fetched.etag;
                row.lastModified = fetched.lastModified;
                if (fetched.notModified)
                    return row;
                row.name = fetched.checked.read.manifest.registryName;
                row.manifest = fetched.bytes;
                row.signedAt = fetched.checked.signedAt.isValid()
                                   ? fetched.checked.signedAt.toString(Qt::ISODateWithMs)
                                   : QString();
                return row;
            });
        Q_EMIT repositoriesChanged();
        if (!ok)
            return job->fail(fetch->error(), outcome);
        if (!stored)
            return job->fail(stored.error(), outcome);
        outcome.name = stored.value().name;
        outcome.notModified = fetched.notModified;
        outcome.changed = !fetched.notModified && fetched.bytes != repository.manifest;
        if (fetched.notModified) {
            // The manifest held is still the one: say what it is.
            outcome.pluginCount = RepositoryJson::pluginCount(stored.value());
            outcome.signature =
                stored.value().isSigned() ? SignatureState::Verified : SignatureState::Unsigned;
        } else {
            outcome.pluginCount = int(fetched.checked.read.manifest.plugins.size());
            outcome.signature = fetched.checked.signature;
            outcome.matchedForm = fetched.checked.matchedForm;
        }
        job->succeed(outcome);
    });
    return job;
}

Result<RepositoryManifest> Repositories::manifest(qint64 id)
{
    Result<std::optional<StoredRepository>> found = m_store.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::make(ErrorCode::NotFound, Text::tr("No repository with id %1.").arg(id));
    const StoredRepository &row = *found.value();
    if (row.manifest.isEmpty()) {
        return Error::make(ErrorCode::NotFound,
                           Text::tr("%1 has not been fetched yet; refresh it first.")
                               .arg(row.name.isEmpty() ? row.url : row.name));
    }
    Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(row.manifest);
    if (!read)
        return read.error();
    return read.value().manifest;
}

PluginManifestJob *Repositories::pluginManifest(qint64 id, const QString &slug)
{
    auto *job = new PluginManifestJob(this);
    job->setStarted();
    Result<std::optional<StoredRepository>> found = m_store.find(id);
    Result<RepositoryManifest> root = manifest(id);
    if (!found || !found.value() || !root) {
        job->failLater(!found ? found.error() : root.error());
        return job;
    }
    const StoredRepository repository = *found.value();
    const auto entry = std::find_if(root.value().plugins.cbegin(), root.value().plugins.cend(),
                                    [&](const RepositoryPluginEntry &e) { return e.slug == slug; });
    if (entry == root.value().plugins.cend()) {
        job->failLater(
            Error::make(ErrorCode::NotFound,
                        Text::tr("%1 lists no plugin \"%2\".").arg(repository.name, slug)));
        return job;
    }
    Result<std::optional<StoredRepositoryPlugin>> cached = m_store.pluginManifest(id, slug);
    const std::optional<StoredRepositoryPlugin> kept =
        cached ? cached.value() : std::optional<StoredRepositoryPlugin>();
    RepositoryTrust trust;
    trust.name = repository.name;
    trust.fingerprint = repository.fingerprint;
    trust.publicKey = repository.publicKey.toLatin1();
    trust.official = repository.official;
    trust.officialKey = fetchSettings().officialKey;
    trust.gpgvProgram = m_gpgv;
    const RepositoryBases bases = root.value().bases;
    // The copy kept from before, checked again (its signature time is the bar, so it passes).
    auto useKept = [job, kept, trust, bases, slug](const Error &why) {
        if (!kept) // may run before pluginManifest() returned: finish from the event loop
            return job->failLater(why);
        RepositoryTrust again = trust;
        again.lastSignedAt = {};
        runInPool(
            job,
            [kept, again, bases, slug] {
                return ManifestCheck::plugin(kept->manifest, again, bases, slug);
            },
            [job, why](Result<CheckedPluginManifest> checked) {
                if (!checked)
                    return job->fail(why);
                job->succeed(checked.value().read.manifest);
            });
    };
    if (entry->manifestUrl.isEmpty()) {
        useKept(Error::make(ErrorCode::NotFound,
                            Text::tr("%1 gives no manifest address for \"%2\", so its versions are "
                                     "not known.")
                                .arg(repository.name, slug)));
        return job;
    }
    DownloadRequest request;
    request.url = entry->manifestUrl;
    request.what = Text::tr("the manifest of %1").arg(slug);
    request.maxBytes = RepositoryManifestReader::MaxFileBytes;
    request.stallTimeoutMs = m_stallTimeoutMs;
    request.files =
        QUrl(repository.url).isLocalFile() ? UrlPolicy::Files::Allowed : UrlPolicy::Files::Refused;
    Download *download = Download::start(&m_network, request, job);
    job->setCanceller([download] { return download->cancel(); });
    if (kept)
        trust.lastSignedAt = QDateTime::fromString(kept->signedAt, Qt::ISODateWithMs);
    connect(download, &Job::finished, job, [this, job, download, trust, bases, slug, id, useKept] {
        if (!download->succeeded())
            return useKept(download->error());
        const QByteArray bytes = download->result().body;
        runInPool(
            job,
            [bytes, trust, bases, slug] {
                return ManifestCheck::plugin(bytes, trust, bases, slug);
            },
            [this, job, bytes, id, slug, useKept](Result<CheckedPluginManifest> checked) {
                if (!checked)
                    return useKept(checked.error());
                StoredRepositoryPlugin row;
                row.repoId = id;
                row.slug = slug;
                row.manifest = bytes;
                row.signedAt = checked.value().signedAt.isValid()
                                   ? checked.value().signedAt.toString(Qt::ISODateWithMs)
                                   : QString();
                row.fetchedAt = nowText();
                if (Result<void> saved = m_store.savePluginManifest(row); !saved)
                    qWarning("plugboard: %s", qPrintable(saved.error().message));
                job->succeed(checked.value().read.manifest);
            });
    });
    return job;
}

Result<StoredRepository> Repositories::setEnabled(qint64 id, bool enabled)
{
    Result<StoredRepository> row =
        m_store.update(id, [enabled](StoredRepository r) -> Result<StoredRepository> {
            r.enabled = enabled;
            return r;
        });
    if (row)
        Q_EMIT repositoriesChanged();
    return row;
}

Result<void> Repositories::remove(qint64 id)
{
    Result<void> removed = m_store.remove(id);
    if (removed)
        Q_EMIT repositoriesChanged();
    return removed;
}

} // namespace plugboard
