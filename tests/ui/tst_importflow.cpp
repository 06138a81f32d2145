// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing plugin zips from the window: zips dropped anywhere on it (with the drop hint while
// dragging), the preview with its warnings, editable folder name and the explicit Replace
// choice, the result toast's "Enable now" (trust dialog), and a hostile zip refused with a
// sentence. Real zips on disk (made by Python's zipfile), real installs into a real folder.
#include "uiharness.h"

#include "details/plugindetailspanel.h"
#include "dialogs/importdialog.h"
#include "dialogs/trustdialog.h"
#include "window/dropoverlay.h"
#include "window/plugincontroller.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::findDialog;
using uitest::waitFor;

namespace {

using fixtures::makeZip;

QByteArray pluginPy(const QString &message)
{
    return QStringLiteral("class Plugin:\n    def run(self, action, params, context):\n"
                          "        return {'status': 'ok', 'message': '%1'}\n")
        .arg(message)
        .toUtf8();
}

QByteArray manifest(const QString &name, const QString &version)
{
    return QStringLiteral(R"({"name": "%1", "version": "%2", "author": "Zed",
        "actions": [{"id": "hello", "label": "Hello"}]})")
        .arg(name, version)
        .toUtf8();
}

} // namespace

class TestImportFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropShowsHintAndImports();
    void replaceNeedsConsentAndTrustAgain();
    void hostileZipIsRefusedWithASentence();
    void nonZipDropIsRefused();
    void importButtonTakesSeveralZips();

private:
    void drop(uitest::Window &w, const QStringList &files);
    ImportDialog *acceptPreview();

    QTemporaryDir m_root;
};

void TestImportFlow::initTestCase()
{
    QVERIFY(m_root.isValid());
    uitest::isolateEnvironment(m_root.path());
}

void TestImportFlow::drop(uitest::Window &w, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    const QPoint at = w.window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.window.get(), &enter);
    QVERIFY(w.part<plugboard::ui::DropOverlay>("dropOverlay")
                ->isVisible()); // the hint shows while dragging
    uitest::snapshot(w.window.get(), QStringLiteral("drop-hint"));
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.window.get(), &dropEvent);
    QVERIFY(!w.part<plugboard::ui::DropOverlay>("dropOverlay")->isVisible());
}

void TestImportFlow::dropShowsHintAndImports()
{
    uitest::Window w(m_root.path(), QStringLiteral("drop"));
    QVERIFY(w.start());
    const QString zip = m_root.filePath(QStringLiteral("Greeter-main.zip"));
    QVERIFY(makeZip(zip, {{"Greeter-main/plugin.py", pluginPy("hi")},
                          {"Greeter-main/plugin.json", manifest("Greeter", "1.0.0")},
                          {"README.md", "not part of the plugin"}}));
    drop(w, {zip});
    QCOMPARE(w.part<plugboard::ui::DropOverlay>("dropOverlay")->text(),
             QStringLiteral("Drop to import Greeter-main.zip"));

    auto *preview = findDialog<ImportDialog>();
    QVERIFY(preview);
    uitest::snapshot(preview, QStringLiteral("import-preview"));
    QCOMPARE(preview->folderField()->text(), QStringLiteral("Greeter")); // "-main" removed
    QVERIFY(!preview->replaceBox()->isVisible());
    preview->folderField()->setText(QStringLiteral("greeter"));
    QVERIFY(preview->importButton()->isEnabled());
    preview->importButton()->click();

    QVERIFY(waitFor([&] { return w.manager->plugin(QStringLiteral("greeter")).has_value(); }));
    QVERIFY(QFileInfo::exists(w.pluginsDir + "/greeter/plugin.py"));
    QVERIFY(!QFileInfo::exists(w.pluginsDir + "/greeter/README.md"));
    QVERIFY(!w.info("greeter").enabled()); // new plugins arrive disabled
    Toast *toast = nullptr;
    QVERIFY(waitFor([&] {
        toast = w.lastToast();
        return toast && toast->title().startsWith(QStringLiteral("Installed Greeter"));
    }));
    // "Enable now" goes through the trust dialog.
    QLabel *link = nullptr;
    for (QLabel *l : toast->findChildren<QLabel *>()) {
        if (l->text().contains(QStringLiteral("Enable now")))
            link = l;
    }
    QVERIFY(link);
    Q_EMIT link->linkActivated(QStringLiteral("action"));
    auto *trust = findDialog<TrustDialog>();
    QVERIFY(trust);
    trust->enableButton()->click();
    QVERIFY(waitFor([&] { return w.info("greeter").isLoaded(); }));
    QCOMPARE(w.details()->shownPlugin(), QStringLiteral("greeter"));
}

void TestImportFlow::replaceNeedsConsentAndTrustAgain()
{
    uitest::Window w(m_root.path(), QStringLiteral("replace"));
    fixtures::makePlugin(w.pluginsDir, QStringLiteral("tool"), manifest("Tool", "1.0.0"));
    QVERIFY(w.start());
    QVERIFY(w.manager->setEnabled(QStringLiteral("tool"), true, true));
    QVERIFY(waitFor([&] { return w.info("tool").isLoaded(); }));
    const QString zip = m_root.filePath(QStringLiteral("tool-2.0.0.zip"));
    QVERIFY(
        makeZip(zip, {{"plugin.py", pluginPy("two")}, {"plugin.json", manifest("Tool", "2.0.0")}}));

    w.part<plugboard::ui::PluginController>("pluginController")->importZips({zip});
    auto *preview = findDialog<ImportDialog>();
    QVERIFY(preview);
    QCOMPARE(preview->folderField()->text(), QStringLiteral("tool")); // version suffix removed
    QVERIFY(preview->warningsText().contains(QStringLiteral("1.0.0 → 2.0.0")));
    QVERIFY(preview->replaceBox()->isVisible());
    QVERIFY(!preview->importButton()->isEnabled()); // explicit consent first
    preview->replaceBox()->setChecked(true);
    QVERIFY(preview->keepEnabledBox()->isVisible());
    QVERIFY(preview->importButton()->isEnabled());
    preview->importButton()->click();

    QVERIFY(waitFor([&] { return w.info("tool").version() == QStringLiteral("2.0.0"); }));
    QVERIFY(!w.info("tool").enabled()); // comes back disabled…
    QVERIFY(!w.info("tool").trusted()); // …and the new code needs trust again
    QVERIFY(!w.info("tool").isLoaded());
    // Enabling asks for trust again.
    w.part<plugboard::ui::PluginController>("pluginController")
        ->setEnabled(QStringLiteral("tool"), true);
    auto *trust = findDialog<TrustDialog>();
    QVERIFY(trust);
    trust->cancelButton()->click();
    QVERIFY(!w.info("tool").enabled());
    // No staging or backup folder is left behind.
    QVERIFY(waitFor([&] {
        return QDir(w.pluginsDir)
                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
               QStringList{QStringLiteral("tool")};
    }));
}

void TestImportFlow::hostileZipIsRefusedWithASentence()
{
    uitest::Window w(m_root.path(), QStringLiteral("hostile"));
    QVERIFY(w.start());
    const QString zip = m_root.filePath(QStringLiteral("evil.zip"));
    QVERIFY(makeZip(zip, {{"evil/plugin.py", pluginPy("x")}, {"evil/../../escape.txt", "x"}}));
    drop(w, {zip});
    QVERIFY(waitFor([&] {
        Toast *t = w.lastToast();
        return t && t->level() == Toast::Level::Error && t->title().contains("evil.zip");
    }));
    QVERIFY(w.lastToast()->message().contains(QStringLiteral("..")));
    QVERIFY(uitest::noDialog<ImportDialog>());
    QVERIFY(QDir(w.pluginsDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("escape.txt"))));
}

void TestImportFlow::nonZipDropIsRefused()
{
    uitest::Window w(m_root.path(), QStringLiteral("nonzip"));
    QVERIFY(w.start());
    const QString text = m_root.filePath(QStringLiteral("notes.txt"));
    QVERIFY(fixtures::writeFile(text, "hello"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(text)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.window.get(), &enter);
    QVERIFY(w.part<plugboard::ui::DropOverlay>("dropOverlay")->isVisible());
    QVERIFY(!w.part<plugboard::ui::DropOverlay>("dropOverlay")->accepted());
    QCOMPARE(w.part<plugboard::ui::DropOverlay>("dropOverlay")->text(),
             QStringLiteral("Only plugin .zip files can be imported"));
    QDragMoveEvent move(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.window.get(), &move);
    QVERIFY(!move.isAccepted()); // no drop here
    QDragLeaveEvent leave;
    QApplication::sendEvent(w.window.get(), &leave);
    QVERIFY(!w.part<plugboard::ui::DropOverlay>("dropOverlay")->isVisible());
}

void TestImportFlow::importButtonTakesSeveralZips()
{
    uitest::Window w(m_root.path(), QStringLiteral("chooser"));
    QVERIFY(w.start());
    const QString one = m_root.filePath(QStringLiteral("one.zip"));
    const QString two = m_root.filePath(QStringLiteral("two-1.0.zip"));
    QVERIFY(makeZip(one,
                    {{"one/plugin.py", pluginPy("1")}, {"one/plugin.json", manifest("One", "1")}}));
    QVERIFY(makeZip(two, {{"plugin.py", pluginPy("2")}}));

    w.window->activateWindow();
    QTest::keySequence(w.window.get(), QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *chooser = findDialog<QFileDialog>();
    QVERIFY(chooser);
    QCOMPARE(chooser->objectName(), QStringLiteral("importFileDialog"));
    QCOMPARE(chooser->fileMode(), QFileDialog::ExistingFiles);
    QVERIFY(chooser->nameFilters().join(' ').contains(QStringLiteral("*.zip")));
    Q_EMIT chooser->filesSelected({one, two}); // what choosing both and pressing Open sends
    chooser->close();

    // One preview at a time, in the order chosen.
    for (const QString &folder : {QStringLiteral("one"), QStringLiteral("two")}) {
        ImportDialog *preview = nullptr;
        QVERIFY(waitFor([&] {
            preview = findDialog<ImportDialog>(100);
            return preview && preview->folderField()->text() == folder;
        }));
        int open = 0;
        for (QWidget *top : QApplication::topLevelWidgets())
            open += qobject_cast<ImportDialog *>(top) && top->isVisible() ? 1 : 0;
        QCOMPARE(open, 1);
        preview->importButton()->click();
        QVERIFY(waitFor([&] { return w.manager->plugin(folder).has_value(); }));
    }
    QVERIFY(waitFor([] { return uitest::noDialog<ImportDialog>(); }));
    QCOMPARE(QDir(w.pluginsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{"one", "two"}));
}

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
