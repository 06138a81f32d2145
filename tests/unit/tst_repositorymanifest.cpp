// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading repository manifests (core/repos/repositorymanifestreader.h): the real signed files
// of Dispatcharr's official repository, compared key by key with Qt's own JSON reading, and
// synthetic manifests for every layout, quirk and flaw of REPOSITORIES.md §1.

#include "common/fixtures.h"
#include "repos/canonicaljson.h"
#include "repos/repositorymanifestreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace plugboard;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString sources(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.source + QStringLiteral(": ") + d.message);
    return out.join(QLatin1Char('\n'));
}

bool mentions(const Diagnostics &diagnostics, const QString &source)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.source == source && !d.message.isEmpty())
            return true;
    }
    return false;
}

// A sentence: starts with a capital, ends with a full stop, says something.
bool isSentence(const QString &text)
{
    return text.size() > 20 && text.front().isUpper() && text.endsWith(QLatin1Char('.'));
}

QByteArray wrap(const QByteArray &manifest)
{
    return R"({"generated_at": "2026-01-01T00:00:00Z", "manifest": )" + manifest +
           R"(, "signature": "-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----"})";
}

QByteArray root(const QByteArray &head, const QByteArray &plugins)
{
    return wrap("{\"registry_name\": \"Test Repo\", " + head + "\"plugins\": [" + plugins + "]}");
}

RepositoryManifestRead readRootOk(const QByteArray &bytes)
{
    const Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(bytes);
    if (!read) {
        qWarning("%s", qPrintable(read.error().message));
        return {};
    }
    return read.value();
}

QString url(const QJsonObject &object, const QString &base, const QString &key)
{
    const QString value = object.value(key).toString();
    if (value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://")))
        return value;
    QString prefix = base;
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix + QLatin1Char('/') + value;
}

} // namespace

class TestRepositoryManifest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheRealRootManifest();
    void readsTheRealPerPluginManifests();
    void perPluginSlugMismatchIsReported();
    void urlLayoutRootUrl();
    void urlLayoutSeparateBases();
    void urlLayoutAbsolute();
    void relativeUrlWithoutBase();
    void perPluginUrlsUseItsOwnBasesFirst();
    void quirkyVersionsAreKeptAsWritten();
    void yankedLatestIsReportedAsIs();
    void unknownKeysAreKept();
    void deprecated();
    void sizesInKilobytes();
    void hostileSlugsAreRefusedPerEntry_data();
    void hostileSlugsAreRefusedPerEntry();
    void longestSlugIsAccepted();
    void repeatedSlugKeepsTheFirst();
    void repeatedKeyCountsWithItsLastValue();
    void wrongTypesBecomeDiagnostics();
    void rootWithoutWhatMakesItAManifest_data();
    void rootWithoutWhatMakesItAManifest();
    void perPluginWithoutSlugOrName();
    void flatFormIsUnsigned();
    void wrapperWithoutSignatureIsUnsigned();
    void refusesGarbage_data();
    void refusesGarbage();
    void oversizeFileIsRefused();
    void entriesBeyondTheCapAreLeftOut();
    void aThousandEntriesReadQuickly();
};

void TestRepositoryManifest::readsTheRealRootManifest()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    const QByteArray bytes = readAll(dir + QStringLiteral("/releases-663a151/manifest.json"));
    const QJsonObject file = QJsonDocument::fromJson(bytes).object();
    const QJsonObject expected = file.value(QStringLiteral("manifest")).toObject();
    QVERIFY(!expected.isEmpty());
    const Result<RepositoryManifestRead> result = RepositoryManifestReader::readRoot(bytes);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const RepositoryManifestRead &read = result.value();
    QVERIFY2(read.diagnostics.isEmpty(), qPrintable(sources(read.diagnostics)));

    QVERIFY(read.signedPart.isSigned);
    QCOMPARE(read.signedPart.generatedAt, file.value(QStringLiteral("generated_at")).toString());
    QCOMPARE(read.signedPart.signature, file.value(QStringLiteral("signature")).toString());
    QCOMPARE(read.signedPart.forms.size(), 4);
    QCOMPARE(read.signedPart.forms[0].bytes, canonicaljson::signedBytes(bytes).value());

    const RepositoryManifest &manifest = read.manifest;
    QCOMPARE(manifest.registryName, expected.value(QStringLiteral("registry_name")).toString());
    QCOMPARE(manifest.registryUrl, expected.value(QStringLiteral("registry_url")).toString());
    const QString rootUrl = expected.value(QStringLiteral("root_url")).toString();
    QCOMPARE(manifest.bases.rootUrl, QUrl(rootUrl));
    QVERIFY(manifest.bases.downloadBaseUrl.isEmpty());
    QVERIFY(manifest.extras.isEmpty());

    const QJsonArray plugins = expected.value(QStringLiteral("plugins")).toArray();
    QCOMPARE(plugins.size(), 18);
    QCOMPARE(manifest.plugins.size(), 18);
    bool sawEmDash = false;
    for (qsizetype i = 0; i < plugins.size(); ++i) {
        const QJsonObject json = plugins[i].toObject();
        const RepositoryPluginEntry &entry = manifest.plugins[i];
        QCOMPARE(entry.slug, json.value(QStringLiteral("slug")).toString());
        QCOMPARE(entry.name, json.value(QStringLiteral("name")).toString());
        QCOMPARE(entry.description, json.value(QStringLiteral("description")).toString());
        QCOMPARE(entry.author, json.value(QStringLiteral("author")).toString());
        QCOMPARE(entry.license, json.value(QStringLiteral("license")).toString());
        QCOMPARE(entry.lastUpdated, json.value(QStringLiteral("last_updated")).toString());
        QCOMPARE(entry.latestVersion, json.value(QStringLiteral("latest_version")).toString());
        QCOMPARE(entry.latestSha256, json.value(QStringLiteral("latest_sha256")).toString());
        QCOMPARE(entry.latestMd5, json.value(QStringLiteral("latest_md5")).toString());
        QCOMPARE(entry.minDispatcharrVersion,
                 json.value(QStringLiteral("min_dispatcharr_version")).toString());
        QCOMPARE(entry.maxDispatcharrVersion,
                 json.value(QStringLiteral("max_dispatcharr_version")).toString());
        QCOMPARE(entry.latestUrl.toString(), url(json, rootUrl, QStringLiteral("latest_url")));
        QCOMPARE(entry.manifestUrl.toString(), url(json, rootUrl, QStringLiteral("manifest_url")));
        QVERIFY(entry.manifestUrl.toString().startsWith(rootUrl + QStringLiteral("/zips/")));
        QVERIFY(entry.latestSize.has_value());
        QCOMPARE(entry.latestSize->kilobytes, json.value(QStringLiteral("latest_size")).toDouble());
        QCOMPARE(entry.latestSize->bytes,
                 qint64(json.value(QStringLiteral("latest_size")).toInteger()) * 1024);
        QCOMPARE(entry.deprecated, json.value(QStringLiteral("deprecated")).toBool());
        QVERIFY(entry.extras.isEmpty());
        sawEmDash = sawEmDash || entry.description.contains(QChar(0x2014));
    }
    QVERIFY(sawEmDash);
}

void TestRepositoryManifest::readsTheRealPerPluginManifests()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    const QByteArray rootBytes = readAll(dir + QStringLiteral("/releases-663a151/manifest.json"));
    const Result<RepositoryManifestRead> rootRead = RepositoryManifestReader::readRoot(rootBytes);
    QVERIFY(rootRead);
    const RepositoryBases bases = rootRead.value().manifest.bases;
    const QString rootUrl = bases.rootUrl.toString();
    int read = 0;
    int withMaintainers = 0;
    for (const RepositoryPluginEntry &rootEntry : rootRead.value().manifest.plugins) {
        const QByteArray bytes = readAll(dir + QStringLiteral("/releases-663a151/zips/") +
                                         rootEntry.slug + QStringLiteral("/manifest.json"));
        QVERIFY2(!bytes.isEmpty(), qPrintable(rootEntry.slug));
        const QJsonObject expected =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("manifest")).toObject();
        const Result<RepositoryPluginManifestRead> result =
            RepositoryManifestReader::readPlugin(bytes, bases, rootEntry.slug);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        const RepositoryPluginManifestRead &plugin = result.value();
        QVERIFY2(plugin.diagnostics.isEmpty(), qPrintable(sources(plugin.diagnostics)));
        QVERIFY(!plugin.slugMismatch);
        QVERIFY(plugin.signedPart.isSigned);
        QCOMPARE(plugin.signedPart.forms[0].bytes, canonicaljson::signedBytes(bytes).value());
        const RepositoryPluginManifest &m = plugin.manifest;
        QCOMPARE(m.entry.slug, rootEntry.slug);
        QCOMPARE(m.entry.name, expected.value(QStringLiteral("name")).toString());
        QCOMPARE(m.entry.description, expected.value(QStringLiteral("description")).toString());
        QCOMPARE(m.entry.repoUrl, expected.value(QStringLiteral("repo_url")).toString());
        QCOMPARE(m.entry.discordThread,
                 expected.value(QStringLiteral("discord_thread")).toString());
        QCOMPARE(m.registryName, expected.value(QStringLiteral("registry_name")).toString());
        QCOMPARE(m.sourceType, expected.value(QStringLiteral("source_type")).toString());
        QCOMPARE(m.sourceUrl, expected.value(QStringLiteral("source_url")).toString());
        QStringList maintainers;
        for (const QJsonValue &v : expected.value(QStringLiteral("maintainers")).toArray())
            maintainers.append(v.toString());
        QCOMPARE(m.maintainers, maintainers);
        withMaintainers += maintainers.isEmpty() ? 0 : 1;

        const QJsonObject latest = expected.value(QStringLiteral("latest")).toObject();
        QVERIFY(m.latest.has_value());
        QCOMPARE(m.latest->version, latest.value(QStringLiteral("version")).toString());
        QCOMPARE(m.latest->url.toString(), url(latest, rootUrl, QStringLiteral("url")));
        QCOMPARE(m.latest->latestUrl.toString(),
                 url(latest, rootUrl, QStringLiteral("latest_url")));
        QCOMPARE(m.latest->checksumSha256,
                 latest.value(QStringLiteral("checksum_sha256")).toString());
        // commit_sha_short and last_updated are not version keys of §1: kept as extras.
        QCOMPARE(m.latest->extras.value(QStringLiteral("commit_sha_short")),
                 latest.value(QStringLiteral("commit_sha_short")));

        const QJsonArray versions = expected.value(QStringLiteral("versions")).toArray();
        QVERIFY(!versions.isEmpty());
        QCOMPARE(m.versions.size(), versions.size());
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const QJsonObject v = versions[i].toObject();
            QCOMPARE(m.versions[i].version, v.value(QStringLiteral("version")).toString());
            QCOMPARE(m.versions[i].url.toString(), url(v, rootUrl, QStringLiteral("url")));
            QCOMPARE(m.versions[i].checksumSha256,
                     v.value(QStringLiteral("checksum_sha256")).toString());
            QCOMPARE(m.versions[i].checksumMd5, v.value(QStringLiteral("checksum_md5")).toString());
            QCOMPARE(m.versions[i].commitSha, v.value(QStringLiteral("commit_sha")).toString());
            QCOMPARE(m.versions[i].buildTimestamp,
                     v.value(QStringLiteral("build_timestamp")).toString());
            QVERIFY(m.versions[i].size.has_value());
            QCOMPARE(m.versions[i].size->bytes,
                     qint64(v.value(QStringLiteral("size")).toInteger()) * 1024);
        }
        ++read;
    }
    QCOMPARE(read, 18);
    QVERIFY(withMaintainers > 0);
}

void TestRepositoryManifest::perPluginSlugMismatchIsReported()
{
    const QByteArray bytes = wrap(R"({"slug": "alpha", "name": "Alpha", "versions": []})");
    const Result<RepositoryPluginManifestRead> same =
        RepositoryManifestReader::readPlugin(bytes, {}, u"alpha");
    QVERIFY(same);
    QVERIFY(!same.value().slugMismatch);
    QVERIFY(same.value().diagnostics.isEmpty());
    const Result<RepositoryPluginManifestRead> other =
        RepositoryManifestReader::readPlugin(bytes, {}, u"beta");
    QVERIFY(other);
    QVERIFY(other.value().slugMismatch);
    QVERIFY(mentions(other.value().diagnostics, QStringLiteral("slug")));
    // No expectation, no check.
    const Result<RepositoryPluginManifestRead> unchecked =
        RepositoryManifestReader::readPlugin(bytes, {});
    QVERIFY(unchecked);
    QVERIFY(!unchecked.value().slugMismatch);
}

void TestRepositoryManifest::urlLayoutRootUrl()
{
    const RepositoryManifestRead read =
        readRootOk(root(R"("root_url": "https://example.org/repo/", )",
                        R"({"slug": "a", "name": "A", "manifest_url": "zips/a/manifest.json",
                 "icon_url": "zips/a/icon.png", "latest_url": "zips/a/a-1.0.zip"})"));
    QCOMPARE(read.manifest.plugins.size(), 1);
    const RepositoryPluginEntry &a = read.manifest.plugins[0];
    QCOMPARE(a.manifestUrl, QUrl("https://example.org/repo/zips/a/manifest.json"));
    QCOMPARE(a.iconUrl, QUrl("https://example.org/repo/zips/a/icon.png"));
    QCOMPARE(a.latestUrl, QUrl("https://example.org/repo/zips/a/a-1.0.zip"));
    QVERIFY(read.diagnostics.isEmpty());
}

void TestRepositoryManifest::urlLayoutSeparateBases()
{
    const RepositoryManifestRead read =
        readRootOk(root(R"("download_base_url": "https://github.com/o/r/releases/download",
                           "metadata_base_url": "https://raw.githubusercontent.com/o/r/main//", )",
                        R"({"slug": "a", "name": "A", "manifest_url": "a/manifest.json",
                           "icon_url": "a/logo.png", "latest_url": "a-1.0/a.zip"})"));
    QCOMPARE(read.manifest.plugins.size(), 1);
    const RepositoryPluginEntry &a = read.manifest.plugins[0];
    QCOMPARE(a.manifestUrl, QUrl("https://raw.githubusercontent.com/o/r/main/a/manifest.json"));
    QCOMPARE(a.iconUrl, QUrl("https://raw.githubusercontent.com/o/r/main/a/logo.png"));
    QCOMPARE(a.latestUrl, QUrl("https://github.com/o/r/releases/download/a-1.0/a.zip"));

    // With a root_url as well, each kind still prefers its own base; one base alone falls
    // back to root_url for the other kind.
    const RepositoryManifestRead mixed = readRootOk(
        root(R"("root_url": "https://root.example", "metadata_base_url": "https://meta.example", )",
             R"({"slug": "a", "name": "A", "manifest_url": "m.json", "latest_url": "a.zip"})"));
    QCOMPARE(mixed.manifest.plugins.size(), 1);
    QCOMPARE(mixed.manifest.plugins[0].manifestUrl, QUrl("https://meta.example/m.json"));
    QCOMPARE(mixed.manifest.plugins[0].latestUrl, QUrl("https://root.example/a.zip"));
}

void TestRepositoryManifest::urlLayoutAbsolute()
{
    const RepositoryManifestRead read =
        readRootOk(root(R"("root_url": "https://example.org/repo", )",
                        R"({"slug": "a", "name": "A",
                 "manifest_url": "https://cdn.example/a/manifest.json",
                 "latest_url": "http://mirror.example/a.zip"})"));
    QCOMPARE(read.manifest.plugins.size(), 1);
    const RepositoryPluginEntry &a = read.manifest.plugins[0];
    QCOMPARE(a.manifestUrl, QUrl("https://cdn.example/a/manifest.json"));
    QCOMPARE(a.latestUrl, QUrl("http://mirror.example/a.zip"));
    QCOMPARE(RepositoryManifestReader::resolveUrl(QStringLiteral("https://x.example/y"), {}),
             QUrl("https://x.example/y"));
}

void TestRepositoryManifest::relativeUrlWithoutBase()
{
    const RepositoryManifestRead read = readRootOk(
        root({}, R"({"slug": "a", "name": "A", "manifest_url": "zips/a/manifest.json"})"));
    QCOMPARE(read.manifest.plugins.size(), 1);
    QVERIFY(read.manifest.plugins[0].manifestUrl.isEmpty());
    QVERIFY(mentions(read.diagnostics, QStringLiteral("plugins[0].manifest_url")));

    // A base that is not an address is diagnosed and not used.
    const RepositoryManifestRead bad = readRootOk(root(
        R"("root_url": "not a url", )", R"({"slug": "a", "name": "A", "latest_url": "a.zip"})"));
    QVERIFY(mentions(bad.diagnostics, QStringLiteral("root_url")));
    QCOMPARE(bad.manifest.plugins.size(), 1);
    QVERIFY(bad.manifest.plugins[0].latestUrl.isEmpty());
}

void TestRepositoryManifest::perPluginUrlsUseItsOwnBasesFirst()
{
    RepositoryBases rootBases;
    rootBases.rootUrl = QUrl("https://root.example/r");
    const QByteArray plain = wrap(R"({"slug": "a", "name": "A",
        "latest": {"version": "1.0", "url": "zips/a/a-1.0.zip", "latest_url": "zips/a/latest.zip"},
        "versions": [{"version": "1.0", "url": "zips/a/a-1.0.zip"}]})");
    const Result<RepositoryPluginManifestRead> read =
        RepositoryManifestReader::readPlugin(plain, rootBases, u"a");
    QVERIFY(read);
    QVERIFY(read.value().manifest.latest.has_value());
    QCOMPARE(read.value().manifest.versions.size(), 1);
    QCOMPARE(read.value().manifest.latest->url, QUrl("https://root.example/r/zips/a/a-1.0.zip"));
    QCOMPARE(read.value().manifest.latest->latestUrl,
             QUrl("https://root.example/r/zips/a/latest.zip"));
    QCOMPARE(read.value().manifest.versions[0].url,
             QUrl("https://root.example/r/zips/a/a-1.0.zip"));

    const QByteArray own = wrap(R"({"slug": "a", "name": "A",
        "download_base_url": "https://dl.example",
        "versions": [{"version": "1.0", "url": "a-1.0.zip"}]})");
    const Result<RepositoryPluginManifestRead> ownRead =
        RepositoryManifestReader::readPlugin(own, rootBases, u"a");
    QVERIFY(ownRead);
    QCOMPARE(ownRead.value().manifest.versions.size(), 1);
    QCOMPARE(ownRead.value().manifest.versions[0].url, QUrl("https://dl.example/a-1.0.zip"));
}

void TestRepositoryManifest::quirkyVersionsAreKeptAsWritten()
{
    const RepositoryManifestRead read =
        readRootOk(root({}, R"({"slug": "a", "name": "A", "latest_version": "0.5.08"},
               {"slug": "b", "name": "B", "latest_version": "1.26.2481147"},
               {"slug": "c", "name": "C", "latest_version": "v0.20.0",
                "min_dispatcharr_version": "v0.20.0"},
               {"slug": "d", "name": "D", "latest_version": "1.0.0-beta"})"));
    QCOMPARE(read.manifest.plugins.size(), 4);
    QCOMPARE(read.manifest.plugins[0].latestVersion, QStringLiteral("0.5.08"));
    QCOMPARE(read.manifest.plugins[1].latestVersion, QStringLiteral("1.26.2481147"));
    QCOMPARE(read.manifest.plugins[2].latestVersion, QStringLiteral("v0.20.0"));
    QCOMPARE(read.manifest.plugins[2].minDispatcharrVersion, QStringLiteral("v0.20.0"));
    QCOMPARE(read.manifest.plugins[3].latestVersion, QStringLiteral("1.0.0-beta"));
    QVERIFY(read.diagnostics.isEmpty());
}

void TestRepositoryManifest::yankedLatestIsReportedAsIs()
{
    // 1.3.0 was yanked: latest went down to 1.2.0, and an older listing still names 1.3.0.
    const QByteArray bytes = wrap(R"({"slug": "a", "name": "A", "latest_version": "1.2.0",
        "latest": {"version": "1.2.0", "url": "https://x.example/a-1.2.0.zip"},
        "versions": [{"version": "1.2.0", "url": "https://x.example/a-1.2.0.zip"},
                     {"version": "1.3.0", "url": "https://x.example/a-1.3.0.zip",
                      "prerelease": true},
                     {"version": "1.1.0"}]})");
    const Result<RepositoryPluginManifestRead> read =
        RepositoryManifestReader::readPlugin(bytes, {}, u"a");
    QVERIFY(read);
    const RepositoryPluginManifest &m = read.value().manifest;
    QCOMPARE(m.entry.latestVersion, QStringLiteral("1.2.0"));
    QVERIFY(m.latest.has_value());
    QCOMPARE(m.latest->version, QStringLiteral("1.2.0"));
    QCOMPARE(m.versions.size(), 3);
    QCOMPARE(m.versions[1].version, QStringLiteral("1.3.0"));
    QVERIFY(m.versions[1].prerelease);
    QVERIFY(!m.versions[0].prerelease);
    QVERIFY(m.versions[2].url.isEmpty());
    QVERIFY2(read.value().diagnostics.isEmpty(), qPrintable(sources(read.value().diagnostics)));
}

void TestRepositoryManifest::unknownKeysAreKept()
{
    const RepositoryManifestRead read =
        readRootOk(root(R"("x_mirror": {"region": "eu", "weights": [1, 2.5]}, )",
                        R"({"slug": "a", "name": "A", "x_rating": 4, "x_tags": ["tv", "epg"],
                 "x_note": null})"));
    QCOMPARE(read.manifest.plugins.size(), 1);
    QCOMPARE(read.manifest.extras.value(QStringLiteral("x_mirror")).toObject(),
             QJsonObject({{"region", "eu"}, {"weights", QJsonArray{1, 2.5}}}));
    const QJsonObject extras = read.manifest.plugins[0].extras;
    QCOMPARE(extras.size(), 3);
    QCOMPARE(extras.value(QStringLiteral("x_rating")), QJsonValue(4));
    QCOMPARE(extras.value(QStringLiteral("x_tags")), QJsonValue(QJsonArray{"tv", "epg"}));
    QVERIFY(extras.contains(QStringLiteral("x_note")));
    QVERIFY(extras.value(QStringLiteral("x_note")).isNull());

    const Result<RepositoryPluginManifestRead> plugin =
        RepositoryManifestReader::readPlugin(wrap(R"({"slug": "a", "name": "A", "x_top": "t",
                 "versions": [{"version": "1", "x_arch": "any"}]})"),
                                             {}, u"a");
    QVERIFY(plugin);
    QCOMPARE(plugin.value().manifest.versions.size(), 1);
    QCOMPARE(plugin.value().manifest.entry.extras.value(QStringLiteral("x_top")), QJsonValue("t"));
    QCOMPARE(plugin.value().manifest.versions[0].extras.value(QStringLiteral("x_arch")),
             QJsonValue("any"));
}

void TestRepositoryManifest::deprecated()
{
    const RepositoryManifestRead read =
        readRootOk(root({}, R"({"slug": "a", "name": "A", "deprecated": true},
                    {"slug": "b", "name": "B"},
                    {"slug": "c", "name": "C", "deprecated": false},
                    {"slug": "d", "name": "D", "deprecated": "yes"})"));
    QCOMPARE(read.manifest.plugins.size(), 4);
    QVERIFY(read.manifest.plugins[0].deprecated);
    QVERIFY(!read.manifest.plugins[1].deprecated);
    QVERIFY(!read.manifest.plugins[2].deprecated);
    QVERIFY(!read.manifest.plugins[3].deprecated);
    QCOMPARE(read.diagnostics.size(), 1);
    QVERIFY(mentions(read.diagnostics, QStringLiteral("plugins[3].deprecated")));
}

void TestRepositoryManifest::sizesInKilobytes()
{
    const RepositoryManifestRead read =
        readRootOk(root({}, R"({"slug": "a", "name": "A", "latest_size": 528},
                    {"slug": "b", "name": "B", "latest_size": 1.5},
                    {"slug": "c", "name": "C", "latest_size": -1},
                    {"slug": "d", "name": "D", "latest_size": "528"},
                    {"slug": "e", "name": "E", "latest_size": 0})"));
    const QList<RepositoryPluginEntry> &p = read.manifest.plugins;
    QCOMPARE(p.size(), 5);
    QCOMPARE(p[0].latestSize->kilobytes, 528.0);
    QCOMPARE(p[0].latestSize->bytes, qint64(528 * 1024));
    QCOMPARE(p[1].latestSize->bytes, qint64(1536));
    QVERIFY(!p[2].latestSize.has_value());
    QVERIFY(!p[3].latestSize.has_value());
    QCOMPARE(p[4].latestSize->bytes, qint64(0));
    QVERIFY(mentions(read.diagnostics, QStringLiteral("plugins[2].latest_size")));
    QVERIFY(mentions(read.diagnostics, QStringLiteral("plugins[3].latest_size")));
    QCOMPARE(read.diagnostics.size(), 2);
}

void TestRepositoryManifest::hostileSlugsAreRefusedPerEntry_data()
{
    QTest::addColumn<QByteArray>("slugJson");
    QTest::newRow("parent") << QByteArray(R"("../evil")");
    QTest::newRow("dotdot inside") << QByteArray(R"("a..b")");
    QTest::newRow("dot") << QByteArray(R"(".")");
    QTest::newRow("slash") << QByteArray(R"("a/b")");
    QTest::newRow("absolute") << QByteArray(R"("/etc")");
    QTest::newRow("backslash") << QByteArray(R"("a\\b")");
    QTest::newRow("empty") << QByteArray(R"("")");
    QTest::newRow("blank") << QByteArray(R"("   ")");
    QTest::newRow("padded") << QByteArray(R"(" a ")");
    QTest::newRow("control") << QByteArray(R"("a\u0001b")");
    QTest::newRow("newline") << QByteArray(R"("a\nb")");
    QTest::newRow("nul") << QByteArray(R"("a\u0000b")");
    QTest::newRow("bidi override") << QByteArray(R"("abc\u202e")");
    QTest::newRow("too long") << "\"" +
                                     QByteArray(RepositoryManifestReader::MaxSlugLength + 1, 'a') +
                                     "\"";
    QTest::newRow("number") << QByteArray("7");
    QTest::newRow("missing") << QByteArray();
}

void TestRepositoryManifest::hostileSlugsAreRefusedPerEntry()
{
    QFETCH(QByteArray, slugJson);
    const QByteArray hostile = slugJson.isNull()
                                   ? QByteArray(R"({"name": "Evil"})")
                                   : R"({"slug": )" + slugJson + R"(, "name": "Evil"})";
    const RepositoryManifestRead read =
        readRootOk(root({}, R"({"slug": "good-one", "name": "Good"}, )" + hostile +
                                R"(, {"slug": "good-two", "name": "Two"})"));
    QCOMPARE(read.manifest.plugins.size(), 2);
    QCOMPARE(read.manifest.plugins[0].slug, QStringLiteral("good-one"));
    QCOMPARE(read.manifest.plugins[1].slug, QStringLiteral("good-two"));
    QVERIFY2(mentions(read.diagnostics, QStringLiteral("plugins[1]")),
             qPrintable(sources(read.diagnostics)));
    for (const Diagnostic &d : read.diagnostics) {
        if (d.source == QStringLiteral("plugins[1]")) {
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
            QVERIFY(isSentence(d.message));
        }
    }
    // The same slug in a per-plugin manifest makes it unusable.
    const Result<RepositoryPluginManifestRead> plugin =
        RepositoryManifestReader::readPlugin(wrap(hostile), {});
    QVERIFY(!plugin);
    QVERIFY(isSentence(plugin.error().message));
}

void TestRepositoryManifest::longestSlugIsAccepted()
{
    const QString slug(RepositoryManifestReader::MaxSlugLength, QLatin1Char('a'));
    QVERIFY(RepositoryManifestReader::slugProblem(slug).isEmpty());
    QVERIFY(!RepositoryManifestReader::slugProblem(slug + QLatin1Char('a')).isEmpty());
    QVERIFY(RepositoryManifestReader::slugProblem(u"channel-mapparr").isEmpty());
    QVERIFY(RepositoryManifestReader::slugProblem(u"Ünïcode.plugin_2").isEmpty());
}

void TestRepositoryManifest::repeatedSlugKeepsTheFirst()
{
    const RepositoryManifestRead read =
        readRootOk(root({}, R"({"slug": "a", "name": "First"}, {"slug": "b", "name": "B"},
                               {"slug": "a", "name": "Second"})"));
    QCOMPARE(read.manifest.plugins.size(), 2);
    QCOMPARE(read.manifest.plugins[0].name, QStringLiteral("First"));
    QCOMPARE(read.manifest.plugins[1].slug, QStringLiteral("b"));
    QCOMPARE(read.diagnostics.size(), 1);
    QVERIFY(mentions(read.diagnostics, QStringLiteral("plugins[2]")));
}

void TestRepositoryManifest::repeatedKeyCountsWithItsLastValue()
{
    // What is read must be what the signed bytes hold: jq keeps the last value of a key.
    const QByteArray bytes =
        root({}, R"({"slug": "a", "name": "A", "latest_url": "https://evil.example/a.zip",
                "latest_sha256": "bad", "latest_url": 5, "latest_sha256": "good"})");
    const RepositoryManifestRead read = readRootOk(bytes);
    QCOMPARE(read.manifest.plugins.size(), 1);
    QCOMPARE(read.signedPart.forms.size(), 4);
    QVERIFY(read.manifest.plugins[0].latestUrl.isEmpty());
    QCOMPARE(read.manifest.plugins[0].latestSha256, QStringLiteral("good"));
    QVERIFY(mentions(read.diagnostics, QStringLiteral("plugins[0].latest_url")));
    QVERIFY(read.signedPart.forms[0].bytes.contains("\"latest_url\":5"));
    QVERIFY(!read.signedPart.forms[0].bytes.contains("evil"));

    // A repeated "manifest" at the top: the last one is read, and signed.
    const QByteArray twice = R"({"manifest": {"registry_name": "Old", "plugins": []},
        "manifest": {"registry_name": "New", "plugins": []}, "signature": "sig"})";
    const RepositoryManifestRead last = readRootOk(twice);
    QCOMPARE(last.manifest.registryName, QStringLiteral("New"));
    QCOMPARE(last.signedPart.forms.size(), 4);
    QVERIFY(last.signedPart.forms[0].bytes.contains("New"));
}

void TestRepositoryManifest::wrongTypesBecomeDiagnostics()
{
    const RepositoryManifestRead read =
        readRootOk(root(R"("registry_url": ["x"], )",
                        R"(5, "text", null, [], {"slug": "a", "name": "A", "description": {"x": 1},
           "manifest_url": 3, "icon_url": true, "latest_version": 1.0},
           {"slug": "b", "name": 12}, {"slug": "c"})"));
    QCOMPARE(read.manifest.plugins.size(), 1);
    const RepositoryPluginEntry &a = read.manifest.plugins[0];
    QCOMPARE(a.slug, QStringLiteral("a"));
    QVERIFY(a.description.isEmpty());
    QVERIFY(a.manifestUrl.isEmpty());
    QVERIFY(a.latestVersion.isEmpty());
    for (const char *source :
         {"registry_url", "plugins[0]", "plugins[1]", "plugins[2]", "plugins[3]",
          "plugins[4].description", "plugins[4].manifest_url", "plugins[4].icon_url",
          "plugins[4].latest_version", "plugins[5].name", "plugins[5]", "plugins[6]"}) {
        QVERIFY2(mentions(read.diagnostics, QString::fromLatin1(source)), source);
    }

    const Result<RepositoryPluginManifestRead> plugin = RepositoryManifestReader::readPlugin(
        wrap(R"({"slug": "a", "name": "A", "maintainers": "me", "latest": "1.0",
                 "versions": {"version": "1.0"}})"),
        {}, u"a");
    QVERIFY(plugin);
    QVERIFY(plugin.value().manifest.maintainers.isEmpty());
    QVERIFY(!plugin.value().manifest.latest.has_value());
    QVERIFY(plugin.value().manifest.versions.isEmpty());
    for (const char *source : {"maintainers", "latest", "versions"})
        QVERIFY2(mentions(plugin.value().diagnostics, QString::fromLatin1(source)), source);

    const Result<RepositoryPluginManifestRead> items = RepositoryManifestReader::readPlugin(
        wrap(R"({"slug": "a", "name": "A", "maintainers": ["me", 3],
                 "versions": ["1.0", {"url": "x"}, {"version": "2.0", "size": "big"}]})"),
        {}, u"a");
    QVERIFY(items);
    QCOMPARE(items.value().manifest.maintainers, QStringList{QStringLiteral("me")});
    QCOMPARE(items.value().manifest.versions.size(), 1);
    QCOMPARE(items.value().manifest.versions[0].version, QStringLiteral("2.0"));
    for (const char *source : {"maintainers[1]", "versions[0]", "versions[1]", "versions[2].size"})
        QVERIFY2(mentions(items.value().diagnostics, QString::fromLatin1(source)), source);
}

void TestRepositoryManifest::rootWithoutWhatMakesItAManifest_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no registry_name") << wrap(R"({"plugins": []})");
    QTest::newRow("blank registry_name") << wrap(R"({"registry_name": " ", "plugins": []})");
    QTest::newRow("registry_name a number") << wrap(R"({"registry_name": 5, "plugins": []})");
    QTest::newRow("no plugins") << wrap(R"({"registry_name": "R"})");
    QTest::newRow("plugins a string") << wrap(R"({"registry_name": "R", "plugins": "a,b"})");
    QTest::newRow("plugins an object") << wrap(R"({"registry_name": "R", "plugins": {}})");
    QTest::newRow("manifest a list") << QByteArray(R"({"manifest": [], "signature": "s"})");
    QTest::newRow("a list") << QByteArray(R"([{"registry_name": "R", "plugins": []}])");
    QTest::newRow("a string") << QByteArray(R"("manifest")");
}

void TestRepositoryManifest::rootWithoutWhatMakesItAManifest()
{
    QFETCH(QByteArray, bytes);
    const Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(bytes);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InvalidInput);
    QVERIFY2(isSentence(read.error().message), qPrintable(read.error().message));
}

void TestRepositoryManifest::perPluginWithoutSlugOrName()
{
    for (const QByteArray &manifest :
         {QByteArray(R"({"name": "A"})"), QByteArray(R"({"slug": "a"})"),
          QByteArray(R"({"slug": "a", "name": ""})"), QByteArray(R"({"slug": 1, "name": "A"})")}) {
        const Result<RepositoryPluginManifestRead> read =
            RepositoryManifestReader::readPlugin(wrap(manifest), {}, u"a");
        QVERIFY2(!read, manifest.constData());
        QVERIFY(isSentence(read.error().message));
    }
}

void TestRepositoryManifest::flatFormIsUnsigned()
{
    const QByteArray flat = R"({"registry_name": "Local", "root_url": "file:///srv/repo",
        "plugins": [{"slug": "a", "name": "A", "latest_url": "zips/a.zip"}]})";
    const RepositoryManifestRead read = readRootOk(flat);
    QVERIFY(!read.signedPart.isSigned);
    QVERIFY(read.signedPart.forms.isEmpty());
    QVERIFY(read.signedPart.signature.isEmpty());
    QCOMPARE(read.manifest.registryName, QStringLiteral("Local"));
    QCOMPARE(read.manifest.plugins.size(), 1);
    QCOMPARE(read.manifest.plugins[0].latestUrl, QUrl("file:///srv/repo/zips/a.zip"));

    const Result<RepositoryPluginManifestRead> plugin =
        RepositoryManifestReader::readPlugin(R"({"slug": "a", "name": "A"})", {}, u"a");
    QVERIFY(plugin);
    QVERIFY(!plugin.value().signedPart.isSigned);
    QCOMPARE(plugin.value().manifest.entry.name, QStringLiteral("A"));
}

void TestRepositoryManifest::wrapperWithoutSignatureIsUnsigned()
{
    for (const QByteArray &bytes :
         {QByteArray(R"({"generated_at": "x", "manifest": {"registry_name": "R", "plugins": []}})"),
          QByteArray(R"({"manifest": {"registry_name": "R", "plugins": []}, "signature": ""})"),
          QByteArray(R"({"manifest": {"registry_name": "R", "plugins": []}, "signature": 5})")}) {
        const RepositoryManifestRead read = readRootOk(bytes);
        QCOMPARE(read.manifest.registryName, QStringLiteral("R"));
        QVERIFY2(!read.signedPart.isSigned, bytes.constData());
        QVERIFY(read.signedPart.forms.isEmpty());
    }
    const RepositoryManifestRead signedRead =
        readRootOk(R"({"manifest": {"registry_name": "R", "plugins": []}, "signature": "s"})");
    QVERIFY(signedRead.signedPart.isSigned);
    QCOMPARE(signedRead.signedPart.forms.size(), 4);
}

void TestRepositoryManifest::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("\n\n  ");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>404</body></html>");
    QTest::newRow("truncated") << root({}, R"({"slug": "a", "name": "A"})").chopped(7);
    QTest::newRow("trailing garbage") << root({}, {}) + "}";
    QTest::newRow("binary") << QByteArray("\x00\xFF\xFE{", 4);
    QTest::newRow("bad utf-8") << QByteArray("{\"registry_name\": \"\xC3\x28\", \"plugins\": []}");
}

void TestRepositoryManifest::refusesGarbage()
{
    QFETCH(QByteArray, bytes);
    const Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(bytes);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InvalidInput);
    QVERIFY2(isSentence(read.error().message), qPrintable(read.error().message));
    const Result<RepositoryPluginManifestRead> plugin =
        RepositoryManifestReader::readPlugin(bytes, {}, u"a");
    QVERIFY(!plugin);
    QVERIFY(isSentence(plugin.error().message));
}

void TestRepositoryManifest::oversizeFileIsRefused()
{
    const QByteArray padding(RepositoryManifestReader::MaxFileBytes, ' ');
    const QByteArray justRight = R"({"registry_name": "R", "plugins": []})";
    QVERIFY(RepositoryManifestReader::readRoot(justRight));
    const Result<RepositoryManifestRead> read =
        RepositoryManifestReader::readRoot(justRight + padding);
    QVERIFY(!read);
    QVERIFY(isSentence(read.error().message));
    QVERIFY(read.error().message.contains(QString::number(RepositoryManifestReader::MaxFileBytes)));
    QVERIFY(!RepositoryManifestReader::readPlugin(justRight + padding, {}));
}

void TestRepositoryManifest::entriesBeyondTheCapAreLeftOut()
{
    QByteArray plugins;
    const qsizetype count = RepositoryManifestReader::MaxEntries + 2;
    for (qsizetype i = 0; i < count; ++i) {
        plugins += (i ? "," : "") + QByteArray(R"({"slug": "p)") + QByteArray::number(i) +
                   R"(", "name": "P"})";
    }
    const RepositoryManifestRead read = readRootOk(root({}, plugins));
    QCOMPARE(read.manifest.plugins.size(), RepositoryManifestReader::MaxEntries);
    QCOMPARE(read.manifest.plugins.last().slug,
             QStringLiteral("p%1").arg(RepositoryManifestReader::MaxEntries - 1));
    QCOMPARE(read.diagnostics.size(), 1);
    QVERIFY(isSentence(read.diagnostics[0].message));
}

void TestRepositoryManifest::aThousandEntriesReadQuickly()
{
    QByteArray plugins;
    for (int i = 0; i < 1000; ++i) {
        plugins +=
            (i ? "," : "") +
            QStringLiteral(
                R"({"slug": "plugin-%1", "name": "Plugin %1", "description": "Does %1 things — well",
                           "manifest_url": "zips/plugin-%1/manifest.json", "author": "someone",
                           "license": "MIT", "last_updated": "2026-05-23T13:06:41-04:00",
                           "latest_version": "1.26.%1", "latest_md5": "aa387c179e2a81f814a1e19aa9d2f6e0",
                           "latest_sha256": "0a3d23345096d4552b47ec57018322b48e35c72d34f21aa3c7a924769648bf27",
                           "latest_url": "zips/plugin-%1/plugin-%1-1.26.%1.zip", "latest_size": %1,
                           "min_dispatcharr_version": "v0.20.0"})")
                .arg(i)
                .toUtf8();
    }
    const QByteArray bytes = root(R"("root_url": "https://example.org/r", )", plugins);
    QVERIFY(RepositoryManifestReader::readRoot(bytes)); // warm up the parser
    QElapsedTimer timer;
    timer.start();
    const Result<RepositoryManifestRead> read = RepositoryManifestReader::readRoot(bytes);
    const qint64 ms = timer.elapsed();
    QVERIFY(read);
    QCOMPARE(read.value().manifest.plugins.size(), 1000);
    QVERIFY(read.value().diagnostics.isEmpty());
    qInfo("1000 entries (%lld bytes) read, with the signed forms, in %lld ms",
          qlonglong(bytes.size()), qlonglong(ms));
    // A generous bound for a loaded shared machine; the real benchmark comes later.
    QVERIFY2(ms < 250, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestRepositoryManifest)
#include "tst_repositorymanifest.moc"
