// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Settings… and Import Settings… (issue 16), offscreen: the file choosers (found
// and answered as a person would), the question about passwords, the file written, and the
// report of an import with what was applied, skipped and refused.
#include "uiharness.h"

#include "dialogs/settingsimportdialog.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

#include <sys/stat.h>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::findDialog;
using uitest::waitFor;

class TestSettingsTransferMenu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuHasBothActions();
    void exportAsksAboutPasswordsThenWrites();
    void exportWithoutStoredPasswordsAsksNothing();
    void importShowsWhatWasAppliedSkippedAndRefused();
    void unreadableFileChangesNothing();

private:
    void writePlugins(const QString &pluginsDir);
    QAction *action(uitest::Window &w, const char *name);
    void choose(const char *dialogName, const QString &path);

    QTemporaryDir m_root;
};

void TestSettingsTransferMenu::initTestCase()
{
    QVERIFY(m_root.isValid());
    uitest::isolateEnvironment(m_root.path());
}

void TestSettingsTransferMenu::writePlugins(const QString &pluginsDir)
{
    const QJsonArray fields{
        QJsonObject{{"id", "count"}, {"type", "number"}, {"default", 5}, {"max", 10}},
        QJsonObject{{"id", "token"}, {"type", "string"}, {"input_type", "password"}},
    };
    fixtures::makePlugin(pluginsDir, QStringLiteral("alpha"),
                         fixtures::manifest(QStringLiteral("Alpha"), "1.0", fields));
    fixtures::makePlugin(
        pluginsDir, QStringLiteral("beta"),
        fixtures::manifest(QStringLiteral("Beta"), "1.0",
                           QJsonArray{QJsonObject{{"id", "mode"}, {"type", "string"}}}));
}

QAction *TestSettingsTransferMenu::action(uitest::Window &w, const char *name)
{
    auto *found = w.window->menuBar()->findChild<QAction *>(QLatin1String(name));
    if (!found)
        found = w.window->findChild<QAction *>(QLatin1String(name));
    return found;
}

void TestSettingsTransferMenu::choose(const char *dialogName, const QString &path)
{
    auto *chooser = findDialog<QFileDialog>();
    QVERIFY(chooser);
    QCOMPARE(chooser->objectName(), QLatin1String(dialogName));
    Q_EMIT chooser->fileSelected(path); // what choosing the file and pressing the button sends
    chooser->close();
}

void TestSettingsTransferMenu::menuHasBothActions()
{
    uitest::Window w(m_root.path(), QStringLiteral("menu"));
    QVERIFY(w.start());
    const QList<QAction *> file = w.window->menuBar()->actions().first()->menu()->actions();
    QStringList texts;
    for (QAction *a : file)
        texts << a->text();
    QVERIFY2(texts.contains(QStringLiteral("E&xport Settings…")), qPrintable(texts.join('|')));
    QVERIFY2(texts.contains(QStringLiteral("Import &Settings…")), qPrintable(texts.join('|')));
    QVERIFY(action(w, "exportSettingsAction"));
    QVERIFY(action(w, "importSettingsAction"));
}

void TestSettingsTransferMenu::exportAsksAboutPasswordsThenWrites()
{
    uitest::Window w(m_root.path(), QStringLiteral("export"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    VERIFY_OK(w.manager->saveSettings("alpha", {{"count", 7}, {"token", "pa55"}}));

    // Leave the passwords out.
    const QString plainFile = m_root.filePath("export/plain.json");
    action(w, "exportSettingsAction")->trigger();
    choose("exportSettingsFileDialog", plainFile);
    auto *question = findDialog<QMessageBox>();
    QVERIFY(question);
    QCOMPARE(question->objectName(), QStringLiteral("exportPasswordsQuestion"));
    QVERIFY(question->text().contains("clear text"));
    QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("leavePasswordsOut"));
    question->defaultButton()->click();
    QVERIFY(waitFor([&] { return QFile::exists(plainFile); }));
    const QByteArray plain = fixtures::readFile(plainFile);
    QVERIFY(!plain.contains("pa55"));
    QCOMPARE(QJsonDocument::fromJson(plain)["plugins"]["alpha"]["settings"]["count"].toInt(), 7);
    QVERIFY(waitFor([&] { return w.lastToast(); }));
    QCOMPARE(w.lastToast()->title(), QStringLiteral("Settings exported"));

    // Include them: the file is the owner's alone.
    const QString secretFile = m_root.filePath("export/secret.json");
    action(w, "exportSettingsAction")->trigger();
    choose("exportSettingsFileDialog", secretFile);
    question = findDialog<QMessageBox>();
    QVERIFY(question);
    question->findChild<QPushButton *>("includePasswords")->click();
    QVERIFY(waitFor([&] { return QFile::exists(secretFile); }));
    QCOMPARE(QJsonDocument::fromJson(
                 fixtures::readFile(secretFile))["plugins"]["alpha"]["settings"]["token"]
                 .toString(),
             QStringLiteral("pa55"));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(secretFile).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);

    // Cancel writes nothing.
    const QString cancelled = m_root.filePath("export/cancelled.json");
    action(w, "exportSettingsAction")->trigger();
    choose("exportSettingsFileDialog", cancelled);
    question = findDialog<QMessageBox>();
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(!QFile::exists(cancelled));
}

void TestSettingsTransferMenu::exportWithoutStoredPasswordsAsksNothing()
{
    uitest::Window w(m_root.path(), QStringLiteral("nopasswords"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    const QString path = m_root.filePath("nopasswords/settings.json");
    action(w, "exportSettingsAction")->trigger();
    choose("exportSettingsFileDialog", path);
    QVERIFY(waitFor([&] { return QFile::exists(path); }));
    QVERIFY(uitest::noDialog<QMessageBox>());
}

void TestSettingsTransferMenu::importShowsWhatWasAppliedSkippedAndRefused()
{
    uitest::Window w(m_root.path(), QStringLiteral("import"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    VERIFY_OK(w.manager->saveSettings("beta", {{"mode", "kept"}}));
    // beta's mode is a text field: a list is no text, so beta is refused and keeps its value.
    const QJsonObject file{
        {"format", "plugboard-settings"},
        {"schema_version", 1},
        {"plugins",
         QJsonObject{{"alpha", QJsonObject{{"settings", QJsonObject{{"count", 9}}}}},
                     {"beta", QJsonObject{{"settings", QJsonObject{{"mode", QJsonArray{1}}}}}},
                     {"ghost", QJsonObject{{"name", "Ghost"}, {"settings", QJsonObject{}}}}}}};
    const QString path = m_root.filePath("import/in.json");
    QVERIFY(fixtures::writeFile(path, QJsonDocument(file).toJson()));

    action(w, "importSettingsAction")->trigger();
    choose("importSettingsFileDialog", path);
    auto *report = findDialog<SettingsImportDialog>();
    QVERIFY(report);
    uitest::snapshot(report, QStringLiteral("settings-import-report"));
    QVERIFY(report->headline()->text().contains("not for every plugin"));
    QCOMPARE(report->appliedList()->count(), 1);
    QCOMPARE(report->appliedList()->item(0)->text(), QStringLiteral("Alpha (alpha): count"));
    QCOMPARE(report->skippedList()->count(), 1);
    QCOMPARE(report->skippedList()->item(0)->text(),
             QStringLiteral("Ghost (ghost): Not installed here."));
    QCOMPARE(report->refusedList()->count(), 1);
    QVERIFY2(report->refusedList()->item(0)->text().startsWith("Beta (beta): 1 setting was not "
                                                               "saved: \"mode\" must be text"),
             qPrintable(report->refusedList()->item(0)->text()));
    QVERIFY(report->refusedList()->isVisibleTo(report));
    QCOMPARE(w.info("alpha").storedSettings().value("count").toInt(), 9);
    QCOMPARE(w.info("beta").storedSettings().value("mode").toString(), QStringLiteral("kept"));
    report->closeButton()->click();
    QVERIFY(waitFor([] { return uitest::noDialog<SettingsImportDialog>(); }));
}

void TestSettingsTransferMenu::unreadableFileChangesNothing()
{
    uitest::Window w(m_root.path(), QStringLiteral("unreadable"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    const QString path = m_root.filePath("unreadable/in.json");
    QVERIFY(fixtures::writeFile(
        path, R"({"format": "plugboard-settings", "schema_version": 3, "plugins": {}})"));
    action(w, "importSettingsAction")->trigger();
    choose("importSettingsFileDialog", path);
    auto *report = findDialog<SettingsImportDialog>();
    QVERIFY(report);
    QVERIFY2(report->headline()->text().startsWith("Nothing was imported from in.json: The "
                                                   "settings file has schema version 3"),
             qPrintable(report->headline()->text()));
    QVERIFY(!report->appliedList()->isVisibleTo(report));
    QVERIFY(!report->skippedList()->isVisibleTo(report));
    QVERIFY(!report->refusedList()->isVisibleTo(report));
    report->close();
}

QTEST_MAIN(TestSettingsTransferMenu)
#include "tst_settingstransfermenu.moc"
