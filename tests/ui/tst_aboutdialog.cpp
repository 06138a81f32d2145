// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About Plugboard on the real window (offscreen): the menu entry and F1 open it; it shows
// the runtime versions (RuntimeVersions, asked of the loaded libraries: see
// tst_runtimeversions) and the manager's own folders, not text of its own; Copy Details puts
// the same facts on the clipboard. PLUGBOARD_TEST_SHOTS=<dir> saves a picture of it.
#include "uiharness.h"

#include "about/projectlinks.h"
#include "about/runtimeversions.h"
#include "dialogs/aboutdialog.h"
#include "install/exampleplugins.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>

using namespace plugboard;
using namespace plugboard::ui;
using Field = AboutDialog::Field;
using uitest::findDialog;
using uitest::waitFor;

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpMenuAndF1OpenIt();
    void showsRuntimeVersionsAndTheManagersFolders();
    void copyDetails();
    void examplesNotInstalled();
    void listsThePluginProcesses();

private:
    QTemporaryDir m_root;
};

void TestAboutDialog::initTestCase()
{
    QVERIFY(m_root.isValid());
    uitest::isolateEnvironment(m_root.path());
}

void TestAboutDialog::helpMenuAndF1OpenIt()
{
    uitest::Window w(m_root.path(), QStringLiteral("menu"));
    QVERIFY(w.start());
    auto *about = w.window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QCOMPARE(about->shortcut(), QKeySequence(Qt::Key_F1));
    // It sits in the Help menu of the menu bar.
    QMenu *help = nullptr;
    for (QAction *top : w.window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(about))
            help = top->menu();
    }
    QVERIFY(help);
    QCOMPARE(help->title(), QStringLiteral("&Help"));

    about->trigger();
    AboutDialog *dialog = findDialog<AboutDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->accessibleName(), QStringLiteral("About Plugboard"));
    QVERIFY(dialog->parentWidget() == w.window.get());
    dialog->close();
    QVERIFY(waitFor([] { return uitest::noDialog<AboutDialog>(); }));

    w.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    dialog = findDialog<AboutDialog>();
    QVERIFY2(dialog, "F1 did not open the About box");
    dialog->close();
}

void TestAboutDialog::showsRuntimeVersionsAndTheManagersFolders()
{
    uitest::Window w(m_root.path(), QStringLiteral("values"));
    QVERIFY(w.start());
    AboutDialog *dialog = w.window->showAbout();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    const RuntimeVersions v = RuntimeVersions::current();
    QCOMPARE(dialog->value(Field::Version), QStringLiteral(PLUGBOARD_VERSION_TEXT));
    QVERIFY(dialog->valueLabel(Field::Version)
                ->text()
                .contains(QStringLiteral(PLUGBOARD_VERSION_TEXT)));
    QCOMPARE(dialog->value(Field::Qt), QString::fromLatin1(qVersion()));
    QCOMPARE(dialog->value(Field::Python), v.python);
    QCOMPARE(dialog->value(Field::Sqlite), v.sqlite);
    QCOMPARE(dialog->value(Field::QuaZip), v.quazip);
    for (const Field f : {Field::Qt, Field::Python, Field::Sqlite, Field::QuaZip}) {
        QCOMPARE(dialog->valueLabel(f)->text(), dialog->value(f)); // what is on screen
        QVERIFY(!dialog->value(f).isEmpty());
    }

    QCOMPARE(dialog->value(Field::DataFolder),
             QDir::toNativeSeparators(w.manager->paths().dataDir));
    QCOMPARE(dialog->value(Field::PluginsFolder),
             QDir::toNativeSeparators(w.manager->paths().pluginsDir));
    QCOMPARE(dialog->value(Field::Examples), ExamplePlugins::sourceDir());
    // The licence the project declares (LICENSES/, the metainfo, the Debian copyright file).
    QVERIFY2(dialog->value(Field::License).contains(QStringLiteral("GPL-3.0-or-later")),
             qPrintable(dialog->value(Field::License)));
    QCOMPARE(dialog->value(Field::PluginModules), RuntimeVersions::current().pluginModules);
    // The suite runs in English; the row names it and how to choose another.
    QVERIFY2(
        dialog->value(Field::Language).startsWith(QStringLiteral("English · others: --lang en/de")),
        qPrintable(dialog->value(Field::Language)));
    for (const Field f : {Field::DataFolder, Field::PluginsFolder, Field::Examples}) {
        QLabel *label = dialog->valueLabel(f);
        // Shown as a link that opens the folder.
        QVERIFY2(label->text().contains(dialog->value(f).toHtmlEscaped()),
                 qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("href=\"file://")));
        QVERIFY(label->openExternalLinks());
    }
    for (const Field f : {Field::Version, Field::Qt, Field::Python, Field::Sqlite, Field::QuaZip,
                          Field::DataFolder, Field::PluginsFolder, Field::Examples})
        QVERIFY(!dialog->valueLabel(f)->accessibleName().isEmpty());

    const ProjectLinks links = ProjectLinks::current();
    for (const QUrl &url :
         {links.homepage, links.bugTracker, links.authorGuide, links.pluginContract})
        QVERIFY2(dialog->linksLabel()->text().contains(url.toString()), qPrintable(url.toString()));
    QVERIFY(links.homepage.isValid() && links.homepage.scheme() == QStringLiteral("https"));
    uitest::snapshot(dialog, QStringLiteral("about"));
    dialog->close();
}

void TestAboutDialog::copyDetails()
{
    uitest::Window w(m_root.path(), QStringLiteral("copy"));
    QVERIFY(w.start());
    AboutDialog *dialog = w.window->showAbout();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, dialog->detailsText());
    QVERIFY(copied.startsWith(QStringLiteral("Plugboard " PLUGBOARD_VERSION_TEXT "\n")));
    for (const Field f : {Field::Qt, Field::Python, Field::Sqlite, Field::QuaZip, Field::DataFolder,
                          Field::PluginsFolder, Field::Examples})
        QVERIFY2(copied.contains(dialog->value(f)), qPrintable(copied));
    dialog->close();
}

void TestAboutDialog::examplesNotInstalled()
{
    const PluginPaths paths = PluginPaths::resolve(m_root.filePath(QStringLiteral("d")),
                                                   m_root.filePath(QStringLiteral("p")));
    AboutDialog dialog(RuntimeVersions::current(), paths, QString(), ProjectLinks::current());
    QCOMPARE(dialog.value(Field::Examples), QStringLiteral("not installed"));
    QCOMPARE(dialog.valueLabel(Field::Examples)->text(), QStringLiteral("not installed"));
}

void TestAboutDialog::listsThePluginProcesses()
{
    uitest::Window w(m_root.path(), QStringLiteral("processes"));
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        const QString folder =
            fixtures::makePlugin(w.pluginsDir, name.toLower(), fixtures::manifest(name));
        QVERIFY(fixtures::writeFile(folder + "/plugin.py", "class Plugin:\n"
                                                           "    def run(self, a, p, c):\n"
                                                           "        return {}\n"));
    }
    QVERIFY(w.start());
    AboutDialog *dialog = w.window->showAbout();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->processList()->isHidden()); // nothing enabled, nothing runs
    dialog->close();

    for (const char *key : {"alpha", "beta"})
        QVERIFY(w.manager->setEnabled(key, true, true).ok());
    QVERIFY(waitFor([&] {
        return w.manager->plugin("alpha")->isLoaded() && w.manager->plugin("beta")->isLoaded();
    }));
    dialog = w.window->showAbout();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTreeWidget *list = dialog->processList();
    QCOMPARE(list->topLevelItemCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QCOMPARE(item->text(0), row == 0 ? QStringLiteral("Alpha") : QStringLiteral("Beta"));
        const qint64 pid = item->text(1).toLongLong();
        QVERIFY(pid > 0 && pid != QCoreApplication::applicationPid());
        QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(pid))); // a real process
        QVERIFY(!item->text(2).isEmpty());
        QCOMPARE(item->text(3), QLocale().formattedDataSize(2048LL * 1024 * 1024));
    }
    QVERIFY(dialog->detailsText().contains("Plugin process: Alpha (alpha), pid"));
    uitest::snapshot(dialog, QStringLiteral("about-processes"));
    // Disabling ends the process; the open dialog follows within its refresh.
    QVERIFY(w.manager->setEnabled("beta", false).ok());
    QVERIFY(waitFor([&] { return list->topLevelItemCount() == 1; }, 10000));
    dialog->close();
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
