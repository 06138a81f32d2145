// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"
#include "catalog/pluginjson.h"
#include "common/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsManifestsAndLogos();
    void legacyPluginsTakeTheFolderName();
    void duplicateKeysWinnerNamedLikeKey();
    void duplicateKeysFirstInOrderWins();
    void overlongKeyIsListedWithError();
    void mergesStoredState();
    void storedRowWithoutFolderIsMissing();
    void reportsOrphanedSettings();
    void listEntryHasTheRestShape();
    void helpUrlOnlyHttp_data();
    void helpUrlOnlyHttp();
};

static const PluginInfo *byFolder(const QList<PluginInfo> &infos, const QString &folder)
{
    for (const PluginInfo &info : infos) {
        if (info.folderName() == folder)
            return &info;
    }
    return nullptr;
}

void TestCatalog::readsManifestsAndLogos()
{
    QTemporaryDir dir;
    const QString folder = fixtures::makePlugin(
        dir.path(), QStringLiteral("My Plugin"),
        fixtures::manifest(QStringLiteral("My Plugin ✨"), QStringLiteral("2.0.0")));
    QVERIFY(fixtures::writeFile(folder + "/logo.png", fixtures::tinyPng()));

    Result<QList<Catalog::Discovered>> scanned = Catalog::scan(dir.path());
    QVERIFY(scanned.ok());
    const QList<PluginInfo> infos = Catalog::merge(scanned.value(), {});
    QCOMPARE(infos.size(), 1);
    const PluginInfo &info = infos.first();
    QCOMPARE(info.key(), QStringLiteral("my_plugin"));
    QCOMPARE(info.name(), QStringLiteral("My Plugin ✨"));
    QCOMPARE(info.version(), QStringLiteral("2.0.0"));
    QVERIFY(!info.isLegacy());
    QCOMPARE(info.logo().mimeType, QByteArray("image/png"));
    QVERIFY(!info.enabled());
    QVERIFY(!info.hasProblems());

    const QList<DiscoveredMetadata> meta = Catalog::metadataFor(scanned.value());
    QCOMPARE(meta.size(), 1);
    QCOMPARE(meta.first().key, QStringLiteral("my_plugin"));
    QCOMPARE(meta.first().name, QStringLiteral("My Plugin ✨"));
}

void TestCatalog::legacyPluginsTakeTheFolderName()
{
    QTemporaryDir dir;
    fixtures::makePlugin(dir.path(), QStringLiteral("Old Thing"));
    const QList<PluginInfo> infos = Catalog::merge(Catalog::scan(dir.path()).value(), {});
    QCOMPARE(infos.size(), 1);
    QVERIFY(infos.first().isLegacy());
    QCOMPARE(infos.first().name(), QStringLiteral("Old Thing"));
    QVERIFY(!infos.first().diagnostics().isEmpty()); // says why it is legacy
}

void TestCatalog::duplicateKeysWinnerNamedLikeKey()
{
    QTemporaryDir dir;
    fixtures::makePlugin(dir.path(), QStringLiteral("My Plugin")); // sorts first
    fixtures::makePlugin(dir.path(), QStringLiteral("my_plugin")); // equals the key: wins
    const QList<PluginInfo> infos = Catalog::merge(Catalog::scan(dir.path()).value(), {});
    QCOMPARE(infos.size(), 2); // both shown
    const PluginInfo *loser = byFolder(infos, QStringLiteral("My Plugin"));
    const PluginInfo *winner = byFolder(infos, QStringLiteral("my_plugin"));
    QVERIFY(loser && winner);
    QVERIFY(loser->isDuplicate());
    QCOMPARE(loser->duplicateOf(), QStringLiteral("my_plugin"));
    QVERIFY(!winner->isDuplicate());
    QVERIFY(loser->hasProblems());
    QVERIFY(!loser->enableBlocker().isEmpty());
    QVERIFY(winner->enableBlocker().isEmpty());
    QCOMPARE(loser->diagnostics().first().severity, Diagnostic::Severity::Error);
    QVERIFY(loser->diagnostics().first().message.contains(QStringLiteral("Duplicate key")));
    // Only the winner gets a database row.
    QCOMPARE(Catalog::metadataFor(Catalog::scan(dir.path()).value()).size(), 1);
}

void TestCatalog::duplicateKeysFirstInOrderWins()
{
    QTemporaryDir dir;
    fixtures::makePlugin(dir.path(), QStringLiteral("Tool Box"));
    fixtures::makePlugin(dir.path(), QStringLiteral("tool Box"));
    const QList<PluginInfo> infos = Catalog::merge(Catalog::scan(dir.path()).value(), {});
    QVERIFY(!byFolder(infos, QStringLiteral("Tool Box"))->isDuplicate());
    QVERIFY(byFolder(infos, QStringLiteral("tool Box"))->isDuplicate());
}

void TestCatalog::overlongKeyIsListedWithError()
{
    QTemporaryDir dir;
    fixtures::makePlugin(dir.path(), QString(200, QLatin1Char('k')));
    Result<QList<Catalog::Discovered>> scanned = Catalog::scan(dir.path());
    const QList<PluginInfo> infos = Catalog::merge(scanned.value(), {});
    QCOMPARE(infos.size(), 1);
    QCOMPARE(infos.first().state(), PluginState::BadKey);
    QCOMPARE(infos.first().error(),
             PluginKey::describe(PluginKey::Problem::TooLong, infos.first().folderName()));
    QVERIFY(infos.first().hasProblems());
    QVERIFY(!infos.first().enableBlocker().isEmpty());
    QVERIFY(Catalog::metadataFor(scanned.value()).isEmpty());
}

void TestCatalog::mergesStoredState()
{
    QTemporaryDir dir;
    fixtures::makePlugin(dir.path(), QStringLiteral("alpha"));
    StoredPlugin row;
    row.key = QStringLiteral("alpha");
    row.enabled = true;
    row.everEnabled = true;
    row.trusted = true;
    row.settings = QJsonObject{{QStringLiteral("x"), 1}};
    const QList<PluginInfo> infos = Catalog::merge(Catalog::scan(dir.path()).value(), {row});
    QCOMPARE(infos.size(), 1);
    QVERIFY(infos.first().enabled());
    QVERIFY(infos.first().everEnabled());
    QVERIFY(infos.first().trusted());
    QCOMPARE(infos.first().storedSettings(), row.settings);
}

void TestCatalog::storedRowWithoutFolderIsMissing()
{
    QTemporaryDir dir;
    StoredPlugin row;
    row.key = QStringLiteral("gone");
    row.name = QStringLiteral("Gone Plugin");
    row.version = QStringLiteral("1.2");
    row.enabled = true;
    const QList<PluginInfo> infos = Catalog::merge(Catalog::scan(dir.path()).value(), {row});
    QCOMPARE(infos.size(), 1);
    const PluginInfo &info = infos.first();
    QVERIFY(info.isMissing());
    QVERIFY(!info.enabled()); // never shown as running
    QVERIFY(!info.isLegacy());
    QCOMPARE(info.name(), QStringLiteral("Gone Plugin"));
    QCOMPARE(info.version(), QStringLiteral("1.2"));
    QVERIFY(info.hasProblems());
    QVERIFY(!info.enableBlocker().isEmpty());
}

void TestCatalog::reportsOrphanedSettings()
{
    QTemporaryDir dir;
    const QJsonArray fields{QJsonObject{{"id", "limit"}, {"type", "number"}, {"default", 5}}};
    fixtures::makePlugin(dir.path(), QStringLiteral("p"),
                         fixtures::manifest(QStringLiteral("P"), QStringLiteral("1"), fields));
    StoredPlugin row;
    row.key = QStringLiteral("p");
    row.settings = QJsonObject{{"limit", 7}, {"old_option", "kept"}};
    const PluginInfo info = Catalog::merge(Catalog::scan(dir.path()).value(), {row}).first();
    QCOMPARE(info.orphanedSettings(), QStringList({"old_option"}));
    QCOMPARE(info.effectiveSettings(), QJsonObject({{"limit", 7}}));
    bool reported = false;
    for (const Diagnostic &d : info.diagnostics())
        reported = reported || (d.source == "settings" && d.message.contains("old_option"));
    QVERIFY(reported);
}

void TestCatalog::listEntryHasTheRestShape()
{
    QTemporaryDir dir;
    const QJsonArray fields{
        QJsonObject{{"id", "limit"}, {"label", "Limit"}, {"type", "number"}, {"default", 5}},
        QJsonObject{{"id", "token"}, {"type", "string"}, {"input_type", "password"}},
    };
    const QJsonArray actions{QJsonObject{{"id", "go"}, {"label", "Go"}}};
    const QString folder = fixtures::makePlugin(
        dir.path(), QStringLiteral("Shape"),
        fixtures::manifest(QStringLiteral("Shape"), QStringLiteral("1"), fields, actions));
    QVERIFY(fixtures::writeFile(folder + "/logo.png", fixtures::tinyJpeg()));
    StoredPlugin row;
    row.key = QStringLiteral("shape");
    row.settings = QJsonObject{{"token", "s3cr3t-value"}};
    const PluginInfo info = Catalog::merge(Catalog::scan(dir.path()).value(), {row}).first();
    const QJsonObject entry = PluginJson::entry(info);
    for (const char *key : {"key", "name", "version", "description", "author", "help_url",
                            "enabled", "ever_enabled", "legacy", "missing", "loaded", "fields",
                            "actions", "settings", "diagnostics", "logo_url"}) {
        QVERIFY2(entry.contains(QLatin1String(key)), key);
    }
    QCOMPARE(entry.value("key").toString(), QStringLiteral("shape"));
    QCOMPARE(entry.value("fields").toArray().size(), 2);
    QCOMPARE(entry.value("actions").toArray().first().toObject().value("button_label").toString(),
             QStringLiteral("Run"));
    QCOMPARE(entry.value("settings").toObject().value("limit").toInt(), 5);
    QVERIFY(entry.value("settings").toObject().value("token").isNull());
    QCOMPARE(entry.value("secrets").toObject().value("token").toBool(), true);
    QCOMPARE(entry.value("logo_url").toString(),
             QStringLiteral("/api/plugins/plugins/shape/logo/"));
    QVERIFY(!QJsonDocument(entry).toJson().contains("s3cr3t-value"));
}

void TestCatalog::helpUrlOnlyHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("shown");
    QTest::newRow("https") << "https://example.com/docs" << true;
    QTest::newRow("http") << "http://example.com" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("relative") << "docs/index.html" << false;
}

void TestCatalog::helpUrlOnlyHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, shown);
    PluginInfo::Data data;
    data.manifest.helpUrl = url;
    const PluginInfo info(data);
    QCOMPARE(!info.safeHelpUrl().isEmpty(), shown);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
