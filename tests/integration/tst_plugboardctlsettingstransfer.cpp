// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl settings --export/--import end to end (issue 16): the real binary, a round trip
// through a wiped data folder with and without passwords, standard output and input, the report
// of an import (applied, skipped, refused) and its exit status, files that are wrong, and the
// shapes of the command line that are not allowed.
#include "ctlharness.h"

#include <sys/stat.h>

using namespace ctltest;

// A const copy, so ["key"] reads (QJsonValue) instead of making a reference into the object.
static const QJsonObject frozen(const QJsonObject &object)
{
    return object;
}

class TestPlugboardctlSettingsTransfer : public QObject, protected CtlHarness {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void roundTripWithoutPasswords();
    void roundTripWithPasswords();
    void standardOutputAndInput();
    void exportOfNamedPlugins();
    void importReportsSkippedAndRefused();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
    void usageErrors_data();
    void usageErrors();

private:
    void storeOriginal();
    void wipe();
    QString file(const QString &name) const { return m_tmp->filePath(name); }
};

void TestPlugboardctlSettingsTransfer::storeOriginal()
{
    addNormal();
    const Run saved = ctl({"settings", "normal", "--set", "count=8", "--set", "mode=b", "--set",
                           "flag=true", "--set", "token=" + QString::fromUtf8(kSecret)});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));
}

void TestPlugboardctlSettingsTransfer::wipe()
{
    // The database goes: what an import brings back is all there is.
    QVERIFY(QDir(m_data).removeRecursively());
    const QJsonObject fresh = settingsJson("normal");
    QCOMPARE(fresh["settings"]["count"].toDouble(), 5.0);
    QCOMPARE(fresh["secrets"]["token"], QJsonValue(false));
}

void TestPlugboardctlSettingsTransfer::roundTripWithoutPasswords()
{
    storeOriginal();
    const QJsonObject before = settingsJson("normal");
    const Run exported = ctl({"settings", "--export", file("out.json")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QVERIFY2(exported.outText().contains("Exported the settings of 1 plugin") &&
                 exported.outText().contains("out.json: normal"),
             qPrintable(exported.describe()));
    QVERIFY2(exported.errText().contains("1 stored password") &&
                 exported.errText().contains("--include-secrets"),
             qPrintable(exported.describe()));
    const QByteArray bytes = fixtures::readFile(file("out.json"));
    QVERIFY(!bytes.contains(kSecret));
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(doc.value("format").toString(), QStringLiteral("plugboard-settings"));
    QCOMPARE(doc.value("schema_version").toInt(), 1);
    QCOMPARE(doc.value("includes_secrets"), QJsonValue(false));

    wipe();
    const Run imported = ctl({"settings", "--import", file("out.json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY2(imported.outText().contains("Applied to Normal Plugin (normal): flag, count, mode") &&
                 imported.outText().contains("Plugins applied: 1, skipped: 0, refused: 0."),
             qPrintable(imported.describe()));
    const QJsonObject after = settingsJson("normal");
    QCOMPARE(after["secrets"]["token"], QJsonValue(false)); // not in the file
    QJsonObject expected = before;
    QJsonObject secrets = expected["secrets"].toObject();
    secrets.insert("token", false);
    expected.insert("secrets", secrets);
    QJsonObject settings = expected["settings"].toObject();
    settings.remove("token"); // a set password shows as null, an unset one not at all
    expected.insert("settings", settings);
    QCOMPARE(after, expected);
}

void TestPlugboardctlSettingsTransfer::roundTripWithPasswords()
{
    storeOriginal();
    const QJsonObject before = settingsJson("normal");
    // An existing file readable by everyone: the export with passwords makes it private.
    QVERIFY(fixtures::writeFile(file("secret.json"), "old"));
    QVERIFY(QFile::setPermissions(file("secret.json"), QFile::ReadOwner | QFile::WriteOwner |
                                                           QFile::ReadGroup | QFile::ReadOther));
    const Run exported = ctl({"settings", "--export", file("secret.json"), "--include-secrets"});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QVERIFY2(exported.errText().startsWith("Warning: ") &&
                 exported.errText().contains("clear text") &&
                 exported.errText().contains("chmod 600"),
             qPrintable(exported.describe()));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(file("secret.json")).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const QJsonObject doc =
        QJsonDocument::fromJson(fixtures::readFile(file("secret.json"))).object();
    QCOMPARE(doc.value("includes_secrets"), QJsonValue(true));
    QCOMPARE(doc["plugins"]["normal"]["settings"]["token"].toString(), QString::fromUtf8(kSecret));

    wipe();
    const Run imported = ctl({"settings", "--import", file("secret.json"), "--json"});
    QVERIFY2(imported.exitCode == 0 && imported.jsonOk(), qPrintable(imported.describe()));
    const QJsonObject report = imported.json();
    QCOMPARE(report.value("success"), QJsonValue(true));
    QCOMPARE(report["applied"][0]["key"].toString(), QStringLiteral("normal"));
    QCOMPARE(report["applied"][0]["fields"].toArray(),
             (QJsonArray{"flag", "count", "mode", "token"}));
    QCOMPARE(settingsJson("normal"), before);
    // The secret is back in the database, still never printed.
    QVERIFY(!ctl({"settings", "normal", "--json"}).out.contains(kSecret));
}

void TestPlugboardctlSettingsTransfer::standardOutputAndInput()
{
    storeOriginal();
    const Run exported = ctl({"settings", "--export", "-"});
    QVERIFY2(exported.exitCode == 0 && exported.jsonOk(), qPrintable(exported.describe()));
    QCOMPARE(frozen(exported.json())["plugins"]["normal"]["settings"]["count"].toDouble(), 8.0);
    // The summary is left out, so standard output is the file and nothing else.
    QVERIFY(!exported.outText().contains("Exported"));

    const Run withSecrets = ctl({"settings", "--export=-", "--include-secrets"});
    QVERIFY2(withSecrets.exitCode == 0 && withSecrets.jsonOk(), qPrintable(withSecrets.describe()));
    QVERIFY(withSecrets.out.contains(kSecret));
    QVERIFY(withSecrets.errText().contains("clear text"));

    wipe();
    const Run imported = ctl({"settings", "--import", "-"}, withSecrets.out);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QCOMPARE(frozen(settingsJson("normal"))["secrets"]["token"], QJsonValue(true));
    QCOMPARE(frozen(settingsJson("normal"))["settings"]["count"].toDouble(), 8.0);
}

void TestPlugboardctlSettingsTransfer::exportOfNamedPlugins()
{
    addNormal();
    fixtures::makePlugin(
        m_plugins, "second",
        fixtures::manifest("Second", "1.0",
                           QJsonArray{field("limit", "number", {{"default", 3}})}));
    const Run all = ctl({"settings", "--export", "-"});
    QCOMPARE(all.json()["plugins"].toObject().keys(), (QStringList{"normal", "second"}));
    const Run one = ctl({"settings", "--export", "-", "second"});
    QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
    QCOMPARE(one.json()["plugins"].toObject().keys(), QStringList{"second"});
    const Run json = ctl({"settings", "--export", file("two.json"), "normal", "second", "--json"});
    QVERIFY2(json.exitCode == 0 && json.jsonOk(), qPrintable(json.describe()));
    QCOMPARE(frozen(json.json())["plugins"].toArray(), (QJsonArray{"normal", "second"}));
    QCOMPARE(frozen(json.json())["file"].toString(), file("two.json"));
    const Run unknown = ctl({"settings", "--export", file("x.json"), "normal", "nobody"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.errText().contains("No plugin with key \"nobody\""),
             qPrintable(unknown.describe()));
    QVERIFY(!QFile::exists(file("x.json")));
}

void TestPlugboardctlSettingsTransfer::importReportsSkippedAndRefused()
{
    storeOriginal();
    fixtures::makePlugin(
        m_plugins, "second",
        fixtures::manifest("Second", "1.0",
                           QJsonArray{field("limit", "number", {{"default", 3}, {"max", 9}})}));
    const QJsonObject doc{
        {"format", "plugboard-settings"},
        {"schema_version", 1},
        {"plugins",
         QJsonObject{
             {"ghost", QJsonObject{{"name", "Ghost"}, {"settings", QJsonObject{{"x", 1}}}}},
             {"normal", QJsonObject{{"settings", QJsonObject{{"count", 11}, {"mode", "c"}}}}},
             {"second", QJsonObject{{"settings", QJsonObject{{"limit", 4}, {"old", true}}}}}}}};
    QVERIFY(fixtures::writeFile(file("in.json"), QJsonDocument(doc).toJson()));
    const QJsonObject before = settingsJson("normal");

    const Run imported = ctl({"settings", "--import", file("in.json")});
    QCOMPARE(imported.exitCode, 1);
    const QString out = imported.outText();
    QVERIFY2(out.contains("Applied to Second (second): limit\n"
                          "  left out, not settings of this plugin now: old\n"),
             qPrintable(imported.describe()));
    QVERIFY2(out.contains("Skipped Ghost (ghost): Not installed here.\n"),
             qPrintable(imported.describe()));
    QVERIFY2(out.contains("Refused Normal Plugin (normal): 1 setting was not saved: \"count\" must "
                          "be at most 10 (got 11).\n  count: "),
             qPrintable(imported.describe()));
    QVERIFY2(
        imported.errText().contains("plugboardctl: Plugins applied: 1, skipped: 1, refused: 1."),
        qPrintable(imported.describe()));
    QCOMPARE(settingsJson("normal"), before); // mode=c was not saved either
    QCOMPARE(frozen(settingsJson("second"))["settings"]["limit"].toDouble(), 4.0);

    const Run json = ctl({"settings", "--import", file("in.json"), "--json"});
    QCOMPARE(json.exitCode, 1);
    QVERIFY2(json.jsonOk(), qPrintable(json.describe()));
    QCOMPARE(json.json().value("success"), QJsonValue(false));
    QCOMPARE(frozen(json.json())["refused"][0]["errors"]["count"].toString(),
             QStringLiteral("\"count\" must be at most 10 (got 11)."));
    // second already has limit=4 now.
    QCOMPARE(frozen(json.json())["skipped"].toArray().size(), 2);
    QCOMPARE(frozen(json.json())["skipped"][1]["reason"].toString(),
             QStringLiteral("It already has these settings."));
}

void TestPlugboardctlSettingsTransfer::badFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no file at all
    QTest::addColumn<QString>("sentence");
    QTest::newRow("missing file") << QByteArray() << "Cannot read";
    QTest::newRow("not json") << QByteArray("format = plugboard") << "is not valid JSON";
    QTest::newRow("settings of one plugin")
        << QByteArray("{\"count\": 3}") << "not a Plugboard settings file";
    QTest::newRow("newer schema")
        << QByteArray("{\"format\": \"plugboard-settings\", \"schema_version\": 7, "
                      "\"plugins\": {}}")
        << "schema version 7";
    QTest::newRow("plugins a list")
        << QByteArray("{\"format\": \"plugboard-settings\", \"schema_version\": 1, "
                      "\"plugins\": [\"normal\"]}")
        << "\"plugins\" must be an object";
}

void TestPlugboardctlSettingsTransfer::badFilesChangeNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, sentence);
    storeOriginal();
    const QJsonObject before = settingsJson("normal");
    if (!contents.isEmpty())
        QVERIFY(fixtures::writeFile(file("bad.json"), contents));
    const Run run = ctl({"settings", "--import", file("bad.json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().startsWith("plugboardctl: ") && run.errText().contains(sentence),
             qPrintable(run.describe()));
    if (!contents.isEmpty())
        QVERIFY2(run.errText().contains("Nothing was imported."), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(settingsJson("normal"), before);
}

void TestPlugboardctlSettingsTransfer::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("both") << QStringList{"settings", "--export", "a", "--import", "b"}
                          << "cannot be combined";
    QTest::newRow("export and set")
        << QStringList{"settings", "normal", "--export", "a", "--set", "count=2"}
        << "--export cannot be combined with --set";
    QTest::newRow("import and reset")
        << QStringList{"settings", "--import", "a", "--reset"} << "--import cannot be combined";
    QTest::newRow("secrets alone") << QStringList{"settings", "normal", "--include-secrets"}
                                   << "--include-secrets only goes with --export";
    QTest::newRow("import with a key")
        << QStringList{"settings", "--import", "a", "normal"} << "--import takes no KEY";
    QTest::newRow("no key") << QStringList{"settings"} << "needs a KEY";
    QTest::newRow("two keys") << QStringList{"settings", "normal", "other"} << "too many arguments";
    QTest::newRow("export without file") << QStringList{"settings", "--export"} << "needs a value";
}

void TestPlugboardctlSettingsTransfer::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, sentence);
    addNormal();
    const Run run = ctl(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(sentence), qPrintable(run.describe()));
    QVERIFY(!QFile::exists(file("a")));
}

QTEST_GUILESS_MAIN(TestPlugboardctlSettingsTransfer)
#include "tst_plugboardctlsettingstransfer.moc"
