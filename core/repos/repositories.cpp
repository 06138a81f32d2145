#include "repos/repositories.h"

#include "common/translation.h"
#include "repos/officialrepository.h"
#include "repos/openpgpkey.h"
#include "repos/urlpolicy.h"

#include <QDateTime>

namespace plugboard {

namespace {

constexpr TranslationContext tr{"Repositories"};

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
    return Error::make(ErrorCode::NotFound,
                       tr("No repository \"%1\" is in the list; `plugboardctl repo list` shows "
                          "their ids and addresses.")
                           .arg(idOrUrl));
}

Result<bool> Repositories::onlineAccessAllowed() const
{
    return m_store.onlineAccess();
}

Result<void> Repositories::setOnlineAccessAllowed(bool allowed)
{
    return m_store.setOnlineAccess(allowed);
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
    const QUrl address = QUrl(url.trimmed(), QUrl::StrictMode);
    if (Result<void> allowed =
            UrlPolicy::check(address, tr("the repository"), UrlPolicy::Files::Allowed);
        !allowed)
        return allowed.error();
    row->url = address.toString();
    if (!key.trimmed().isEmpty()) {
        Result<OpenPgpKey> read = OpenPgpKey::read(key, tr("the key given for the repository"));
        if (!read)
            return read.error();
        row->publicKey = armored(key);
        row->fingerprint = read.value().fingerprint();
    }
    if (row->url == OfficialRepository::Url) {
        return Error::make(ErrorCode::Conflict,
                           tr("%1 is Dispatcharr's official repository, which is always in the "
                              "list.")
                               .arg(row->url));
    }
    return *row;
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
        job->failLater(Error::make(ErrorCode::Conflict,
                                   tr("The repository %1 is already in the list.").arg(row->url)));
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
            job->failLater(allowed ? Error::make(ErrorCode::Conflict,
                                                 tr("Online access is not allowed yet: Plugboard "
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
            found ? Error::make(ErrorCode::NotFound, tr("No repository with id %1.").arg(id))
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
        outcome.pluginCount =
            fetched.notModified ? -1 : int(fetched.checked.read.manifest.plugins.size());
        outcome.signature = fetched.checked.signature;
        outcome.matchedForm = fetched.checked.matchedForm;
        job->succeed(outcome);
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
