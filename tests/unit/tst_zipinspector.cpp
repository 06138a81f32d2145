// ZipInspector and ZipPath (SPEC §10): every refusal, each through a whole import attempt that
// must leave the temporary tree (plugins folder and the zips) exactly as it was, and every
// honest shape a plugin zip comes in. Real files in a QTemporaryDir.
#include "common/fixtures.h"
#include "common/zipfixtures.h"
#include "install/zipinspector.h"
#include "install/zipinstaller.h"
#include "install/zippath.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using zipfixtures::Entry;

class TestZipInspector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusals_data();
    void refusals();
    void tooManyEntries();
    void windowsZip();
    void githubWrapperWithPluginAtTop();
    void githubWrapperWithPluginFolder();
    void flatZipNamedWithVersion();
    void packageOnly();
    void rootChoice();
    void unicodeNames();
    void thousandFiles();
    void manifestStates();
    void binaries();
    void smallRepetitiveFilesPass();
    void inspectFromDevice();
    void inspectWritesNothing();
    void suggestFolderName_data();
    void suggestFolderName();
    void checkFolderName_data();
    void checkFolderName();

private:
    QString zipPath(const QString &name) const { return m_dir->filePath("zips/" + name); }
    // Inspect, extract and commit, as an import does.
    Result<void> import(const QString &zip, const ZipLimits &limits = {});
    ZipReport inspectOk(const QString &zip);
    QString readText(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plugins;
};

void TestZipInspector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_plugins = m_dir->filePath(QStringLiteral("plugins"));
    QVERIFY(QDir().mkpath(m_plugins));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("zips"))));
}

Result<void> TestZipInspector::import(const QString &zip, const ZipLimits &limits)
{
    const Result<ZipReport> report = ZipInspector::inspect(zip, limits);
    if (!report)
        return report.error();
    const Result<QString> staging = ZipInstaller::extractToStaging(report.value(), m_plugins);
    if (!staging)
        return staging.error();
    return ZipInstaller::commit(staging.value(), m_plugins, report.value().folderName, false);
}

ZipReport TestZipInspector::inspectOk(const QString &zip)
{
    const Result<ZipReport> report = ZipInspector::inspect(zip);
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    return report ? report.value() : ZipReport{};
}

QString TestZipInspector::readText(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

namespace {

QByteArray raw(QList<Entry> entries)
{
    return zipfixtures::rawZip(entries);
}

QList<Entry> withPlugin(QList<Entry> entries)
{
    return zipfixtures::plugin("p/") + entries;
}

Entry attributes(Entry e, quint32 externalAttr, quint16 madeBy = (3 << 8) | 30)
{
    e.externalAttr = externalAttr;
    e.madeBy = madeBy;
    return e;
}

} // namespace

void TestZipInspector::refusals_data()
{
    using zipfixtures::dir;
    using zipfixtures::file;
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<qint64>("maxTotal"); // 0: the default limits
    QTest::addColumn<QString>("expected");

    const QByteArray zeros600k(600 * 1024, '\0');
    QTest::newRow("more than maxTotalBytes, counted while reading")
        << raw(withPlugin({file("p/a.bin", zipfixtures::randomBytes(700 * 1024, 1)),
                           file("p/b.bin", zipfixtures::randomBytes(700 * 1024, 2))}))
        << qint64(1024 * 1024) << "more than 1 MiB";
    QTest::newRow("zip bomb, one entry")
        << raw(withPlugin({file("p/bomb.txt", QByteArray(5 * 1024 * 1024, 'a'))})) << qint64(0)
        << "expands more than 100 times";
    QTest::newRow("zip bomb, many small entries")
        << raw(withPlugin({file("p/z1", zeros600k), file("p/z2", zeros600k),
                           file("p/z3", zeros600k)}))
        << qint64(0) << "expands more than 100 times";
    Entry second = file("p/b.txt", "");
    second.sharesDataWith = 3;
    QTest::newRow("entries sharing data (overlap bomb)")
        << raw(withPlugin({file("p/a.txt", QByteArray(4000, 'x')), second})) << qint64(0)
        << "\"p/a.txt\" and \"p/b.txt\" share the same data";

    QTest::newRow("absolute path") << raw(withPlugin({file("/etc/evil.py", "x")})) << qint64(0)
                                   << "\"/etc/evil.py\" has an absolute path";
    QTest::newRow("absolute path, backslash")
        << raw(withPlugin({file("\\evil.py", "x")})) << qint64(0) << "has an absolute path";
    QTest::newRow("drive letter") << raw(withPlugin({file("C:/evil.py", "x")})) << qint64(0)
                                  << "\"C:/evil.py\" starts with a drive letter";
    QTest::newRow("drive letter, backslash")
        << raw(withPlugin({file("c:\\p\\evil.py", "x")})) << qint64(0)
        << "starts with a drive letter";
    QTest::newRow("dot-dot") << raw(withPlugin({file("p/../../evil.py", "x")})) << qint64(0)
                             << "\"p/../../evil.py\" goes up a folder";
    QTest::newRow("dot-dot, backslash")
        << raw(withPlugin({file("p\\..\\..\\evil.py", "x")})) << qint64(0)
        << "goes up a folder";
    QTest::newRow("empty segment") << raw(withPlugin({file("p//x.py", "x")})) << qint64(0)
                                   << "\"p//x.py\" has an empty folder name";
    QTest::newRow("dot segment") << raw(withPlugin({file("p/./x.py", "x")})) << qint64(0)
                                 << "has a \".\" folder";
    QTest::newRow("empty name") << raw(withPlugin({file("", "x")})) << qint64(0)
                                << "an entry has an empty name";
    QTest::newRow("control character") << raw(withPlugin({file("p/a\nb.py", "x")})) << qint64(0)
                                       << "\"p/a\\x0ab.py\" has a control character";
    QTest::newRow("NUL in name") << raw(withPlugin({file(QByteArray("p/a\0b.py", 8), "x")}))
                                 << qint64(0) << "has a NUL byte";
    QTest::newRow("invalid UTF-8 behind the UTF-8 flag")
        << raw(withPlugin({file("p/\xff\xfe.py", "x")})) << qint64(0) << "not valid UTF-8";
    QTest::newRow("name part over 255 bytes")
        << raw(withPlugin({file("p/" + QByteArray(256, 'n'), "x")})) << qint64(0)
        << "longer than 255 bytes";

    QTest::newRow("symbolic link")
        << raw(withPlugin({zipfixtures::symlink("p/passwd", "../../../etc/passwd")})) << qint64(0)
        << "\"p/passwd\" is a symbolic link";
    QTest::newRow("Windows reparse point")
        << raw(withPlugin({attributes(file("p/junction", "x"), 0x400 | 0x20, 0x0A14)}))
        << qint64(0) << "is a symbolic link";
    QTest::newRow("character device")
        << raw(withPlugin({attributes(file("p/tty", ""), 020644u << 16)})) << qint64(0)
        << "\"p/tty\" is a device, pipe or socket";
    QTest::newRow("block device")
        << raw(withPlugin({attributes(file("p/sda", ""), 060644u << 16)})) << qint64(0)
        << "is a device, pipe or socket";
    QTest::newRow("FIFO") << raw(withPlugin({attributes(file("p/fifo", ""), 010644u << 16)}))
                          << qint64(0) << "is a device, pipe or socket";
    QTest::newRow("socket") << raw(withPlugin({attributes(file("p/sock", ""), 0140755u << 16)}))
                            << qint64(0) << "is a device, pipe or socket";
    Entry encrypted = file("p/secret.py", "x = 1\n");
    encrypted.flags |= 1;
    QTest::newRow("encrypted") << raw(withPlugin({encrypted})) << qint64(0)
                               << "\"p/secret.py\" is encrypted";
    Entry bzip2 = file("p/x.py", "x", false);
    bzip2.method = 12;
    QTest::newRow("unsupported method")
        << raw(withPlugin({bzip2})) << qint64(0) << "uses compression method 12";

    QTest::newRow("duplicate name") << raw(withPlugin({file("p/plugin.py", "again")})) << qint64(0)
                                    << "\"p/plugin.py\" appears twice";
    QTest::newRow("duplicate after backslash normalisation")
        << raw(withPlugin({file("p\\plugin.py", "again")})) << qint64(0) << "appears twice";
    QTest::newRow("names differing in case")
        << raw(withPlugin({file("p/Readme.md", "a"), file("p/README.md", "b")})) << qint64(0)
        << "\"p/Readme.md\" and \"p/README.md\" differ only in letter case";
    QTest::newRow("folders differing in case")
        << raw(withPlugin({file("P/other.py", "a")})) << qint64(0)
        << "\"p\" and \"P\" differ only in letter case";
    QTest::newRow("names differing in Unicode form")
        << raw(withPlugin({file("p/caf\xc3\xa9.txt", "a"), file("p/cafe\xcc\x81.txt", "b")}))
        << qint64(0) << "differ only in letter case or Unicode form";
    QTest::newRow("file and folder")
        << raw(withPlugin({file("p/x", "a"), file("p/x/y.py", "b")})) << qint64(0)
        << "\"p/x\" is both a file and a folder";
    Entry folderWithData = dir("p/d/");
    folderWithData.data = "data";
    QTest::newRow("folder entry with data")
        << raw(withPlugin({folderWithData})) << qint64(0) << "\"p/d\" is a folder but holds data";

    QTest::newRow("no plugin.py or __init__.py")
        << raw({file("p/README.md", "hello"), file("p/main.py", "x")}) << qint64(0)
        << "holds no plugin.py and no __init__.py";
    QTest::newRow("plugin only inside __MACOSX")
        << raw({file("__MACOSX/p/plugin.py", "x"), file("README.md", "x")}) << qint64(0)
        << "holds no plugin.py and no __init__.py";
    QTest::newRow("empty archive") << raw({}) << qint64(0) << "holds no plugin.py";
    QTest::newRow("two plugins side by side")
        << raw(zipfixtures::plugin("beta/") + zipfixtures::plugin("alpha/")) << qint64(0)
        << "(\"alpha\" and \"beta\")";
    QTest::newRow("two packages side by side")
        << raw({file("one/__init__.py", "x"), file("two/__init__.py", "y")}) << qint64(0)
        << "(\"one\" and \"two\")";

    QTest::newRow("not a zip") << zipfixtures::randomBytes(4096) << qint64(0)
                               << "it is not a zip archive";
    QTest::newRow("empty file") << QByteArray() << qint64(0) << "it is not a zip archive";
    const QByteArray whole = raw(zipfixtures::plugin("p/"));
    QTest::newRow("truncated archive") << whole.left(whole.size() - 30) << qint64(0)
                                       << "not a zip archive, or it is damaged";
    Entry pastEnd = file("p/data.bin", "short", false);
    pastEnd.compressedSize = 1000000;
    pastEnd.uncompressedSize = 1000000;
    QTest::newRow("data past the end of the archive")
        << raw(withPlugin({pastEnd})) << qint64(0) << "its data runs past the end";
    Entry badCrc = file("p/data.txt", "some text");
    badCrc.crc = 0x12345678;
    QTest::newRow("bad CRC") << raw(withPlugin({badCrc})) << qint64(0)
                             << "\"p/data.txt\" is damaged (its checksum does not match";
    Entry understated = file("p/big.bin", zipfixtures::randomBytes(64 * 1024), false);
    understated.uncompressedSize = 10;
    QTest::newRow("header understates the size")
        << raw(withPlugin({understated})) << qint64(0) << "its checksum does not match";
    Entry overstated = file("p/small.txt", "ten bytes!");
    overstated.uncompressedSize = 5000;
    QTest::newRow("header overstates the size")
        << raw(withPlugin({overstated})) << qint64(0)
        << "its header says 5000 bytes, its data holds 10";
    Entry cut = file("p/cut.txt", zipfixtures::randomBytes(20000).toHex());
    cut.compressedSize = 100;
    QTest::newRow("deflate data cut short")
        << raw(withPlugin({cut})) << qint64(0) << "its data cannot be decompressed";
}

void TestZipInspector::refusals()
{
    QFETCH(QByteArray, zip);
    QFETCH(qint64, maxTotal);
    QFETCH(QString, expected);
    const QString path = zipPath(QStringLiteral("hostile.zip"));
    QVERIFY(fixtures::writeFile(path, zip));
    ZipLimits limits;
    if (maxTotal > 0)
        limits.maxTotalBytes = maxTotal;

    const QStringList before = zipfixtures::snapshot(m_dir->path());
    const Result<void> imported = import(path, limits);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
    QVERIFY2(imported.error().message.contains(expected), qPrintable(imported.error().message));
    QVERIFY2(imported.error().message.startsWith(QStringLiteral("\"hostile.zip\" cannot be "
                                                                "imported: ")),
             qPrintable(imported.error().message));
    QCOMPARE(zipfixtures::snapshot(m_dir->path()), before);
}

void TestZipInspector::tooManyEntries()
{
    QList<Entry> entries = zipfixtures::plugin("p/");
    for (int i = 0; i < 1998; ++i)
        entries << zipfixtures::file("p/f" + QByteArray::number(i), "");
    QVERIFY(zipfixtures::writeRawZip(zipPath("2001.zip"), entries));
    entries.removeLast();
    QVERIFY(zipfixtures::writeRawZip(zipPath("2000.zip"), entries));

    const QStringList before = zipfixtures::snapshot(m_dir->path());
    const Result<void> refused = import(zipPath("2001.zip"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains("holds 2001 entries, more than the 2000"),
             qPrintable(refused.error().message));
    QCOMPARE(zipfixtures::snapshot(m_dir->path()), before);
    QVERIFY(ZipInspector::inspect(zipPath("2000.zip")));
}

void TestZipInspector::windowsZip()
{
    // Windows' own "Send to > Compressed folder": backslashes, DOS attributes, no UTF-8 flag.
    const auto windows = [](Entry e, quint32 dosAttributes) {
        e.madeBy = 0x0014;
        e.flags = 0;
        e.externalAttr = dosAttributes;
        return e;
    };
    QList<Entry> entries{windows(zipfixtures::dir("Win Plugin\\"), 0x10),
                         windows(zipfixtures::dir("Win Plugin\\lib\\"), 0x10)};
    for (Entry e : zipfixtures::plugin("Win Plugin\\"))
        entries << windows(e, 0x20);
    entries << windows(zipfixtures::file("Win Plugin\\lib\\util.py", "U = 1\n"), 0x20);
    QVERIFY(zipfixtures::writeRawZip(zipPath("Win Plugin.zip"), entries));

    const ZipReport report = inspectOk(zipPath("Win Plugin.zip"));
    QCOMPARE(report.root, QStringLiteral("Win Plugin"));
    QCOMPARE(report.folderName, QStringLiteral("Win Plugin"));
    QCOMPARE(report.key, QStringLiteral("win_plugin"));
    QCOMPARE(report.entryFile, QStringLiteral("plugin.py"));
    QCOMPARE(report.entries.at(1).name, QStringLiteral("Win Plugin/lib"));
    QVERIFY(report.entries.at(1).isDir);
    QCOMPARE(report.installFileCount, 4);
    QVERIFY(import(zipPath("Win Plugin.zip")));
    QCOMPARE(readText(m_plugins + "/Win Plugin/lib/util.py"), QStringLiteral("U = 1\n"));
}

void TestZipInspector::githubWrapperWithPluginAtTop()
{
    // GitHub "Download ZIP": everything inside <repo>-<branch>/.
    QList<Entry> entries{zipfixtures::dir("epg-tools-main/")};
    entries << zipfixtures::plugin("epg-tools-main/", "EPG Tools", "2.1.0")
            << zipfixtures::file("epg-tools-main/README.md", "# EPG tools\n");
    QVERIFY(zipfixtures::writeZip(zipPath("epg-tools-main.zip"), entries));

    const ZipReport report = inspectOk(zipPath("epg-tools-main.zip"));
    QCOMPARE(report.root, QStringLiteral("epg-tools-main"));
    QCOMPARE(report.folderName, QStringLiteral("epg-tools"));
    QCOMPARE(report.key, QStringLiteral("epg-tools"));
    QCOMPARE(report.manifest.name, QStringLiteral("EPG Tools"));
    QCOMPARE(report.manifest.version, QStringLiteral("2.1.0"));
    QVERIFY(!report.entries.at(0).underRoot); // the root folder itself is the staging folder
    QCOMPARE(report.installFileCount, 4);
    QVERIFY(import(zipPath("epg-tools-main.zip")));
    QVERIFY(QFileInfo::exists(m_plugins + "/epg-tools/README.md"));
    QVERIFY(QFileInfo::exists(m_plugins + "/epg-tools/plugin.py"));
}

void TestZipInspector::githubWrapperWithPluginFolder()
{
    // A repository holding the plugin in a folder beside its README and tests: the plugin
    // folder is the root; the rest is listed but not installed.
    QList<Entry> entries{zipfixtures::file("repo-master/README.md", "read me"),
                         zipfixtures::file("repo-master/LICENSE", "MIT"),
                         zipfixtures::file("repo-master/tests/__init__.py", ""),
                         zipfixtures::file("repo-master/tests/test_x.py", "def test(): pass\n")};
    entries << zipfixtures::plugin("repo-master/channel_sync/");
    QVERIFY(zipfixtures::writeZip(zipPath("repo-master.zip"), entries));

    const ZipReport report = inspectOk(zipPath("repo-master.zip"));
    QCOMPARE(report.root, QStringLiteral("repo-master/channel_sync"));
    QCOMPARE(report.folderName, QStringLiteral("channel_sync"));
    QCOMPARE(report.entries.size(), 7);
    QCOMPARE(report.fileCount, 7);
    QCOMPARE(report.installFileCount, 3);
    QVERIFY(!report.entries.at(0).underRoot);
    QVERIFY(report.entries.at(4).underRoot);
    QVERIFY(import(zipPath("repo-master.zip")));
    QCOMPARE(QDir(m_plugins + "/channel_sync").entryList(QDir::Files, QDir::Name),
             (QStringList{"helpers.py", "plugin.json", "plugin.py"}));
    QCOMPARE(QDir(m_plugins).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"channel_sync"});
}

void TestZipInspector::flatZipNamedWithVersion()
{
    QList<Entry> entries = zipfixtures::plugin("");
    entries << zipfixtures::file("util/__init__.py", "") << zipfixtures::file(".DS_Store", "junk")
            << zipfixtures::file("__MACOSX/._plugin.py", "fork");
    QVERIFY(zipfixtures::writeZip(zipPath("my_plugin-1.2.0.zip"), entries));

    const ZipReport report = inspectOk(zipPath("my_plugin-1.2.0.zip"));
    QCOMPARE(report.root, QString());
    QCOMPARE(report.folderName, QStringLiteral("my_plugin"));
    QCOMPARE(report.zipName, QStringLiteral("my_plugin-1.2.0.zip"));
    QCOMPARE(report.installFileCount, 4); // not .DS_Store, not __MACOSX/
    QVERIFY(import(zipPath("my_plugin-1.2.0.zip")));
    QVERIFY(QFileInfo::exists(m_plugins + "/my_plugin/util/__init__.py"));
    QVERIFY(!QFileInfo::exists(m_plugins + "/my_plugin/.DS_Store"));
    QVERIFY(!QFileInfo::exists(m_plugins + "/my_plugin/__MACOSX"));
}

void TestZipInspector::packageOnly()
{
    QVERIFY(zipfixtures::writeZip(
        zipPath("pkg.zip"),
        {zipfixtures::file("pkg/__init__.py", "from .core import Plugin\n"),
         zipfixtures::file("pkg/core.py", "class Plugin: pass\n"),
         zipfixtures::file("pkg/sub/__init__.py", "")}));
    const ZipReport report = inspectOk(zipPath("pkg.zip"));
    QCOMPARE(report.root, QStringLiteral("pkg"));
    QCOMPARE(report.entryFile, QStringLiteral("__init__.py"));
    QVERIFY(report.manifest.isLegacy());
    QVERIFY(import(zipPath("pkg.zip")));
    QVERIFY(QFileInfo::exists(m_plugins + "/pkg/sub/__init__.py"));
}

void TestZipInspector::rootChoice()
{
    using zipfixtures::file;
    // plugin.py beside __init__.py: one root, plugin.py is the entry.
    QVERIFY(zipfixtures::writeZip(zipPath("both.zip"),
                                  {file("p/__init__.py", ""), file("p/plugin.py", "")}));
    QCOMPARE(inspectOk(zipPath("both.zip")).entryFile, QStringLiteral("plugin.py"));
    // The shallowest wins, even a package over a deeper plugin.py.
    QVERIFY(zipfixtures::writeZip(zipPath("deep.zip"),
                                  {file("p/__init__.py", ""), file("p/inner/plugin.py", "")}));
    QCOMPARE(inspectOk(zipPath("deep.zip")).root, QStringLiteral("p"));
    // At one depth a plugin.py folder is preferred over a package (a repository's tests/).
    QVERIFY(zipfixtures::writeZip(zipPath("repo.zip"),
                                  {file("r/aaa/__init__.py", ""), file("r/zzz/plugin.py", "")}));
    QCOMPARE(inspectOk(zipPath("repo.zip")).root, QStringLiteral("r/zzz"));
}

void TestZipInspector::unicodeNames()
{
    Entry cp437 = zipfixtures::file("Ünï plugin/caf\x82.txt", "cp437");
    cp437.name = "\x9An\x8b plugin/caf\x82.txt"; // Ü, ï, é in code page 437, no UTF-8 flag
    cp437.flags = 0;
    QList<Entry> entries = zipfixtures::plugin("Ünï plugin/", "Ünï");
    entries << zipfixtures::file("Ünï plugin/данные/日本語.txt", "unicode");
    QVERIFY(zipfixtures::writeRawZip(zipPath("unicode.zip"), entries << cp437));
    const ZipReport report = inspectOk(zipPath("unicode.zip"));
    QCOMPARE(report.root, QStringLiteral("Ünï plugin"));
    QCOMPARE(report.key, QStringLiteral("ünï_plugin"));
    QCOMPARE(report.entries.last().name, QStringLiteral("Ünï plugin/café.txt"));
    QVERIFY(import(zipPath("unicode.zip")));
    QCOMPARE(readText(m_plugins + "/Ünï plugin/данные/日本語.txt"), QStringLiteral("unicode"));
    QCOMPARE(readText(m_plugins + "/Ünï plugin/café.txt"), QStringLiteral("cp437"));
}

void TestZipInspector::thousandFiles()
{
    QList<Entry> entries = zipfixtures::plugin("big/");
    for (int i = 0; i < 1000; ++i) {
        entries << zipfixtures::file("big/data/" + QByteArray::number(i % 10) + "/f" +
                                         QByteArray::number(i) + ".txt",
                                     "line " + QByteArray::number(i) + "\n");
    }
    QVERIFY(zipfixtures::writeZip(zipPath("big.zip"), entries));
    QElapsedTimer timer;
    timer.start();
    const ZipReport report = inspectOk(zipPath("big.zip"));
    QCOMPARE(report.installFileCount, 1003);
    QVERIFY(import(zipPath("big.zip")));
    qInfo("1,003 files: inspect + import in %lld ms", timer.elapsed());
    QCOMPARE(readText(m_plugins + "/big/data/7/f997.txt"), QStringLiteral("line 997\n"));
    QCOMPARE(zipfixtures::snapshot(m_plugins + "/big").size(), 1003 + 11);
}

void TestZipInspector::manifestStates()
{
    using zipfixtures::file;
    QVERIFY(zipfixtures::writeZip(zipPath("none.zip"), {file("p/plugin.py", "")}));
    const ZipReport none = inspectOk(zipPath("none.zip"));
    QVERIFY(none.manifest.isLegacy());
    QCOMPARE(none.manifest.diagnostics.size(), 1);
    QVERIFY(none.manifest.diagnostics.first().message.contains("no plugin.json"));

    QVERIFY(zipfixtures::writeZip(zipPath("broken.zip"),
                                  {file("p/plugin.py", ""), file("p/plugin.json", "{\"name\": }")}));
    const ZipReport broken = inspectOk(zipPath("broken.zip"));
    QVERIFY(broken.manifest.isLegacy());
    QVERIFY(!broken.manifest.diagnostics.isEmpty());

    QVERIFY(zipfixtures::writeZip(
        zipPath("huge.zip"),
        {file("p/plugin.py", ""),
         file("p/plugin.json",
              "{\"x\": \"" + zipfixtures::randomBytes(550 * 1024).toHex() + "\"}")}));
    const ZipReport huge = inspectOk(zipPath("huge.zip"));
    QVERIFY(huge.manifest.isLegacy());
    QVERIFY(huge.manifest.diagnostics.first().message.contains("more than the 1048576 bytes"));

    // Only the root's plugin.json counts, not one elsewhere in the archive.
    QVERIFY(zipfixtures::writeZip(zipPath("elsewhere.zip"),
                                  {file("r/plugin.json", "{\"name\": \"Wrong\"}"),
                                   file("r/p/plugin.py", ""), file("r/p/plugin.json",
                                                                   "{\"name\": \"Right\"}")}));
    QCOMPARE(inspectOk(zipPath("elsewhere.zip")).manifest.name, QStringLiteral("Right"));
}

void TestZipInspector::binaries()
{
    using zipfixtures::file;
    QByteArray pe = "MZ" + QByteArray(100, '\x90');
    QVERIFY(zipfixtures::writeZip(zipPath("bin.zip"),
                                  {file("p/plugin.py", ""), file("p/lib/_speed.so", "not really"),
                                   file("p/lib/libx.so.1.2", "x"), file("p/tool", pe),
                                   file("p/blob", "\x7f" "ELF\x02\x01"), file("p/notes.txt", "MZ"),
                                   file("README.dll", "outside the root")}));
    // README.dll sits outside the root only when the root is a folder.
    const ZipReport report = inspectOk(zipPath("bin.zip"));
    QCOMPARE(report.binaries, (QStringList{"p/lib/_speed.so", "p/lib/libx.so.1.2", "p/tool",
                                           "p/blob"}));
}

void TestZipInspector::smallRepetitiveFilesPass()
{
    // 900 KiB of one letter compresses about 1000:1, but stays under the ratio floor.
    QVERIFY(zipfixtures::writeZip(zipPath("text.zip"),
                                  {zipfixtures::file("p/plugin.py", ""),
                                   zipfixtures::file("p/table.txt", QByteArray(900 * 1024, 'a'))}));
    QVERIFY(ZipInspector::inspect(zipPath("text.zip")));
}

void TestZipInspector::inspectFromDevice()
{
    const QByteArray bytes = zipfixtures::rawZip(zipfixtures::plugin("dev/", "From memory"));
    QBuffer buffer;
    buffer.setData(bytes);
    const Result<ZipReport> report = ZipInspector::inspect(&buffer, QStringLiteral("upload.zip"));
    QVERIFY(report);
    QCOMPARE(report.value().zipPath, QString());
    QCOMPARE(report.value().manifest.name, QStringLiteral("From memory"));
    QBuffer again;
    again.setData(bytes);
    const Result<QString> staging =
        ZipInstaller::extractToStaging(report.value(), m_plugins, &again);
    QVERIFY(staging);
    QVERIFY(ZipInstaller::commit(staging.value(), m_plugins, QStringLiteral("dev"), false));
    QVERIFY(QFileInfo::exists(m_plugins + "/dev/plugin.py"));
}

void TestZipInspector::inspectWritesNothing()
{
    QVERIFY(zipfixtures::writeZip(zipPath("ok.zip"), zipfixtures::plugin("p/")));
    const QStringList before = zipfixtures::snapshot(m_dir->path());
    QVERIFY(ZipInspector::inspect(zipPath("ok.zip")));
    QCOMPARE(zipfixtures::snapshot(m_dir->path()), before);
}

void TestZipInspector::suggestFolderName_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<const char *, const char *>> rows{
        {"repo-main", "repo"},
        {"repo-master", "repo"},
        {"Repo-MAIN", "Repo"},
        {"my_plugin-1.2.0.zip", "my_plugin"},
        {"my_plugin_1.2.0", "my_plugin"},
        {"tool-v1.2", "tool"},
        {"tool-v2", "tool"},
        {"tool-1.0.0-rc1", "tool"},
        {"tool-2.0b1.zip", "tool"},
        {"tool-1.2.0-main", "tool"},
        {"tool (1).zip", "tool"},
        {"tool-2", "tool-2"},
        {"epg_3", "epg_3"},
        {"main", "main"},
        {"1.2.3", "1.2.3"},
        {".hidden", "hidden"},
        {".zip", "plugin"},
        {"Ünï plugin", "Ünï plugin"},
    };
    for (const auto &[from, expected] : rows)
        QTest::newRow(from) << QString::fromUtf8(from) << QString::fromUtf8(expected);
}

void TestZipInspector::suggestFolderName()
{
    QFETCH(QString, from);
    QFETCH(QString, expected);
    QCOMPARE(ZipPath::suggestFolderName(from), expected);
}

void TestZipInspector::checkFolderName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "my_plugin" << true;
    QTest::newRow("spaces and unicode") << "Mön Plugin" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "  " << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("dot-dot") << ".." << false;
    QTest::newRow("hidden") << ".x" << false;
    QTest::newRow("control") << "a\tb" << false;
    QTest::newRow("key too long") << QString(129, QLatin1Char('k')) << false;
    QTest::newRow("over 200 bytes") << QString(101, QChar(0x00E9)) << false;
}

void TestZipInspector::checkFolderName()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(ZipPath::checkFolderName(name).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestZipInspector)
#include "tst_zipinspector.moc"
