// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManager's lifecycle beyond one call: discovery in the background, removing plugins
// (SPEC §11) whatever their folder is called, following changes another process writes, and
// copying the example plugins. Real folders, real SQLite.
#include "common/fixtures.h"
#include "install/exampleplugins.h"
#include "install/folderremover.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestPluginLifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backgroundDiscovery();
    void removeDeletesTheFolderDiscoveryFound();
    void removeMissingForgetsTheRow();
    void removeDuplicateLoserKeepsTheWinner();
    void removeRefusesFoldersOutsideThePluginsFolder();
    void externalChangesAreFollowed();
    void leftoversAreCleanedAtDiscovery();
    void examplePluginsAreCopied();

private:
    std::unique_ptr<PluginManager> manager();
    QList<QString> entries() const
    {
        return QDir(m_plugins).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plugins;
    QString m_data;
};

void TestPluginLifecycle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_plugins = m_dir->filePath(QStringLiteral("plugins"));
    m_data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_plugins));
}

std::unique_ptr<PluginManager> TestPluginLifecycle::manager()
{
    PluginPaths paths = PluginPaths::resolve(m_data, m_plugins);
    if (!paths.prepare())
        return nullptr;
    return std::make_unique<PluginManager>(paths);
}

void TestPluginLifecycle::backgroundDiscovery()
{
    for (int i = 0; i < 20; ++i)
        fixtures::makePlugin(m_plugins, QStringLiteral("p%1").arg(i), fixtures::manifest("P"));
    auto m = manager();
    QSignalSpy started(m.get(), &PluginManager::discoveryStarted);
    QSignalSpy finished(m.get(), &PluginManager::discoveryFinished);
    QSignalSpy reset(m.get(), &PluginManager::pluginsReset);
    ReloadJob *first = m->reload();
    first->setAutoDelete(false);
    QCOMPARE(started.size(), 1); // under way, off this thread
    QVERIFY(!first->isFinished());
    QCOMPARE(m->plugins().size(), 0); // nothing changes until the result is adopted
    ReloadJob *second = m->reload();  // merged into one more pass
    QVERIFY(second->exec());
    QCOMPARE(finished.size(), 2);
    QCOMPARE(started.size(), 2);
    QVERIFY(first->succeeded());
    QCOMPARE(first->result(), 20);
    QCOMPARE(second->result(), 20);
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(m->plugins().size(), 20);
    QCOMPARE(reset.size(), 2);

    // A folder that cannot be read is an error sentence, not a crash.
    PluginPaths broken = PluginPaths::resolve(m_data, m_dir->filePath("gone"));
    PluginManager other(broken);
    QSignalSpy failed(&other, &PluginManager::discoveryFinished);
    ReloadJob *refused = other.reload();
    QVERIFY(!refused->exec());
    QVERIFY(!refused->error().message.isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), refused->error().message);
}

void TestPluginLifecycle::removeDeletesTheFolderDiscoveryFound()
{
    fixtures::makePlugin(m_plugins, QStringLiteral("My-Plugin v2"), fixtures::manifest("Mine"));
    fixtures::makePlugin(m_plugins, QStringLiteral("keep"), fixtures::manifest("Keep"));
    auto m = manager();
    QVERIFY(m->reload()->exec());
    QVERIFY(m->plugin(QStringLiteral("My-Plugin v2")));
    const QString key = m->plugin(QStringLiteral("My-Plugin v2"))->key();
    QVERIFY(key != QStringLiteral("My-Plugin v2"));
    QVERIFY(m->saveSettings(QStringLiteral("keep"), {}));
    const QString data = m->paths().pluginDataDir(key);
    QVERIFY(fixtures::writeFile(data + "/cache.bin", "x"));

    QSignalSpy removed(m.get(), &PluginManager::pluginRemoved);
    QVERIFY(m->remove(key, false));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toString(), QStringLiteral("My-Plugin v2"));
    QVERIFY(!m->plugin(key));
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(entries(), QStringList{QStringLiteral("keep")});
    QVERIFY(QFileInfo::exists(data + "/cache.bin")); // data kept unless asked
    QVERIFY(m->reload()->exec());
    QVERIFY(!m->plugin(key)); // the row is gone too: nothing "missing" comes back
    QCOMPARE(m->plugins().size(), 1);

    fixtures::makePlugin(m_plugins, QStringLiteral("purged"), fixtures::manifest("Purged"));
    QVERIFY(m->reload()->exec());
    const QString purgedData = m->paths().pluginDataDir(QStringLiteral("purged"));
    QVERIFY(fixtures::writeFile(purgedData + "/x", "x"));
    QVERIFY(m->remove(QStringLiteral("purged"), true));
    FolderRemover::waitForBackgroundWork();
    QVERIFY(!QFileInfo::exists(purgedData));
    QVERIFY(QFileInfo::exists(data + "/cache.bin"));
}

void TestPluginLifecycle::removeMissingForgetsTheRow()
{
    const QString folder = fixtures::makePlugin(m_plugins, QStringLiteral("gone"));
    auto m = manager();
    QVERIFY(m->reload()->exec());
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(m->reload()->exec());
    QVERIFY(m->plugin(QStringLiteral("gone"))->isMissing());
    QVERIFY(m->remove(QStringLiteral("gone"), false));
    QVERIFY(m->reload()->exec());
    QVERIFY(!m->plugin(QStringLiteral("gone")));
}

void TestPluginLifecycle::removeDuplicateLoserKeepsTheWinner()
{
    fixtures::makePlugin(m_plugins, QStringLiteral("dup"), fixtures::manifest("Winner"));
    fixtures::makePlugin(m_plugins, QStringLiteral("Dup"), fixtures::manifest("Loser"));
    auto m = manager();
    QVERIFY(m->reload()->exec());
    const QList<PluginInfo> plugins = m->plugins();
    const auto loser = std::find_if(plugins.cbegin(), plugins.cend(),
                                    [](const PluginInfo &p) { return p.isDuplicate(); });
    QVERIFY(loser != plugins.cend());
    const QString winnerFolder = m->plugin(QStringLiteral("dup"))->folderName();
    QVERIFY(m->saveSettings(QStringLiteral("dup"), {}));
    QVERIFY(m->remove(loser->folderName(), false));
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(entries(), QStringList{winnerFolder});
    QCOMPARE(m->plugin(QStringLiteral("dup"))->folderName(), winnerFolder);
    QVERIFY(m->reload()->exec());
    QCOMPARE(m->plugins().size(), 1);
    QVERIFY(!m->plugins().first().isDuplicate());
}

void TestPluginLifecycle::removeRefusesFoldersOutsideThePluginsFolder()
{
    const QString outside = m_dir->filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    const Result<void> r = FolderRemover::remove(outside, m_plugins);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("not a folder directly inside")));
    QVERIFY(QFileInfo::exists(outside));
    QVERIFY(!FolderRemover::remove(m_plugins + QStringLiteral("/.."), m_plugins));
    QVERIFY(QFileInfo::exists(m_plugins));

    // A symlinked plugin folder is unlinked; its target is left alone.
    QVERIFY(fixtures::writeFile(outside + "/precious.txt", "keep me"));
    QVERIFY(QFile::link(outside, m_plugins + QStringLiteral("/linked")));
    QVERIFY(FolderRemover::remove(m_plugins + QStringLiteral("/linked"), m_plugins));
    FolderRemover::waitForBackgroundWork();
    QVERIFY(entries().isEmpty());
    QVERIFY(QFileInfo::exists(outside + "/precious.txt"));
}

void TestPluginLifecycle::externalChangesAreFollowed()
{
    fixtures::makePlugin(
        m_plugins, QStringLiteral("ext"),
        R"({"name": "Ext", "fields": [{"id": "n", "type": "number", "default": 1}]})");
    auto mine = manager();
    QVERIFY(mine->reload()->exec());
    mine->followExternalChanges(50);
    QSignalSpy changed(mine.get(), &PluginManager::pluginChanged);

    auto theirs = manager(); // another writer on the same database
    QVERIFY(theirs->reload()->exec());
    QVERIFY(theirs->saveSettings(QStringLiteral("ext"), {{"n", 7}}));
    QTRY_COMPARE(mine->plugin(QStringLiteral("ext"))->storedSettings().value("n").toInt(), 7);
    QVERIFY(!changed.isEmpty());

    // A plugin added and recorded elsewhere: the follower rescans in the background.
    fixtures::makePlugin(m_plugins, QStringLiteral("newcomer"), fixtures::manifest("New"));
    QVERIFY(theirs->reload()->exec());
    QTRY_VERIFY(mine->plugin(QStringLiteral("newcomer")).has_value());
    // And removed elsewhere.
    QVERIFY(theirs->remove(QStringLiteral("newcomer"), false));
    FolderRemover::waitForBackgroundWork();
    QTRY_VERIFY(!mine->plugin(QStringLiteral("newcomer")).has_value());
}

void TestPluginLifecycle::leftoversAreCleanedAtDiscovery()
{
    fixtures::makePlugin(m_plugins, QStringLiteral("real"));
    QVERIFY(fixtures::writeFile(m_plugins + "/.plugboard-removed-old-abc/plugin.py", "x"));
    auto m = manager();
    QVERIFY(m->reload()->exec());
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(entries(), QStringList{QStringLiteral("real")});
}

void TestPluginLifecycle::examplePluginsAreCopied()
{
    QVERIFY(!ExamplePlugins::sourceDir().isEmpty());
    fixtures::makePlugin(m_plugins, QStringLiteral("long_task"), fixtures::manifest("Mine"));
    const Result<QStringList> added = ExamplePlugins::copyInto(m_plugins);
    QVERIFY(added);
    QVERIFY(added.value().contains(QStringLiteral("field_showcase")));
    QVERIFY(!added.value().contains(QStringLiteral("long_task"))); // never overwrites
    QVERIFY(QFileInfo::exists(m_plugins + "/field_showcase/plugin.json"));
    QCOMPARE(QFile(m_plugins + "/long_task/plugin.json").size(),
             qint64(fixtures::manifest("Mine").size()));
    for (const QString &name : entries())
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name)); // no staging left
    const Result<QStringList> again = ExamplePlugins::copyInto(m_plugins);
    QVERIFY(again);
    QVERIFY(again.value().isEmpty());
}

QTEST_GUILESS_MAIN(TestPluginLifecycle)
#include "tst_pluginlifecycle.moc"
