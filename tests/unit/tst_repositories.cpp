// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plugin repositories end to end below the window: a real HTTP server on loopback serving
// manifests that the suite signs with a key the real gpg makes, checked by the real gpgv, kept in
// the real SQLite file. Adding, refreshing, every refusal keeping the last good manifest,
// replayed signatures, impersonation of the official repository, and no request at all before
// online access is allowed.
#include "common/fixtures.h"
#include "common/gnupghome.h"
#include "common/testhttpserver.h"
#include "repos/manifestcheck.h"
#include "repos/officialrepository.h"
#include "repos/repositories.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using fixtures::GnupgHome;
using fixtures::TestHttpServer;
using fixtures::TestResponse;

class TestRepositories : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void officialRepositoryIsAlwaysListed();
    void addsASignedRepository();
    void previewStoresNothing();
    void refusesAManifestChangedAfterSigning();
    void refusesASignatureByAnotherKey();
    void addsAnUnsignedRepositoryWithoutAKey();
    void refusalsKeepTheLastGoodManifest_data();
    void refusalsKeepTheLastGoodManifest();
    void conditionalRefreshIsNotModified();
    void impersonatingTheOfficialNameIsRefused();
    void aWholeNameIsNotASubstring();
    void realOfficialManifestVerifies();
    void aMirrorOfTheOfficialManifestIsAccepted();
    void nothingIsFetchedBeforeOnlineAccessIsAllowed();
    void removingAndDisabling();

private:
    // The signed wrapper around `manifest` (compact ASCII JSON, so it is its own canonical form).
    QByteArray signedFile(const QByteArray &manifest, const QString &signer,
                          const QString &fakedTime = {});
    QByteArray manifest(const QString &registryName, const QStringList &slugs) const;
    // Adds the repository served at /repo.json with the suite's key; fails the test otherwise.
    StoredRepository addServed(const QByteArray &file);
    template<typename J> static bool finish(J *job)
    {
        job->setAutoDelete(false);
        return job->exec();
    }

    std::unique_ptr<GnupgHome> m_home;
    QString m_fingerprint;
    QString m_otherFingerprint;
    QByteArray m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<Repositories> m_repos;
    QByteArray m_served;
};

void TestRepositories::initTestCase()
{
    m_home = std::make_unique<GnupgHome>();
    QString error;
    // Made "last year", so the suite can sign at earlier times too (replays).
    m_fingerprint =
        m_home->generate(QStringLiteral("Test Repo <repo@example.org>"), QStringLiteral("ed25519"),
                         &error, QStringLiteral("20250101T000000"));
    QVERIFY2(error.isEmpty() && m_fingerprint.size() == 40, qPrintable(error));
    m_otherFingerprint = m_home->generate(QStringLiteral("Someone Else <else@example.org>"),
                                          QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_key =
        m_home->gpg({QStringLiteral("--armor"), QStringLiteral("--export"), m_fingerprint}, &error);
    QVERIFY2(error.isEmpty() && m_key.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"),
             qPrintable(error));
}

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_served.clear();
    m_server->route("/repo.json", [this](const fixtures::TestRequest &request) {
        TestResponse response;
        response.body = m_served;
        const QByteArray etag = '"' + QByteArray::number(qHash(m_served)) + '"';
        response.headers = {{"ETag", etag}};
        if (request.headers.value("if-none-match") == etag) {
            response.status = 304;
            response.reason = "Not Modified";
            response.body.clear();
        }
        return response;
    });
    m_repos = std::make_unique<Repositories>(m_dir->filePath("plugboard.sqlite"));
    m_repos->setStallTimeout(5000);
}

void TestRepositories::cleanup()
{
    m_repos.reset();
    m_server.reset();
    m_dir.reset();
}

QByteArray TestRepositories::manifest(const QString &registryName, const QStringList &slugs) const
{
    QByteArray plugins;
    for (const QString &slug : slugs) {
        if (!plugins.isEmpty())
            plugins += ',';
        plugins += "{\"slug\":\"" + slug.toUtf8() + "\",\"name\":\"" + slug.toUpper().toUtf8() +
                   "\",\"latest_version\":\"1.0.0\",\"latest_url\":\"zips/" + slug.toUtf8() +
                   ".zip\"}";
    }
    return "{\"registry_name\":" +
           QJsonDocument::fromVariant(QVariantList{registryName})
               .toJson(QJsonDocument::Compact)
               .mid(1)
               .chopped(1) +
           ",\"root_url\":\"" + m_server->url("").toString().toUtf8() + "\",\"plugins\":[" +
           plugins + "]}";
}

QByteArray TestRepositories::signedFile(const QByteArray &manifest, const QString &signer,
                                        const QString &fakedTime)
{
    QString error;
    const QByteArray signature = m_home->sign(signer, manifest + "\n", &error, fakedTime);
    if (!error.isEmpty())
        qWarning("gpg: %s", qPrintable(error));
    const QByteArray quoted =
        QJsonDocument::fromVariant(QVariantList{QString::fromLatin1(signature)})
            .toJson(QJsonDocument::Compact)
            .mid(1)
            .chopped(1);
    return "{\"generated_at\":\"2026-06-06T20:09:10Z\",\"manifest\":" + manifest +
           ",\"signature\":" + quoted + "}";
}

StoredRepository TestRepositories::addServed(const QByteArray &file)
{
    m_served = file;
    RepositoryJob *job = m_repos->add(m_server->url("/repo.json").toString(), m_key);
    std::unique_ptr<RepositoryJob> owned(job);
    if (!finish(job)) {
        qWarning("add failed: %s", qPrintable(job->error().message));
        return {};
    }
    return job->result();
}

void TestRepositories::officialRepositoryIsAlwaysListed()
{
    Result<QList<StoredRepository>> rows = m_repos->list();
    VERIFY_OK(rows);
    QCOMPARE(rows.value().size(), 1);
    const StoredRepository &official = rows.value().constFirst();
    QVERIFY(official.official && official.enabled);
    QCOMPARE(official.url, OfficialRepository::Url);
    QCOMPARE(official.fingerprint, QStringLiteral("46A930568E0FB9CA834CD7F87EC03A6B4C2234CE"));
    QVERIFY(official.publicKey.isEmpty()); // not shipped: fetched once online access is allowed
    QVERIFY(official.manifest.isEmpty());
    Result<void> removed = m_repos->remove(official.id);
    QVERIFY(!removed.ok());
    QVERIFY(removed.error().message.contains(QStringLiteral("disable it instead")));
}

void TestRepositories::addsASignedRepository()
{
    const StoredRepository added =
        addServed(signedFile(manifest("Test Repo", {"alpha", "beta"}), m_fingerprint));
    QVERIFY(added.id > 0);
    QCOMPARE(added.name, QStringLiteral("Test Repo"));
    QCOMPARE(added.fingerprint, m_fingerprint);
    QVERIFY(added.isSigned());
    QVERIFY(QDateTime::fromString(added.signedAt, Qt::ISODateWithMs).isValid());
    QVERIFY(!added.manifest.isEmpty());
    QVERIFY(added.lastError.isEmpty());
    QCOMPARE(m_repos->list().value().size(), 2);
    QCOMPARE(m_repos->find(added.url).value().id, added.id);
    QCOMPARE(m_repos->find(QString::number(added.id)).value().url, added.url);

    // Adding the same address again is refused and adds nothing.
    RepositoryJob *again = m_repos->add(added.url, m_key);
    std::unique_ptr<RepositoryJob> owned(again);
    QVERIFY(!finish(again));
    QCOMPARE(again->error().code, ErrorCode::Conflict);
    QCOMPARE(m_repos->list().value().size(), 2);
}

void TestRepositories::previewStoresNothing()
{
    m_served = signedFile(manifest("Preview Repo", {"a", "b", "c"}), m_fingerprint);
    ManifestFetch *preview = m_repos->preview(m_server->url("/repo.json").toString(), m_key);
    std::unique_ptr<ManifestFetch> owned(preview);
    QVERIFY2(finish(preview), qPrintable(preview->error().message));
    QCOMPARE(preview->result().checked.read.manifest.registryName, QStringLiteral("Preview Repo"));
    QCOMPARE(preview->result().checked.read.manifest.plugins.size(), 3);
    QCOMPARE(preview->result().checked.signature, SignatureState::Verified);
    QCOMPARE(preview->result().checked.matchedForm, QStringLiteral("ascii+newline"));
    QCOMPARE(m_repos->list().value().size(), 1);

    ManifestFetch *bad = m_repos->preview(QStringLiteral("http://example.org/repo.json"), {});
    std::unique_ptr<ManifestFetch> ownedBad(bad);
    QVERIFY(!finish(bad));
    QVERIFY(bad->error().message.contains(QStringLiteral("plain HTTP")));
}

void TestRepositories::refusesAManifestChangedAfterSigning()
{
    QByteArray file = signedFile(manifest("Test Repo", {"alpha"}), m_fingerprint);
    file.replace("\"ALPHA\"", "\"ALPHB\"");
    m_served = file;
    RepositoryJob *job = m_repos->add(m_server->url("/repo.json").toString(), m_key);
    std::unique_ptr<RepositoryJob> owned(job);
    QVERIFY(!finish(job));
    QVERIFY2(job->error().message.contains(QStringLiteral("signature")),
             qPrintable(job->error().message));
    QCOMPARE(m_repos->list().value().size(), 1); // nothing added
}

void TestRepositories::refusesASignatureByAnotherKey()
{
    m_served = signedFile(manifest("Test Repo", {"alpha"}), m_otherFingerprint);
    RepositoryJob *job = m_repos->add(m_server->url("/repo.json").toString(), m_key);
    std::unique_ptr<RepositoryJob> owned(job);
    QVERIFY(!finish(job));
    QVERIFY2(job->error().message.contains(QStringLiteral("another key")),
             qPrintable(job->error().message));
    QCOMPARE(m_repos->list().value().size(), 1);
}

void TestRepositories::addsAnUnsignedRepositoryWithoutAKey()
{
    m_served = manifest("Flat Repo", {"alpha"}); // the flat form: no wrapper, no signature
    RepositoryJob *job = m_repos->add(m_server->url("/repo.json").toString(), {});
    std::unique_ptr<RepositoryJob> owned(job);
    QVERIFY2(finish(job), qPrintable(job->error().message));
    QCOMPARE(job->result().name, QStringLiteral("Flat Repo"));
    QVERIFY(!job->result().isSigned());
    QVERIFY(job->result().signedAt.isEmpty());
}

void TestRepositories::refusalsKeepTheLastGoodManifest_data()
{
    QTest::addColumn<QString>("served");
    QTest::addColumn<QString>("says");
    QTest::newRow("signature stripped") << "stripped"
                                        << "not signed";
    QTest::newRow("signed by another key") << "other"
                                           << "another key";
    QTest::newRow("older signature replayed") << "replay"
                                              << "older";
    QTest::newRow("not JSON") << "garbage"
                              << "JSON";
    QTest::newRow("server error") << "500"
                                  << "500";
}

void TestRepositories::refusalsKeepTheLastGoodManifest()
{
    QFETCH(QString, served);
    QFETCH(QString, says);
    const QByteArray older = signedFile(manifest("Test Repo", {"alpha"}), m_fingerprint,
                                        QStringLiteral("20260101T000000"));
    const StoredRepository added =
        addServed(signedFile(manifest("Test Repo", {"alpha", "beta"}), m_fingerprint));
    QVERIFY(added.id > 0);

    if (served == "stripped")
        m_served = manifest("Test Repo", {"alpha", "evil"});
    else if (served == "other")
        m_served = signedFile(manifest("Test Repo", {"evil"}), m_otherFingerprint);
    else if (served == "replay")
        m_served = older;
    else if (served == "garbage")
        m_served = "<html>maintenance</html>";
    else
        m_server->route("/repo.json", TestResponse{500, "Internal Server Error", {}, "oops"});

    RefreshJob *job = m_repos->refresh(added.id);
    std::unique_ptr<RefreshJob> owned(job);
    QVERIFY(!finish(job));
    QVERIFY2(job->error().message.contains(says), qPrintable(job->error().message));
    const StoredRepository after = m_repos->find(QString::number(added.id)).value();
    QCOMPARE(after.manifest, added.manifest); // the last good one stays in use
    QCOMPARE(after.signedAt, added.signedAt);
    QCOMPARE(after.lastError, job->error().message);
    QVERIFY(after.lastFetchedAt >= added.lastFetchedAt);
    QCOMPARE(after.lastGoodAt, added.lastGoodAt);
}

void TestRepositories::conditionalRefreshIsNotModified()
{
    const StoredRepository added =
        addServed(signedFile(manifest("Test Repo", {"alpha"}), m_fingerprint));
    QVERIFY(!added.etag.isEmpty());
    RefreshJob *same = m_repos->refresh(added.id);
    std::unique_ptr<RefreshJob> owned(same);
    QVERIFY2(finish(same), qPrintable(same->error().message));
    QVERIFY(same->result().notModified);
    QVERIFY(!same->result().changed);
    QCOMPARE(same->result().pluginCount, 1); // what the manifest held says
    QCOMPARE(same->result().signature, SignatureState::Verified);
    QCOMPARE(m_server->requests().last().headers.value("if-none-match"), added.etag.toLatin1());

    // A newer signed manifest is taken.
    QTest::qWait(1100); // signature times have whole seconds
    m_served = signedFile(manifest("Test Repo", {"alpha", "gamma"}), m_fingerprint);
    RefreshJob *newer = m_repos->refresh(added.id);
    std::unique_ptr<RefreshJob> ownedNewer(newer);
    QVERIFY2(finish(newer), qPrintable(newer->error().message));
    QVERIFY(newer->result().changed);
    QCOMPARE(newer->result().pluginCount, 2);
    QCOMPARE(m_repos->find(added.url).value().manifest, m_served);
}

void TestRepositories::impersonatingTheOfficialNameIsRefused()
{
    for (const QString &name :
         {QStringLiteral("Dispatcharr/Plugins"), QStringLiteral("dispatcharr plugins"),
          QStringLiteral("DISPATCHARR-PLUGINS")}) {
        m_served = manifest(name, {"alpha"});
        RepositoryJob *job = m_repos->add(m_server->url("/repo.json").toString(), {});
        std::unique_ptr<RepositoryJob> owned(job);
        QVERIFY(!finish(job));
        QVERIFY2(job->error().message.contains(QStringLiteral("official repository")),
                 qPrintable(job->error().message));
        // Signed with its own key does not help either.
        m_served = signedFile(manifest(name, {"alpha"}), m_fingerprint);
        RepositoryJob *keyed = m_repos->add(m_server->url("/repo.json").toString(), m_key);
        std::unique_ptr<RepositoryJob> ownedKeyed(keyed);
        QVERIFY(!finish(keyed));
    }
    QCOMPARE(m_repos->list().value().size(), 1);
}

void TestRepositories::aWholeNameIsNotASubstring()
{
    QVERIFY(OfficialRepository::claimsToBeOfficial(QStringLiteral(" Dispatcharr / Plugins ")));
    QVERIFY(!OfficialRepository::claimsToBeOfficial(QStringLiteral("Unofficial Tools")));
    QVERIFY(
        !OfficialRepository::claimsToBeOfficial(QStringLiteral("Unofficial Dispatcharr Plugins")));
    m_served = manifest("Unofficial Dispatcharr Plugins", {"alpha"});
    RepositoryJob *job = m_repos->add(m_server->url("/repo.json").toString(), {});
    std::unique_ptr<RepositoryJob> owned(job);
    QVERIFY2(finish(job), qPrintable(job->error().message));
}

void TestRepositories::realOfficialManifestVerifies()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    QFile key(dir + "/dispatcharr-plugins.pub");
    QFile root(dir + "/releases-663a151/manifest.json");
    QVERIFY(key.open(QIODevice::ReadOnly) && root.open(QIODevice::ReadOnly));
    RepositoryTrust trust;
    trust.name = OfficialRepository::Name;
    trust.fingerprint = OfficialRepository::Fingerprint;
    trust.publicKey = key.readAll();
    trust.official = true;
    const QByteArray bytes = root.readAll();
    Result<CheckedRootManifest> checked = ManifestCheck::root(bytes, trust);
    VERIFY_OK(checked);
    QCOMPARE(checked.value().signature, SignatureState::Verified);
    QCOMPARE(checked.value().read.manifest.plugins.size(), 18);
    QVERIFY(checked.value().signedAt.isValid());

    // Replaying it after a newer one was accepted is refused.
    trust.lastSignedAt = checked.value().signedAt.addSecs(1);
    QVERIFY(!ManifestCheck::root(bytes, trust).ok());
    trust.lastSignedAt = checked.value().signedAt; // the same signature again is fine
    QVERIFY(ManifestCheck::root(bytes, trust).ok());

    // One byte changed inside the signed part fails.
    QByteArray changed = bytes;
    changed.replace("Channel Mapparr", "Channel Mapparz");
    QVERIFY(changed != bytes);
    Result<CheckedRootManifest> refused = ManifestCheck::root(changed, trust);
    QVERIFY(!refused.ok());
}

void TestRepositories::aMirrorOfTheOfficialManifestIsAccepted()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    QFile key(dir + "/dispatcharr-plugins.pub");
    QFile root(dir + "/releases-663a151/manifest.json");
    QVERIFY(key.open(QIODevice::ReadOnly) && root.open(QIODevice::ReadOnly));
    m_served = root.readAll();

    // While the official key is unknown, a copy of the official manifest cannot prove itself.
    RepositoryJob *early = m_repos->add(m_server->url("/repo.json").toString(), {});
    std::unique_ptr<RepositoryJob> ownedEarly(early);
    QVERIFY(!finish(early));

    // Once it is known, a true mirror is accepted.
    const qint64 official = m_repos->list().value().constFirst().id;
    VERIFY_OK(
        m_repos->store().update(official, [&](StoredRepository row) -> Result<StoredRepository> {
            row.publicKey = QString::fromLatin1(key.readAll());
            return row;
        }));
    RepositoryJob *mirror = m_repos->add(m_server->url("/repo.json").toString(), {});
    std::unique_ptr<RepositoryJob> owned(mirror);
    QVERIFY2(finish(mirror), qPrintable(mirror->error().message));
    QCOMPARE(mirror->result().name, QStringLiteral("Dispatcharr/Plugins"));
}

void TestRepositories::nothingIsFetchedBeforeOnlineAccessIsAllowed()
{
    const StoredRepository added =
        addServed(signedFile(manifest("Test Repo", {"alpha"}), m_fingerprint));
    const qsizetype requests = m_server->requests().size();
    QCOMPARE(m_repos->onlineAccessAllowed().value(), false);

    RefreshJob *scheduled = m_repos->refresh(added.id, Repositories::Access::Scheduled);
    std::unique_ptr<RefreshJob> owned(scheduled);
    QVERIFY(!finish(scheduled));
    QVERIFY2(scheduled->error().message.contains(QStringLiteral("not allowed yet")),
             qPrintable(scheduled->error().message));
    QCOMPARE(m_server->requests().size(), requests);

    VERIFY_OK(m_repos->setOnlineAccessAllowed(true));
    RefreshJob *allowed = m_repos->refresh(added.id, Repositories::Access::Scheduled);
    std::unique_ptr<RefreshJob> ownedAllowed(allowed);
    QVERIFY2(finish(allowed), qPrintable(allowed->error().message));
    QCOMPARE(m_server->requests().size(), requests + 1);
}

void TestRepositories::removingAndDisabling()
{
    const StoredRepository added =
        addServed(signedFile(manifest("Test Repo", {"alpha"}), m_fingerprint));
    QSignalSpy changed(m_repos.get(), &Repositories::repositoriesChanged);
    Result<StoredRepository> disabled = m_repos->setEnabled(added.id, false);
    VERIFY_OK(disabled);
    QVERIFY(!disabled.value().enabled);
    VERIFY_OK(m_repos->remove(added.id));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_repos->list().value().size(), 1);
    QCOMPARE(m_repos->find(added.url).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
