// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main REST flows the way an admin drives them: `plugboardctl serve` as a real headless
// server, and curl as the client (list, import a zip with multipart, enable with trust, run,
// an async run polled and cancelled, settings, delete).
#include "serveprocess.h"

#include "api/apitoken.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace plugboard;

namespace {

struct Curl {
    int exitCode = -1;
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

const char *kSlowPlugin = R"(
import time
import plugboard

class Plugin:
    def run(self, action, params, context):
        if action == "slow":
            for i in range(1000):
                plugboard.progress(i / 1000)
                time.sleep(0.01)
        return {"status": "ok", "echo": params, "greeting": context["settings"]["greeting"]}
)";

} // namespace

class TestApiCurl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listNeedsTheToken();
    void importEnableRunAndSettings();
    void asyncRunPollAndCancel();
    void deleteAndServerStops();

private:
    Curl curl(const QStringList &args);
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port).arg(path);
    }

    QTemporaryDir m_dir;
    QString m_data, m_plugins, m_zip;
    servetest::ServeProcess m_server;
    QByteArray m_token;
};

void TestApiCurl::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QFAIL("curl is missing: scripts/setup installs it");
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_plugins = m_dir.filePath(QStringLiteral("plugins"));
    QVERIFY(QDir().mkpath(m_plugins));
    // A GitHub "Download ZIP" shape: the plugin inside a folder with a -main suffix.
    m_zip = m_dir.filePath(QStringLiteral("greeter-main.zip"));
    QVERIFY(fixtures::makeZip(m_zip, {{QStringLiteral("greeter-main/plugin.py"), kSlowPlugin},
                                      {QStringLiteral("greeter-main/plugin.json"),
                                       R"({"name": "Greeter", "version": "2.0",
                     "fields": [{"id": "greeting", "type": "string", "default": "hi"}],
                     "actions": [{"id": "hello", "label": "Hello"}, {"id": "slow", "label": "Slow"}]})"}}));
    QVERIFY(m_server.start(m_data, m_plugins));
    m_token = ApiToken::load(m_data).value();
}

Curl TestApiCurl::curl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("curl"), QStringList{QStringLiteral("-sS"), QStringLiteral("-w"),
                                                      QStringLiteral("\n%{http_code}")} +
                                              args);
    Curl result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitCode();
    QByteArray out = process.readAllStandardOutput();
    const qsizetype cut = out.lastIndexOf('\n');
    result.status = out.mid(cut + 1).toInt();
    result.body = out.left(cut);
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

void TestApiCurl::listNeedsTheToken()
{
    const Curl anonymous = curl({url("/api/plugins/plugins/")});
    QCOMPARE(anonymous.status, 401);
    const Curl listed =
        curl({"-H", "Authorization: Bearer " + m_token, url("/api/plugins/plugins/")});
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value("plugins").toArray().size(), 0);
}

void TestApiCurl::importEnableRunAndSettings()
{
    const QString auth = "Authorization: Bearer " + m_token;
    const Curl imported =
        curl({"-H", auth, "-F", "file=@" + m_zip, url("/api/plugins/plugins/import/")});
    QCOMPARE(imported.status, 200);
    const QJsonObject plugin = imported.json.value("plugin").toObject();
    QCOMPARE(plugin.value("key").toString(), QStringLiteral("greeter"));
    QCOMPARE(plugin.value("enabled"), QJsonValue(false));
    QVERIFY(QFileInfo::exists(m_plugins + "/greeter/plugin.py"));
    // Again without consent: refused; "false" means false.
    QCOMPARE(curl({"-H", auth, "-F", "file=@" + m_zip, "-F", "overwrite=false",
                   url("/api/plugins/plugins/import/")})
                 .status,
             409);

    const QString enabled = url("/api/plugins/plugins/greeter/enabled/");
    QCOMPARE(curl({"-H", auth, "-d", R"({"enabled": true})", enabled}).status, 409);
    const Curl on =
        curl({"-H", auth, "-d", R"({"enabled": true, "acknowledge_trust": true})", enabled});
    QCOMPARE(on.status, 200);
    QCOMPARE(on.json.value("loaded"), QJsonValue(true));

    const Curl saved = curl({"-H", auth, "-d", R"({"settings": {"greeting": "hello"}})",
                             url("/api/plugins/plugins/greeter/settings/")});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json.value("settings").toObject().value("greeting").toString(),
             QStringLiteral("hello"));

    const Curl ran = curl({"-H", auth, "-d", R"({"action": "hello", "params": {"n": 1}})",
                           url("/api/plugins/plugins/greeter/run/")});
    QCOMPARE(ran.status, 200);
    QCOMPARE(ran.json.value("result").toObject().value("greeting").toString(),
             QStringLiteral("hello"));
    QCOMPARE(
        curl({"-H", auth, "-d", R"({"action": "nope"})", url("/api/plugins/plugins/greeter/run/")})
            .status,
        404);
}

void TestApiCurl::asyncRunPollAndCancel()
{
    const QString auth = "Authorization: Bearer " + m_token;
    const Curl accepted = curl({"-H", auth, "-d", R"({"action": "slow"})",
                                url("/api/plugins/plugins/greeter/run/?async=1")});
    QCOMPARE(accepted.status, 202);
    const QString job = accepted.json.value("job_url").toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        curl({"-H", auth, url(job)}).json.value("job").toObject().value("progress").toDouble() > 0,
        10000);
    QCOMPARE(curl({"-H", auth, "-X", "POST", url(job + "cancel/")}).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(
        curl({"-H", auth, url(job)}).json.value("job").toObject().value("outcome").toString(),
        QStringLiteral("cancelled"), 10000);
}

void TestApiCurl::deleteAndServerStops()
{
    const QString auth = "Authorization: Bearer " + m_token;
    QCOMPARE(curl({"-H", auth, "-X", "DELETE", url("/api/plugins/plugins/greeter/delete/")}).status,
             200);
    QTRY_VERIFY(!QFileInfo::exists(m_plugins + "/greeter"));
    QCOMPARE(
        curl({"-H", auth, url("/api/plugins/plugins/")}).json.value("plugins").toArray().size(), 0);
    QCOMPARE(m_server.stop(), 0);
    QVERIFY(!QFileInfo::exists(m_data + "/instance.json"));
    QVERIFY(curl({url("/api/plugins/plugins/")}).exitCode != 0); // nobody listens any more
}

QTEST_GUILESS_MAIN(TestApiCurl)
#include "tst_apicurl.moc"
