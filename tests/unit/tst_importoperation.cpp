// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Imports (ImportOperation) through PluginManager, with real zips and the real embedded CPython:
// a replace that fails at each step rolls back and the old plugin keeps working; a simulated
// crash between staging and rename leaves nothing behind after the next start; settings survive
// a replace, trust does not; a folder name chosen in the preview is honoured; an import of a
// preview installs what the preview proved, and refuses a zip that changed since; a cancelled
// import changes nothing.
#include "common/fixtures.h"
#include "install/folderremover.h"
#include "install/zipinstaller.h"
#include "jobs/resultjob.h"
#include "manager/importtypes.h"
#include "manager/pluginmanager.h"
#include "runner/runjob.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

namespace {

QByteArray code(const QString &answer)
{
    return QStringLiteral("class Plugin:\n    def run(self, action, params, context):\n"
                          "        return {'status': 'ok', 'message': '%1'}\n")
        .arg(answer)
        .toUtf8();
}

QByteArray manifestFor(const QString &version)
{
    return QStringLiteral(R"({"name": "Tool", "version": "%1",
        "fields": [{"id": "n", "type": "number", "default": 1}],
        "actions": [{"id": "ask", "label": "Ask"}]})")
        .arg(version)
        .toUtf8();
}

} // namespace

class TestImportOperation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replaceKeepsSettingsAndWithdrawsTrust();
    void failedReplaceRollsBackAndOldPluginStillRuns_data();
    void failedReplaceRollsBackAndOldPluginStillRuns();
    void crashBetweenStagingAndRenameIsCleanedAtStart();
    void chosenFolderNameIsUsed();
    void previewThenImportInstallsWhatWasProven();
    void zipChangedSincePreviewIsRefused();
    void cancelledImportChangesNothing();

private:
    std::unique_ptr<PluginManager> manager();
    ImportOutcome importZip(PluginManager &m, const QString &zip, const ImportOptions &options);
    QString runAsk(PluginManager &m);
    QStringList entries() const
    {
        return QDir(m_plugins).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                         QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plugins;
    QString m_v2;
};

void TestImportOperation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_plugins = m_dir->filePath("plugins");
    QDir().mkpath(m_plugins);
    const QString folder = fixtures::makePlugin(m_plugins, "tool", manifestFor("1.0"));
    QVERIFY(fixtures::writeFile(folder + "/plugin.py", code("one")));
    m_v2 = m_dir->filePath("tool-2.0.zip");
    QVERIFY(fixtures::makeZip(
        m_v2, {{"tool/plugin.py", code("two")}, {"tool/plugin.json", manifestFor("2.0")}}));
}

void TestImportOperation::cleanup()
{
    ZipInstaller::setFailurePointForTesting(nullptr);
    FolderRemover::waitForBackgroundWork();
    m_dir.reset();
}

std::unique_ptr<PluginManager> TestImportOperation::manager()
{
    PluginPaths paths = PluginPaths::resolve(m_dir->filePath("data"), m_plugins);
    if (!paths.prepare())
        return nullptr;
    auto m = std::make_unique<PluginManager>(paths);
    m->reload()->exec();
    return m;
}

ImportOutcome TestImportOperation::importZip(PluginManager &m, const QString &zip,
                                             const ImportOptions &options)
{
    ImportJob *job = m.import(zip, options);
    job->exec();
    FolderRemover::waitForBackgroundWork();
    return job->result();
}

QString TestImportOperation::runAsk(PluginManager &m)
{
    if (!QTest::qWaitFor([&] { return m.plugin("tool")->isLoaded(); }, 10000))
        return QStringLiteral("not loaded: ") + m.plugin("tool")->loadError();
    const Result<RunJob *> job = m.runAction("tool", "ask", {});
    if (!job)
        return QStringLiteral("refused");
    job.value()->exec();
    const QString message = job.value()->result().result.value("message").toString();
    delete job.value(); // exec() left it to us
    return message;
}

void TestImportOperation::replaceKeepsSettingsAndWithdrawsTrust()
{
    auto m = manager();
    QVERIFY(m->setEnabled("tool", true, true));
    QVERIFY(m->saveSettings("tool", {{"n", 7}}));
    QCOMPARE(runAsk(*m), QStringLiteral("one"));

    const ImportOutcome refused = importZip(*m, m_v2, {});
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, ErrorCode::Conflict);
    QCOMPARE(runAsk(*m), QStringLiteral("one")); // untouched and still running

    ImportOptions replace;
    replace.replace = true;
    const ImportOutcome outcome = importZip(*m, m_v2, replace);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QVERIFY(outcome.replaced);
    QCOMPARE(outcome.previousVersion, QStringLiteral("1.0"));
    const PluginInfo info = *m->plugin("tool");
    QCOMPARE(info.version(), QStringLiteral("2.0"));
    QVERIFY(!info.enabled());
    QVERIFY(!info.trusted());
    QCOMPARE(info.storedSettings().value("n").toInt(), 7);
    QCOMPARE(entries(), QStringList{"tool"});
    QCOMPARE(m->setEnabled("tool", true).error().code, ErrorCode::TrustRequired);
    QVERIFY(m->setEnabled("tool", true, true));
    QCOMPARE(runAsk(*m), QStringLiteral("two")); // the new code runs
}

void TestImportOperation::failedReplaceRollsBackAndOldPluginStillRuns_data()
{
    QTest::addColumn<QString>("step");
    QTest::newRow("after extract") << "after-extract";
    QTest::newRow("after moving the old folder aside") << "after-move-aside";
    QTest::newRow("before moving the new folder in") << "before-move-in";
}

void TestImportOperation::failedReplaceRollsBackAndOldPluginStillRuns()
{
    QFETCH(QString, step);
    auto m = manager();
    QVERIFY(m->setEnabled("tool", true, true));
    QCOMPARE(runAsk(*m), QStringLiteral("one"));
    const QByteArray stepName = step.toLatin1();
    ZipInstaller::setFailurePointForTesting(stepName.constData());
    ImportOptions replace;
    replace.replace = true;
    const ImportOutcome outcome = importZip(*m, m_v2, replace);
    ZipInstaller::setFailurePointForTesting(nullptr);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.error.message.isEmpty());
    QCOMPARE(entries(), QStringList{"tool"}); // exactly as before
    QFile file(m_plugins + "/tool/plugin.py");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("one"));
    QVERIFY(m->plugin("tool")->enabled());
    QVERIFY(m->plugin("tool")->trusted());
    QCOMPARE(runAsk(*m), QStringLiteral("one")); // and it still works
}

void TestImportOperation::crashBetweenStagingAndRenameIsCleanedAtStart()
{
    {
        auto m = manager();
        ZipInstaller::setFailurePointForTesting("before-move-in", ZipInstaller::FailureMode::Crash);
        ImportOptions replace;
        replace.replace = true;
        (void)importZip(*m, m_v2, replace);
        ZipInstaller::setFailurePointForTesting(nullptr);
        QVERIFY2(entries().size() > 1, qPrintable(entries().join(", "))); // what a crash leaves
        m->shutdown();
    }
    auto next = manager(); // the next start tidies up before discovery
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(entries(), QStringList{"tool"});
    QCOMPARE(next->plugin("tool")->version(), QStringLiteral("1.0"));
    QVERIFY(!next->plugin("tool")->isMissing());
}

void TestImportOperation::chosenFolderNameIsUsed()
{
    auto m = manager();
    ImportOptions options;
    options.folderName = QStringLiteral("Tool Two");
    const ImportOutcome outcome = importZip(*m, m_v2, options);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(outcome.key, QStringLiteral("tool_two"));
    QCOMPARE(entries(), (QStringList{"Tool Two", "tool"}));
    options.folderName = QStringLiteral(".hidden");
    const ImportOutcome bad = importZip(*m, m_v2, options);
    QVERIFY(!bad.ok);
    QCOMPARE(bad.error.code, ErrorCode::InvalidInput);
    QCOMPARE(entries(), (QStringList{"Tool Two", "tool"}));
}

void TestImportOperation::previewThenImportInstallsWhatWasProven()
{
    auto m = manager();
    const QString zip = m_dir->filePath("other.zip");
    QVERIFY(fixtures::makeZip(
        zip, {{"other/plugin.py", code("other")}, {"other/plugin.json", manifestFor("3.1")}}));
    PreviewJob *preview = m->preview(zip);
    QVERIFY(preview->exec());
    const ImportPreview proven = preview->result();
    QCOMPARE(proven.key, QStringLiteral("other"));
    QCOMPARE(proven.manifest.version, QStringLiteral("3.1"));
    QCOMPARE(proven.fileCount, 2);
    QCOMPARE(entries(), QStringList{"tool"}); // a preview writes nothing
    QCOMPARE(proven.target(QStringLiteral("  My Other ")).key, QStringLiteral("my_other"));
    QVERIFY(!proven.target(QStringLiteral("../x")).problem.isEmpty());

    ImportJob *job = m->import(proven, {});
    QVERIFY2(job->exec(), qPrintable(job->error().message));
    FolderRemover::waitForBackgroundWork();
    QVERIFY(job->result().ok);
    QCOMPARE(entries(), (QStringList{"other", "tool"}));
    QCOMPARE(m->plugin("other")->version(), QStringLiteral("3.1"));
}

void TestImportOperation::zipChangedSincePreviewIsRefused()
{
    auto m = manager();
    const QString zip = m_dir->filePath("other.zip");
    QVERIFY(fixtures::makeZip(zip, {{"other/plugin.py", code("other")}}));
    PreviewJob *preview = m->preview(zip);
    QVERIFY(preview->exec());
    // Another archive under the same name: the install checks every entry again.
    QVERIFY(fixtures::makeZip(zip, {{"other/plugin.py", code("something else entirely")}}));
    ImportJob *job = m->import(preview->result(), {});
    QVERIFY(!job->exec());
    QCOMPARE(job->error().code, ErrorCode::InvalidInput);
    QVERIFY(!job->result().ok);
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(entries(), QStringList{"tool"});
}

void TestImportOperation::cancelledImportChangesNothing()
{
    auto m = manager();
    ImportOptions replace;
    replace.replace = true;
    ImportJob *job = m->import(m_v2, replace);
    QVERIFY(job->cancel()); // before it started: it never touches the folder
    QVERIFY(!job->exec());
    QCOMPARE(job->error().code, ErrorCode::Cancelled);
    FolderRemover::waitForBackgroundWork();
    QCOMPARE(entries(), QStringList{"tool"});
    QCOMPARE(m->plugin("tool")->version(), QStringLiteral("1.0"));
}

QTEST_GUILESS_MAIN(TestImportOperation)
#include "tst_importoperation.moc"
