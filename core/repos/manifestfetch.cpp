// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/manifestfetch.h"

#include "common/runinpool.h"
#include "repos/download.h"
#include "repos/officialrepository.h"
#include "repos/openpgpkey.h"
#include "repos/repositorymanifestreader.h"
#include <QCoreApplication>

#include <QDateTime>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

constexpr qint64 MaxKeyBytes = 64 * 1024;

QString nameOf(const StoredRepository &repository)
{
    return repository.name.isEmpty() ? UrlPolicy::display(QUrl(repository.url)) : repository.name;
}

} // namespace

ManifestFetch::ManifestFetch(const FetchSettings &settings, const StoredRepository &repository,
                             QObject *parent)
    : ResultJob<FetchedManifest>(parent)
    , m_settings(settings)
    , m_repository(repository)
    , m_key(repository.publicKey.toLatin1())
{}

ManifestFetch *ManifestFetch::start(const FetchSettings &settings,
                                    const StoredRepository &repository, QObject *parent)
{
    auto *job = new ManifestFetch(settings, repository, parent);
    job->setStarted();
    if (repository.official && job->m_key.isEmpty())
        job->fetchKey();
    else
        job->fetchManifest();
    return job;
}

ManifestFetch *ManifestFetch::refused(const Error &error, QObject *parent)
{
    auto *job = new ManifestFetch({}, {}, parent);
    job->failLater(error);
    return job;
}

void ManifestFetch::fetchKey()
{
    DownloadRequest request;
    request.url = QUrl(OfficialRepository::KeyUrl);
    request.what = Text::tr("the official repository's key");
    request.maxBytes = MaxKeyBytes;
    request.stallTimeoutMs = m_settings.stallTimeoutMs;
    Download *download = Download::start(m_settings.network, request, this);
    setCanceller([download] { return download->cancel(); });
    connect(download, &Job::finished, this, [this, download] {
        if (!download->succeeded())
            return fail(download->error());
        const QByteArray bytes = download->result().body;
        Result<OpenPgpKey> key = OpenPgpKey::read(bytes, Text::tr("the official repository's key"));
        if (!key)
            return fail(key.error());
        if (key.value().fingerprint() != OfficialRepository::Fingerprint) {
            return fail(Error::make(
                ErrorCode::InvalidInput,
                Text::tr("The key published at %1 has the fingerprint %2, not the official %3; it "
                         "was not kept, and nothing from the repository is trusted.")
                    .arg(OfficialRepository::KeyUrl,
                         OpenPgpFingerprint::format(key.value().fingerprint()),
                         OpenPgpFingerprint::format(OfficialRepository::Fingerprint))));
        }
        m_key = bytes;
        fetchManifest();
    });
}

void ManifestFetch::fetchManifest()
{
    DownloadRequest request;
    request.url = QUrl(m_repository.url);
    request.what = Text::tr("the manifest of %1").arg(nameOf(m_repository));
    request.maxBytes = RepositoryManifestReader::MaxFileBytes;
    request.stallTimeoutMs = m_settings.stallTimeoutMs;
    request.files = UrlPolicy::Files::Allowed; // a repository in a local folder
    if (m_settings.conditional && !m_repository.manifest.isEmpty()) {
        request.etag = m_repository.etag;
        request.lastModified = m_repository.lastModified;
    }
    Download *download = Download::start(m_settings.network, request, this);
    setCanceller([download] { return download->cancel(); });
    connect(download, &Job::finished, this, [this, download] {
        setCanceller({});
        if (!download->succeeded())
            return fail(download->error());
        DownloadResult result = download->result();
        if (result.notModified) {
            FetchedManifest fetched;
            fetched.notModified = true;
            fetched.etag = result.etag;
            fetched.lastModified = result.lastModified;
            fetched.publicKey = m_key;
            return succeed(std::move(fetched));
        }
        check(std::move(result.body), result.etag, result.lastModified);
    });
}

void ManifestFetch::check(QByteArray bytes, QString etag, QString lastModified)
{
    RepositoryTrust trust;
    trust.name = nameOf(m_repository);
    trust.fingerprint = m_repository.fingerprint;
    trust.publicKey = m_key;
    trust.lastSignedAt = QDateTime::fromString(m_repository.signedAt, Qt::ISODateWithMs);
    trust.official = m_repository.official;
    trust.officialKey = m_repository.official ? m_key : m_settings.officialKey;
    trust.gpgvProgram = m_settings.gpgvProgram;
    runInPool(
        this,
        [bytes, trust]() -> std::pair<QByteArray, Result<CheckedRootManifest>> {
            return {bytes, ManifestCheck::root(bytes, trust)};
        },
        [this, etag, lastModified](std::pair<QByteArray, Result<CheckedRootManifest>> done) {
            if (!done.second)
                return fail(done.second.error());
            FetchedManifest fetched;
            fetched.bytes = std::move(done.first);
            fetched.checked = std::move(done.second).value();
            fetched.etag = etag;
            fetched.lastModified = lastModified;
            fetched.publicKey = m_key;
            succeed(std::move(fetched));
        });
}

} // namespace plugboard
