// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Installing from a repository, end to end below the window: a signed repository served on
// loopback, real zips with real checksums, the real import into a real plugins folder, the real
// embedded Python behind PluginManager. Every refusal leaves the installed state as it was.
#include "common/fixtures.h"
#include "common/gnupghome.h"
#include "common/testhttpserver.h"
#include "install/folderremover.h"
#include "manager/importtypes.h"
#include "manager/pluginmanager.h"
#include "manager/repositoryinstall.h"
#include "repos/availability.h"
#include "repos/repositories.h"
#include "runner/runjob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using fixtures::GnupgHome;
using fixtures::TestHttpServer;
using fixtures::TestResponse;

class TestRepositoryInstall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void installsTheLatestUnderTheSlug();
    void checksumMismatchWritesNothing();
    void missingChecksumIsRefused();
    void downloadBeyondTheDeclaredSizeIsCutOff();
    void updateKeepsSettingsAndAsksForTrustAgain();
    void hostileUpdateRollsBackAndTheOldPluginStillRuns();
    void consentsAreAskedFor();
    void anOlderVersionFromThePluginsOwnManifest();
    void aHandImportOverItMakesItUnmanaged();
    void aCheckSaysWhatWillRunAndInstallsNothing();

private:
    struct Version {
        Version(QString v, QByteArray z, QString sha = QString(), int kb = -1)
            : version(std::move(v))
            , zip(std::move(z))
            , sha256(std::move(sha))
            , sizeKb(kb)
        {}
        QString version;
        QByteArray zip;
        QString sha256; // null: the real one; empty: none given
        int sizeKb;     // -1: the real one
    };
    // Serves a signed repository with plugin "alpha" at these versions (newest first).
    void serve(const QList<Version> &versions, bool sign = true, bool deprecated = false);
    QByteArray wrap(const QJsonObject &inner, bool sign);
    static QByteArray pluginZip(const QString &zipFolder, const QString &version,
                                const QString &answer);
    RepositoryInstallOutcome install(const RepositoryInstallRequest &request, Error *error);
    RepositoryInstallRequest request(const QString &version = {}) const;
    QStringList pluginFolders() const;
    QString runAnswer();

    std::unique_ptr<GnupgHome> m_home;
    QString m_fingerprint;
    QByteArray m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<PluginManager> m_manager;
    std::unique_ptr<Repositories> m_repos;
    qint64 m_repoId = 0;
};

void TestRepositoryInstall::initTestCase()
{
    m_home = std::make_unique<GnupgHome>();
    QString error;
    m_fingerprint = m_home->generate(QStringLiteral("Install Repo <install@example.org>"),
                                     QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty() && m_fingerprint.size() == 40, qPrintable(error));
    m_key =
        m_home->gpg({QStringLiteral("--armor"), QStringLiteral("--export"), m_fingerprint}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRepositoryInstall::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    QVERIFY(QDir().mkpath(m_dir->filePath("plugins")));
    PluginPaths paths = PluginPaths::resolve(m_dir->filePath("data"), m_dir->filePath("plugins"));
    QVERIFY(paths.prepare());
    m_manager = std::make_unique<PluginManager>(paths);
    m_manager->reload()->exec();
    m_repos = std::make_unique<Repositories>(paths.databasePath());
    m_repos->setStallTimeout(5000);
    m_repoId = 0;
}

void TestRepositoryInstall::cleanup()
{
    m_repos.reset();
    m_manager.reset();
    FolderRemover::waitForBackgroundWork();
    m_server.reset();
    m_dir.reset();
}

QByteArray TestRepositoryInstall::pluginZip(const QString &zipFolder, const QString &version,
                                            const QString &answer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p.zip");
    const QByteArray code = QStringLiteral("class Plugin:\n"
                                           "    def run(self, action, params, context):\n"
                                           "        return {'status': 'ok', 'message': '%1'}\n")
                                .arg(answer)
                                .toUtf8();
    const QByteArray manifest = QStringLiteral(R"({"name": "Alpha", "version": "%1",
            "fields": [{"id": "n", "type": "number", "default": 1}],
            "actions": [{"id": "ask", "label": "Ask"}]})")
                                    .arg(version)
                                    .toUtf8();
    if (!fixtures::makeZip(
            path, {{zipFolder + "/plugin.py", code}, {zipFolder + "/plugin.json", manifest}}))
        return {};
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray TestRepositoryInstall::wrap(const QJsonObject &inner, bool sign)
{
    // QJsonDocument writes keys sorted and ASCII here, so the file's order is the signed order.
    const QByteArray text = QJsonDocument(inner).toJson(QJsonDocument::Compact);
    if (!sign)
        return text;
    QString error;
    const QByteArray signature = m_home->sign(m_fingerprint, text + "\n", &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    QByteArray quoted = signature;
    quoted.replace("\n", "\\n");
    return "{\"generated_at\":\"now\",\"manifest\":" + text + ",\"signature\":\"" + quoted + "\"}";
}

void TestRepositoryInstall::serve(const QList<Version> &versions, bool sign, bool deprecated)
{
    QJsonArray listed;
    for (const Version &v : versions) {
        const QByteArray path = "/zips/alpha-" + v.version.toUtf8() + ".zip";
        m_server->route(path, TestResponse{200, "OK", {}, v.zip});
        const QString sha =
            v.sha256.isNull()
                ? QString::fromLatin1(
                      QCryptographicHash::hash(v.zip, QCryptographicHash::Sha256).toHex())
                : v.sha256;
        const int kb = v.sizeKb >= 0 ? v.sizeKb : int((v.zip.size() + 1023) / 1024);
        QJsonObject version{
            {"version", v.version}, {"url", QString::fromUtf8(path.mid(1))}, {"size", kb}};
        if (!sha.isEmpty())
            version.insert("checksum_sha256", sha);
        listed.append(version);
    }
    const QJsonObject latest = listed.first().toObject();
    QJsonObject entry{{"slug", "alpha"},
                      {"name", "Alpha"},
                      {"author", "tests"},
                      {"latest_version", latest.value("version")},
                      {"latest_url", latest.value("url")},
                      {"latest_size", latest.value("size")},
                      {"manifest_url", "zips/alpha/manifest.json"}};
    if (latest.contains("checksum_sha256"))
        entry.insert("latest_sha256", latest.value("checksum_sha256"));
    if (deprecated)
        entry.insert("deprecated", true);
    const QString root = m_server->url("").toString();
    m_server->route("/repo.json", TestResponse{200,
                                               "OK",
                                               {},
                                               wrap(QJsonObject{{"registry_name", "Install Repo"},
                                                                {"root_url", root},
                                                                {"plugins", QJsonArray{entry}}},
                                                    sign)});
    QJsonObject own = entry;
    own.insert("versions", listed);
    m_server->route("/zips/alpha/manifest.json", TestResponse{200, "OK", {}, wrap(own, sign)});

    if (m_repoId == 0) {
        std::unique_ptr<RepositoryJob> add(
            m_repos->add(m_server->url("/repo.json").toString(), sign ? m_key : QByteArray()));
        add->setAutoDelete(false);
        QVERIFY2(add->exec(), qPrintable(add->error().message));
        m_repoId = add->result().id;
    } else {
        QTest::qWait(1100); // a newer signature needs a later second
        // Re-sign so the new manifest is newer than the one accepted.
        m_server->route("/repo.json",
                        TestResponse{200,
                                     "OK",
                                     {},
                                     wrap(QJsonObject{{"registry_name", "Install Repo"},
                                                      {"root_url", root},
                                                      {"plugins", QJsonArray{entry}}},
                                          sign)});
        std::unique_ptr<RefreshJob> refresh(m_repos->refresh(m_repoId));
        refresh->setAutoDelete(false);
        QVERIFY2(refresh->exec(), qPrintable(refresh->error().message));
    }
}

RepositoryInstallRequest TestRepositoryInstall::request(const QString &version) const
{
    RepositoryInstallRequest r;
    r.repoId = m_repoId;
    r.slug = QStringLiteral("alpha");
    r.version = version;
    return r;
}

RepositoryInstallOutcome TestRepositoryInstall::install(const RepositoryInstallRequest &r,
                                                        Error *error)
{
    std::unique_ptr<RepositoryInstallJob> job(
        RepositoryInstall::start(*m_manager, *m_repos, r, nullptr));
    job->setAutoDelete(false);
    job->exec();
    FolderRemover::waitForBackgroundWork();
    *error = job->succeeded() ? Error{} : job->error();
    if (!job->succeeded() && error->message.isEmpty())
        error->message = QStringLiteral("failed without a sentence");
    return job->result();
}

QStringList TestRepositoryInstall::pluginFolders() const
{
    return QDir(m_dir->filePath("plugins"))
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QString TestRepositoryInstall::runAnswer()
{
    if (!QTest::qWaitFor([&] { return m_manager->plugin("alpha")->isLoaded(); }, 15000))
        return QStringLiteral("not loaded: ") + m_manager->plugin("alpha")->loadError();
    const Result<RunJob *> job = m_manager->runAction("alpha", "ask", {});
    if (!job)
        return QStringLiteral("refused: ") + job.error().message;
    job.value()->exec();
    const QString message = job.value()->result().result.value("message").toString();
    delete job.value();
    return message;
}

void TestRepositoryInstall::installsTheLatestUnderTheSlug()
{
    serve({{"2.0", pluginZip("Alpha-Plugin-main", "2.0", "two")},
           {"1.0", pluginZip("alpha", "1.0", "one")}});
    Error error;
    const RepositoryInstallOutcome outcome = install(request(), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(outcome.version, QStringLiteral("2.0"));
    QCOMPARE(outcome.import.key, QStringLiteral("alpha"));
    QVERIFY(!outcome.updated);
    QCOMPARE(pluginFolders(), QStringList{"alpha"}); // the slug, not the zip's folder
    const std::optional<PluginInfo> alpha = m_manager->plugin("alpha");
    QVERIFY(alpha);
    QCOMPARE(alpha->version(), QStringLiteral("2.0"));
    QVERIFY(!alpha->enabled()); // new plugins arrive disabled
    QVERIFY(QDir(m_dir->filePath("data/downloads")).isEmpty());

    const QList<ManagedInstall> managed = m_repos->store().managedInstalls().value();
    QCOMPARE(managed.size(), 1);
    QCOMPARE(managed[0].repoId, m_repoId);
    QCOMPARE(managed[0].slug, QStringLiteral("alpha"));
    QCOMPARE(managed[0].version, QStringLiteral("2.0"));
    const Availability view =
        availabilityOf(m_repos->list().value(), {{"alpha", alpha->version(), managed[0]}});
    QCOMPARE(view.plugins.size(), 1);
    QCOMPARE(view.plugins[0].status, AvailabilityStatus::UpToDate);

    // Trust is asked on the first enable, as for any new code.
    QCOMPARE(m_manager->setEnabled("alpha", true, false).error().code, ErrorCode::TrustRequired);
    QVERIFY(m_manager->setEnabled("alpha", true, true));
    QCOMPARE(runAnswer(), QStringLiteral("two"));
}

void TestRepositoryInstall::checksumMismatchWritesNothing()
{
    serve({{"1.0", pluginZip("alpha", "1.0", "one"), QString(64, QLatin1Char('a'))}});
    Error error;
    install(request(), &error);
    QVERIFY2(error.message.contains(QStringLiteral("does not match the SHA-256")),
             qPrintable(error.message));
    QVERIFY(pluginFolders().isEmpty());
    QVERIFY(QDir(m_dir->filePath("data/downloads")).isEmpty());
    QVERIFY(m_repos->store().managedInstalls().value().isEmpty());
}

void TestRepositoryInstall::missingChecksumIsRefused()
{
    serve({{"1.0", pluginZip("alpha", "1.0", "one"), QStringLiteral("")}});
    Error error;
    install(request(), &error);
    QVERIFY2(error.message.contains(QStringLiteral("no SHA-256 checksum")),
             qPrintable(error.message));
    QVERIFY(pluginFolders().isEmpty());
}

void TestRepositoryInstall::downloadBeyondTheDeclaredSizeIsCutOff()
{
    QByteArray big = pluginZip("alpha", "1.0", "one");
    // The zip stays valid; the server sends far more than the manifest declares.
    const QByteArray padding(600 * 1024, 'x');
    serve({{"1.0", big + padding, {}, 1}});
    Error error;
    install(request(), &error);
    QVERIFY2(error.message.contains(QStringLiteral("more than")) ||
                 error.message.contains(QStringLiteral("larger than")),
             qPrintable(error.message));
    QVERIFY(pluginFolders().isEmpty());
    QCOMPARE(RepositoryInstall::downloadCap(0), 200LL * 1024 * 1024);
    QCOMPARE(RepositoryInstall::downloadCap(1024 * 1024), 1024 * 1024 + 1024 * 1024 / 10 + 65536);
}

void TestRepositoryInstall::updateKeepsSettingsAndAsksForTrustAgain()
{
    serve({{"1.0", pluginZip("alpha", "1.0", "one")}});
    Error error;
    install(request(), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QVERIFY(m_manager->setEnabled("alpha", true, true));
    QVERIFY(m_manager->saveSettings("alpha", {{"n", 7}}));
    QCOMPARE(runAnswer(), QStringLiteral("one"));

    serve({{"2.0", pluginZip("alpha", "2.0", "two")}, {"1.0", pluginZip("alpha", "1.0", "one")}});
    const std::optional<PluginInfo> before = m_manager->plugin("alpha");
    const Availability view = availabilityOf(
        m_repos->list().value(),
        {{"alpha", before->version(), m_repos->store().managedInstalls().value()[0]}});
    QCOMPARE(view.plugins[0].status, AvailabilityStatus::UpdateAvailable);

    const RepositoryInstallOutcome updated = install(request(), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QVERIFY(updated.updated);
    const std::optional<PluginInfo> after = m_manager->plugin("alpha");
    QCOMPARE(after->version(), QStringLiteral("2.0"));
    QCOMPARE(after->storedSettings().value("n").toInt(), 7); // settings kept
    QVERIFY(!after->enabled());                              // new code: trust asked again
    QCOMPARE(m_repos->store().managedInstalls().value()[0].version, QStringLiteral("2.0"));
}

void TestRepositoryInstall::hostileUpdateRollsBackAndTheOldPluginStillRuns()
{
    serve({{"1.0", pluginZip("alpha", "1.0", "one")}});
    Error error;
    install(request(), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QVERIFY(m_manager->setEnabled("alpha", true, true));
    QCOMPARE(runAnswer(), QStringLiteral("one"));

    QTemporaryDir dir;
    const QString hostile = dir.filePath("h.zip");
    QVERIFY(fixtures::makeZip(hostile, {{"alpha/plugin.py", "x = 1\n"}, {"../escape.py", "x"}}));
    QFile file(hostile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    serve({{"2.0", file.readAll()}, {"1.0", pluginZip("alpha", "1.0", "one")}});
    RepositoryInstallRequest r = request();
    r.keepEnabled = true;
    install(r, &error);
    QVERIFY2(!error.message.isEmpty(), "a hostile zip must be refused");
    QCOMPARE(m_manager->plugin("alpha")->version(), QStringLiteral("1.0"));
    QVERIFY(m_manager->plugin("alpha")->enabled());
    QCOMPARE(runAnswer(), QStringLiteral("one"));
    QCOMPARE(m_repos->store().managedInstalls().value()[0].version, QStringLiteral("1.0"));
    QVERIFY(!QFile::exists(m_dir->filePath("escape.py")));
}

void TestRepositoryInstall::consentsAreAskedFor()
{
    // A plugin with the same key installed by hand.
    fixtures::makePlugin(m_dir->filePath("plugins"), "alpha",
                         fixtures::manifest("Alpha", QStringLiteral("0.9")));
    m_manager->reload()->exec();
    serve({{"1.0", pluginZip("alpha", "1.0", "one")}}, false, true);
    Error error;
    RepositoryInstallRequest r = request();
    install(r, &error);
    QCOMPARE(error.code, ErrorCode::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("unsigned")), qPrintable(error.message));
    r.acceptUnsigned = true;
    install(r, &error);
    QVERIFY2(error.message.contains(QStringLiteral("deprecated")), qPrintable(error.message));
    r.acceptDeprecated = true;
    install(r, &error);
    QVERIFY2(error.message.contains(QStringLiteral("already installed")),
             qPrintable(error.message));
    QCOMPARE(m_manager->plugin("alpha")->version(), QStringLiteral("0.9")); // untouched so far
    r.replaceUnmanaged = true;
    install(r, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(m_manager->plugin("alpha")->version(), QStringLiteral("1.0"));
}

void TestRepositoryInstall::anOlderVersionFromThePluginsOwnManifest()
{
    serve({{"2.0", pluginZip("alpha", "2.0", "two")}, {"1.0", pluginZip("alpha", "1.0", "one")}});
    Error error;
    install(request(), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));

    install(request(QStringLiteral("1.0")), &error);
    QCOMPARE(error.code, ErrorCode::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("older than the installed")),
             qPrintable(error.message));
    install(request(QStringLiteral("7.7")), &error);
    QVERIFY2(error.message.contains(QStringLiteral("lists no version 7.7")),
             qPrintable(error.message));

    RepositoryInstallRequest r = request(QStringLiteral("v1.0.0")); // the same version, written
                                                                    // another way
    r.acceptDowngrade = true;
    const RepositoryInstallOutcome outcome = install(r, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(outcome.version, QStringLiteral("1.0"));
    QCOMPARE(m_manager->plugin("alpha")->version(), QStringLiteral("1.0"));
    QVERIFY(m_repos->store().pluginManifest(m_repoId, "alpha").value().has_value());
}

void TestRepositoryInstall::aHandImportOverItMakesItUnmanaged()
{
    serve({{"1.0", pluginZip("alpha", "1.0", "one")}});
    Error error;
    install(request(), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(m_repos->store().managedInstalls().value().size(), 1);

    QTemporaryDir dir;
    const QString zip = dir.filePath("alpha.zip");
    QFile file(zip);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pluginZip("alpha", "1.1-local", "mine"));
    file.close();
    ImportOptions options;
    options.replace = true;
    std::unique_ptr<ImportJob> job(m_manager->import(zip, options));
    job->setAutoDelete(false);
    QVERIFY2(job->exec(), qPrintable(job->error().message));
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(m_manager->plugin("alpha")->version(), QStringLiteral("1.1-local"));
    QVERIFY(m_repos->store().managedInstalls().value().isEmpty());
    const Availability view = availabilityOf(m_repos->list().value(), {{"alpha", "1.1-local", {}}});
    QCOMPARE(view.plugins[0].status, AvailabilityStatus::Unmanaged);
}

QTEST_GUILESS_MAIN(TestRepositoryInstall)
#include "tst_repositoryinstall.moc"

void TestRepositoryInstall::aCheckSaysWhatWillRunAndInstallsNothing()
{
    // A plugin that imports Dispatcharr's server and a module no Python here has.
    QTemporaryDir tmp;
    const QString path = tmp.filePath("needs.zip");
    QVERIFY(fixtures::makeZip(
        path, {{"alpha/plugin.py", "import json\nfrom apps.channels.models import Channel\n"
                                   "import plugboard_surely_absent_module\n"
                                   "class Plugin:\n    pass\n"},
               {"alpha/plugin.json", R"({"name": "Alpha", "version": "1.0"})"}}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    serve({{"1.0", file.readAll()}});

    RepositoryInstallRequest check = request();
    check.checkOnly = true;
    Error error;
    const RepositoryInstallOutcome checked = install(check, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(checked.requirements.size(), 2);
    QVERIFY2(checked.requirements.at(0).contains("need Dispatcharr's server (it imports apps.*)"),
             qPrintable(checked.requirements.at(0)));
    QVERIFY2(checked.requirements.at(1).contains("plugboard_surely_absent_module"),
             qPrintable(checked.requirements.at(1)));
    // Nothing installed, nothing left in the download folder.
    QVERIFY(!m_manager->plugin("alpha"));
    QVERIFY(pluginFolders().isEmpty());
    QVERIFY(QDir(m_manager->paths().dataDir + "/downloads")
                .entryList(QDir::Files | QDir::Hidden)
                .isEmpty());

    // The install says the same.
    const RepositoryInstallOutcome installed = install(request(), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(installed.requirements, checked.requirements);
    QVERIFY(m_manager->plugin("alpha"));
}
