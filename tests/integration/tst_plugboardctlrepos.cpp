// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl repo … and available, end to end: the real binary against repositories in a
// local folder (file://) and behind a real HTTP server on loopback (Python's http.server in a
// child process), signed with a key the real gpg makes and checked by the real gpgv.
#include "common/gnupghome.h"
#include "ctlharness.h"
#include "serveprocess.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace ctltest;
using fixtures::GnupgHome;

class TestPlugboardctlRepos : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void officialRepositoryIsListed();
    void addListAvailableRemove();
    void addRefusesAndAddsNothing_data();
    void addRefusesAndAddsNothing();
    void refreshOverHttpAndAFailureExitsOne();
    void enableDisableAndUsage();
    void installAndUpdateFromALocalRepository();
    void installFromAnUnsignedRepositoryNeedsConsent();
    void installThroughARunningServer();

private:
    Run ctl(const QStringList &args, int timeoutMs = 60000);
    // Writes a signed repository into <dir>/<name>/manifest.json; returns its file:// URL.
    QString writeRepository(const QString &name, const QString &registryName,
                            const QStringList &slugs, bool sign = true);
    QByteArray manifest(const QString &registryName, const QStringList &slugs) const;
    // A repository in <dir>/<name>/ offering "alpha" at `version` (a real zip, its checksum).
    QString writeAlphaRepository(const QString &name, const QString &version, bool sign = true);

    std::unique_ptr<GnupgHome> m_home;
    QString m_fingerprint;
    QByteArray m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyFile;
};

void TestPlugboardctlRepos::initTestCase()
{
    m_home = std::make_unique<GnupgHome>();
    QString error;
    m_fingerprint = m_home->generate(QStringLiteral("Ctl Repo <ctl@example.org>"),
                                     QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty() && m_fingerprint.size() == 40, qPrintable(error));
    m_key =
        m_home->gpg({QStringLiteral("--armor"), QStringLiteral("--export"), m_fingerprint}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPlugboardctlRepos::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keyFile = m_dir->filePath("repo.pub");
    QVERIFY(fixtures::writeFile(m_keyFile, m_key));
    QVERIFY(QDir().mkpath(m_dir->filePath("plugins")));
}

void TestPlugboardctlRepos::cleanup()
{
    m_dir.reset();
}

Run TestPlugboardctlRepos::ctl(const QStringList &args, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->filePath("home"));
    env.remove(QStringLiteral("DISPATCHARR_PLUGINS_DIR"));
    env.remove(QStringLiteral("PLUGBOARD_DATA_DIR"));
    return runProcess(fixtures::plugboardctlPath(),
                      QStringList{QStringLiteral("--data-dir"), m_dir->filePath("data"),
                                  QStringLiteral("--plugins-dir"), m_dir->filePath("plugins")} +
                          args,
                      env, {}, timeoutMs);
}

QByteArray TestPlugboardctlRepos::manifest(const QString &registryName,
                                           const QStringList &slugs) const
{
    QByteArray plugins;
    for (const QString &slug : slugs) {
        if (!plugins.isEmpty())
            plugins += ',';
        plugins += "{\"slug\":\"" + slug.toUtf8() + "\",\"name\":\"" + slug.toUpper().toUtf8() +
                   "\",\"author\":\"ctl\",\"latest_version\":\"1.2.0\",\"latest_url\":\"zips/" +
                   slug.toUtf8() + ".zip\"}";
    }
    return "{\"registry_name\":\"" + registryName.toUtf8() + "\",\"root_url\":\"" +
           QUrl::fromLocalFile(m_dir->path()).toEncoded() + "\",\"plugins\":[" + plugins + "]}";
}

QString TestPlugboardctlRepos::writeRepository(const QString &name, const QString &registryName,
                                               const QStringList &slugs, bool sign)
{
    const QByteArray inner = manifest(registryName, slugs);
    QByteArray file = inner;
    if (sign) {
        QString error;
        const QByteArray signature = m_home->sign(m_fingerprint, inner + "\n", &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        QByteArray quoted = signature;
        quoted.replace("\n", "\\n");
        file = "{\"generated_at\":\"now\",\"manifest\":" + inner + ",\"signature\":\"" + quoted +
               "\"}";
    }
    const QString path = m_dir->filePath(name + "/manifest.json");
    fixtures::writeFile(path, file);
    return QUrl::fromLocalFile(path).toString();
}

void TestPlugboardctlRepos::officialRepositoryIsListed()
{
    const Run list = ctl({"repo", "list", "--json"});
    QVERIFY2(list.exitCode == 0 && list.jsonOk(), qPrintable(list.describe()));
    const QJsonArray repos = list.json().value("repos").toArray();
    QCOMPARE(repos.size(), 1);
    const QJsonObject official = repos[0].toObject();
    QCOMPARE(official.value("official").toBool(), true);
    QCOMPARE(official.value("url").toString(),
             QStringLiteral("https://dispatcharr.github.io/Plugins/manifest.json"));
    QVERIFY(official.value("plugin_count").isNull());
    QVERIFY(official.value("last_fetched").isNull());
    for (const char *key : {"id", "name", "url", "official", "enabled", "signature", "plugin_count",
                            "last_fetched", "last_error"})
        QVERIFY2(official.contains(key), key);

    const Run text = ctl({"repo", "list"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.outText().contains("Dispatcharr/Plugins (official)"));
    QVERIFY(text.outText().contains("pinned, not fetched"));
}

void TestPlugboardctlRepos::addListAvailableRemove()
{
    // One plugin installed by hand with a key the repository also offers.
    fixtures::makePlugin(m_dir->filePath("plugins"), "beta",
                         fixtures::manifest("Beta", QStringLiteral("1.0.0")));
    const QString url = writeRepository("repo", "Ctl Repo", {"alpha", "beta"});

    const Run add = ctl({"repo", "add", url, "--key", m_keyFile, "--json"});
    QVERIFY2(add.exitCode == 0 && add.jsonOk(), qPrintable(add.describe()));
    const QJsonObject repo = add.json().value("repo").toObject();
    QCOMPARE(repo.value("name").toString(), QStringLiteral("Ctl Repo"));
    QCOMPARE(repo.value("signature").toString(), QStringLiteral("verified"));
    QCOMPARE(repo.value("plugin_count").toInt(), 2);
    QCOMPARE(repo.value("official").toBool(), false);
    const QString id = QString::number(repo.value("id").toInt());

    const Run available = ctl({"available", "--json"});
    QVERIFY2(available.exitCode == 0 && available.jsonOk(), qPrintable(available.describe()));
    const QJsonArray plugins = available.json().value("plugins").toArray();
    QCOMPARE(plugins.size(), 2);
    QJsonObject alpha, beta;
    for (const QJsonValue &v : plugins)
        (v.toObject().value("slug").toString() == "alpha" ? alpha : beta) = v.toObject();
    QCOMPARE(alpha.value("status").toString(), QStringLiteral("not_installed"));
    QVERIFY(alpha.value("installed_version").isNull());
    QCOMPARE(alpha.value("latest_version").toString(), QStringLiteral("1.2.0"));
    QCOMPARE(alpha.value("repo_name").toString(), QStringLiteral("Ctl Repo"));
    QCOMPARE(alpha.value("signature").toString(), QStringLiteral("verified"));
    QCOMPARE(beta.value("status").toString(), QStringLiteral("unmanaged"));
    QCOMPARE(beta.value("installed_version").toString(), QStringLiteral("1.0.0"));
    for (const char *key :
         {"slug", "key", "name", "description", "author", "latest_version", "repo_id", "repo_name",
          "signature", "deprecated", "installed_version", "status"})
        QVERIFY2(alpha.contains(key), key);

    const Run query = ctl({"available", "alp"});
    QVERIFY2(query.exitCode == 0, qPrintable(query.describe()));
    QVERIFY(query.outText().contains("alpha"));
    QVERIFY(!query.outText().contains("BETA"));
    QVERIFY(query.outText().contains("1 plugin offered."));

    const Run listed = ctl({"repo", "list"});
    QVERIFY(listed.outText().contains("Ctl Repo"));

    const Run refresh = ctl({"repo", "refresh", id});
    QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.describe()));

    const Run removed = ctl({"repo", "remove", url});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QVERIFY(removed.outText().contains("Removed Ctl Repo."));
    QCOMPARE(ctl({"repo", "list", "--json"}).json().value("repos").toArray().size(), 1);
}

void TestPlugboardctlRepos::addRefusesAndAddsNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("plain http elsewhere") << "http"
                                          << "plain HTTP";
    QTest::newRow("credentials") << "credentials"
                                 << "password";
    QTest::newRow("unsigned with a key") << "unsigned"
                                         << "not signed";
    QTest::newRow("changed after signing") << "changed"
                                           << "signature";
    QTest::newRow("impersonation") << "impersonation"
                                   << "official repository";
    QTest::newRow("missing file") << "missing"
                                  << "Could not fetch";
    QTest::newRow("unreadable key file") << "nokey"
                                         << "Could not read the key file";
}

void TestPlugboardctlRepos::addRefusesAndAddsNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QString url;
    QString key = m_keyFile;
    if (kind == "http") {
        url = QStringLiteral("http://plugins.example.org/manifest.json");
    } else if (kind == "credentials") {
        url = QStringLiteral("https://me:password@plugins.example.org/manifest.json");
    } else if (kind == "unsigned") {
        url = writeRepository("r", "Ctl Repo", {"alpha"}, false);
    } else if (kind == "changed") {
        url = writeRepository("r", "Ctl Repo", {"alpha"});
        const QString path = QUrl(url).toLocalFile();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("ALPHA", "OMEGA");
        QVERIFY(fixtures::writeFile(path, bytes));
    } else if (kind == "impersonation") {
        url = writeRepository("r", "Dispatcharr Plugins", {"alpha"});
    } else if (kind == "missing") {
        url = QUrl::fromLocalFile(m_dir->filePath("nowhere/manifest.json")).toString();
    } else {
        url = writeRepository("r", "Ctl Repo", {"alpha"});
        key = m_dir->filePath("no-such-key.pub");
    }
    const Run add = ctl({"repo", "add", url, "--key", key, "--json"});
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.jsonOk() && !add.json().value("success").toBool(), qPrintable(add.describe()));
    QVERIFY2(add.errText().contains(says), qPrintable(add.describe()));
    QVERIFY(!add.errText().contains("password@"));
    QCOMPARE(ctl({"repo", "list", "--json"}).json().value("repos").toArray().size(), 1);
}

void TestPlugboardctlRepos::refreshOverHttpAndAFailureExitsOne()
{
    const QString served = m_dir->filePath("served");
    writeRepository("served", "Served Repo", {"alpha"});
    QProcess http;
    http.setWorkingDirectory(served);
    http.setProcessChannelMode(QProcess::MergedChannels);
    http.start(QStringLiteral("/usr/bin/python3"),
               {"-u", "-m", "http.server", "--bind", "127.0.0.1", "0"});
    QVERIFY(http.waitForStarted(10000));
    QRegularExpressionMatch port;
    QVERIFY(QTest::qWaitFor(
        [&] {
            http.waitForReadyRead(100);
            port = QRegularExpression(QStringLiteral("port (\\d+)"))
                       .match(QString::fromUtf8(http.peek(4096)));
            return port.hasMatch();
        },
        15000));
    const QString url = QStringLiteral("http://127.0.0.1:%1/manifest.json").arg(port.captured(1));

    const Run add = ctl({"repo", "add", url, "--key", m_keyFile});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QVERIFY2(add.outText().contains("Added Served Repo"), qPrintable(add.describe()));
    QVERIFY(add.outText().contains("signature verified"));

    // The server now serves a manifest without its signature: refused, the last good one kept.
    // (A second later: http.server answers "not modified" within the same second. The official
    // repository is switched off so that refreshing all stays on this machine.)
    QVERIFY(ctl({"repo", "disable", "1"}).exitCode == 0);
    QTest::qWait(1100);
    QVERIFY(fixtures::writeFile(served + "/manifest.json", manifest("Served Repo", {"evil"})));
    const Run refresh = ctl({"repo", "refresh", "--json"});
    http.kill();
    http.waitForFinished(5000);
    QCOMPARE(refresh.exitCode, 1);
    QVERIFY2(refresh.jsonOk(), qPrintable(refresh.describe()));
    bool found = false;
    for (const QJsonValue &v : refresh.json().value("repos").toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value("name").toString() != "Served Repo")
            continue;
        found = true;
        QCOMPARE(r.value("success").toBool(), false);
        QVERIFY2(r.value("error").toString().contains("not signed"),
                 qPrintable(refresh.describe()));
        QCOMPARE(r.value("last_error").toString(), r.value("error").toString());
        QCOMPARE(r.value("plugin_count").toInt(), 1); // the last good manifest
    }
    QVERIFY(found);
    const Run available = ctl({"available", "--json"});
    const QJsonArray plugins = available.json().value("plugins").toArray();
    QCOMPARE(plugins.size(), 1);
    QCOMPARE(plugins[0].toObject().value("slug").toString(), QStringLiteral("alpha"));
}

void TestPlugboardctlRepos::enableDisableAndUsage()
{
    const QString url = writeRepository("repo", "Ctl Repo", {"alpha"});
    QVERIFY2(ctl({"repo", "add", url, "--key", m_keyFile}).exitCode == 0, "add");
    const Run disabled = ctl({"repo", "disable", url, "--json"});
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.describe()));
    QCOMPARE(disabled.json().value("repo").toObject().value("enabled").toBool(), false);
    QCOMPARE(ctl({"available", "--json"}).json().value("plugins").toArray().size(), 0);
    QVERIFY(ctl({"repo", "enable", url}).exitCode == 0);
    QCOMPARE(ctl({"available", "--json"}).json().value("plugins").toArray().size(), 1);

    const Run official = ctl({"repo", "remove", "1"});
    QCOMPARE(official.exitCode, 1);
    QVERIFY(official.errText().contains("disable it instead"));
    const Run unknown = ctl({"repo", "enable", "nope"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errText().contains("repo list"));
    QCOMPARE(ctl({"repo", "frobnicate", "1"}).exitCode, 2);
    QCOMPARE(ctl({"repo", "add"}).exitCode, 2);
}

QString TestPlugboardctlRepos::writeAlphaRepository(const QString &name, const QString &version,
                                                    bool sign)
{
    const QString folder = m_dir->filePath(name);
    const QString zip = folder + "/zips/alpha-" + version + ".zip";
    QDir().mkpath(folder + "/zips");
    fixtures::makeZip(zip, {{"alpha-main/plugin.py", "class Plugin:\n    pass\n"},
                            {"alpha-main/plugin.json", fixtures::manifest("Alpha", version)}});
    QFile file(zip);
    file.open(QIODevice::ReadOnly);
    const QByteArray sha =
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    const QByteArray inner = "{\"registry_name\":\"" + name.toUtf8() + "\",\"root_url\":\"" +
                             QUrl::fromLocalFile(folder).toEncoded() +
                             "\",\"plugins\":[{\"slug\":\"alpha\",\"name\":\"Alpha\","
                             "\"latest_version\":\"" +
                             version.toUtf8() + "\",\"latest_url\":\"zips/alpha-" +
                             version.toUtf8() + ".zip\",\"latest_sha256\":\"" + sha + "\"}]}";
    QByteArray bytes = inner;
    if (sign) {
        QString error;
        QByteArray signature = m_home->sign(m_fingerprint, inner + "\n", &error);
        signature.replace("\n", "\\n");
        bytes = "{\"generated_at\":\"now\",\"manifest\":" + inner + ",\"signature\":\"" +
                signature + "\"}";
    }
    fixtures::writeFile(folder + "/manifest.json", bytes);
    return QUrl::fromLocalFile(folder + "/manifest.json").toString();
}

void TestPlugboardctlRepos::installAndUpdateFromALocalRepository()
{
    const QString url = writeAlphaRepository("Local Repo", "1.0.0");
    QVERIFY2(ctl({"repo", "add", url, "--key", m_keyFile}).exitCode == 0, "add");

    const Run install = ctl({"install", "alpha", "--json"});
    QVERIFY2(install.exitCode == 0 && install.jsonOk(), qPrintable(install.describe()));
    QCOMPARE(install.json().value("key").toString(), QStringLiteral("alpha"));
    QCOMPARE(install.json().value("version").toString(), QStringLiteral("1.0.0"));
    QCOMPARE(install.json().value("enabled").toBool(), false);
    QCOMPARE(install.json().value("repo_name").toString(), QStringLiteral("Local Repo"));
    QVERIFY(QFileInfo(m_dir->filePath("plugins/alpha/plugin.py")).isFile());

    const Run upToDate = ctl({"update", "alpha"});
    QVERIFY2(upToDate.exitCode == 0, qPrintable(upToDate.describe()));
    QVERIFY(upToDate.outText().contains("alpha is up to date (1.0.0)."));

    QTest::qWait(1100); // a newer signature needs a later second
    writeAlphaRepository("Local Repo", "1.1.0");
    const Run refreshed = ctl({"repo", "refresh", url});
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
    const Run offered = ctl({"available", "--json"});
    QCOMPARE(offered.json().value("plugins").toArray()[0].toObject().value("status").toString(),
             QStringLiteral("update_available"));
    // The installed list says it too.
    const Run listed = ctl({"list", "--json"});
    QVERIFY2(listed.jsonOk(), qPrintable(listed.describe()));
    const QJsonObject entry = listed.json().value("plugins").toArray()[0].toObject();
    QCOMPARE(entry.value("repo").toString(), QStringLiteral("Local Repo"));
    QCOMPARE(entry.value("slug").toString(), QStringLiteral("alpha"));
    QCOMPARE(entry.value("update_available").toBool(), true);
    QCOMPARE(entry.value("latest_version").toString(), QStringLiteral("1.1.0"));
    QVERIFY2(ctl({"list"}).outText().contains("update available: 1.1.0"),
             qPrintable(ctl({"list"}).describe()));

    const Run update = ctl({"update", "--all", "--json"});
    QVERIFY2(update.exitCode == 0 && update.jsonOk(), qPrintable(update.describe()));
    const QJsonObject done = update.json().value("updates").toArray()[0].toObject();
    QCOMPARE(done.value("version").toString(), QStringLiteral("1.1.0"));
    QCOMPARE(done.value("updated").toBool(), true);
    const Run after = ctl({"available", "--json"});
    QCOMPARE(after.json().value("plugins").toArray()[0].toObject().value("status").toString(),
             QStringLiteral("up_to_date"));
    const QJsonObject updatedEntry =
        ctl({"list", "--json"}).json().value("plugins").toArray()[0].toObject();
    QCOMPARE(updatedEntry.value("update_available").toBool(), false);
    QCOMPARE(updatedEntry.value("version").toString(), QStringLiteral("1.1.0"));

    const Run unknown = ctl({"update", "nothere"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errText().contains("was not installed from an enabled repository"));
    QCOMPARE(ctl({"update"}).exitCode, 2);
    const Run missing = ctl({"install", "nothing-like-it"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains("No enabled repository offers"));
}

void TestPlugboardctlRepos::installFromAnUnsignedRepositoryNeedsConsent()
{
    const QString url = writeAlphaRepository("Loose Repo", "1.0.0", false);
    QVERIFY2(ctl({"repo", "add", url}).exitCode == 0, "add");
    const Run refused = ctl({"install", "alpha"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains("--accept-unsigned"), qPrintable(refused.describe()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("plugins/alpha")));
    const Run accepted = ctl({"install", "alpha", "--accept-unsigned", "--version", "1.0.0"});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.describe()));
    QVERIFY(accepted.outText().contains("Installed Alpha 1.0.0 from Loose Repo (key alpha)"));
}

void TestPlugboardctlRepos::installThroughARunningServer()
{
    const QString url = writeAlphaRepository("Served Repo", "1.0.0", false);
    QVERIFY2(ctl({"repo", "add", url}).exitCode == 0, "add");
    servetest::ServeProcess server;
    QVERIFY(server.start(m_dir->filePath("data"), m_dir->filePath("plugins")));

    // The consent travels: refused without it (409 "needs"), installed with it, by the server.
    const Run refused = ctl({"install", "alpha"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains("--accept-unsigned"), qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains("plugboardctl serve"), qPrintable(refused.describe()));
    const Run installed = ctl({"install", "alpha", "--accept-unsigned", "--json"});
    QVERIFY2(installed.exitCode == 0 && installed.jsonOk(), qPrintable(installed.describe()));
    QCOMPARE(installed.json().value("key").toString(), QStringLiteral("alpha"));
    QCOMPARE(installed.json().value("version").toString(), QStringLiteral("1.0.0"));
    QVERIFY(QFileInfo(m_dir->filePath("plugins/alpha/plugin.json")).isFile());
    // The server's own list knows it at once.
    const Run list = ctl({"list", "--json"});
    QVERIFY2(list.outText().contains("\"alpha\""), qPrintable(list.describe()));
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestPlugboardctlRepos)
#include "tst_plugboardctlrepos.moc"
