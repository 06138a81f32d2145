// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What each repository offers against what is installed: every status of REPOSITORIES.md §3,
// orphaned plugins, disabled repositories, search, and the real official manifest.
#include "common/fixtures.h"
#include "repos/availability.h"

#include <QFile>
#include <QTest>

using namespace plugboard;

class TestAvailability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStatus();
    void orphansAreInstalledPluginsNoLongerListed();
    void disabledAndEmptyRepositoriesOfferNothing();
    void searchMatchesEveryWord();
    void signatureBadges();
    void realOfficialManifest();
};

static StoredRepository repository(qint64 id, const QString &name, const QByteArray &plugins,
                                   bool signedRepo = false)
{
    StoredRepository row;
    row.id = id;
    row.name = name;
    row.url = QStringLiteral("https://%1.example/manifest.json").arg(id);
    row.manifest = "{\"registry_name\": \"" + name.toUtf8() +
                   "\", \"root_url\": \"https://example.org\", \"plugins\": [" + plugins + "]}";
    if (signedRepo)
        row.fingerprint = QStringLiteral("46A930568E0FB9CA834CD7F87EC03A6B4C2234CE");
    return row;
}

static QByteArray entry(const QString &slug, const QString &latest, const QString &description = {})
{
    return QStringLiteral(R"({"slug": "%1", "name": "%2 Tool", "latest_version": "%3",
        "author": "someone", "description": "%4"})")
        .arg(slug, slug.toUpper(), latest, description)
        .toUtf8();
}

static InstalledPlugin installed(const QString &key, const QString &version, qint64 repoId = 0,
                                 const QString &repoVersion = {})
{
    InstalledPlugin plugin{key, version, {}};
    if (repoId) {
        plugin.managed = {key, repoId, key, repoVersion.isEmpty() ? version : repoVersion,
                          QStringLiteral("repo")};
    }
    return plugin;
}

static const AvailablePlugin *find(const Availability &view, const QString &slug, qint64 repo)
{
    for (const AvailablePlugin &plugin : view.plugins) {
        if (plugin.entry.slug == slug && plugin.repoId == repo)
            return &plugin;
    }
    return nullptr;
}

void TestAvailability::everyStatus()
{
    const QList<StoredRepository> repos = {
        repository(1, "One",
                   entry("fresh", "1.0") + "," + entry("same", "v2.0.0") + "," +
                       entry("behind", "0.5.08") + "," + entry("yanked", "1.26.2481147") + "," +
                       entry("hand", "3.0") + "," + entry("elsewhere", "1.0")),
        repository(2, "Two", entry("elsewhere", "9.0"))};
    const QList<InstalledPlugin> here = {
        installed("same", "2.0", 1),            // v2.0.0 == 2.0
        installed("behind", "0.5.7", 1),        // 0.5.08 > 0.5.7
        installed("yanked", "1.26.2481148", 1), // the repository went back a version
        installed("hand", "3.0"),               // imported by hand
        installed("elsewhere", "1.0", 1),       // from repository 1
    };
    const Availability view = availabilityOf(repos, here);
    QCOMPARE(view.plugins.size(), 7);
    QVERIFY(view.problems.isEmpty());
    QCOMPARE(find(view, "fresh", 1)->status, AvailabilityStatus::NotInstalled);
    QVERIFY(find(view, "fresh", 1)->installedVersion.isEmpty());
    QCOMPARE(find(view, "same", 1)->status, AvailabilityStatus::UpToDate);
    QCOMPARE(find(view, "behind", 1)->status, AvailabilityStatus::UpdateAvailable);
    QCOMPARE(find(view, "behind", 1)->installedVersion, QStringLiteral("0.5.7"));
    QCOMPARE(find(view, "yanked", 1)->status, AvailabilityStatus::NewerInstalled);
    QCOMPARE(find(view, "hand", 1)->status, AvailabilityStatus::Unmanaged);
    QCOMPARE(find(view, "elsewhere", 1)->status, AvailabilityStatus::UpToDate);
    QCOMPARE(find(view, "elsewhere", 2)->status, AvailabilityStatus::OtherRepository);
    QCOMPARE(availabilityStatusName(find(view, "elsewhere", 2)->status),
             QStringLiteral("other_repo"));
    QCOMPARE(availabilityStatusName(AvailabilityStatus::UpdateAvailable),
             QStringLiteral("update_available"));

    // The version installed from the repository is what counts, not a hand-edited plugin.json.
    const Availability edited =
        availabilityOf(repos, {installed("behind", "9.9", 1, QStringLiteral("0.5.7"))});
    QCOMPARE(find(edited, "behind", 1)->status, AvailabilityStatus::UpdateAvailable);
}

void TestAvailability::orphansAreInstalledPluginsNoLongerListed()
{
    const QList<StoredRepository> repos = {repository(1, "One", entry("kept", "1.0"))};
    const Availability view = availabilityOf(
        repos, {installed("kept", "1.0", 1), installed("gone", "2.0", 1), installed("mine", "1")});
    QCOMPARE(view.orphans.size(), 1);
    QCOMPARE(view.orphans[0].key, QStringLiteral("gone"));
    QCOMPARE(view.orphans[0].repoId, 1);
    QCOMPARE(view.orphans[0].version, QStringLiteral("2.0"));
}

void TestAvailability::disabledAndEmptyRepositoriesOfferNothing()
{
    StoredRepository off = repository(1, "Off", entry("a", "1.0"));
    off.enabled = false;
    StoredRepository never = repository(2, "Never", {});
    never.manifest.clear();
    StoredRepository broken = repository(3, "Broken", {});
    broken.manifest = "not json";
    const Availability view = availabilityOf({off, never, broken}, {installed("a", "1.0", 1)});
    QVERIFY(view.plugins.isEmpty());
    QVERIFY(view.orphans.isEmpty()); // a disabled repository does not make its plugins orphans
    QCOMPARE(view.problems.size(), 1);
    QVERIFY2(view.problems[0].contains(QStringLiteral("Broken")), qPrintable(view.problems[0]));
}

void TestAvailability::searchMatchesEveryWord()
{
    const Availability view = availabilityOf(
        {repository(1, "One", entry("epg-janitor", "1.0", "Cleans up EPG data"))}, {});
    const AvailablePlugin &plugin = view.plugins.constFirst();
    QVERIFY(matchesQuery(plugin, ""));
    QVERIFY(matchesQuery(plugin, "janitor"));
    QVERIFY(matchesQuery(plugin, "epg CLEANS"));
    QVERIFY(matchesQuery(plugin, "someone"));
    QVERIFY(!matchesQuery(plugin, "epg stream"));
}

void TestAvailability::signatureBadges()
{
    StoredRepository plain = repository(1, "Plain", {});
    QCOMPARE(signatureOf(plain), RepositorySignature::Unsigned);
    StoredRepository pinned = repository(2, "Pinned", {}, true);
    QCOMPARE(signatureOf(pinned), RepositorySignature::Verified);
    pinned.manifest.clear();
    pinned.lastError = QStringLiteral("bad signature");
    QCOMPARE(signatureOf(pinned), RepositorySignature::Invalid);
    QCOMPARE(repositorySignatureName(RepositorySignature::Invalid), QStringLiteral("invalid"));
}

void TestAvailability::realOfficialManifest()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    QFile file(dir + "/releases-663a151/manifest.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    StoredRepository official;
    official.id = 1;
    official.name = QStringLiteral("Dispatcharr/Plugins");
    official.official = true;
    official.fingerprint = QStringLiteral("46A930568E0FB9CA834CD7F87EC03A6B4C2234CE");
    official.manifest = file.readAll();
    const Availability view = availabilityOf({official}, {installed("epg-janitor", "0.0.1", 1)});
    QCOMPARE(view.plugins.size(), 18);
    const AvailablePlugin *janitor = find(view, "epg-janitor", 1);
    QVERIFY(janitor);
    QCOMPARE(janitor->key, QStringLiteral("epg-janitor")); // the slug names the folder
    QCOMPARE(janitor->status, AvailabilityStatus::UpdateAvailable);
    QCOMPARE(janitor->signature, RepositorySignature::Verified);
    QVERIFY(janitor->official);
    QVERIFY(janitor->entry.latestUrl.toString().startsWith(
        "https://raw.githubusercontent.com/Dispatcharr/Plugins/releases/"));
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
