// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import of plugin settings (issue 16) over a real PluginManager (real folders, real
// SQLite): round trips with and without passwords, plugins that are gone, files that are wrong
// as a whole or for one plugin, values that fail validation, fields a plugin no longer has.
#include "common/fixtures.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "manager/settingstransfer.h"
#include "settings/settingsfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <list>

#include <sys/stat.h>

using namespace plugboard;

namespace {

QJsonArray normalFields()
{
    return QJsonArray{
        QJsonObject{{"id", "flag"}, {"type", "boolean"}, {"default", false}},
        QJsonObject{{"id", "count"},
                    {"label", "Count"},
                    {"type", "number"},
                    {"default", 5},
                    {"min", 1},
                    {"max", 10}},
        QJsonObject{{"id", "mode"},
                    {"type", "select"},
                    {"default", "a"},
                    {"options", QJsonArray{"a", "b", "c"}}},
        QJsonObject{{"id", "title"}, {"type", "string"}, {"default", "hi"}},
        QJsonObject{{"id", "token"}, {"type", "string"}, {"input_type", "password"}},
        QJsonObject{{"id", "note"}, {"type", "info"}, {"value", "Just a note."}},
    };
}

QJsonArray otherFields()
{
    return QJsonArray{QJsonObject{{"id", "limit"}, {"type", "number"}, {"default", 1}},
                      QJsonObject{{"id", "name"}, {"type", "text"}}};
}

QJsonObject withoutKey(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

QJsonObject fileWith(const QJsonObject &plugins)
{
    return QJsonObject{
        {"format", "plugboard-settings"}, {"schema_version", 1}, {"plugins", plugins}};
}

} // namespace

class TestSettingsTransfer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportShape();
    void roundTripWithoutSecrets();
    void roundTripWithSecrets();
    void toAnotherDataFolder();
    void absentPasswordKeepsTheStoredSecret();
    void pluginsNoLongerPresentAreSkipped();
    void badDocumentsChangeNothing_data();
    void badDocumentsChangeNothing();
    void badEntryRefusesThatPluginOnly_data();
    void badEntryRefusesThatPluginOnly();
    void invalidValueRefusesThePluginOthersApply();
    void fieldsThePluginNoLongerHasAreIgnored();
    void sameSettingsAgainAreSkipped();
    void exportOfNamedPlugins();
    void reportJson();
    void fileWithSecretsIsOwnerOnly();
    void readFileRefusesHugeFiles();

private:
    PluginManager *makeManager(const QString &dataName = QStringLiteral("data"));
    void storeOriginal(PluginManager *manager);
    void wipe(PluginManager *manager);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::list<std::unique_ptr<PluginManager>> m_managers;
    QString m_plugins;
};

void TestSettingsTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_plugins = m_dir->filePath(QStringLiteral("plugins"));
    QDir().mkpath(m_plugins);
    fixtures::makePlugin(m_plugins, QStringLiteral("normal"),
                         fixtures::manifest(QStringLiteral("Normal"), "2.1.0", normalFields()));
    fixtures::makePlugin(m_plugins, QStringLiteral("Other One"),
                         fixtures::manifest(QStringLiteral("Other"), "1.0", otherFields()));
    fixtures::makePlugin(m_plugins, QStringLiteral("plain"),
                         fixtures::manifest(QStringLiteral("Plain")));
}

void TestSettingsTransfer::cleanup()
{
    m_managers.clear();
    m_dir.reset();
}

PluginManager *TestSettingsTransfer::makeManager(const QString &dataName)
{
    PluginPaths paths = PluginPaths::resolve(m_dir->filePath(dataName), m_plugins);
    if (!paths.prepare().ok())
        return nullptr;
    m_managers.push_back(std::make_unique<PluginManager>(paths));
    return m_managers.back()->reload()->exec() ? m_managers.back().get() : nullptr;
}

void TestSettingsTransfer::storeOriginal(PluginManager *manager)
{
    VERIFY_OK(manager->saveSettings(
        "normal", {{"flag", true}, {"count", 8}, {"mode", "b"}, {"token", "s3cret"}}));
    VERIFY_OK(manager->saveSettings("other_one", {{"limit", 3}, {"name", "Ada"}}));
}

void TestSettingsTransfer::wipe(PluginManager *manager)
{
    for (const char *key : {"normal", "other_one", "plain"})
        VERIFY_OK(manager->resetSettings(QString::fromLatin1(key)));
    QCOMPARE(manager->plugin("normal")->storedSettings(), QJsonObject());
    QCOMPARE(manager->plugin("other_one")->storedSettings(), QJsonObject());
}

void TestSettingsTransfer::exportShape()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    const Result<SettingsTransfer::Exported> exported =
        SettingsTransfer::exportSettings(*manager, {}, false);
    VERIFY_OK(exported);
    const QJsonObject doc = exported.value().document;
    QCOMPARE(doc.value("format").toString(), QStringLiteral("plugboard-settings"));
    QCOMPARE(doc.value("schema_version").toInt(), 1);
    QCOMPARE(doc.value("includes_secrets"), QJsonValue(false));
    QVERIFY(doc.value("exported_at").toString().endsWith(QLatin1Char('Z')));
    // Only plugins with settings fields; plain has none.
    const QJsonObject plugins = doc.value("plugins").toObject();
    QCOMPARE(plugins.keys(), (QStringList{"normal", "other_one"}));
    QCOMPARE(exported.value().keys, (QStringList{"normal", "other_one"}));
    const QJsonObject normal = plugins.value("normal").toObject();
    QCOMPARE(normal.value("name").toString(), QStringLiteral("Normal"));
    QCOMPARE(normal.value("version").toString(), QStringLiteral("2.1.0"));
    // Stored values as stored, null for a default, no info field, no password.
    const QJsonObject expected{
        {"flag", true}, {"count", 8}, {"mode", "b"}, {"title", QJsonValue()}};
    QCOMPARE(normal.value("settings").toObject(), expected);
    QCOMPARE(exported.value().secretsLeftOut, 1);
    QCOMPARE(exported.value().secretsIncluded, 0);
    QVERIFY(!SettingsTransfer::toBytes(doc).contains("s3cret"));

    const Result<SettingsTransfer::Exported> secret =
        SettingsTransfer::exportSettings(*manager, {}, true);
    VERIFY_OK(secret);
    QCOMPARE(secret.value().document.value("includes_secrets"), QJsonValue(true));
    QCOMPARE(secret.value().document["plugins"]["normal"]["settings"]["token"].toString(),
             QStringLiteral("s3cret"));
    QCOMPARE(secret.value().secretsIncluded, 1);
    QCOMPARE(secret.value().secretsLeftOut, 0);
}

void TestSettingsTransfer::roundTripWithoutSecrets()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    const QJsonObject normalBefore = manager->plugin("normal")->storedSettings();
    const QJsonObject otherBefore = manager->plugin("other_one")->storedSettings();
    const QByteArray file = SettingsTransfer::toBytes(
        SettingsTransfer::exportSettings(*manager, {}, false).value().document);

    wipe(manager);
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(*manager, file);
    VERIFY_OK(report);
    QVERIFY(report.value().ok());
    QCOMPARE(report.value().applied.size(), 2);
    QCOMPARE(report.value().applied[0].key, QStringLiteral("normal"));
    QCOMPARE(report.value().applied[0].fields, (QStringList{"flag", "count", "mode"}));
    QCOMPARE(report.value().applied[1].key, QStringLiteral("other_one"));
    // Everything but the password, which the file does not hold.
    QCOMPARE(manager->plugin("normal")->storedSettings(), withoutKey(normalBefore, "token"));
    QCOMPARE(manager->plugin("other_one")->storedSettings(), otherBefore);
}

void TestSettingsTransfer::roundTripWithSecrets()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    const QJsonObject normalBefore = manager->plugin("normal")->storedSettings();
    const QJsonObject otherBefore = manager->plugin("other_one")->storedSettings();
    const QByteArray file = SettingsTransfer::toBytes(
        SettingsTransfer::exportSettings(*manager, {}, true).value().document);

    wipe(manager);
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(*manager, file);
    VERIFY_OK(report);
    QCOMPARE(report.value().applied[0].fields, (QStringList{"flag", "count", "mode", "token"}));
    QCOMPARE(manager->plugin("normal")->storedSettings(), normalBefore);
    QCOMPARE(manager->plugin("other_one")->storedSettings(), otherBefore);
}

void TestSettingsTransfer::toAnotherDataFolder()
{
    // Another machine: the same plugins, a database of its own with other values.
    PluginManager *source = makeManager();
    QVERIFY(source);
    storeOriginal(source);
    PluginManager *target = makeManager(QStringLiteral("other-data"));
    QVERIFY(target);
    VERIFY_OK(target->saveSettings("normal", {{"title", "changed"}, {"count", 2}}));
    const QJsonObject doc = SettingsTransfer::exportSettings(*source, {}, true).value().document;
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(*target, doc);
    VERIFY_OK(report);
    QCOMPARE(report.value().applied[0].fields,
             (QStringList{"flag", "count", "mode", "title", "token"}));
    // "title" was at its default at the source: the import puts it back to the default.
    QCOMPARE(target->plugin("normal")->storedSettings(),
             source->plugin("normal")->storedSettings());
    QCOMPARE(target->plugin("normal")->effectiveSettings().value("title").toString(),
             QStringLiteral("hi"));
}

void TestSettingsTransfer::absentPasswordKeepsTheStoredSecret()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    for (const QJsonValue &token :
         {QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null), QJsonValue(QString())}) {
        QJsonObject settings{{"count", 9}};
        if (!token.isUndefined())
            settings.insert("token", token);
        const Result<SettingsImportReport> report = SettingsTransfer::importSettings(
            *manager, fileWith({{"normal", QJsonObject{{"settings", settings}}}}));
        VERIFY_OK(report);
        QCOMPARE(manager->plugin("normal")->storedSettings().value("token").toString(),
                 QStringLiteral("s3cret"));
        VERIFY_OK(manager->saveSettings("normal", {{"count", 8}}));
    }
}

void TestSettingsTransfer::pluginsNoLongerPresentAreSkipped()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    QJsonObject doc = SettingsTransfer::exportSettings(*manager, {}, false).value().document;
    QJsonObject plugins = doc.value("plugins").toObject();
    plugins.insert("ghost", QJsonObject{{"name", "Ghost"}, {"settings", QJsonObject{{"a", 1}}}});
    doc.insert("plugins", plugins);

    // other_one's folder goes away: the database remembers it as missing.
    QVERIFY(QDir(m_plugins + "/Other One").removeRecursively());
    QVERIFY(manager->reload()->exec());
    QVERIFY(manager->plugin("other_one")->isMissing());
    VERIFY_OK(manager->resetSettings("normal"));
    const QJsonObject missingBefore = manager->plugin("other_one")->storedSettings();

    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(*manager, doc);
    VERIFY_OK(report);
    QVERIFY(report.value().ok());
    QCOMPARE(report.value().applied.size(), 1);
    QCOMPARE(report.value().applied[0].key, QStringLiteral("normal"));
    QCOMPARE(report.value().skipped.size(), 2);
    QCOMPARE(report.value().skipped[0].key, QStringLiteral("ghost"));
    QCOMPARE(report.value().skipped[0].name, QStringLiteral("Ghost"));
    QCOMPARE(report.value().skipped[0].reason, QStringLiteral("Not installed here."));
    QCOMPARE(report.value().skipped[1].key, QStringLiteral("other_one"));
    QVERIFY2(report.value().skipped[1].reason.contains("missing"),
             qPrintable(report.value().skipped[1].reason));
    QCOMPARE(manager->plugin("other_one")->storedSettings(), missingBefore);
    QVERIFY(!manager->plugin("ghost"));
}

void TestSettingsTransfer::badDocumentsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sentence"); // a part of the sentence

    const auto with = [](QJsonObject object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QJsonObject good =
        fileWith({{"normal", QJsonObject{{"settings", QJsonObject{{"count", 2}}}}}});
    QTest::newRow("empty") << QByteArray("  \n") << "is empty";
    QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "one JSON object";
    QTest::newRow("no format") << with(withoutKey(good, "format"))
                               << "not a Plugboard settings file";
    QJsonObject other = good;
    other.insert("format", "dispatcharr-backup");
    QTest::newRow("other format") << with(other) << "not a Plugboard settings file";
    QTest::newRow("no version") << with(withoutKey(good, "schema_version")) << "schema_version";
    QJsonObject v2 = good;
    v2.insert("schema_version", 2);
    QTest::newRow("newer version") << with(v2) << "schema version 2, which a newer Plugboard";
    QJsonObject v0 = good;
    v0.insert("schema_version", 0);
    QTest::newRow("version 0") << with(v0) << "never written a lower one";
    QJsonObject vText = good;
    vText.insert("schema_version", "1");
    QTest::newRow("version as text") << with(vText) << "schema_version";
    QJsonObject vFraction = good;
    vFraction.insert("schema_version", 1.5);
    QTest::newRow("version 1.5") << with(vFraction) << "schema_version";
    QJsonObject pluginsArray = good;
    pluginsArray.insert("plugins", QJsonArray{});
    QTest::newRow("plugins array") << with(pluginsArray) << "\"plugins\" must be an object";
    QTest::newRow("no plugins") << with(withoutKey(good, "plugins")) << "\"plugins\" must be";
    QJsonObject unknown = good;
    unknown.insert("setings", QJsonObject{});
    QTest::newRow("unknown key") << with(unknown) << "\"setings\"";
    QJsonObject secrets = good;
    secrets.insert("includes_secrets", "yes");
    QTest::newRow("includes_secrets text") << with(secrets) << "includes_secrets";
    QJsonObject when = good;
    when.insert("exported_at", 5);
    QTest::newRow("exported_at number") << with(when) << "exported_at";
}

void TestSettingsTransfer::badDocumentsChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sentence);
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    const QJsonObject before = manager->plugin("normal")->storedSettings();
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(*manager, bytes);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::InvalidInput);
    QVERIFY2(report.error().message.contains(sentence), qPrintable(report.error().message));
    QVERIFY(report.error().message.endsWith(QLatin1Char('.')));
    QCOMPARE(manager->plugin("normal")->storedSettings(), before);
}

void TestSettingsTransfer::badEntryRefusesThatPluginOnly_data()
{
    QTest::addColumn<QJsonValue>("entry");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("not an object") << QJsonValue(5) << "must be an object";
    QTest::newRow("no settings") << QJsonValue(QJsonObject{{"name", "Normal"}})
                                 << "has no \"settings\" object";
    QTest::newRow("settings array")
        << QJsonValue(QJsonObject{{"settings", QJsonArray{1}}}) << "has no \"settings\" object";
    QTest::newRow("unknown key") << QJsonValue(
                                        QJsonObject{{"settings", QJsonObject{}}, {"enabled", true}})
                                 << "\"enabled\"";
    QTest::newRow("name a number")
        << QJsonValue(QJsonObject{{"settings", QJsonObject{}}, {"name", 3}}) << "must be text";
}

void TestSettingsTransfer::badEntryRefusesThatPluginOnly()
{
    QFETCH(QJsonValue, entry);
    QFETCH(QString, sentence);
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    const QJsonObject before = manager->plugin("normal")->storedSettings();
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(
        *manager, fileWith({{"normal", entry},
                            {"other_one", QJsonObject{{"settings", QJsonObject{{"limit", 4}}}}}}));
    VERIFY_OK(report);
    QVERIFY(!report.value().ok());
    QCOMPARE(report.value().refused.size(), 1);
    QCOMPARE(report.value().refused[0].key, QStringLiteral("normal"));
    QCOMPARE(report.value().refused[0].name, QStringLiteral("Normal"));
    QVERIFY2(report.value().refused[0].reason.contains(sentence),
             qPrintable(report.value().refused[0].reason));
    QCOMPARE(manager->plugin("normal")->storedSettings(), before);
    QCOMPARE(report.value().applied.size(), 1);
    QCOMPARE(manager->plugin("other_one")->storedSettings().value("limit").toDouble(), 4.0);
}

void TestSettingsTransfer::invalidValueRefusesThePluginOthersApply()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    const QJsonObject before = manager->plugin("normal")->storedSettings();
    // mode=c is fine on its own; count=11 refuses the whole plugin, so mode stays b.
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(
        *manager,
        fileWith({{"normal", QJsonObject{{"settings", QJsonObject{{"mode", "c"}, {"count", 11}}}}},
                  {"other_one", QJsonObject{{"settings", QJsonObject{{"limit", 6}}}}}}));
    VERIFY_OK(report);
    QCOMPARE(report.value().refused.size(), 1);
    const SettingsImportReport::Refused &refused = report.value().refused[0];
    QCOMPARE(refused.key, QStringLiteral("normal"));
    QVERIFY2(refused.reason.contains("\"Count\" must be at most 10 (got 11)."),
             qPrintable(refused.reason));
    QCOMPARE(refused.fieldErrors.size(), 1);
    QCOMPARE(refused.fieldErrors[0].field, QStringLiteral("count"));
    QCOMPARE(manager->plugin("normal")->storedSettings(), before);
    QCOMPARE(report.value().applied.size(), 1);
    QCOMPARE(report.value().applied[0].fields, QStringList{"limit"});
    QCOMPARE(manager->plugin("other_one")->storedSettings().value("limit").toDouble(), 6.0);
    QVERIFY(report.value().summary().contains("applied: 1, skipped: 0, refused: 1"));
}

void TestSettingsTransfer::fieldsThePluginNoLongerHasAreIgnored()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(
        *manager,
        fileWith(
            {{"normal", QJsonObject{{"settings",
                                     QJsonObject{{"count", 7}, {"retired", 1}, {"note", "text"}}}}},
             {"other_one", QJsonObject{{"settings", QJsonObject{{"gone", true}}}}}}));
    VERIFY_OK(report);
    QVERIFY(report.value().ok());
    QCOMPARE(report.value().applied.size(), 1);
    QCOMPARE(report.value().applied[0].fields, QStringList{"count"});
    QCOMPARE(report.value().applied[0].ignored, (QStringList{"note", "retired"}));
    QCOMPARE(manager->plugin("normal")->storedSettings(), (QJsonObject{{"count", 7}}));
    // Nothing of other_one's entry is a field it has: skipped, and said so.
    QCOMPARE(report.value().skipped.size(), 1);
    QCOMPARE(report.value().skipped[0].ignored, QStringList{"gone"});
    QVERIFY(report.value().skipped[0].reason.contains("None of its settings"));
}

void TestSettingsTransfer::sameSettingsAgainAreSkipped()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    const QJsonObject doc = SettingsTransfer::exportSettings(*manager, {}, true).value().document;
    const Result<SettingsImportReport> report = SettingsTransfer::importSettings(*manager, doc);
    VERIFY_OK(report);
    QVERIFY(report.value().applied.isEmpty());
    QCOMPARE(report.value().skipped.size(), 2);
    QCOMPARE(report.value().skipped[0].reason, QStringLiteral("It already has these settings."));
    // An empty file is a report with nothing in it, not an error.
    const Result<SettingsImportReport> empty =
        SettingsTransfer::importSettings(*manager, fileWith({}));
    VERIFY_OK(empty);
    QVERIFY(empty.value().isEmpty());
    QVERIFY(empty.value().ok());
}

void TestSettingsTransfer::exportOfNamedPlugins()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    storeOriginal(manager);
    // By folder name too; a plugin named twice is in it once; one without fields when named.
    const Result<SettingsTransfer::Exported> named =
        SettingsTransfer::exportSettings(*manager, {"Other One", "other_one", "plain"}, false);
    VERIFY_OK(named);
    QCOMPARE(named.value().keys, (QStringList{"other_one", "plain"}));
    QCOMPARE(named.value().document["plugins"]["plain"]["settings"].toObject(), QJsonObject());

    const Result<SettingsTransfer::Exported> unknown =
        SettingsTransfer::exportSettings(*manager, {"normal", "nobody"}, false);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(unknown.error().message.contains("nobody"));

    QVERIFY(QDir(m_plugins + "/Other One").removeRecursively());
    QVERIFY(manager->reload()->exec());
    const Result<SettingsTransfer::Exported> missing =
        SettingsTransfer::exportSettings(*manager, {"other_one"}, false);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Conflict);
    QVERIFY(missing.error().message.contains("missing"));
    // "Every plugin" leaves the missing one out.
    QCOMPARE(SettingsTransfer::exportSettings(*manager, {}, false).value().keys,
             QStringList{"normal"});
}

void TestSettingsTransfer::reportJson()
{
    SettingsImportReport report;
    report.applied.append({"a", "A", {"x"}, {"old"}});
    report.skipped.append({"b", "B", "Not installed here.", {}});
    QJsonObject json = report.toJson();
    QCOMPARE(json.value("success"), QJsonValue(true));
    QVERIFY(!json.contains("error"));
    QCOMPARE(json["applied"][0]["fields"].toArray(), QJsonArray{"x"});
    QCOMPARE(json["applied"][0]["ignored_fields"].toArray(), QJsonArray{"old"});
    QCOMPARE(json["skipped"][0]["reason"].toString(), QStringLiteral("Not installed here."));
    report.refused.append({"c", "C", "1 setting was not saved: …", {{"n", "too big"}}});
    json = report.toJson();
    QCOMPARE(json.value("success"), QJsonValue(false));
    QVERIFY(json.value("error").toString().contains("refused: 1"));
    QCOMPARE(json["refused"][0]["errors"]["n"].toString(), QStringLiteral("too big"));
}

void TestSettingsTransfer::fileWithSecretsIsOwnerOnly()
{
    const QString path = m_dir->filePath("settings.json");
    QVERIFY(fixtures::writeFile(path, "old"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    VERIFY_OK(SettingsTransfer::writeFile(path, "{\"secret\": 1}\n", true));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QCOMPARE(fixtures::readFile(path), QByteArray("{\"secret\": 1}\n"));
    const Result<QByteArray> read = SettingsTransfer::readFile(path);
    VERIFY_OK(read);
    QCOMPARE(read.value(), QByteArray("{\"secret\": 1}\n"));

    const Result<void> nowhere =
        SettingsTransfer::writeFile(m_dir->filePath("no/such/folder/x.json"), "{}", false);
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error().code, ErrorCode::Io);
    QVERIFY(nowhere.error().message.startsWith("Cannot write"));
    const Result<QByteArray> absent = SettingsTransfer::readFile(m_dir->filePath("absent.json"));
    QVERIFY(!absent);
    QVERIFY(absent.error().message.startsWith("Cannot read"));
}

void TestSettingsTransfer::readFileRefusesHugeFiles()
{
    const QString path = m_dir->filePath("big.json");
    QVERIFY(fixtures::writeFile(path, QByteArray(2048, ' ')));
    const Result<QByteArray> read = SettingsTransfer::readFile(path, 1024);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSettingsTransfer)
#include "tst_settingstransfer.moc"
