// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/plugins/settings/export/ and POST /api/plugins/settings/import/ (issue 16) against
// the real server on loopback: a round trip with and without passwords, plugins that are not
// here, bodies that are refused as a whole, a plugin refused while another applies.
#include "apiharness.h"

#include <QJsonDocument>
#include <QTest>

using namespace plugboard;

class TestApiSettingsTransfer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void exportLeavesPasswordsOutUnlessAsked();
    void exportOfNamedPlugins();
    void roundTrip();
    void importReportsSkippedAndRefused();
    void badBodiesAre400AndChangeNothing_data();
    void badBodiesAre400AndChangeNothing();

private:
    QJsonObject stored() const { return h.manager->plugin("worker")->storedSettings(); }
    apitest::Harness h;
};

static const QString kExport = QStringLiteral("/api/plugins/settings/export/");
static const QString kImport = QStringLiteral("/api/plugins/settings/import/");

void TestApiSettingsTransfer::initTestCase()
{
    QVERIFY(h.start());
}

void TestApiSettingsTransfer::init()
{
    const ApiReply saved =
        h.client->post("/api/plugins/plugins/worker/settings/",
                       {{"settings", QJsonObject{{"limit", 7}, {"secret", "hunter2"}}}});
    QVERIFY2(saved.status == 200, saved.body.constData());
}

void TestApiSettingsTransfer::exportLeavesPasswordsOutUnlessAsked()
{
    const ApiReply plain = h.client->get(kExport);
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(plain.json.value("format").toString(), QStringLiteral("plugboard-settings"));
    QCOMPARE(plain.json.value("schema_version").toInt(), 1);
    QCOMPARE(plain.json.value("includes_secrets"), QJsonValue(false));
    // worker has fields; plain and the broken legacy plugin have none.
    QCOMPARE(plain.json["plugins"].toObject().keys(), QStringList{"worker"});
    const QJsonObject settings = plain.json["plugins"]["worker"]["settings"].toObject();
    QCOMPARE(settings, (QJsonObject{{"limit", 7}, {"mode", QJsonValue()}}));
    QVERIFY(!plain.body.contains("hunter2"));

    const ApiReply secret = h.client->get(kExport + "?include_secrets=true");
    QCOMPARE(secret.status, 200);
    QCOMPARE(secret.json.value("includes_secrets"), QJsonValue(true));
    QCOMPARE(secret.json["plugins"]["worker"]["settings"]["secret"].toString(),
             QStringLiteral("hunter2"));

    const ApiReply bad = h.client->get(kExport + "?include_secrets=maybe");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value("success"), QJsonValue(false));
    QVERIFY(!bad.json.value("error").toString().isEmpty());
}

void TestApiSettingsTransfer::exportOfNamedPlugins()
{
    const ApiReply two = h.client->get(kExport + "?keys=worker,plain");
    QCOMPARE(two.status, 200);
    QCOMPARE(two.json["plugins"].toObject().keys(), (QStringList{"plain", "worker"}));
    const ApiReply unknown = h.client->get(kExport + "?keys=worker,nobody");
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json.value("error").toString().contains("nobody"));
    QCOMPARE(unknown.json.value("code").toString(), QStringLiteral("not_found"));
}

void TestApiSettingsTransfer::roundTrip()
{
    const QJsonObject before = stored();
    for (const bool secrets : {false, true}) {
        init(); // the secret again: the first pass imported a file without it
        QCOMPARE(stored(), before);
        const ApiReply exported =
            h.client->get(kExport + (secrets ? "?include_secrets=1" : "?include_secrets=0"));
        QCOMPARE(exported.status, 200);
        QCOMPARE(h.client->post("/api/plugins/plugins/worker/settings/reset/", {}).status, 200);
        QCOMPARE(stored(), QJsonObject());

        const ApiReply imported = h.client->send("POST", kImport, exported.body);
        QVERIFY2(imported.status == 200, imported.body.constData());
        QCOMPARE(imported.json.value("success"), QJsonValue(true));
        QCOMPARE(imported.json["applied"][0]["key"].toString(), QStringLiteral("worker"));
        const QJsonArray fields = secrets ? QJsonArray{"limit", "secret"} : QJsonArray{"limit"};
        QCOMPARE(imported.json["applied"][0]["fields"].toArray(), fields);
        const QJsonObject expected = secrets ? before : QJsonObject{{"limit", 7}};
        QCOMPARE(stored(), expected);
        // The answer never carries a password back.
        QVERIFY(!imported.body.contains("hunter2"));
    }
}

void TestApiSettingsTransfer::importReportsSkippedAndRefused()
{
    const QJsonObject before = stored();
    const QJsonObject doc{
        {"format", "plugboard-settings"},
        {"schema_version", 1},
        {"plugins",
         QJsonObject{{"ghost", QJsonObject{{"settings", QJsonObject{{"a", 1}}}}},
                     {"plain", QJsonObject{{"settings", QJsonObject{{"gone", 1}}}}},
                     {"worker", QJsonObject{{"settings", QJsonObject{{"limit", 99}}}}}}}};
    const ApiReply reply = h.client->post(kImport, doc);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.json.value("success"), QJsonValue(false));
    QVERIFY(reply.json.value("error").toString().contains("refused: 1"));
    QCOMPARE(reply.json["skipped"].toArray().size(), 2);
    QCOMPARE(reply.json["skipped"][0]["key"].toString(), QStringLiteral("ghost"));
    QCOMPARE(reply.json["skipped"][0]["reason"].toString(), QStringLiteral("Not installed here."));
    QCOMPARE(reply.json["skipped"][1]["ignored_fields"].toArray(), QJsonArray{"gone"});
    QCOMPARE(reply.json["refused"][0]["key"].toString(), QStringLiteral("worker"));
    QVERIFY(reply.json["refused"][0]["errors"]["limit"].toString().contains("at most 10"));
    QCOMPARE(stored(), before);
}

void TestApiSettingsTransfer::badBodiesAre400AndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("not json") << QByteArray("{oops") << "not valid JSON";
    QTest::newRow("a save body") << QByteArray(R"({"settings": {"limit": 1}})")
                                 << "not a Plugboard settings file";
    QTest::newRow("newer schema")
        << QByteArray(R"({"format": "plugboard-settings", "schema_version": 2, "plugins": {}})")
        << "schema version 2";
    QTest::newRow("plugins a string")
        << QByteArray(R"({"format": "plugboard-settings", "schema_version": 1, "plugins": "x"})")
        << "\"plugins\" must be an object";
}

void TestApiSettingsTransfer::badBodiesAre400AndChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, sentence);
    const QJsonObject before = stored();
    const ApiReply reply = h.client->send("POST", kImport, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value("success"), QJsonValue(false));
    QCOMPARE(reply.json.value("code").toString(), QStringLiteral("invalid_input"));
    QVERIFY2(reply.json.value("error").toString().contains(sentence), reply.body.constData());
    QCOMPARE(stored(), before);
}

QTEST_GUILESS_MAIN(TestApiSettingsTransfer)
#include "tst_apisettingstransfer.moc"
