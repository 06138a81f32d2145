// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/fixtures.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "store/pluginstore.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestPluginManager : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reloadDiscoversAndRecords();
    void findsByKeyOrFolderName();
    void firstEnableNeedsTrust();
    void cannotEnableProblemPlugins();
    void missingFolderWithdrawsTrust();
    void settingsSaveIsValidatedAndAllOrNothing();
    void settingsResetKeepsOrphans();
    void settingsEditableWhileDisabled();
    void passwordsNeverEchoed();
    void revisionSeesOtherWriters();

private:
    PluginManager *makeManager();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PluginManager> m_manager;
    QString m_plugins;
};

static QByteArray settingsManifest()
{
    const QJsonArray fields{
        QJsonObject{{"id", "limit"},
                    {"label", "Limit"},
                    {"type", "number"},
                    {"default", 5},
                    {"min", 1},
                    {"max", 10}},
        QJsonObject{{"id", "mode"},
                    {"type", "select"},
                    {"default", "safe"},
                    {"options", QJsonArray{"safe", "fast"}}},
        QJsonObject{{"id", "token"}, {"type", "string"}, {"input_type", "password"}},
    };
    return fixtures::manifest(QStringLiteral("Settings Demo"), QStringLiteral("1.0"), fields);
}

void TestPluginManager::init()
{
    m_manager.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_plugins = m_dir->filePath(QStringLiteral("plugins"));
    QDir().mkpath(m_plugins);
    fixtures::makePlugin(m_plugins, QStringLiteral("Settings Demo"), settingsManifest());
    fixtures::makePlugin(m_plugins, QStringLiteral("legacy one"));
}

PluginManager *TestPluginManager::makeManager()
{
    PluginPaths paths = PluginPaths::resolve(m_dir->filePath(QStringLiteral("data")), m_plugins);
    if (!paths.prepare().ok())
        return nullptr;
    m_manager = std::make_unique<PluginManager>(paths);
    return m_manager->reload()->exec() ? m_manager.get() : nullptr;
}

void TestPluginManager::reloadDiscoversAndRecords()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    QSignalSpy reset(manager, &PluginManager::pluginsReset);
    QVERIFY(manager->reload()->exec());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(manager->plugins().size(), 2);
    QVERIFY(QFile::exists(manager->paths().databasePath()));
    PluginStore store(manager->paths().databasePath());
    QCOMPARE(store.all().value().size(), 2);
}

void TestPluginManager::findsByKeyOrFolderName()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->plugin(QStringLiteral("settings_demo")));
    QCOMPARE(manager->plugin(QStringLiteral("Settings Demo"))->key(),
             QStringLiteral("settings_demo"));
    QVERIFY(!manager->plugin(QStringLiteral("nothing")));
}

void TestPluginManager::firstEnableNeedsTrust()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    QSignalSpy changed(manager, &PluginManager::pluginChanged);
    Result<PluginInfo> refused = manager->setEnabled(QStringLiteral("settings_demo"), true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::TrustRequired);
    QVERIFY(refused.error().message.contains(QStringLiteral("trust")));
    QVERIFY(!manager->plugin(QStringLiteral("settings_demo"))->enabled());
    QCOMPARE(changed.count(), 0);

    Result<PluginInfo> enabled = manager->setEnabled(QStringLiteral("settings_demo"), true, true);
    QVERIFY(enabled.ok());
    QVERIFY(enabled.value().enabled() && enabled.value().everEnabled() &&
            enabled.value().trusted());
    QVERIFY(changed.count() >= 1); // enabled, then loading: each a change worth showing
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.first().toString(), QStringLiteral("settings_demo"));

    QVERIFY(manager->setEnabled(QStringLiteral("settings_demo"), false).ok());
    // Trust is remembered: the second enable needs no acknowledgement.
    QVERIFY(manager->setEnabled(QStringLiteral("settings_demo"), true).ok());
    // And it survives a new process (a new manager over the same database).
    PluginManager again(manager->paths());
    QVERIFY(again.reload()->exec());
    QVERIFY(again.plugin(QStringLiteral("settings_demo"))->enabled());
}

void TestPluginManager::cannotEnableProblemPlugins()
{
    fixtures::makePlugin(m_plugins, QStringLiteral("legacy_one")); // same key as "legacy one"
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    // The folder named exactly like the key wins and can be enabled.
    Result<PluginInfo> winner = manager->setEnabled(QStringLiteral("legacy_one"), true, true);
    QVERIFY(winner.ok());
    QCOMPARE(winner.value().folderName(), QStringLiteral("legacy_one"));
    const PluginInfo *loser = nullptr;
    for (const PluginInfo &info : manager->plugins()) {
        if (info.folderName() == QStringLiteral("legacy one"))
            loser = &info;
    }
    QVERIFY(loser && loser->isDuplicate());
    QVERIFY(!loser->enabled()); // does not borrow the winner's stored state
    // Addressed by its folder name, the loser is found as itself and every change is refused,
    // so nothing ever lands on the winner by mistake.
    QCOMPARE(manager->plugin(QStringLiteral("legacy one"))->folderName(),
             QStringLiteral("legacy one"));
    QCOMPARE(manager->setEnabled(QStringLiteral("legacy one"), false).error().code,
             ErrorCode::Conflict);
    QCOMPARE(manager->resetSettings(QStringLiteral("legacy one")).error().code,
             ErrorCode::Conflict);
    QVERIFY(manager->plugin(QStringLiteral("legacy_one"))->enabled());
}

void TestPluginManager::missingFolderWithdrawsTrust()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->setEnabled(QStringLiteral("settings_demo"), true, true).ok());
    const QString folder = m_plugins + QStringLiteral("/Settings Demo");
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(manager->reload()->exec());
    std::optional<PluginInfo> info = manager->plugin(QStringLiteral("settings_demo"));
    QVERIFY(info && info->isMissing() && !info->enabled());
    Result<PluginInfo> refused = manager->setEnabled(QStringLiteral("settings_demo"), true, true);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(manager->saveSettings(QStringLiteral("settings_demo"), {{"limit", 2}}).error().code,
             ErrorCode::Conflict);
    QCOMPARE(manager->resetSettings(QStringLiteral("settings_demo")).error().code,
             ErrorCode::Conflict);
    QVERIFY(info->orphanedSettings().isEmpty()); // fields unknown, not retired
    QVERIFY(manager->setEnabled(QStringLiteral("settings_demo"), false).ok()); // always allowed

    fixtures::makePlugin(m_plugins, QStringLiteral("Settings Demo"), settingsManifest());
    QVERIFY(manager->reload()->exec());
    info = manager->plugin(QStringLiteral("settings_demo"));
    QVERIFY(!info->isMissing() && !info->enabled() && !info->trusted());
    QCOMPARE(manager->setEnabled(QStringLiteral("settings_demo"), true).error().code,
             ErrorCode::TrustRequired);
}

void TestPluginManager::settingsSaveIsValidatedAndAllOrNothing()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    Result<PluginInfo> saved =
        manager->saveSettings(QStringLiteral("settings_demo"), {{"limit", 8}, {"mode", "fast"}});
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().effectiveSettings().value("limit").toInt(), 8);

    Result<PluginInfo> refused =
        manager->saveSettings(QStringLiteral("settings_demo"), {{"limit", 3}, {"mode", "turbo"}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().fieldErrors.size(), 1);
    QCOMPARE(refused.error().fieldErrors.first().field, QStringLiteral("mode"));
    // Nothing half-saved: limit is still 8, in memory and in the database.
    QCOMPARE(manager->plugin(QStringLiteral("settings_demo"))
                 ->effectiveSettings()
                 .value("limit")
                 .toInt(),
             8);
    PluginManager fresh(manager->paths());
    QVERIFY(fresh.reload()->exec());
    QCOMPARE(
        fresh.plugin(QStringLiteral("settings_demo"))->effectiveSettings().value("limit").toInt(),
        8);

    QCOMPARE(manager->saveSettings(QStringLiteral("nope"), {}).error().code, ErrorCode::NotFound);
}

void TestPluginManager::settingsResetKeepsOrphans()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    PluginStore store(manager->paths().databasePath());
    QVERIFY(store
                .update(QStringLiteral("settings_demo"),
                        [](StoredPlugin row) -> Result<StoredPlugin> {
                            row.settings = {{"limit", 9}, {"retired", true}};
                            return row;
                        })
                .ok());
    QVERIFY(manager->reload()->exec());
    QCOMPARE(manager->plugin(QStringLiteral("settings_demo"))->orphanedSettings(),
             QStringList({"retired"}));
    Result<PluginInfo> reset = manager->resetSettings(QStringLiteral("settings_demo"));
    QVERIFY(reset.ok());
    QCOMPARE(reset.value().effectiveSettings().value("limit").toInt(), 5);
    QCOMPARE(reset.value().storedSettings(), QJsonObject({{"retired", true}}));
}

void TestPluginManager::settingsEditableWhileDisabled()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    QVERIFY(!manager->plugin(QStringLiteral("settings_demo"))->enabled());
    QVERIFY(manager->saveSettings(QStringLiteral("settings_demo"), {{"limit", 2}}).ok());
}

void TestPluginManager::passwordsNeverEchoed()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->saveSettings(QStringLiteral("settings_demo"), {{"token", "hunter2"}}).ok());
    // An empty password in a later save keeps the stored secret.
    Result<PluginInfo> saved =
        manager->saveSettings(QStringLiteral("settings_demo"), {{"token", ""}, {"limit", 4}});
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().storedSettings().value("token").toString(), QStringLiteral("hunter2"));
}

void TestPluginManager::revisionSeesOtherWriters()
{
    PluginManager *manager = makeManager();
    QVERIFY(manager);
    const PluginStore store(manager->paths().databasePath());
    const qint64 before = store.revision().value();
    PluginManager other(manager->paths());
    QVERIFY(other.reload()->exec());
    QCOMPARE(store.revision().value(), before); // discovery found nothing new
    QVERIFY(other.saveSettings(QStringLiteral("settings_demo"), {{"limit", 6}}).ok());
    QVERIFY(store.revision().value() > before);

    // A manager that follows outside changes applies them without a rescan.
    QSignalSpy changed(manager, &PluginManager::pluginChanged);
    QSignalSpy rescans(manager, &PluginManager::discoveryStarted);
    manager->followExternalChanges(20);
    QVERIFY(other.saveSettings(QStringLiteral("settings_demo"), {{"limit", 7}}).ok());
    QTRY_COMPARE(manager->plugin(QStringLiteral("settings_demo"))
                     ->effectiveSettings()
                     .value("limit")
                     .toInt(),
                 7);
    QCOMPARE(changed.last().first().toString(), QStringLiteral("settings_demo"));
    QCOMPARE(rescans.size(), 0);
    // A plugin that appears is found by the rescan the watcher starts.
    fixtures::makePlugin(m_plugins, QStringLiteral("newcomer"));
    QVERIFY(other.reload()->exec());
    QTRY_VERIFY(manager->plugin(QStringLiteral("newcomer")).has_value());
    manager->followExternalChanges(0);
}

QTEST_GUILESS_MAIN(TestPluginManager)
#include "tst_pluginmanager.moc"
