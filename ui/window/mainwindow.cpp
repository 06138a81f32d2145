// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "about/projectlinks.h"
#include "about/runtimeversions.h"
#include "dialogs/aboutdialog.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "theme/appicon.h"
#include "toasts/toastarea.h"
#include "window/dropoverlay.h"
#include "window/findpluginspage.h"
#include "window/plugincontroller.h"
#include "window/pluginspage.h"
#include "window/recoverybanner.h"
#include "window/settingstransfercontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace plugboard::ui {

MainWindow::MainWindow(PluginManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
{
    setWindowTitle(tr("Plugboard"));
    setObjectName(QStringLiteral("PlugboardMainWindow"));
    setWindowIcon(appIcon());
    // Dialogs and the taskbar of an uninstalled build take the application's icon.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(appIcon());

    auto *central = new QWidget(this);
    m_toasts = new ToastArea(central);
    m_toasts->setObjectName(QStringLiteral("toasts"));
    m_controller = new PluginController(manager, this, m_toasts, this);
    m_controller->setObjectName(QStringLiteral("pluginController"));
    m_page = new PluginsPage(manager, m_controller, central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The pages: the installed plugins, and Find Plugins once repositories are given. The tab
    // bar stays hidden while there is one page.
    m_pageTabs = new QTabBar(central);
    m_pageTabs->setObjectName(QStringLiteral("pageTabs"));
    m_pageTabs->setDocumentMode(true);
    m_pageTabs->setDrawBase(true);
    m_pageTabs->setExpanding(false);
    m_pageTabs->addTab(tr("Installed"));
    m_pageTabs->setTabToolTip(0, tr("The plugins installed here (Ctrl+1)"));
    m_pageTabs->hide();
    m_pageStack = new QStackedWidget(central);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    m_pageStack->addWidget(m_page);
    connect(m_pageTabs, &QTabBar::currentChanged, this, [this](int index) {
        m_pageStack->setCurrentIndex(index);
        if (m_findPage && m_pageStack->currentWidget() == m_findPage)
            m_findPage->activate();
    });
    m_recoveryBanner = new RecoveryBanner(central);
    connect(m_recoveryBanner, &RecoveryBanner::dismissed, m_manager,
            &PluginManager::dismissDatabaseRecovery);
    connect(m_recoveryBanner, &RecoveryBanner::openBackupsRequested, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_manager->paths().backupsDir()));
    });
    layout->addWidget(m_recoveryBanner);
    layout->addWidget(m_pageTabs);
    layout->addWidget(m_pageStack, 1);
    setCentralWidget(central);
    m_toasts->raise();
    m_dropOverlay = new DropOverlay(central);
    m_dropOverlay->setObjectName(QStringLiteral("dropOverlay"));
    setAcceptDrops(true);
    buildMenus();

    connect(m_page, &PluginsPage::importRequested, this, &MainWindow::chooseZips);
    connect(m_manager, &PluginManager::discoveryFinished, this, [this](const QString &error) {
        if (!error.isEmpty())
            notify(Toast::Level::Error, tr("Could not read the plugins folder"), error);
        // A rescan reads the database: a recovery (here or in another process) shows now.
        m_recoveryBanner->setReport(m_manager->databaseRecovery());
    });
    connect(m_manager, &PluginManager::backupFailed, this, [this](const QString &error) {
        notify(Toast::Level::Warning, tr("The daily backup of the plugin database failed"), error);
    });

    QSettings settings(QStringLiteral("plugboard"), QStringLiteral("plugboard"));
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_page->restoreState(settings);
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    ReloadJob *first = m_manager->reload();
    connect(first, &Job::finished, this, [this] {
        m_manager->loadEnabled();
        m_manager->followExternalChanges(700);
        m_manager->keepBackups();
        m_started = true;
        m_page->setStarted();
        Q_EMIT started();
    });
}

bool MainWindow::selectPlugin(const QString &plugin)
{
    showPage(Page::Installed);
    return m_page->selectPlugin(plugin);
}

void MainWindow::showTab(PluginDetailsPanel::Tab tab)
{
    m_page->showTab(tab);
}

void MainWindow::setSearchText(const QString &text)
{
    m_page->setSearchText(text);
}

void MainWindow::importZips(const QStringList &paths)
{
    m_controller->importZips(paths);
}

void MainWindow::notify(Toast::Level level, const QString &title, const QString &message)
{
    m_toasts->show(level, title, message);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Plugin Zips…"));
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &MainWindow::chooseZips);
    addAction(import);
    QAction *examples = file->addAction(tr("Add &Example Plugins"));
    connect(examples, &QAction::triggered, m_controller, &PluginController::addExamplePlugins);
    QAction *openFolder = file->addAction(tr("&Open Plugins Folder"));
    connect(openFolder, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_manager->paths().pluginsDir));
    });
    file->addSeparator();
    auto *transfer = new SettingsTransferController(m_manager, this, m_toasts, this);
    transfer->setObjectName(QStringLiteral("settingsTransfer"));
    QAction *exportSettings = file->addAction(tr("E&xport Settings…"));
    exportSettings->setObjectName(QStringLiteral("exportSettingsAction"));
    exportSettings->setToolTip(tr("Write every plugin's settings to a file"));
    connect(exportSettings, &QAction::triggered, transfer,
            &SettingsTransferController::chooseExportFile);
    QAction *importSettings = file->addAction(tr("Import &Settings…"));
    importSettings->setObjectName(QStringLiteral("importSettingsAction"));
    importSettings->setToolTip(tr("Apply the plugin settings of an exported file"));
    connect(importSettings, &QAction::triggered, transfer,
            &SettingsTransferController::chooseImportFile);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *installed = view->addAction(tr("&Installed Plugins"));
    installed->setObjectName(QStringLiteral("showInstalledAction"));
    installed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(installed, &QAction::triggered, this, [this] { showPage(Page::Installed); });
    addAction(installed);
    QAction *findPage = view->addAction(tr("Find &Plugins in Repositories"));
    findPage->setObjectName(QStringLiteral("showFindPluginsAction"));
    findPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(findPage, &QAction::triggered, this, [this] { showPage(Page::FindPlugins); });
    addAction(findPage);
    view->addSeparator();
    QAction *find = view->addAction(tr("&Search Installed Plugins"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setObjectName(QStringLiteral("findAction"));
    connect(find, &QAction::triggered, this, [this] {
        if (m_findPage && currentPage() == Page::FindPlugins) {
            m_findPage->focusSearch();
            return;
        }
        m_page->focusSearch();
    });
    QAction *reload = view->addAction(tr("&Reload Plugins"));
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, m_controller, &PluginController::reloadAll);

    view->addSeparator();
    QMenu *api = view->addMenu(tr("Local &REST API"));
    m_apiServe = api->addAction(tr("&Serve the REST API"));
    m_apiServe->setObjectName(QStringLiteral("apiServeAction"));
    m_apiServe->setCheckable(true);
    m_apiServe->setToolTip(tr("Let scripts and plugboardctl drive Plugboard over HTTP on this "
                              "computer only (127.0.0.1), with a token."));
    connect(m_apiServe, &QAction::triggered, this, &MainWindow::apiServingRequested);
    m_apiAddress = api->addAction(QString());
    m_apiAddress->setEnabled(false);
    m_apiToken = api->addAction(tr("&Copy API Token"));
    m_apiToken->setObjectName(QStringLiteral("apiTokenAction"));
    connect(m_apiToken, &QAction::triggered, this, &MainWindow::apiTokenRequested);
    setApiState(false, QString(), QString());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // Plugboard has no manual apart from the README; the About box links to it, so F1 goes there.
    QAction *about = help->addAction(tr("&About Plugboard"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    about->setShortcut(QKeySequence(Qt::Key_F1));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // The actions live in the window too, so shortcuts work with the menu bar hidden.
    addAction(quit);
    addAction(find);
    addAction(reload);
    addAction(about);
}

void MainWindow::setApiState(bool running, const QString &address, const QString &problem)
{
    m_apiServe->setChecked(running);
    m_apiAddress->setText(running             ? tr("Listening on %1").arg(address)
                          : problem.isEmpty() ? tr("Not serving")
                                              : tr("Not serving: %1").arg(problem));
    m_apiToken->setEnabled(running);
}

void MainWindow::setRepositories(PluginRepositories *repositories)
{
    if (m_findPage || !repositories)
        return;
    m_page->setRepositories(repositories, m_toasts);
    m_findPage = new FindPluginsPage(repositories, m_toasts, m_pageStack);
    m_pageStack->addWidget(m_findPage);
    m_pageTabs->addTab(tr("Find Plugins"));
    m_pageTabs->setTabToolTip(1, tr("Plugins the repositories offer (Ctrl+2)"));
    m_pageTabs->show();
    m_toasts->raise();
}

void MainWindow::showPage(Page page)
{
    if (page == Page::FindPlugins && !m_findPage)
        return;
    m_pageTabs->setCurrentIndex(page == Page::FindPlugins ? 1 : 0);
    m_pageStack->setCurrentIndex(page == Page::FindPlugins ? 1 : 0);
    if (page == Page::FindPlugins)
        m_findPage->activate();
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_findPage && m_pageStack->currentWidget() == m_findPage ? Page::FindPlugins
                                                                    : Page::Installed;
}

AboutDialog *MainWindow::showAbout()
{
    const RuntimeVersions versions = RuntimeVersions::current();
    auto *dialog = new AboutDialog(versions, m_manager->paths(), versions.examples,
                                   ProjectLinks::current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The plugin processes, fresh every two seconds while the dialog is open (one small read
    // of /proc per process).
    dialog->setProcesses(m_manager->processes());
    auto *refresh = new QTimer(dialog);
    connect(refresh, &QTimer::timeout, dialog,
            [this, dialog] { dialog->setProcesses(m_manager->processes()); });
    refresh->start(2000);
    dialog->open();
    return dialog;
}

void MainWindow::chooseZips()
{
    QSettings settings(QStringLiteral("plugboard"), QStringLiteral("plugboard"));
    auto *dialog = new QFileDialog(
        this, tr("Import plugin zips"),
        settings.value(QStringLiteral("import/lastFolder"), QDir::homePath()).toString(),
        tr("Plugin zips (*.zip *.ZIP)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        if (files.isEmpty())
            return;
        QSettings(QStringLiteral("plugboard"), QStringLiteral("plugboard"))
            .setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).path());
        importZips(files);
    });
    dialog->open();
}

namespace {

// The local .zip files a drag carries, and how many other things it carries.
QStringList zipsIn(const QMimeData *mime, int *others)
{
    QStringList zips;
    *others = 0;
    if (!mime || !mime->hasUrls())
        return zips;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            zips << url.toLocalFile();
        else
            ++*others;
    }
    return zips;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    int others = 0;
    const QStringList zips = zipsIn(event->mimeData(), &others);
    if (zips.isEmpty()) {
        if (!event->mimeData()->hasUrls()) {
            event->ignore();
            return;
        }
        // Accepted only to follow the drag (and get the leave event that hides the hint);
        // dragMoveEvent() refuses the drop itself.
        m_dropOverlay->showHint(tr("Only plugin .zip files can be imported"), false);
        event->accept();
        return;
    }
    m_dropOverlay->showHint(zips.size() == 1
                                ? tr("Drop to import %1").arg(QFileInfo(zips.first()).fileName())
                                : tr("Drop to import %1 plugin zips").arg(zips.size()),
                            true);
    event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_dropOverlay->accepted())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropOverlay->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropOverlay->hide();
    int others = 0;
    const QStringList zips = zipsIn(event->mimeData(), &others);
    if (zips.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (others > 0) {
        m_toasts->show(Toast::Level::Warning, tr("Some files were not imported"),
                       tr("Only .zip files can be imported. Left out: %1.").arg(others));
    }
    importZips(zips);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(QStringLiteral("plugboard"), QStringLiteral("plugboard"));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_page->saveState(settings);
    QMainWindow::closeEvent(event);
}

} // namespace plugboard::ui
