// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ZipInstaller (SPEC §10): staging, the one rename into place, replace with rollback at every
// step, what a crash leaves and how FolderRemover::cleanLeftovers() repairs it, and two imports
// racing for one folder. Real folders in a QTemporaryDir; failures forced with the test hook.
#include "common/fixtures.h"
#include "common/zipfixtures.h"
#include "install/folderremover.h"
#include "install/zipinspector.h"
#include "install/zipinstaller.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <ctime>
#include <fcntl.h>
#include <latch>
#include <sys/stat.h>
#include <thread>

using namespace plugboard;
using Mode = ZipInstaller::FailureMode;

class TestZipInstaller : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void extractAndCommitNew();
    void newInstallRefusesAnExistingFolder();
    void replaceReturnsTheBackup();
    void replaceRollsBack_data();
    void replaceRollsBack();
    void newInstallRollsBack_data();
    void newInstallRollsBack();
    void crashAfterExtract();
    void crashAfterMoveAside();
    void crashAfterMoveIn();
    void leftoversOfADeadProcess();
    void liveImportIsLeftAlone();
    void unlockedStagingIsDeletedWhenOld();
    void concurrentCommits();
    void archiveChangedAfterInspection();
    void commitRefusesBadInput();
    void discardStaging();
    void installLockIsExclusive();

private:
    ZipReport inspect(const QByteArray &version);
    QString readText(const QString &path) const;
    QStringList hidden() const;
    void makeOldPlugin();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plugins;
    QString m_zip;
};

void TestZipInstaller::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_plugins = m_dir->filePath(QStringLiteral("plugins"));
    m_zip = m_dir->filePath(QStringLiteral("zips/hello.zip"));
    QVERIFY(QDir().mkpath(m_plugins));
}

void TestZipInstaller::cleanup()
{
    ZipInstaller::setFailurePointForTesting(nullptr);
    FolderRemover::waitForBackgroundWork();
}

ZipReport TestZipInstaller::inspect(const QByteArray &version)
{
    QList<zipfixtures::Entry> entries = zipfixtures::plugin("hello/", "Hello", version);
    entries << zipfixtures::file("hello/data/new.txt", "new " + version);
    if (!zipfixtures::writeZip(m_zip, entries))
        qWarning("could not write %s", qPrintable(m_zip));
    const Result<ZipReport> report = ZipInspector::inspect(m_zip);
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    return report ? report.value() : ZipReport{};
}

QString TestZipInstaller::readText(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList TestZipInstaller::hidden() const
{
    return QDir(m_plugins).entryList({QStringLiteral(".*")},
                                     QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestZipInstaller::makeOldPlugin()
{
    fixtures::makePlugin(m_plugins, QStringLiteral("hello"), fixtures::manifest("Hello", "0.9"));
    fixtures::writeFile(m_plugins + "/hello/old.txt", "old");
}

void TestZipInstaller::extractAndCommitNew()
{
    const ZipReport report = inspect("1.0");
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(staging);
    QVERIFY(QFileInfo(staging.value()).fileName().startsWith(".plugboard-staging-hello-"));
    QVERIFY(QFileInfo::exists(staging.value() + "/data/new.txt"));
    QVERIFY(QFileInfo::exists(staging.value() + ".lock")); // claimed by this process
    QVERIFY(!(QFileInfo(staging.value() + "/plugin.py").permissions() & QFile::ExeOwner));

    QString backup = QStringLiteral("untouched");
    QVERIFY(ZipInstaller::commit(staging.value(), m_plugins, "hello", false, &backup));
    QCOMPARE(backup, QString());
    QCOMPARE(readText(m_plugins + "/hello/data/new.txt"), QStringLiteral("new 1.0"));
    QCOMPARE(QDir(m_plugins).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"hello"});
}

void TestZipInstaller::newInstallRefusesAnExistingFolder()
{
    makeOldPlugin();
    const ZipReport report = inspect("1.0");
    const QStringList before = zipfixtures::snapshot(m_plugins);
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(staging);
    const Result<void> committed = ZipInstaller::commit(staging.value(), m_plugins, "hello", false);
    QVERIFY(!committed);
    QCOMPARE(committed.error().code, ErrorCode::Conflict);
    QVERIFY(committed.error().message.contains("already has a folder named \"hello\""));
    QCOMPARE(zipfixtures::snapshot(m_plugins), before);
}

void TestZipInstaller::replaceReturnsTheBackup()
{
    makeOldPlugin();
    const ZipReport report = inspect("2.0");
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(staging);
    QString backup;
    QVERIFY(ZipInstaller::commit(staging.value(), m_plugins, "hello", true, &backup));
    QVERIFY(QFileInfo(backup).fileName().startsWith(".plugboard-replaced-hello-"));
    QCOMPARE(readText(backup + "/old.txt"), QStringLiteral("old"));
    QCOMPARE(readText(m_plugins + "/hello/data/new.txt"), QStringLiteral("new 2.0"));
    QVERIFY(!QFileInfo::exists(m_plugins + "/hello/old.txt"));
    QVERIFY(FolderRemover::remove(backup, m_plugins));
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(QDir(m_plugins).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"hello"});
}

void TestZipInstaller::replaceRollsBack_data()
{
    QTest::addColumn<QByteArray>("step");
    for (const char *step :
         {"after-extract", "after-move-aside", "before-move-in", "after-move-in"})
        QTest::newRow(step) << QByteArray(step);
}

void TestZipInstaller::replaceRollsBack()
{
    QFETCH(QByteArray, step);
    makeOldPlugin();
    const ZipReport report = inspect("2.0");
    const QStringList before = zipfixtures::snapshot(m_plugins);
    ZipInstaller::setFailurePointForTesting(step.constData());
    Result<void> result;
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    if (!staging) {
        result = staging.error();
    } else {
        QString backup = QStringLiteral("untouched");
        result = ZipInstaller::commit(staging.value(), m_plugins, "hello", true, &backup);
        QCOMPARE(backup, QString());
    }
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QString::fromLatin1(step)),
             qPrintable(result.error().message));
    QCOMPARE(zipfixtures::snapshot(m_plugins), before); // old files, no staging, no backup
    QCOMPARE(readText(m_plugins + "/hello/old.txt"), QStringLiteral("old"));
}

void TestZipInstaller::newInstallRollsBack_data()
{
    QTest::addColumn<QByteArray>("step");
    for (const char *step : {"after-extract", "before-move-in", "after-move-in"})
        QTest::newRow(step) << QByteArray(step);
}

void TestZipInstaller::newInstallRollsBack()
{
    QFETCH(QByteArray, step);
    const ZipReport report = inspect("1.0");
    ZipInstaller::setFailurePointForTesting(step.constData());
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    if (staging)
        QVERIFY(!ZipInstaller::commit(staging.value(), m_plugins, "hello", false));
    QCOMPARE(zipfixtures::snapshot(m_plugins), QStringList());
}

void TestZipInstaller::crashAfterExtract()
{
    const ZipReport report = inspect("1.0");
    ZipInstaller::setFailurePointForTesting("after-extract", Mode::Crash);
    QVERIFY(!ZipInstaller::extractToStaging(report, m_plugins));
    QCOMPARE(hidden().size(), 2); // what a killed import leaves: staging folder, stale lock
    FolderRemover::cleanLeftovers(m_plugins);
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(zipfixtures::snapshot(m_plugins), QStringList());
}

void TestZipInstaller::crashAfterMoveAside()
{
    makeOldPlugin();
    const QStringList before = zipfixtures::snapshot(m_plugins);
    const ZipReport report = inspect("2.0");
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(staging);
    ZipInstaller::setFailurePointForTesting("after-move-aside", Mode::Crash);
    QVERIFY(!ZipInstaller::commit(staging.value(), m_plugins, "hello", true));
    QVERIFY(!QFileInfo::exists(m_plugins + "/hello")); // killed between the two renames
    QCOMPARE(hidden().size(), 4); // staging, replaced, and the stale locks of both

    FolderRemover::cleanLeftovers(m_plugins);
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(zipfixtures::snapshot(m_plugins), before); // the old plugin is back, as it was
}

void TestZipInstaller::crashAfterMoveIn()
{
    makeOldPlugin();
    const ZipReport report = inspect("2.0");
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(staging);
    ZipInstaller::setFailurePointForTesting("after-move-in", Mode::Crash);
    QVERIFY(!ZipInstaller::commit(staging.value(), m_plugins, "hello", true));
    QCOMPARE(hidden().size(), 3); // the replaced folder, stale locks

    FolderRemover::cleanLeftovers(m_plugins);
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(QDir(m_plugins).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"hello"});
    QCOMPARE(readText(m_plugins + "/hello/data/new.txt"), QStringLiteral("new 2.0"));
}

void TestZipInstaller::leftoversOfADeadProcess()
{
    // Lock files as a killed process leaves them: its pid, no longer running.
    QProcess finished;
    finished.start(QStringLiteral("/bin/true"));
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    const QByteArray staleLock =
        QByteArray::number(deadPid) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + "\n";

    makeOldPlugin();
    const QStringList before = zipfixtures::snapshot(m_plugins);
    QVERIFY(QDir(m_plugins).rename("hello", ".plugboard-replaced-hello-dead1"));
    QVERIFY(fixtures::writeFile(m_plugins + "/.plugboard-install.lock", staleLock));
    QVERIFY(fixtures::writeFile(m_plugins + "/.plugboard-staging-hello-dead2/plugin.py", "x"));
    QVERIFY(fixtures::writeFile(m_plugins + "/.plugboard-staging-hello-dead2.lock", staleLock));
    QVERIFY(fixtures::writeFile(m_plugins + "/.plugboard-staging-gone-dead3.lock", staleLock));
    // A second backup of a plugin that exists: deleted.
    QVERIFY(fixtures::writeFile(m_plugins + "/.plugboard-replaced-hello-dead4/plugin.py", "x"));

    FolderRemover::cleanLeftovers(m_plugins);
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(zipfixtures::snapshot(m_plugins), before);
}

void TestZipInstaller::liveImportIsLeftAlone()
{
    // Between extraction and commit the importer stops the old plugin; a discovery pass (this
    // process or another) must not take the staging folder for a crash leftover meanwhile.
    const ZipReport report = inspect("1.0");
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(staging);
    FolderRemover::cleanLeftovers(m_plugins);
    FolderRemover::waitForBackgroundWork();
    QVERIFY(QFileInfo::exists(staging.value() + "/plugin.py"));
    QVERIFY(ZipInstaller::commit(staging.value(), m_plugins, "hello", false));
    QVERIFY(QFileInfo::exists(m_plugins + "/hello/plugin.py"));
}

void TestZipInstaller::unlockedStagingIsDeletedWhenOld()
{
    // ExamplePlugins stages without a lock file: such a folder may be in use while it is new.
    const QString young = m_plugins + "/.plugboard-staging-young-1";
    const QString old = m_plugins + "/.plugboard-staging-old-2";
    QVERIFY(fixtures::writeFile(young + "/plugin.py", "x"));
    QVERIFY(fixtures::writeFile(old + "/plugin.py", "x"));
    const timespec anHourAgo[2] = {{::time(nullptr) - 3600, 0}, {::time(nullptr) - 3600, 0}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(old).constData(), anHourAgo, 0), 0);
    FolderRemover::cleanLeftovers(m_plugins);
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(hidden(), QStringList{".plugboard-staging-young-1"});
}

void TestZipInstaller::concurrentCommits()
{
    const ZipReport report = inspect("1.0");
    for (int round = 0; round < 5; ++round) {
        const QString plugins = m_dir->filePath(QStringLiteral("race%1").arg(round));
        std::latch start(2);
        std::atomic<int> ok = 0;
        std::atomic<int> conflicts = 0;
        const auto import = [&] {
            const Result<QString> staging = ZipInstaller::extractToStaging(report, plugins);
            start.arrive_and_wait(); // both staged before either commits
            if (!staging)
                return;
            const Result<void> r = ZipInstaller::commit(staging.value(), plugins, "hello", false);
            if (r)
                ++ok;
            else if (r.error().code == ErrorCode::Conflict)
                ++conflicts;
        };
        std::thread first(import);
        std::thread second(import);
        first.join();
        second.join();
        QCOMPARE(ok.load(), 1);
        QCOMPARE(conflicts.load(), 1);
        QCOMPARE(QDir(plugins).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"hello"});
        QCOMPARE(readText(plugins + "/hello/data/new.txt"), QStringLiteral("new 1.0"));
    }
}

void TestZipInstaller::archiveChangedAfterInspection()
{
    // The zip is swapped between preview and install: never trusted, nothing installed.
    const ZipReport report = inspect("1.0");
    QVERIFY(zipfixtures::writeZip(m_zip, zipfixtures::plugin("hello/", "Evil", "6.6.6")));
    const Result<QString> changed = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(changed.error().message.contains("changed after it was inspected"),
             qPrintable(changed.error().message));
    QCOMPARE(zipfixtures::snapshot(m_plugins), QStringList());

    // Same names, sizes and CRCs in the directory, other bytes in the data: the CRC check while
    // extracting catches it.
    QList<zipfixtures::Entry> entries = zipfixtures::plugin("hello/");
    for (zipfixtures::Entry &e : entries)
        e.deflate = false;
    QVERIFY(zipfixtures::writeRawZip(m_zip, entries));
    const Result<ZipReport> stored = ZipInspector::inspect(m_zip);
    QVERIFY(stored);
    QByteArray bytes = zipfixtures::rawZip(entries);
    const qsizetype at = bytes.indexOf("class Plugin");
    QVERIFY(at > 0);
    bytes[at] = 'C';
    QVERIFY(fixtures::writeFile(m_zip, bytes));
    const Result<QString> corrupt = ZipInstaller::extractToStaging(stored.value(), m_plugins);
    QVERIFY(!corrupt);
    QVERIFY2(corrupt.error().message.contains("checksum"), qPrintable(corrupt.error().message));
    QCOMPARE(zipfixtures::snapshot(m_plugins), QStringList());
}

void TestZipInstaller::commitRefusesBadInput()
{
    // Not a staging folder: refused and left alone.
    fixtures::makePlugin(m_plugins, QStringLiteral("mine"));
    const QStringList before = zipfixtures::snapshot(m_plugins);
    const Result<void> notStaging =
        ZipInstaller::commit(m_plugins + "/mine", m_plugins, "other", false);
    QVERIFY(!notStaging);
    QCOMPARE(notStaging.error().code, ErrorCode::Internal);
    QCOMPARE(zipfixtures::snapshot(m_plugins), before);

    const ZipReport report = inspect("1.0");
    for (const QString &bad : {QStringLiteral("../escape"), QStringLiteral(".hidden"),
                               QStringLiteral(""), QStringLiteral("a/b")}) {
        const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
        QVERIFY(staging);
        const Result<void> r = ZipInstaller::commit(staging.value(), m_plugins, bad, false);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(zipfixtures::snapshot(m_plugins), before);
        QVERIFY(!QFileInfo::exists(m_dir->filePath("escape")));
    }
}

void TestZipInstaller::discardStaging()
{
    const ZipReport report = inspect("1.0");
    const Result<QString> staging = ZipInstaller::extractToStaging(report, m_plugins);
    QVERIFY(staging);
    ZipInstaller::discardStaging(staging.value());
    QCOMPARE(zipfixtures::snapshot(m_plugins), QStringList());
}

void TestZipInstaller::installLockIsExclusive()
{
    std::unique_ptr<QLockFile> held = ZipInstaller::lockPluginsDir(m_plugins, 0);
    QVERIFY(held);
    QVERIFY(!ZipInstaller::lockPluginsDir(m_plugins, 50));
    held.reset();
    QVERIFY(ZipInstaller::lockPluginsDir(m_plugins, 0));
    QCOMPARE(hidden(), QStringList()); // the lock file goes with the lock
}

QTEST_GUILESS_MAIN(TestZipInstaller)
#include "tst_zipinstaller.moc"
