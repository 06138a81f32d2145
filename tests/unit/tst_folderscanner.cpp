// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/folderscanner.h"
#include "catalog/logo.h"
#include "common/fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace plugboard;

class TestFolderScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsQualifyingFoldersInStableOrder();
    void prefersPluginPyOverInitPy();
    void skipsHiddenAndNonQualifyingEntries();
    void followsSymlinkedFolders();
    void flagsOverlongFolderNames();
    void missingFolderIsAnError();
    void sniffsLogoTypeFromBytes_data();
    void sniffsLogoTypeFromBytes();
    void probesLogoFiles();
};

static QStringList names(const QList<PluginFolder> &folders)
{
    QStringList out;
    for (const PluginFolder &f : folders)
        out << f.folderName;
    return out;
}

void TestFolderScanner::findsQualifyingFoldersInStableOrder()
{
    QTemporaryDir dir;
    for (const char *name : {"zeta", "Alpha Plugin", "beta-2", "Beta"})
        fixtures::makePlugin(dir.path(), QString::fromUtf8(name));
    fixtures::makePlugin(dir.path(), QStringLiteral("pkg"), {}, /*package=*/true);

    Result<QList<PluginFolder>> result = FolderScanner::scan(dir.path());
    QVERIFY(result.ok());
    // Code point order, like sorted(os.listdir()): capitals first.
    QCOMPARE(names(result.value()), QStringList({"Alpha Plugin", "Beta", "beta-2", "pkg", "zeta"}));
    const PluginFolder &alpha = result.value().first();
    QCOMPARE(alpha.key, QStringLiteral("alpha_plugin"));
    QCOMPARE(alpha.entryFile, QStringLiteral("plugin.py"));
    QCOMPARE(alpha.path, QDir(dir.path()).absoluteFilePath(QStringLiteral("Alpha Plugin")));
    QCOMPARE(result.value()[3].entryFile, QStringLiteral("__init__.py"));
    // Same listing twice: stable.
    QCOMPARE(names(FolderScanner::scan(dir.path()).value()), names(result.value()));
}

void TestFolderScanner::prefersPluginPyOverInitPy()
{
    QTemporaryDir dir;
    const QString folder = fixtures::makePlugin(dir.path(), QStringLiteral("both"));
    QVERIFY(fixtures::writeFile(folder + "/__init__.py", "# package marker\n"));
    Result<QList<PluginFolder>> result = FolderScanner::scan(dir.path());
    QCOMPARE(result.value().size(), 1);
    QCOMPARE(result.value().first().entryFile, QStringLiteral("plugin.py"));
}

void TestFolderScanner::skipsHiddenAndNonQualifyingEntries()
{
    QTemporaryDir dir;
    fixtures::makePlugin(dir.path(), QStringLiteral("good"));
    fixtures::makePlugin(dir.path(), QStringLiteral(".staging-123"));
    fixtures::makePlugin(dir.path(), QStringLiteral(".hidden"));
    QVERIFY(fixtures::writeFile(dir.path() + "/stray.py", "print('not a plugin')\n"));
    QVERIFY(fixtures::writeFile(dir.path() + "/docs/README.md", "no code here\n"));
    // plugin.py that is a folder, not a regular file, does not qualify.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tricky/plugin.py")));
    // Code only in a sub-folder does not qualify either.
    QVERIFY(fixtures::writeFile(dir.path() + "/nested/inner/plugin.py", "class Plugin: pass\n"));

    Result<QList<PluginFolder>> result = FolderScanner::scan(dir.path());
    QVERIFY(result.ok());
    QCOMPARE(names(result.value()), QStringList({"good"}));
}

void TestFolderScanner::followsSymlinkedFolders()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString real = fixtures::makePlugin(elsewhere.path(), QStringLiteral("Work Copy"));
    QVERIFY(QFile::link(real, dir.path() + QStringLiteral("/Linked Plugin")));
    Result<QList<PluginFolder>> result = FolderScanner::scan(dir.path());
    QCOMPARE(names(result.value()), QStringList({"Linked Plugin"}));
    QCOMPARE(result.value().first().key, QStringLiteral("linked_plugin"));
}

void TestFolderScanner::flagsOverlongFolderNames()
{
    QTemporaryDir dir;
    const QString longName(129, QLatin1Char('x'));
    fixtures::makePlugin(dir.path(), longName);
    fixtures::makePlugin(dir.path(), QString(128, QLatin1Char('y')));
    Result<QList<PluginFolder>> result = FolderScanner::scan(dir.path());
    QCOMPARE(result.value().size(), 2); // listed, not dropped
    QCOMPARE(result.value()[0].keyProblem, PluginKey::Problem::TooLong);
    QCOMPARE(result.value()[1].keyProblem, PluginKey::Problem::None);
}

void TestFolderScanner::missingFolderIsAnError()
{
    QTemporaryDir dir;
    Result<QList<PluginFolder>> result = FolderScanner::scan(dir.path() + "/nope");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY(result.error().message.contains(QStringLiteral("nope")));
}

void TestFolderScanner::sniffsLogoTypeFromBytes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("mime");
    QTest::newRow("png") << fixtures::tinyPng() << QByteArray("image/png");
    QTest::newRow("jpeg") << fixtures::tinyJpeg() << QByteArray("image/jpeg");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << QByteArray("image/gif");
    QTest::newRow("webp") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16)
                          << QByteArray("image/webp");
    QTest::newRow("bmp") << QByteArray("BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00", 14)
                         << QByteArray("image/bmp");
    QTest::newRow("text") << QByteArray("not an image at all") << QByteArray();
    QTest::newRow("svg is not sniffed") << QByteArray("<svg xmlns=") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("truncated png") << QByteArray("\x89PNG") << QByteArray();
}

void TestFolderScanner::sniffsLogoTypeFromBytes()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, mime);
    QCOMPARE(Logo::sniffMimeType(head), mime);
}

void TestFolderScanner::probesLogoFiles()
{
    QTemporaryDir dir;
    const QString none = fixtures::makePlugin(dir.path(), QStringLiteral("none"));
    LogoProbe probe = Logo::probe(none);
    QVERIFY(!probe.logo.isValid());
    QVERIFY(!probe.problem);

    const QString jpeg = fixtures::makePlugin(dir.path(), QStringLiteral("jpeg"));
    QVERIFY(fixtures::writeFile(jpeg + "/logo.png", fixtures::tinyJpeg()));
    probe = Logo::probe(jpeg);
    QCOMPARE(probe.logo.mimeType, QByteArray("image/jpeg")); // a JPEG named logo.png
    QCOMPARE(probe.logo.size, fixtures::tinyJpeg().size());
    QVERIFY(!probe.problem);

    const QString bogus = fixtures::makePlugin(dir.path(), QStringLiteral("bogus"));
    QVERIFY(fixtures::writeFile(bogus + "/logo.png", "<html>surprise</html>"));
    probe = Logo::probe(bogus);
    QVERIFY(!probe.logo.isValid());
    QVERIFY(probe.problem);
    QVERIFY(probe.problem->message.contains(QStringLiteral("not a PNG")));

    // A folder or a FIFO named logo.png is refused without blocking discovery.
    const QString odd = fixtures::makePlugin(dir.path(), QStringLiteral("odd"));
    QVERIFY(QDir(odd).mkdir(QStringLiteral("logo.png")));
    probe = Logo::probe(odd);
    QVERIFY(!probe.logo.isValid());
    QVERIFY(probe.problem);
    const QString fifo = fixtures::makePlugin(dir.path(), QStringLiteral("fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo + "/logo.png").constData(), 0600) == 0);
    probe = Logo::probe(fifo);
    QVERIFY(!probe.logo.isValid());
    QVERIFY(probe.problem);

    const QString huge = fixtures::makePlugin(dir.path(), QStringLiteral("huge"));
    QVERIFY(fixtures::writeFile(huge + "/logo.png",
                                fixtures::tinyPng() + QByteArray(Logo::MaxBytes, '\0')));
    probe = Logo::probe(huge);
    QVERIFY(!probe.logo.isValid());
    QVERIFY(probe.problem);
    QVERIFY(probe.problem->message.contains(QStringLiteral("limit")));
}

QTEST_GUILESS_MAIN(TestFolderScanner)
#include "tst_folderscanner.moc"
