// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ZipInspector on the honest shapes a plugin zip comes in (SPEC §10): made on Windows, GitHub's
// "Download ZIP" wrapper, a flat zip named after its version, a package, Unicode names, a
// thousand files. Each is inspected, then installed (inspect, extract, commit) into a real
// plugins folder in a QTemporaryDir. Refusals: tst_zipinspector.cpp.
#include "common/fixtures.h"
#include "common/zipfixtures.h"
#include "install/zipinspector.h"
#include "install/zipinstaller.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using zipfixtures::Entry;

class TestZipInspectorShapes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
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
    void inspectFromDevice();
    void bigArchivesReadInParallelAgree();
    void bigArchiveBombsAcrossShares();

private:
    QString zipPath(const QString &name) const { return m_dir->filePath("zips/" + name); }
    Result<void> import(const QString &zip) { return zipfixtures::import(zip, m_plugins); }
    ZipReport inspectOk(const QString &zip);
    QString readText(const QString &path) const { return zipfixtures::readText(path); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plugins;
};

void TestZipInspectorShapes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_plugins = m_dir->filePath(QStringLiteral("plugins"));
    QVERIFY(QDir().mkpath(m_plugins));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("zips"))));
}

ZipReport TestZipInspectorShapes::inspectOk(const QString &zip)
{
    const Result<ZipReport> report = ZipInspector::inspect(zip);
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    return report ? report.value() : ZipReport{};
}

void TestZipInspectorShapes::windowsZip()
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

void TestZipInspectorShapes::githubWrapperWithPluginAtTop()
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

void TestZipInspectorShapes::githubWrapperWithPluginFolder()
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

void TestZipInspectorShapes::flatZipNamedWithVersion()
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

void TestZipInspectorShapes::packageOnly()
{
    QVERIFY(zipfixtures::writeZip(
        zipPath("pkg.zip"), {zipfixtures::file("pkg/__init__.py", "from .core import Plugin\n"),
                             zipfixtures::file("pkg/core.py", "class Plugin: pass\n"),
                             zipfixtures::file("pkg/sub/__init__.py", "")}));
    const ZipReport report = inspectOk(zipPath("pkg.zip"));
    QCOMPARE(report.root, QStringLiteral("pkg"));
    QCOMPARE(report.entryFile, QStringLiteral("__init__.py"));
    QVERIFY(report.manifest.isLegacy());
    QVERIFY(import(zipPath("pkg.zip")));
    QVERIFY(QFileInfo::exists(m_plugins + "/pkg/sub/__init__.py"));
}

void TestZipInspectorShapes::rootChoice()
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

void TestZipInspectorShapes::unicodeNames()
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

void TestZipInspectorShapes::thousandFiles()
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

void TestZipInspectorShapes::manifestStates()
{
    using zipfixtures::file;
    QVERIFY(zipfixtures::writeZip(zipPath("none.zip"), {file("p/plugin.py", "")}));
    const ZipReport none = inspectOk(zipPath("none.zip"));
    QVERIFY(none.manifest.isLegacy());
    QCOMPARE(none.manifest.diagnostics.size(), 1);
    QVERIFY(none.manifest.diagnostics.first().message.contains("no plugin.json"));

    QVERIFY(zipfixtures::writeZip(
        zipPath("broken.zip"), {file("p/plugin.py", ""), file("p/plugin.json", "{\"name\": }")}));
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
                                   file("r/p/plugin.py", ""),
                                   file("r/p/plugin.json", "{\"name\": \"Right\"}")}));
    QCOMPARE(inspectOk(zipPath("elsewhere.zip")).manifest.name, QStringLiteral("Right"));
}

void TestZipInspectorShapes::binaries()
{
    using zipfixtures::file;
    QByteArray pe = "MZ" + QByteArray(100, '\x90');
    QVERIFY(zipfixtures::writeZip(
        zipPath("bin.zip"), {file("p/plugin.py", ""), file("p/lib/_speed.so", "not really"),
                             file("p/lib/libx.so.1.2", "x"), file("p/tool", pe),
                             file("p/blob", "\x7f"
                                            "ELF\x02\x01"),
                             file("p/notes.txt", "MZ"), file("README.dll", "outside the root")}));
    // README.dll sits outside the root only when the root is a folder.
    const ZipReport report = inspectOk(zipPath("bin.zip"));
    QCOMPARE(report.binaries,
             (QStringList{"p/lib/_speed.so", "p/lib/libx.so.1.2", "p/tool", "p/blob"}));
}

void TestZipInspectorShapes::inspectFromDevice()
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

// Above 4 MiB an archive on disk is read by two threads with a share of the entries each; an
// archive in memory is read by one. Both must say the same.
void TestZipInspectorShapes::bigArchivesReadInParallelAgree()
{
    QList<zipfixtures::Entry> entries = zipfixtures::plugin("big/", "Big one");
    for (int i = 0; i < 40; ++i) {
        const QByteArray name =
            "big/data/f" + QByteArray::number(i) + (i % 7 == 0 ? ".so" : ".bin");
        entries << zipfixtures::file(name, i % 2 ? zipfixtures::randomBytes(300 * 1024, quint32(i))
                                                 : QByteArray(600 * 1024, char('a' + i % 26)));
    }
    const QString path = zipPath("big.zip");
    QVERIFY(zipfixtures::writeZip(path, entries));
    QVERIFY(QFileInfo(path).size() > 4 * 1024 * 1024);
    const Result<ZipReport> parallel = ZipInspector::inspect(path);
    QVERIFY2(parallel, qPrintable(parallel ? QString() : parallel.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<ZipReport> single = ZipInspector::inspect(&file, QStringLiteral("big.zip"));
    QVERIFY(single);
    const ZipReport &p = parallel.value();
    const ZipReport &s = single.value();
    QCOMPARE(p.fileCount, s.fileCount);
    QCOMPARE(p.totalBytes, s.totalBytes);
    QCOMPARE(p.installBytes, s.installBytes);
    QCOMPARE(p.binaries, s.binaries);
    QCOMPARE(p.manifest.name, QStringLiteral("Big one"));
    QCOMPARE(p.entries.size(), s.entries.size());
    for (qsizetype i = 0; i < p.entries.size(); ++i)
        QCOMPARE(p.entries[i].size, s.entries[i].size);
}

// Entries sharing data land in different threads' shares: the joined check still sees them.
void TestZipInspectorShapes::bigArchiveBombsAcrossShares()
{
    QList<zipfixtures::Entry> entries = zipfixtures::plugin("bomb/");
    const int first = int(entries.size());
    for (int i = 0; i < 8; ++i)
        entries << zipfixtures::file("bomb/d" + QByteArray::number(i) + ".bin",
                                     zipfixtures::randomBytes(1024 * 1024, quint32(i + 9)));
    zipfixtures::Entry copy = zipfixtures::file("bomb/c0.bin", {});
    copy.sharesDataWith = first; // same name length as bomb/d0.bin
    entries << copy;
    const QString path = zipPath("bomb.zip");
    QVERIFY(zipfixtures::writeRawZip(path, entries));
    QVERIFY(QFileInfo(path).size() > 4 * 1024 * 1024);
    const Result<ZipReport> report = ZipInspector::inspect(path);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QStringLiteral("share the same data")),
             qPrintable(report.error().message));
}

QTEST_GUILESS_MAIN(TestZipInspectorShapes)
#include "tst_zipinspector_shapes.moc"
