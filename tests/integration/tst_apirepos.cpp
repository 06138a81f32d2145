// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The repository routes of the REST API (/api/plugins/repos/) end to end: a real server on
// loopback and a real client with the token, a PluginManager over real plugin folders, a real
// SQLite file, and repositories served by a loopback HTTP server with manifests signed by a
// key the real gpg makes and checked by the real gpgv.
#include "api/apiclient.h"
#include "api/apiserver.h"
#include "api/apitoken.h"
#include "apiharness.h"
#include "common/fixtures.h"
#include "common/gnupghome.h"
#include "common/testhttpserver.h"
#include "manager/pluginmanager.h"
#include "repos/officialrepository.h"
#include "repos/repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace plugboard;
using fixtures::GnupgHome;
using fixtures::TestHttpServer;
using fixtures::TestResponse;

namespace {

const QString kRepos = QStringLiteral("/api/plugins/repos/");

struct Offer {
    QString slug;
    QString version;
    QString description;
};

} // namespace

class TestApiRepos : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsTheOfficialRepository();
    void addsASignedRepository();
    void refusesBadRepositoriesAndAddsNothing_data();
    void refusesBadRepositoriesAndAddsNothing();
    void addingTheSameAddressTwiceIsAConflict();
    void previewStoresNothing();
    void disablingWithPatch();
    void theOfficialRepositoryCannotBeDeleted();
    void deletingARepository();
    void aFailedRefreshKeepsTheLastGoodManifest();
    void refreshAllEnabled();
    void availableStatusesAndQuery();
    void pluginDetailsFromTheStoredManifest();
    void badBodiesChangeNothing_data();
    void badBodiesChangeNothing();
    void eventsWhenTheListChanges();
    void settingsOnlineAccessAndRefreshInterval();
    void withoutRepositoriesTheRoutesAnswer503();

private:
    QByteArray manifest(const QString &registryName, const QList<Offer> &offers) const;
    QByteArray signedFile(const QByteArray &manifest);
    // Adds the repository served at /repo.json through the API, with the suite's key.
    QJsonObject addServed(const QByteArray &file);
    QJsonArray listed();
    qint64 officialId();
    ApiReply patch(const QString &path, const QByteArray &body)
    {
        return m_client->send("PATCH", path, body);
    }

    std::unique_ptr<GnupgHome> m_home;
    QString m_fingerprint;
    QByteArray m_key;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_http;
    QByteArray m_served;
    std::unique_ptr<PluginManager> m_manager;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiRepos::initTestCase()
{
    m_home = std::make_unique<GnupgHome>();
    QString error;
    m_fingerprint = m_home->generate(QStringLiteral("Test Repo <repo@example.org>"),
                                     QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty() && m_fingerprint.size() == 40, qPrintable(error));
    m_key =
        m_home->gpg({QStringLiteral("--armor"), QStringLiteral("--export"), m_fingerprint}, &error);
    QVERIFY2(error.isEmpty() && m_key.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"),
             qPrintable(error));
}

void TestApiRepos::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_http = std::make_unique<TestHttpServer>();
    QVERIFY(m_http->listen());
    m_served.clear();
    m_http->route("/repo.json", [this](const fixtures::TestRequest &) {
        TestResponse response;
        response.body = m_served;
        return response;
    });

    // Plugins installed here: what the availability view compares the offers with.
    const QString plugins = m_dir->filePath("plugins");
    const QList<std::pair<QString, QString>> installed = {{"alpha", "1.0.0"}, {"beta", "1.0.0"},
                                                          {"gamma", "1.0.0"}, {"epsilon", "1.0.0"},
                                                          {"eta", "1.0.0"},   {"zeta", "3.0.0"}};
    for (const auto &[key, version] : installed) {
        QVERIFY(!fixtures::makePlugin(plugins, key, fixtures::manifest(key.toUpper(), version))
                     .isEmpty());
    }
    const PluginPaths paths = PluginPaths::resolve(m_dir->filePath("data"), plugins);
    VERIFY_OK(paths.prepare());
    m_manager = std::make_unique<PluginManager>(paths);
    QVERIFY(m_manager->reload()->exec());
    m_repos = std::make_unique<Repositories>(paths.databasePath());
    m_repos->setStallTimeout(5000);
    m_server = std::make_unique<ApiServer>(m_manager.get());
    m_server->setRepositories(m_repos.get());
    const Result<quint16> port = m_server->start(0);
    VERIFY_OK(port);
    m_client = std::make_unique<ApiClient>(port.value(), ApiToken::load(paths.dataDir).value());
}

void TestApiRepos::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_repos.reset();
    if (m_manager)
        m_manager->shutdown(2000);
    m_manager.reset();
    m_http.reset();
    m_dir.reset();
}

QByteArray TestApiRepos::manifest(const QString &registryName, const QList<Offer> &offers) const
{
    QJsonArray plugins;
    for (const Offer &offer : offers) {
        plugins.append(QJsonObject{{"slug", offer.slug},
                                   {"name", offer.slug.toUpper()},
                                   {"description", offer.description},
                                   {"author", "Test Author"},
                                   {"latest_version", offer.version},
                                   {"latest_url", "zips/" + offer.slug + ".zip"},
                                   {"latest_sha256", QString(64, QLatin1Char('a'))}});
    }
    // Qt writes compact ASCII JSON (keys sorted): the bytes are their own canonical form.
    return QJsonDocument(QJsonObject{{"registry_name", registryName},
                                     {"root_url", m_http->url("").toString()},
                                     {"plugins", plugins}})
        .toJson(QJsonDocument::Compact);
}

QByteArray TestApiRepos::signedFile(const QByteArray &manifest)
{
    QString error;
    const QByteArray signature = m_home->sign(m_fingerprint, manifest + "\n", &error);
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

QJsonObject TestApiRepos::addServed(const QByteArray &file)
{
    m_served = file;
    const ApiReply reply = m_client->post(kRepos, {{"url", m_http->url("/repo.json").toString()},
                                                   {"public_key", QString::fromLatin1(m_key)}});
    if (reply.status != 201)
        qWarning("add answered %d: %s", reply.status, reply.body.constData());
    return reply.json.value("repo").toObject();
}

QJsonArray TestApiRepos::listed()
{
    const ApiReply reply = m_client->get(kRepos);
    if (reply.status != 200)
        qWarning("list answered %d: %s", reply.status, reply.body.constData());
    return reply.json.value("repos").toArray();
}

qint64 TestApiRepos::officialId()
{
    for (const QJsonValue &repo : listed()) {
        if (repo.toObject().value("official").toBool())
            return qint64(repo.toObject().value("id").toDouble());
    }
    return 0;
}

// The offers of the suite's repository and what each is here (see init()).
static QList<Offer> standardOffers()
{
    return {{"alpha", "1.0.0", "Renames channels"},     {"beta", "2.0.0", "Guide fixer for EPG"},
            {"gamma", "1.0.0", "Guide cleaner"},        {"delta", "1.0.0", "Logo finder"},
            {"epsilon", "0.5.0", "Yanked back to 0.5"}, {"eta", "1.0.0", "Also elsewhere"}};
}

void TestApiRepos::listShowsTheOfficialRepository()
{
    const QJsonArray repos = listed();
    QCOMPARE(repos.size(), 1);
    const QJsonObject official = repos.at(0).toObject();
    QCOMPARE(official.value("url").toString(), OfficialRepository::Url);
    QCOMPARE(official.value("name").toString(), OfficialRepository::Name);
    QCOMPARE(official.value("official").toBool(), true);
    QCOMPARE(official.value("enabled").toBool(), true);
    QCOMPARE(official.value("signature").toString(), QStringLiteral("verified"));
    QVERIFY(official.value("plugin_count").isNull()); // nothing accepted from it yet
    QVERIFY(official.value("last_fetched").isNull());
    QVERIFY(official.value("last_error").isNull());
    QVERIFY(official.value("id").toDouble() > 0);
    // The same repository by id.
    const ApiReply one = m_client->get(kRepos + QString::number(officialId()) + "/");
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value("repo").toObject(), official);
    // Nothing was fetched to list it.
    QVERIFY(m_http->requests().isEmpty());
}

void TestApiRepos::addsASignedRepository()
{
    const QJsonObject repo = addServed(signedFile(manifest("Test Repo", standardOffers())));
    QCOMPARE(repo.value("name").toString(), QStringLiteral("Test Repo"));
    QCOMPARE(repo.value("signature").toString(), QStringLiteral("verified"));
    QCOMPARE(repo.value("plugin_count").toInt(), 6);
    QCOMPARE(repo.value("official").toBool(), false);
    QCOMPARE(repo.value("enabled").toBool(), true);
    QCOMPARE(repo.value("url").toString(), m_http->url("/repo.json").toString());
    QVERIFY(!repo.value("last_fetched").toString().isEmpty());
    QVERIFY(repo.value("last_error").isNull());

    const QJsonArray repos = listed();
    QCOMPARE(repos.size(), 2);
    QCOMPARE(repos.at(1).toObject(), repo);
    // Stored with the pinned key: the core sees the same row.
    const Result<StoredRepository> stored =
        m_repos->find(QString::number(qint64(repo.value("id").toDouble())));
    VERIFY_OK(stored);
    QCOMPARE(stored.value().fingerprint, m_fingerprint);
}

void TestApiRepos::refusesBadRepositoriesAndAddsNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("changed after signing") << "tampered" << 400 << "signature";
    QTest::newRow("plain http to another host") << "http" << 400 << "plain HTTP";
    QTest::newRow("unsigned with a key given") << "unsigned" << 400 << "not signed";
    QTest::newRow("a key that is no key") << "badkey" << 400 << "key";
}

void TestApiRepos::refusesBadRepositoriesAndAddsNothing()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, says);
    QString url = m_http->url("/repo.json").toString();
    QString key = QString::fromLatin1(m_key);
    if (kind == "tampered") {
        m_served = signedFile(manifest("Test Repo", standardOffers()));
        m_served.replace("\"ALPHA\"", "\"ALPHB\"");
    } else if (kind == "http") {
        url = QStringLiteral("http://example.org/repo.json");
    } else if (kind == "unsigned") {
        m_served = manifest("Test Repo", standardOffers());
    } else {
        key = QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnonsense\n-----END PGP "
                             "PUBLIC KEY BLOCK-----\n");
        m_served = signedFile(manifest("Test Repo", standardOffers()));
    }
    const ApiReply reply = m_client->post(kRepos, {{"url", url}, {"public_key", key}});
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.json.value("success").toBool(true), false);
    QVERIFY2(reply.json.value("error").toString().contains(says, Qt::CaseInsensitive),
             reply.body.constData());
    QVERIFY(!reply.json.value("code").toString().isEmpty());
    QCOMPARE(listed().size(), 1);
    QVERIFY(m_repos->store().all().value().size() == 1);
}

void TestApiRepos::addingTheSameAddressTwiceIsAConflict()
{
    const QJsonObject repo = addServed(signedFile(manifest("Test Repo", standardOffers())));
    QVERIFY(!repo.isEmpty());
    const ApiReply again = m_client->post(kRepos, {{"url", m_http->url("/repo.json").toString()}});
    QCOMPARE(again.status, 409);
    QVERIFY2(again.json.value("error").toString().contains("already in the list"),
             again.body.constData());
    // The official address is always there already.
    const ApiReply official = m_client->post(kRepos, {{"url", OfficialRepository::Url}});
    QCOMPARE(official.status, 409);
    QCOMPARE(listed().size(), 2);
}

void TestApiRepos::previewStoresNothing()
{
    m_served = signedFile(manifest("Preview Repo", standardOffers()));
    const ApiReply reply =
        m_client->post(kRepos + "preview/", {{"url", m_http->url("/repo.json").toString()},
                                             {"public_key", QString::fromLatin1(m_key)}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.json.value("name").toString(), QStringLiteral("Preview Repo"));
    QCOMPARE(reply.json.value("signature").toString(), QStringLiteral("verified"));
    QCOMPARE(reply.json.value("plugin_count").toInt(), 6);
    const QJsonArray plugins = reply.json.value("plugins").toArray();
    QCOMPARE(plugins.size(), 6);
    QCOMPARE(plugins.at(0).toObject().value("slug").toString(), QStringLiteral("alpha"));
    QVERIFY(plugins.at(0).toObject().value("repo_id").isNull());
    // Installed by hand as far as a repository not added yet can tell.
    QCOMPARE(plugins.at(0).toObject().value("status").toString(), QStringLiteral("unmanaged"));
    QCOMPARE(plugins.at(3).toObject().value("status").toString(), QStringLiteral("not_installed"));
    QCOMPARE(m_http->requests().size(), 1);
    QCOMPARE(listed().size(), 1);

    // Without a key the same file previews as unsigned.
    const ApiReply unsignedPreview =
        m_client->post(kRepos + "preview/", {{"url", m_http->url("/repo.json").toString()}});
    QVERIFY2(unsignedPreview.status == 200, unsignedPreview.body.constData());
    QCOMPARE(unsignedPreview.json.value("signature").toString(), QStringLiteral("unsigned"));
    QCOMPARE(listed().size(), 1);

    // A refused preview says why.
    const ApiReply refused =
        m_client->post(kRepos + "preview/", {{"url", "http://example.org/repo.json"}});
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json.value("error").toString().contains("plain HTTP"));
}

void TestApiRepos::disablingWithPatch()
{
    const qint64 id = officialId();
    const QString path = kRepos + QString::number(id) + "/";
    const ApiReply off = patch(path, R"({"enabled": false})");
    QVERIFY2(off.status == 200, off.body.constData());
    QCOMPARE(off.json.value("repo").toObject().value("enabled").toBool(true), false);
    QCOMPARE(listed().at(0).toObject().value("enabled").toBool(true), false);
    QCOMPARE(m_repos->find(QString::number(id)).value().enabled, false);

    const ApiReply on = patch(path, R"({"enabled": true})");
    QCOMPARE(on.status, 200);
    QCOMPARE(listed().at(0).toObject().value("enabled").toBool(), true);

    const ApiReply unknown = patch(kRepos + "987654/", R"({"enabled": false})");
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json.value("error").toString().contains("987654"));
    QCOMPARE(listed().at(0).toObject().value("enabled").toBool(), true);
}

void TestApiRepos::theOfficialRepositoryCannotBeDeleted()
{
    const ApiReply reply = m_client->del(kRepos + QString::number(officialId()) + "/");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json.value("code").toString(), QStringLiteral("conflict"));
    QVERIFY2(reply.json.value("error").toString().contains("disable it instead"),
             reply.body.constData());
    QCOMPARE(listed().size(), 1);
}

void TestApiRepos::deletingARepository()
{
    const QJsonObject repo = addServed(signedFile(manifest("Test Repo", standardOffers())));
    const qint64 id = qint64(repo.value("id").toDouble());
    QVERIFY(id > 0);
    VERIFY_OK(m_repos->store().setManaged({"alpha", id, "alpha", "1.0.0", "Test Repo"}));
    const ApiReply removed = m_client->del(kRepos + QString::number(id) + "/");
    QVERIFY2(removed.status == 200, removed.body.constData());
    QCOMPARE(listed().size(), 1);
    QCOMPARE(m_client->del(kRepos + QString::number(id) + "/").status, 404);
    // Its plugin stays, unmanaged.
    const QList<ManagedInstall> managed = m_repos->store().managedInstalls().value();
    QCOMPARE(managed.size(), 1);
    QCOMPARE(managed.at(0).repoId, 0);
}

void TestApiRepos::aFailedRefreshKeepsTheLastGoodManifest()
{
    const QJsonObject repo = addServed(signedFile(manifest("Test Repo", standardOffers())));
    const qint64 id = qint64(repo.value("id").toDouble());
    QVERIFY(id > 0);

    // The server now serves an unsigned manifest offering something else.
    m_served = manifest("Test Repo", {{"evil", "9.9.9", "Not what was signed"}});
    const ApiReply refused = m_client->post(kRepos + QString::number(id) + "/refresh/", {});
    QVERIFY2(refused.status >= 400 && refused.status < 500, refused.body.constData());
    QCOMPARE(refused.json.value("success").toBool(true), false);
    const QString sentence = refused.json.value("error").toString();
    QVERIFY2(sentence.contains("not signed"), qPrintable(sentence));
    QCOMPARE(refused.json.value("repo").toObject().value("last_error").toString(), sentence);
    QCOMPARE(refused.json.value("refresh").toObject().value("ok").toBool(true), false);

    // Recorded on the repository, and the last good manifest still in use.
    const QJsonObject after = listed().at(1).toObject();
    QCOMPARE(after.value("last_error").toString(), sentence);
    QCOMPARE(after.value("plugin_count").toInt(), 6);
    QCOMPARE(after.value("signature").toString(), QStringLiteral("verified"));
    const ApiReply offered = m_client->get(kRepos + "available/?repo=" + QString::number(id));
    QCOMPARE(offered.status, 200);
    const QJsonArray plugins = offered.json.value("plugins").toArray();
    QCOMPARE(plugins.size(), 6);
    for (const QJsonValue &plugin : plugins)
        QVERIFY(plugin.toObject().value("slug").toString() != "evil");

    // Signed again: the refresh succeeds and clears the error.
    QTest::qWait(1100); // signature times have whole seconds; a newer one is required
    m_served = signedFile(manifest("Test Repo", standardOffers().mid(0, 2)));
    const ApiReply good = m_client->post(kRepos + QString::number(id) + "/refresh/", {});
    QVERIFY2(good.status == 200, good.body.constData());
    QCOMPARE(good.json.value("refresh").toObject().value("changed").toBool(), true);
    QCOMPARE(good.json.value("refresh").toObject().value("plugin_count").toInt(), 2);
    QVERIFY(good.json.value("repo").toObject().value("last_error").isNull());
}

void TestApiRepos::refreshAllEnabled()
{
    const QJsonObject repo = addServed(signedFile(manifest("Test Repo", standardOffers())));
    const qint64 id = qint64(repo.value("id").toDouble());
    // The official repository is disabled: a refresh of it would go to GitHub.
    QCOMPARE(patch(kRepos + QString::number(officialId()) + "/", R"({"enabled": false})").status,
             200);
    const qsizetype before = m_http->requests().size();

    ApiReply all = m_client->post(kRepos + "refresh/", {});
    QVERIFY2(all.status == 200, all.body.constData());
    QCOMPARE(all.json.value("success").toBool(), true);
    QJsonArray refreshes = all.json.value("refreshes").toArray();
    QCOMPARE(refreshes.size(), 1); // the enabled one only
    QCOMPARE(qint64(refreshes.at(0).toObject().value("repo_id").toDouble()), id);
    QCOMPARE(refreshes.at(0).toObject().value("ok").toBool(), true);
    QCOMPARE(m_http->requests().size(), before + 1);

    m_served = "<html>maintenance</html>";
    all = m_client->post(kRepos + "refresh/", {});
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value("success").toBool(true), false);
    refreshes = all.json.value("refreshes").toArray();
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.at(0).toObject().value("ok").toBool(true), false);
    QVERIFY2(refreshes.at(0).toObject().value("error").toString().contains("JSON"),
             all.body.constData());
    QCOMPARE(listed().at(1).toObject().value("last_error").toString(),
             refreshes.at(0).toObject().value("error").toString());
}

void TestApiRepos::availableStatusesAndQuery()
{
    const QJsonObject repo = addServed(signedFile(manifest("Test Repo", standardOffers())));
    const qint64 id = qint64(repo.value("id").toDouble());
    QVERIFY(id > 0);
    const qint64 official = officialId();
    RepositoryStore &store = m_repos->store();
    VERIFY_OK(store.setManaged({"alpha", id, "alpha", "1.0.0", "Test Repo"}));
    VERIFY_OK(store.setManaged({"beta", id, "beta", "1.0.0", "Test Repo"}));
    VERIFY_OK(store.setManaged({"epsilon", id, "epsilon", "1.0.0", "Test Repo"}));
    VERIFY_OK(store.setManaged({"eta", official, "eta", "1.0.0", OfficialRepository::Name}));
    VERIFY_OK(store.setManaged({"zeta", id, "zeta", "3.0.0", "Test Repo"})); // no longer listed

    const ApiReply reply = m_client->get(kRepos + "available/");
    QVERIFY2(reply.status == 200, reply.body.constData());
    QHash<QString, QJsonObject> bySlug;
    for (const QJsonValue &plugin : reply.json.value("plugins").toArray())
        bySlug.insert(plugin.toObject().value("slug").toString(), plugin.toObject());
    QCOMPARE(bySlug.size(), 6);
    QCOMPARE(bySlug["alpha"].value("status").toString(), QStringLiteral("up_to_date"));
    QCOMPARE(bySlug["beta"].value("status").toString(), QStringLiteral("update_available"));
    QCOMPARE(bySlug["beta"].value("installed_version").toString(), QStringLiteral("1.0.0"));
    QCOMPARE(bySlug["beta"].value("latest_version").toString(), QStringLiteral("2.0.0"));
    QCOMPARE(bySlug["gamma"].value("status").toString(), QStringLiteral("unmanaged"));
    QCOMPARE(bySlug["delta"].value("status").toString(), QStringLiteral("not_installed"));
    QVERIFY(bySlug["delta"].value("installed_version").isNull());
    QCOMPARE(bySlug["epsilon"].value("status").toString(), QStringLiteral("newer_installed"));
    QCOMPARE(bySlug["eta"].value("status").toString(), QStringLiteral("other_repo"));
    const QJsonObject alpha = bySlug["alpha"];
    QCOMPARE(alpha.value("key").toString(), QStringLiteral("alpha"));
    QCOMPARE(alpha.value("name").toString(), QStringLiteral("ALPHA"));
    QCOMPARE(alpha.value("author").toString(), QStringLiteral("Test Author"));
    QCOMPARE(alpha.value("description").toString(), QStringLiteral("Renames channels"));
    QCOMPARE(qint64(alpha.value("repo_id").toDouble()), id);
    QCOMPARE(alpha.value("repo_name").toString(), QStringLiteral("Test Repo"));
    QCOMPARE(alpha.value("signature").toString(), QStringLiteral("verified"));
    QCOMPARE(alpha.value("deprecated").toBool(true), false);
    const QJsonArray orphans = reply.json.value("orphans").toArray();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.at(0).toObject().value("key").toString(), QStringLiteral("zeta"));
    QCOMPARE(orphans.at(0).toObject().value("version").toString(), QStringLiteral("3.0.0"));

    // A query: every word somewhere, case-insensitive.
    const ApiReply guide = m_client->get(kRepos + "available/?q=GUIDE");
    QCOMPARE(guide.json.value("plugins").toArray().size(), 2);
    const ApiReply fixer = m_client->get(kRepos + "available/?q=guide%20fixer");
    QCOMPARE(fixer.json.value("plugins").toArray().size(), 1);
    QCOMPARE(fixer.json.value("plugins").toArray().at(0).toObject().value("slug").toString(),
             QStringLiteral("beta"));
    const ApiReply plus = m_client->get(kRepos + "available/?q=guide+fixer");
    QCOMPARE(plus.json.value("plugins").toArray().size(), 1);
    QCOMPARE(m_client->get(kRepos + "available/?q=nothing-like-it")
                 .json.value("plugins")
                 .toArray()
                 .size(),
             0);

    // Filtered by repository: the official one offers nothing yet.
    const ApiReply officialOnly =
        m_client->get(kRepos + "available/?repo=" + QString::number(official));
    QCOMPARE(officialOnly.status, 200);
    QCOMPARE(officialOnly.json.value("plugins").toArray().size(), 0);
    QCOMPARE(m_client->get(kRepos + "available/?repo=987654").status, 404);
    QCOMPARE(m_client->get(kRepos + "available/?color=blue").status, 400);

    // A disabled repository offers nothing.
    QCOMPARE(patch(kRepos + QString::number(id) + "/", R"({"enabled": false})").status, 200);
    QCOMPARE(m_client->get(kRepos + "available/").json.value("plugins").toArray().size(), 0);
}

void TestApiRepos::pluginDetailsFromTheStoredManifest()
{
    const QJsonObject repo = addServed(signedFile(manifest("Test Repo", standardOffers())));
    const qint64 id = qint64(repo.value("id").toDouble());
    VERIFY_OK(m_repos->store().setManaged({"beta", id, "beta", "1.0.0", "Test Repo"}));
    const qsizetype requests = m_http->requests().size();

    const ApiReply reply = m_client->get(kRepos + QString::number(id) + "/plugins/beta/");
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject plugin = reply.json.value("plugin").toObject();
    QCOMPARE(plugin.value("slug").toString(), QStringLiteral("beta"));
    QCOMPARE(plugin.value("name").toString(), QStringLiteral("BETA"));
    QCOMPARE(plugin.value("status").toString(), QStringLiteral("update_available"));
    QCOMPARE(plugin.value("latest_version").toString(), QStringLiteral("2.0.0"));
    QCOMPARE(plugin.value("latest_url").toString(), m_http->url("/zips/beta.zip").toString());
    QCOMPARE(plugin.value("latest_sha256").toString(), QString(64, QLatin1Char('a')));
    QCOMPARE(plugin.value("versions").toArray().size(), 0); // its own manifest not fetched yet
    QCOMPARE(m_http->requests().size(), requests);          // no network

    const ApiReply unknown = m_client->get(kRepos + QString::number(id) + "/plugins/nope/");
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json.value("error").toString().contains("nope"));
    QCOMPARE(m_client->get(kRepos + "987654/plugins/beta/").status, 404);
    // The official repository has no manifest yet.
    const ApiReply none = m_client->get(kRepos + QString::number(officialId()) + "/plugins/x/");
    QCOMPARE(none.status, 404);
    QVERIFY(none.json.value("error").toString().contains("refresh"));
}

void TestApiRepos::badBodiesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    const QString official = "<official>";
    QTest::newRow("add: empty") << QByteArray("POST") << kRepos << QByteArray() << "empty";
    QTest::newRow("add: not JSON")
        << QByteArray("POST") << kRepos << QByteArray("{url:") << "not valid JSON";
    QTest::newRow("add: a list") << QByteArray("POST") << kRepos << QByteArray("[1]")
                                 << "JSON object";
    QTest::newRow("add: unknown key")
        << QByteArray("POST") << kRepos
        << QByteArray(R"({"url": "https://x.org/m.json", "sha256": "00"})") << "sha256";
    QTest::newRow("add: url a number")
        << QByteArray("POST") << kRepos << QByteArray(R"({"url": 5})") << "url";
    QTest::newRow("add: url blank")
        << QByteArray("POST") << kRepos << QByteArray(R"({"url": "  "})") << "url";
    QTest::newRow("add: key a number")
        << QByteArray("POST") << kRepos
        << QByteArray(R"({"url": "https://x.org/m.json", "public_key": 1})") << "public_key";
    QTest::newRow("add: not a URL")
        << QByteArray("POST") << kRepos << QByteArray(R"({"url": "ftp://x.org/m.json"})") << "";
    QTest::newRow("preview: download url")
        << QByteArray("POST") << kRepos + "preview/"
        << QByteArray(R"({"url": "https://x.org/m.json", "download_url": "https://evil/"})")
        << "download_url";
    QTest::newRow("patch: string")
        << QByteArray("PATCH") << official << QByteArray(R"({"enabled": "no"})") << "enabled";
    QTest::newRow("patch: extra key") << QByteArray("PATCH") << official
                                      << QByteArray(R"({"enabled": false, "url": "x"})") << "url";
    QTest::newRow("patch: missing")
        << QByteArray("PATCH") << official << QByteArray("{}") << "enabled";
    QTest::newRow("refresh: a body") << QByteArray("POST") << official + "refresh/"
                                     << QByteArray(R"({"force": true})") << "force";
    QTest::newRow("refresh all: a body")
        << QByteArray("POST") << kRepos + "refresh/" << QByteArray(R"({"all": true})") << "all";
    QTest::newRow("settings: nothing")
        << QByteArray("PATCH") << kRepos + "settings/" << QByteArray("{}") << "online_access";
    QTest::newRow("settings: online a string")
        << QByteArray("PATCH") << kRepos + "settings/" << QByteArray(R"({"online_access": "yes"})")
        << "true or false";
    QTest::newRow("settings: hours too many")
        << QByteArray("PATCH") << kRepos + "settings/"
        << QByteArray(R"({"online_access": true, "refresh_interval_hours": 1000})") << "168";
    QTest::newRow("settings: hours a fraction")
        << QByteArray("PATCH") << kRepos + "settings/"
        << QByteArray(R"({"refresh_interval_hours": 1.5})") << "whole number";
    QTest::newRow("settings: unknown key")
        << QByteArray("PUT") << kRepos + "settings/" << QByteArray(R"({"proxy": "x"})") << "proxy";
    QTest::newRow("delete: a body")
        << QByteArray("DELETE") << official << QByteArray(R"({"x": 1})") << "no body";
}

void TestApiRepos::badBodiesChangeNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const QJsonArray before = listed();
    path.replace("<official>", kRepos + QString::number(officialId()) + "/");
    const ApiReply reply = m_client->send(method, path, body);
    QVERIFY2(reply.status == 400, reply.body.constData());
    QCOMPARE(reply.json.value("success").toBool(true), false);
    QCOMPARE(reply.json.value("code").toString(), QStringLiteral("invalid_input"));
    QVERIFY2(reply.json.value("error").toString().contains(says), reply.body.constData());
    QCOMPARE(listed(), before);
    QVERIFY(m_http->requests().isEmpty());
}

void TestApiRepos::eventsWhenTheListChanges()
{
    QWebSocket socket;
    QList<QJsonObject> messages;
    connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &text) {
        messages << QJsonDocument::fromJson(text.toUtf8()).object();
    });
    QNetworkRequest request(
        QUrl(QStringLiteral("ws://127.0.0.1:%1/api/plugins/events/").arg(m_server->port())));
    request.setRawHeader("Authorization", "Bearer " + m_client->token());
    socket.open(request);
    QTRY_VERIFY(!messages.isEmpty()); // hello
    const auto count = [&] {
        return std::count_if(messages.begin(), messages.end(), [](const QJsonObject &m) {
            return m.value("type").toString() == QLatin1String("repos_changed");
        });
    };
    QCOMPARE(count(), 0);
    QCOMPARE(patch(kRepos + QString::number(officialId()) + "/", R"({"enabled": false})").status,
             200);
    QTRY_COMPARE(count(), 1);
    addServed(signedFile(manifest("Test Repo", standardOffers())));
    QTRY_COMPARE(count(), 2);
    // A refused change sends nothing.
    QCOMPARE(m_client->del(kRepos + QString::number(officialId()) + "/").status, 409);
    QTest::qWait(100);
    QCOMPARE(count(), 2);
    socket.close();
}

void TestApiRepos::withoutRepositoriesTheRoutesAnswer503()
{
    apitest::Harness h; // an ApiServer nobody gave repositories
    QVERIFY(h.start());
    for (const auto &[method, path] : QList<std::pair<QByteArray, QString>>{
             {"GET", kRepos}, {"GET", kRepos + "available/"}, {"POST", kRepos + "refresh/"}}) {
        const ApiReply reply = h.client->send(method, path, {});
        QCOMPARE(reply.status, 503);
        QVERIFY(!reply.json.value("error").toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestApiRepos)
#include "tst_apirepos.moc"

void TestApiRepos::settingsOnlineAccessAndRefreshInterval()
{
    const QString path = kRepos + "settings/";
    const ApiReply first = m_client->send("GET", path, {});
    QVERIFY2(first.status == 200, first.body.constData());
    const QJsonObject before = first.json.value("settings").toObject();
    QCOMPARE(before.value("online_access").toBool(true), false); // nothing allowed yet
    QCOMPARE(before.value("refresh_interval_hours").toInt(), 6);

    const ApiReply changed =
        patch(path, R"({"online_access": true, "refresh_interval_hours": 24})");
    QVERIFY2(changed.status == 200, changed.body.constData());
    QCOMPARE(changed.json.value("settings").toObject().value("online_access").toBool(), true);
    QCOMPARE(changed.json.value("settings").toObject().value("refresh_interval_hours").toInt(), 24);
    // Kept in the database, where another process (the window) reads it.
    Repositories other(m_manager->paths().databasePath());
    QCOMPARE(other.onlineAccessAllowed().value(), true);
    QCOMPARE(other.refreshIntervalHours().value(), 24);

    // One key alone; 0 switches the background refresh off. A refused body changes nothing.
    QCOMPARE(patch(path, R"({"refresh_interval_hours": 0})").status, 200);
    QCOMPARE(
        m_client->send("PATCH", path, R"({"online_access": false, "refresh_interval_hours": -1})")
            .status,
        400);
    const QJsonObject after = m_client->send("GET", path, {}).json.value("settings").toObject();
    QCOMPARE(after.value("online_access").toBool(), true);
    QCOMPARE(after.value("refresh_interval_hours").toInt(), 0);
    QVERIFY(m_http->requests().isEmpty());
}
