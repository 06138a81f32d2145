// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ZipInspector's refusals (SPEC §10): each one goes through a whole import attempt (inspect,
// extract, commit) that must leave the temporary tree — plugins folder and zips — exactly as it
// was, and must answer InvalidInput with a sentence naming the entry. Hostile archives are made
// byte by byte (zipfixtures::rawZip). Honest shapes: tst_zipinspector_shapes.cpp.
#include "common/fixtures.h"
#include "common/zipfixtures.h"
#include "install/zipinspector.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace plugboard;
using zipfixtures::Entry;

class TestZipInspector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusals_data();
    void refusals();
    void tooManyEntries();
    void smallRepetitiveFilesPass();
    void inspectWritesNothing();
    void unreadablePaths();

private:
    QString zipPath(const QString &name) const { return m_dir->filePath("zips/" + name); }
    Result<void> import(const QString &zip, const ZipLimits &limits = {})
    {
        return zipfixtures::import(zip, m_plugins, limits);
    }

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
        << raw(withPlugin(
               {file("p/z1", zeros600k), file("p/z2", zeros600k), file("p/z3", zeros600k)}))
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
    QTest::newRow("drive letter, backslash") << raw(withPlugin({file("c:\\p\\evil.py", "x")}))
                                             << qint64(0) << "starts with a drive letter";
    QTest::newRow("dot-dot") << raw(withPlugin({file("p/../../evil.py", "x")})) << qint64(0)
                             << "\"p/../../evil.py\" goes up a folder";
    QTest::newRow("dot-dot, backslash")
        << raw(withPlugin({file("p\\..\\..\\evil.py", "x")})) << qint64(0) << "goes up a folder";
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
        << raw(withPlugin({attributes(file("p/junction", "x"), 0x400 | 0x20, 0x0A14)})) << qint64(0)
        << "is a symbolic link";
    QTest::newRow("character device")
        << raw(withPlugin({attributes(file("p/tty", ""), 020644u << 16)})) << qint64(0)
        << "\"p/tty\" is a device, pipe or socket";
    QTest::newRow("block device") << raw(withPlugin({attributes(file("p/sda", ""), 060644u << 16)}))
                                  << qint64(0) << "is a device, pipe or socket";
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
    QTest::newRow("file and folder") << raw(withPlugin({file("p/x", "a"), file("p/x/y.py", "b")}))
                                     << qint64(0) << "\"p/x\" is both a file and a folder";
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
    QTest::newRow("empty archive") << raw({}) << qint64(0) << "the zip archive is empty";
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
    QTest::newRow("truncated archive")
        << whole.left(whole.size() - 30) << qint64(0) << "not a zip archive, or it is damaged";
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
    QTest::newRow("header overstates the size") << raw(withPlugin({overstated})) << qint64(0)
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

void TestZipInspector::smallRepetitiveFilesPass()
{
    // 900 KiB of one letter compresses about 1000:1, but stays under the ratio floor.
    QVERIFY(zipfixtures::writeZip(zipPath("text.zip"),
                                  {zipfixtures::file("p/plugin.py", ""),
                                   zipfixtures::file("p/table.txt", QByteArray(900 * 1024, 'a'))}));
    QVERIFY(ZipInspector::inspect(zipPath("text.zip")));
}

void TestZipInspector::inspectWritesNothing()
{
    QVERIFY(zipfixtures::writeZip(zipPath("ok.zip"), zipfixtures::plugin("p/")));
    const QStringList before = zipfixtures::snapshot(m_dir->path());
    QVERIFY(ZipInspector::inspect(zipPath("ok.zip")));
    QCOMPARE(zipfixtures::snapshot(m_dir->path()), before);
}

void TestZipInspector::unreadablePaths()
{
    // Missing, a folder, a FIFO (which must not block the open): Io errors naming the path.
    const QString fifo = zipPath(QStringLiteral("fifo.zip"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path :
         {zipPath(QStringLiteral("missing.zip")), m_dir->filePath(QStringLiteral("zips")), fifo}) {
        const Result<ZipReport> report = ZipInspector::inspect(path);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Io);
        QVERIFY2(report.error().message.contains(path), qPrintable(report.error().message));
    }
}

QTEST_GUILESS_MAIN(TestZipInspector)
#include "tst_zipinspector.moc"
