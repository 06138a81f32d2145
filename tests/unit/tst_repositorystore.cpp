// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/fixtures.h"
#include "store/database.h"
#include "store/pluginstore.h"
#include "store/repositorystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestRepositoryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migratesFromVersionThreeKeepingEverything();
    void officialRepositoryIsAddedOnce();
    void officialUrlAddedByHandBecomesTheOfficialRow();
    void addGivesIdsAndRefusesADuplicateUrl();
    void updateKeepsIdentityAndBumpsOnlyTheRepositoriesRevision();
    void officialRepositoryCannotBeRemoved();
    void removalLeavesItsPluginsUnmanaged();
    void pluginManifestsAreKeptPerRepositoryAndSlug();
    void managedInstallsAreRecordedAndForgotten();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("plugboard.sqlite")); }
    static StoredRepository official();
    static StoredRepository thirdParty(const QString &url);
    std::unique_ptr<QTemporaryDir> m_dir;
};

StoredRepository TestRepositoryStore::official()
{
    StoredRepository row;
    row.url = QStringLiteral("https://dispatcharr.github.io/Plugins/manifest.json");
    row.name = QStringLiteral("Dispatcharr/Plugins");
    row.fingerprint = QStringLiteral("46A930568E0FB9CA834CD7F87EC03A6B4C2234CE");
    return row;
}

StoredRepository TestRepositoryStore::thirdParty(const QString &url)
{
    StoredRepository row;
    row.url = url;
    return row;
}

void TestRepositoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Database::setBusyTimeout(5000);
}

void TestRepositoryStore::cleanup()
{
    m_dir.reset();
}

void TestRepositoryStore::migratesFromVersionThreeKeepingEverything()
{
    // The schema exactly as the previous release (schema 3) leaves it, with a user's data.
    const QString written = fixtures::writeByHand(
        dbPath(),
        {QStringLiteral(
             "CREATE TABLE plugins (key TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '', "
             "version TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', enabled "
             "INTEGER NOT NULL DEFAULT 0, settings TEXT NOT NULL DEFAULT '{}', ever_enabled "
             "INTEGER NOT NULL DEFAULT 0, trusted INTEGER NOT NULL DEFAULT 0, missing INTEGER NOT "
             "NULL DEFAULT 0, created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL "
             "DEFAULT '')"),
         QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT "
                        "NULL)"),
         QStringLiteral("INSERT INTO meta VALUES ('revision', 41)"),
         QStringLiteral("CREATE TRIGGER plugins_revision_update AFTER UPDATE ON plugins BEGIN "
                        "UPDATE meta SET value = value + 1 WHERE name = 'revision'; END"),
         QStringLiteral("CREATE TABLE run_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id "
                        "INTEGER NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL, started_at "
                        "TEXT NOT NULL, finished_at TEXT NOT NULL, outcome TEXT NOT NULL, message "
                        "TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE TABLE plugin_log (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT "
                        "NOT NULL, at TEXT NOT NULL, level TEXT NOT NULL, text TEXT NOT NULL)"),
         QStringLiteral("INSERT INTO plugins VALUES ('tuned', 'Tuned', '2.1', 'kept', 1, "
                        "'{\"api_key\": \"s3cret\"}', 1, 1, 0, '2026-01-01T00:00:00.000Z', "
                        "'2026-01-02T00:00:00.000Z')"),
         QStringLiteral("INSERT INTO run_journal (job_id, key, action, started_at, finished_at, "
                        "outcome) VALUES (7, 'tuned', 'go', 'a', 'b', 'ok')"),
         QStringLiteral("PRAGMA user_version = 3")});
    QVERIFY2(written.isEmpty(), qPrintable(written));

    Result<QList<StoredPlugin>> plugins = PluginStore(dbPath()).all();
    VERIFY_OK(plugins);
    QCOMPARE(plugins.value().size(), 1);
    const StoredPlugin &tuned = plugins.value().constFirst();
    QVERIFY(tuned.enabled && tuned.trusted && tuned.everEnabled);
    QCOMPARE(tuned.settings.value("api_key").toString(), QStringLiteral("s3cret"));
    QCOMPARE(tuned.createdAt, QStringLiteral("2026-01-01T00:00:00.000Z"));

    QSqlQuery q(Database::connection(dbPath()).value());
    QVERIFY(q.exec("PRAGMA user_version") && q.next());
    QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
    QVERIFY(q.exec("SELECT COUNT(*) FROM run_journal") && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec("SELECT value FROM meta WHERE name = 'revision'") && q.next());
    QCOMPARE(q.value(0).toInt(), 41); // adding columns is not a change of any plugin

    RepositoryStore repos(dbPath());
    Result<QList<StoredRepository>> rows = repos.all();
    VERIFY_OK(rows);
    QVERIFY(rows.value().isEmpty());
    Result<QList<ManagedInstall>> managed = repos.managedInstalls();
    VERIFY_OK(managed);
    QVERIFY(managed.value().isEmpty()); // a plugin from before knows no repository
    VERIFY_OK(repos.revision());
}

void TestRepositoryStore::officialRepositoryIsAddedOnce()
{
    RepositoryStore store(dbPath());
    Result<StoredRepository> first = store.ensureOfficial(official());
    VERIFY_OK(first);
    QVERIFY(first.value().id > 0);
    QVERIFY(first.value().official && first.value().enabled);
    QCOMPARE(first.value().fingerprint, official().fingerprint);

    // Disabled by the user, it stays disabled: ensuring it again changes nothing.
    VERIFY_OK(store.update(first.value().id, [](StoredRepository row) -> Result<StoredRepository> {
        row.enabled = false;
        return row;
    }));
    const qint64 revision = store.revision().value();
    Result<StoredRepository> again = store.ensureOfficial(official());
    VERIFY_OK(again);
    QCOMPARE(again.value().id, first.value().id);
    QVERIFY(!again.value().enabled);
    QCOMPARE(store.revision().value(), revision);
    QCOMPARE(store.all().value().size(), 1);
}

void TestRepositoryStore::officialUrlAddedByHandBecomesTheOfficialRow()
{
    RepositoryStore store(dbPath());
    StoredRepository byHand = thirdParty(official().url);
    byHand.official = true; // add() never makes an official row, whatever it is given
    byHand.manifest = "{\"plugins\": []}";
    Result<StoredRepository> added = store.add(byHand);
    VERIFY_OK(added);
    QVERIFY(!added.value().official);

    Result<StoredRepository> ensured = store.ensureOfficial(official());
    VERIFY_OK(ensured);
    QCOMPARE(ensured.value().id, added.value().id);
    QVERIFY(ensured.value().official);
    QCOMPARE(ensured.value().fingerprint, official().fingerprint);
    // What was accepted without the pin is not kept as if it had been verified.
    QVERIFY(ensured.value().manifest.isEmpty());
    QCOMPARE(store.all().value().size(), 1);
}

void TestRepositoryStore::addGivesIdsAndRefusesADuplicateUrl()
{
    RepositoryStore store(dbPath());
    VERIFY_OK(store.ensureOfficial(official()));
    Result<StoredRepository> a = store.add(thirdParty(QStringLiteral("https://a.example/m.json")));
    Result<StoredRepository> b = store.add(thirdParty(QStringLiteral("https://b.example/m.json")));
    VERIFY_OK(a);
    VERIFY_OK(b);
    QVERIFY(a.value().id != b.value().id);
    QVERIFY(!a.value().createdAt.isEmpty());
    QVERIFY(a.value().manifest.isEmpty() && !a.value().isSigned());

    Result<StoredRepository> duplicate =
        store.add(thirdParty(QStringLiteral("https://a.example/m.json")));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    QVERIFY2(duplicate.error().message.contains(QStringLiteral("already in the list")),
             qPrintable(duplicate.error().message));

    // Official first, then in the order added.
    const QList<StoredRepository> rows = store.all().value();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[0].official);
    QCOMPARE(rows[1].url, QStringLiteral("https://a.example/m.json"));
    QCOMPARE(rows[2].url, QStringLiteral("https://b.example/m.json"));
    QCOMPARE(store.findByUrl(QStringLiteral("https://b.example/m.json")).value()->id, b.value().id);
    QVERIFY(!store.find(9999).value().has_value());
}

void TestRepositoryStore::updateKeepsIdentityAndBumpsOnlyTheRepositoriesRevision()
{
    RepositoryStore store(dbPath());
    PluginStore plugins(dbPath());
    const qint64 id = store.add(thirdParty(QStringLiteral("https://a.example/m.json"))).value().id;
    const qint64 reposBefore = store.revision().value();
    const qint64 pluginsBefore = plugins.revision().value();
    const QByteArray manifest = QByteArray("{\"manifest\": {\"registry_name\": \"\u00c4\"}}") +
                                QByteArray(1, '\0') + "tail";

    Result<StoredRepository> updated =
        store.update(id, [&](StoredRepository row) -> Result<StoredRepository> {
            row.id = 77;            // ignored
            row.official = true;    // ignored
            row.createdAt = "then"; // ignored
            row.name = QStringLiteral("A's plugins");
            row.manifest = manifest;
            row.signedAt = QStringLiteral("2026-06-06T20:09:10Z");
            row.etag = QStringLiteral("\"abc\"");
            row.lastError.clear();
            return row;
        });
    VERIFY_OK(updated);
    const StoredRepository row = store.find(id).value().value();
    QCOMPARE(row.id, id);
    QVERIFY(!row.official);
    QVERIFY(row.createdAt != QStringLiteral("then"));
    QCOMPARE(row.name, QStringLiteral("A's plugins"));
    QCOMPARE(row.manifest, manifest); // bytes as given, NUL included
    QCOMPARE(row.etag, QStringLiteral("\"abc\""));
    QVERIFY(store.revision().value() > reposBefore);
    QCOMPARE(plugins.revision().value(), pluginsBefore);

    // A refusing change writes nothing.
    Result<StoredRepository> refused = store.update(id, [](const StoredRepository &) {
        return Result<StoredRepository>(Error::make(ErrorCode::InvalidInput, "no"));
    });
    QVERIFY(!refused.ok());
    QCOMPARE(store.find(id).value()->name, QStringLiteral("A's plugins"));
    Result<StoredRepository> unknown =
        store.update(4242, [](StoredRepository r) -> Result<StoredRepository> { return r; });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void TestRepositoryStore::officialRepositoryCannotBeRemoved()
{
    RepositoryStore store(dbPath());
    const qint64 id = store.ensureOfficial(official()).value().id;
    Result<void> removed = store.remove(id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    QVERIFY2(removed.error().message.contains(QStringLiteral("disable it instead")),
             qPrintable(removed.error().message));
    QCOMPARE(store.all().value().size(), 1);
    QCOMPARE(store.remove(31337).error().code, ErrorCode::NotFound);
}

void TestRepositoryStore::removalLeavesItsPluginsUnmanaged()
{
    RepositoryStore store(dbPath());
    PluginStore plugins(dbPath());
    VERIFY_OK(plugins.sync({{"from_a", "From A", "1.0", ""}, {"from_b", "From B", "2.0", ""}}));
    StoredRepository a = thirdParty(QStringLiteral("https://a.example/m.json"));
    a.name = QStringLiteral("A's plugins");
    const qint64 aId = store.add(a).value().id;
    const qint64 bId = store.add(thirdParty(QStringLiteral("https://b.example/m.json"))).value().id;
    VERIFY_OK(store.setManaged({"from_a", aId, "from-a", "1.0", "A's plugins"}));
    VERIFY_OK(store.setManaged({"from_b", bId, "from-b", "2.0", "b.example"}));
    VERIFY_OK(store.savePluginManifest({aId, "from-a", "{}", "", "", "", ""}));

    VERIFY_OK(store.remove(aId));
    QVERIFY(!store.find(aId).value().has_value());
    QVERIFY(!store.pluginManifest(aId, "from-a").value().has_value());
    const QList<ManagedInstall> installs = store.managedInstalls().value();
    QCOMPARE(installs.size(), 2);
    QCOMPARE(installs[0].key, QStringLiteral("from_a"));
    QVERIFY(!installs[0].isManaged()); // unmanaged, never "managed by another"
    QCOMPARE(installs[0].repoName, QStringLiteral("A's plugins"));
    QCOMPARE(installs[0].slug, QStringLiteral("from-a"));
    QVERIFY(installs[1].isManaged());
    QCOMPARE(installs[1].repoId, bId);
    // The plugin itself, its switch and settings are untouched.
    QCOMPARE(plugins.all().value().size(), 2);
}

void TestRepositoryStore::pluginManifestsAreKeptPerRepositoryAndSlug()
{
    RepositoryStore store(dbPath());
    const qint64 a = store.add(thirdParty(QStringLiteral("https://a.example/m.json"))).value().id;
    const qint64 b = store.add(thirdParty(QStringLiteral("https://b.example/m.json"))).value().id;
    VERIFY_OK(store.savePluginManifest({a, "x", "a-x-1", "2026-01-01T00:00:00Z", "e1", "", "t1"}));
    VERIFY_OK(store.savePluginManifest({b, "x", "b-x-1", "", "", "", "t1"}));
    VERIFY_OK(store.savePluginManifest({a, "x", "a-x-2", "2026-02-01T00:00:00Z", "e2", "", "t2"}));

    const auto ax = store.pluginManifest(a, "x").value();
    QVERIFY(ax.has_value());
    QCOMPARE(ax->manifest, QByteArray("a-x-2"));
    QCOMPARE(ax->signedAt, QStringLiteral("2026-02-01T00:00:00Z"));
    QCOMPARE(ax->etag, QStringLiteral("e2"));
    QCOMPARE(store.pluginManifest(b, "x").value()->manifest, QByteArray("b-x-1"));
    QVERIFY(!store.pluginManifest(a, "y").value().has_value());
}

void TestRepositoryStore::managedInstallsAreRecordedAndForgotten()
{
    RepositoryStore store(dbPath());
    PluginStore plugins(dbPath());
    VERIFY_OK(plugins.sync({{"p", "P", "1.0", ""}}));
    const qint64 id = store.add(thirdParty(QStringLiteral("https://a.example/m.json"))).value().id;

    Result<void> unknown = store.setManaged({"nope", id, "nope", "1", "A"});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    VERIFY_OK(store.setManaged({"p", id, "p-slug", "1.0", "A"}));
    QList<ManagedInstall> installs = store.managedInstalls().value();
    QCOMPARE(installs.size(), 1);
    QCOMPARE(installs[0].slug, QStringLiteral("p-slug"));
    QCOMPARE(installs[0].version, QStringLiteral("1.0"));
    QVERIFY(installs[0].isManaged());

    // A hand import over it forgets the repository entirely.
    VERIFY_OK(store.clearManaged("p"));
    QVERIFY(store.managedInstalls().value().isEmpty());
    // The row and its user state remain.
    QCOMPARE(plugins.find("p").value()->name, QStringLiteral("P"));
}

QTEST_GUILESS_MAIN(TestRepositoryStore)
#include "tst_repositorystore.moc"
