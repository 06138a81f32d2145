// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every REST endpoint and its status codes, through QNetworkAccessManager against a real server
// on loopback: real plugin folders, real SQLite, real CPython running the plugin code.
#include "apiharness.h"

#include "runner/activity.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace plugboard;
using apitest::Harness;

class TestApiServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listShowsEveryPluginWithoutSecrets();
    void onePluginAndUnknownPlugin();
    void settingsSaveValidateAndReset();
    void enableNeedsTrustAndReportsLoad();
    void runSynchronously();
    void runRefusals();
    void pluginErrorsAre500WithTraceback();
    void runTimeoutIs504();
    void asyncRunPollAndCancel();
    void jobEndpointsRefuseUnknownAndFinished();
    void logoHasItsRealContentType();
    void activityLog();
    void reloadCountsPlugins();
    void malformedBodiesAre400();
    void unknownRouteAndWrongMethod();
    void deleteRemovesTheFolderFoundAndOptionallyTheData();
    void openApiDescribesEveryRoute();

private:
    Harness h;
    const QString base = QStringLiteral("/api/plugins/plugins/");
};

void TestApiServer::initTestCase()
{
    QVERIFY(h.start());
    QVERIFY(h.enable(QStringLiteral("worker")));
}

void TestApiServer::listShowsEveryPluginWithoutSecrets()
{
    QVERIFY(
        h.client
            ->post(base + "worker/settings/", {{"settings", QJsonObject{{"secret", "hunter2"}}}})
            .ok());
    const ApiReply reply = h.client->get(base);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.contains("hunter2"));
    QSet<QString> keys;
    for (const QJsonValue &v : reply.json.value("plugins").toArray()) {
        const QJsonObject entry = v.toObject();
        keys.insert(entry.value("key").toString());
        for (const char *field : {"key", "name", "version", "description", "author", "help_url",
                                  "enabled", "ever_enabled", "legacy", "missing", "loaded",
                                  "fields", "actions", "settings", "diagnostics", "logo_url"})
            QVERIFY2(entry.contains(field), field);
        if (entry.value("key") == "worker") {
            QCOMPARE(entry.value("settings").toObject().value("secret"), QJsonValue());
            QCOMPARE(entry.value("secrets").toObject().value("secret"), QJsonValue(true));
            QCOMPARE(entry.value("logo_url").toString(),
                     QStringLiteral("/api/plugins/plugins/worker/logo/"));
            QVERIFY(entry.value("loaded").toBool());
        }
    }
    QCOMPARE(keys, (QSet<QString>{"worker", "plain", "broken"}));
}

void TestApiServer::onePluginAndUnknownPlugin()
{
    const ApiReply one = h.client->get(base + "plain/");
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value("plugin").toObject().value("name").toString(), QStringLiteral("Plain"));
    const ApiReply none = h.client->get(base + "nobody/");
    QCOMPARE(none.status, 404);
    QCOMPARE(none.json.value("success"), QJsonValue(false));
    QVERIFY(none.json.value("error").toString().contains("nobody"));
    QCOMPARE(h.client->post(base + "nobody/settings/", {{"settings", QJsonObject{}}}).status, 404);
    QCOMPARE(h.client->post(base + "nobody/run/", {{"action", "x"}}).status, 404);
    QCOMPARE(h.client->del(base + "nobody/delete/").status, 404);
}

void TestApiServer::settingsSaveValidateAndReset()
{
    ApiReply saved = h.client->post(base + "worker/settings/",
                                    {{"settings", QJsonObject{{"limit", 7}, {"mode", "fast"}}}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json.value("settings").toObject().value("limit").toDouble(), 7.0);
    QCOMPARE(saved.json.value("settings").toObject().value("secret"), QJsonValue());

    // Out of range: refused per field, nothing half-saved.
    const ApiReply refused = h.client->post(
        base + "worker/settings/", {{"settings", QJsonObject{{"limit", 11}, {"mode", "safe"}}}});
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json.value("errors").toObject().contains("limit"));
    QCOMPARE(h.manager->plugin("worker")->storedSettings().value("mode").toString(),
             QStringLiteral("fast"));

    // The run sees the saved value.
    const ApiReply echo = h.client->post(base + "worker/run/", {{"action", "echo"}});
    QCOMPARE(echo.json.value("result").toObject().value("limit").toDouble(), 7.0);

    const ApiReply reset = h.client->post(base + "worker/settings/reset/", {});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json.value("settings").toObject().value("limit").toDouble(), 5.0);
}

void TestApiServer::enableNeedsTrustAndReportsLoad()
{
    const ApiReply untrusted = h.client->post(base + "plain/enabled/", {{"enabled", true}});
    QCOMPARE(untrusted.status, 409);
    QCOMPARE(untrusted.json.value("code").toString(), QStringLiteral("trust_required"));
    QVERIFY(!h.manager->plugin("plain")->enabled());

    const ApiReply on =
        h.client->post(base + "plain/enabled/", {{"enabled", true}, {"acknowledge_trust", true}});
    QCOMPARE(on.status, 200);
    QCOMPARE(on.json.value("enabled"), QJsonValue(true));
    QCOMPARE(on.json.value("ever_enabled"), QJsonValue(true));
    QCOMPARE(on.json.value("loaded"), QJsonValue(true));
    // The list (kept serialised between changes) shows the change at once.
    const auto listed = [this](const QString &key) {
        for (const QJsonValue &v : h.client->get(base).json.value("plugins").toArray()) {
            if (v.toObject().value("key") == key)
                return v.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(listed("plain").value("enabled"), QJsonValue(true));
    QCOMPARE(listed("plain").value("loaded"), QJsonValue(true));

    const ApiReply off = h.client->post(base + "plain/enabled/", {{"enabled", false}});
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json.value("enabled"), QJsonValue(false));
    QCOMPARE(listed("plain").value("loaded"), QJsonValue(false));
    // Trusted once: enabling again needs no acknowledgement.
    QCOMPARE(h.client->post(base + "plain/enabled/", {{"enabled", true}}).status, 200);

    // A plugin whose code does not load is enabled, not loaded, with the error and traceback.
    const ApiReply broken =
        h.client->post(base + "broken/enabled/", {{"enabled", true}, {"acknowledge_trust", true}});
    QCOMPARE(broken.status, 200);
    QCOMPARE(broken.json.value("loaded"), QJsonValue(false));
    QVERIFY(broken.json.value("load_error").toString().contains("SyntaxError") ||
            broken.json.value("traceback").toString().contains("SyntaxError"));

    QCOMPARE(h.client->post(base + "plain/enabled/", {{"enabled", "yes"}}).status, 400);
    QCOMPARE(h.client->post(base + "plain/enabled/", {{"on", true}}).status, 400);
}

void TestApiServer::runSynchronously()
{
    const ApiReply reply = h.client->post(base + "worker/run/",
                                          {{"action", "echo"}, {"params", QJsonObject{{"n", 3}}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("success"), QJsonValue(true));
    QCOMPARE(reply.json.value("result").toObject().value("params").toObject().value("n").toInt(),
             3);
    QVERIFY(!reply.json.value("job_id").toString().isEmpty());
}

void TestApiServer::runRefusals()
{
    // Disabled → 403; undeclared action → 404; not loaded → 409.
    QVERIFY(h.client->post(base + "plain/enabled/", {{"enabled", false}}).ok());
    const ApiReply disabled = h.client->post(base + "plain/run/", {{"action", "anything"}});
    QCOMPARE(disabled.status, 403);
    QCOMPARE(disabled.json.value("code").toString(), QStringLiteral("disabled"));
    const ApiReply unknown = h.client->post(base + "worker/run/", {{"action", "nope"}});
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json.value("error").toString().contains("echo"));
    QCOMPARE(h.client->post(base + "broken/run/", {{"action", "x"}}).status, 409);
    QCOMPARE(h.client->post(base + "worker/run/", {{"params", QJsonObject{}}}).status, 400);
    QCOMPARE(h.client->post(base + "worker/run/", {{"action", "echo"}, {"params", "x"}}).status,
             400);
    QCOMPARE(h.client->post(base + "worker/run/?async=maybe", {{"action", "echo"}}).status, 400);
}

void TestApiServer::pluginErrorsAre500WithTraceback()
{
    const ApiReply boom = h.client->post(base + "worker/run/", {{"action", "boom"}});
    QCOMPARE(boom.status, 500);
    QCOMPARE(boom.json.value("code").toString(), QStringLiteral("plugin_error"));
    QVERIFY(boom.json.value("error").toString().contains("boom from the plugin"));
    QVERIFY(boom.json.value("traceback").toString().contains("ValueError"));

    // A result that says it failed is an error too (Dispatcharr shows it green).
    const ApiReply failed = h.client->post(base + "worker/run/", {{"action", "fail_status"}});
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json.value("error").toString(), QStringLiteral("nope"));
    QCOMPARE(failed.json.value("result").toObject().value("status").toString(),
             QStringLiteral("error"));
}

void TestApiServer::runTimeoutIs504()
{
    QElapsedTimer clock;
    clock.start();
    const ApiReply reply =
        h.client->post(base + "worker/run/", {{"action", "slow"}, {"timeout", 0.2}});
    QCOMPARE(reply.status, 504);
    QCOMPARE(reply.json.value("code").toString(), QStringLiteral("timed_out"));
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(h.client->post(base + "worker/run/", {{"action", "slow"}, {"timeout", -1}}).status,
             400);
}

void TestApiServer::asyncRunPollAndCancel()
{
    const ApiReply accepted = h.client->post(base + "worker/run/?async=1", {{"action", "slow"}});
    QCOMPARE(accepted.status, 202);
    const QString id = accepted.json.value("job_id").toString();
    const QString url = accepted.json.value("job_url").toString();
    QCOMPARE(url, "/api/plugins/jobs/" + id + "/");

    // Progress shows up while it runs.
    QJsonObject job;
    QTRY_VERIFY_WITH_TIMEOUT(
        (job = h.client->get(url).json.value("job").toObject(),
         job.value("state") == "running" && job.value("progress").toDouble() > 0),
        5000);
    QVERIFY(job.value("progress_message").toString().startsWith("step"));
    const ApiReply listed = h.client->get("/api/plugins/jobs/");
    QCOMPARE(listed.json.value("jobs").toArray().size(), 1);

    const ApiReply cancel = h.client->post(url + "cancel/", {});
    QCOMPARE(cancel.status, 202);
    QCOMPARE(cancel.json.value("job").toObject().value("cancelling"), QJsonValue(true));
    QTRY_COMPARE_WITH_TIMEOUT(h.client->get(url).json.value("job").toObject().value("outcome"),
                              QJsonValue("cancelled"), 5000);
    QCOMPARE(h.client->get(url).json.value("job").toObject().value("state").toString(),
             QStringLiteral("finished"));
}

void TestApiServer::jobEndpointsRefuseUnknownAndFinished()
{
    QCOMPARE(h.client->get("/api/plugins/jobs/999999/").status, 404);
    QCOMPARE(h.client->get("/api/plugins/jobs/abc/").status, 404);
    QCOMPARE(h.client->post("/api/plugins/jobs/999999/cancel/", {}).status, 404);
    const ApiReply done = h.client->post(base + "worker/run/", {{"action", "echo"}});
    const QString id = done.json.value("job_id").toString();
    const ApiReply finished = h.client->get("/api/plugins/jobs/" + id + "/");
    QCOMPARE(finished.status, 200);
    QCOMPARE(finished.json.value("job").toObject().value("outcome").toString(),
             QStringLiteral("ok"));
    QCOMPARE(h.client->post("/api/plugins/jobs/" + id + "/cancel/", {}).status, 409);
}

void TestApiServer::logoHasItsRealContentType()
{
    const ApiReply logo = h.client->get(base + "worker/logo/");
    QCOMPARE(logo.status, 200);
    // The file is called logo.png but holds a JPEG: the type comes from the bytes.
    QCOMPARE(logo.header("Content-Type"), QByteArray("image/jpeg"));
    QCOMPARE(logo.body, fixtures::tinyJpeg());
    QCOMPARE(h.client->get(base + "plain/logo/").status, 404);
}

void TestApiServer::activityLog()
{
    QVERIFY(h.client->post(base + "worker/run/", {{"action", "notify"}}).ok());
    h.manager->activity()->flush();
    const ApiReply log = h.client->get(base + "worker/log/?limit=20");
    QCOMPARE(log.status, 200);
    QVERIFY(!log.json.value("runs").toArray().isEmpty());
    bool sawLine = false;
    for (const QJsonValue &line : log.json.value("log").toArray())
        sawLine |= line.toObject().value("text").toString().contains("about to notify");
    QVERIFY(sawLine);
    QCOMPARE(h.client->get(base + "worker/log/?limit=0").status, 400);
}

void TestApiServer::reloadCountsPlugins()
{
    QVERIFY(!fixtures::makePlugin(h.plugins, "late_arrival", fixtures::manifest("Late")).isEmpty());
    const ApiReply reply = h.client->post(base + "reload/", {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("count").toInt(), 4);
    QVERIFY(h.manager->plugin("late_arrival"));
    // Enabled plugins come back loaded after the rescan.
    QTRY_VERIFY_WITH_TIMEOUT(h.manager->plugin("worker")->isLoaded(), 5000);
}

void TestApiServer::malformedBodiesAre400()
{
    for (const QByteArray &body :
         {QByteArray(""), QByteArray("{"), QByteArray("[1,2]"), QByteArray("\"text\""),
          QByteArray("{\"settings\": 5}"), QByteArray("{\"settings\": {}, \"extra\": 1}")}) {
        const ApiReply reply = h.client->send("POST", base + "worker/settings/", body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value("success"), QJsonValue(false));
        QVERIFY2(!reply.json.value("error").toString().isEmpty(), body.constData());
    }
}

void TestApiServer::unknownRouteAndWrongMethod()
{
    const ApiReply missing = h.client->get("/api/plugins/nothing-here/");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json.value("code").toString(), QStringLiteral("not_found"));
    const ApiReply wrong = h.client->get(base + "reload/");
    // GET of .../reload/ reads as "the plugin called reload": not a plugin.
    QCOMPARE(wrong.status, 404);
    const ApiReply put = h.client->send("PUT", base, "{}");
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("GET"));
    const ApiReply del = h.client->del(base + "worker/run/");
    QCOMPARE(del.status, 405);
    QCOMPARE(h.client->get(base + "worker/delete/").status, 405);
}

void TestApiServer::deleteRemovesTheFolderFoundAndOptionallyTheData()
{
    // A folder whose name differs from its key: the folder discovery found is the one deleted.
    QVERIFY(!fixtures::makePlugin(h.plugins, "Odd Name", fixtures::manifest("Odd")).isEmpty());
    QVERIFY(h.client->post(base + "reload/", {}).ok());
    QVERIFY(h.manager->plugin("odd_name"));
    const QString dataDir = h.manager->paths().pluginDataDir("odd_name");
    QVERIFY(QDir().mkpath(dataDir));
    QCOMPARE(h.client->del(base + "odd_name/delete/?purge_data=maybe").status, 400);
    const ApiReply removed = h.client->del(base + "odd_name/delete/?purge_data=true");
    QCOMPARE(removed.status, 200);
    QTRY_VERIFY(!QFileInfo::exists(h.plugins + "/Odd Name"));
    QVERIFY(!QFileInfo::exists(dataDir));
    QVERIFY(!h.manager->plugin("odd_name"));
    QCOMPARE(h.client->get(base + "odd_name/").status, 404);

    // Without purge_data the data folder stays.
    const QString lateData = h.manager->paths().pluginDataDir("late_arrival");
    QVERIFY(QDir().mkpath(lateData));
    QCOMPARE(h.client->del(base + "late_arrival/delete/?purge_data=false").status, 200);
    QVERIFY(QFileInfo::exists(lateData));
}

void TestApiServer::openApiDescribesEveryRoute()
{
    const ApiReply doc = h.client->get("/api/plugins/openapi.json");
    QCOMPARE(doc.status, 200);
    QVERIFY(doc.json.value("openapi").toString().startsWith("3."));
    const QJsonObject paths = doc.json.value("paths").toObject();
    QSet<QString> documented;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QString path = it.key();
        path.replace("{key}", "<key>").replace("{id}", "<id>");
        for (const QString &method : it.value().toObject().keys())
            documented.insert(method.toUpper() + " " + path);
    }
    QSet<QString> served;
    for (const ApiRouter::Route &route : h.server->router().routes())
        served.insert(QString::fromLatin1(route.method) + " " + route.pattern);
    QCOMPARE(documented, served);
    QCOMPARE(doc.json.value("servers").toArray().at(0).toObject().value("url").toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(h.port()));
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
