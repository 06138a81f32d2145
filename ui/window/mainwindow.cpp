#include "window/mainwindow.h"

#include "about/projectlinks.h"
#include "about/runtimeversions.h"
#include "cards/plugincarddelegate.h"
#include "cards/pluginlistview.h"
#include "details/plugindetailspanel.h"
#include "dialogs/aboutdialog.h"
#include "install/exampleplugins.h"
#include "models/pluginfilterproxy.h"
#include "models/pluginlistmodel.h"
#include "pluginmanager.h"
#include "theme/appicon.h"
#include "toasts/toastarea.h"
#include "window/dropoverlay.h"
#include "window/plugincontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QLabel *pageText(const QString &text, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    if (bold)
        f.setWeight(QFont::DemiBold);
    label->setFont(f);
    if (!bold)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MainWindow::MainWindow(PluginManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_model(new PluginListModel(manager, this))
    , m_proxy(new PluginFilterProxy(this))
{
    setWindowTitle(tr("Plugboard"));
    setObjectName(QStringLiteral("PlugboardMainWindow"));
    setWindowIcon(appIcon());
    // Dialogs and the taskbar of an uninstalled build take the application's icon.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(appIcon());
    m_proxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    m_toasts = new ToastArea(central);
    m_controller = new PluginController(manager, this, m_toasts, this);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    m_details = new PluginDetailsPanel(m_controller, this);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->addWidget(buildPages());
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_dropOverlay = new DropOverlay(central);
    setAcceptDrops(true);
    m_search->setAcceptDrops(false); // a zip dropped on the search field imports it too
    buildMenus();

    // Tab order: search, filter, reload, cards, then the details panel.
    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_import);
    setTabOrder(m_import, m_reload);
    setTabOrder(m_reload, m_view);
    setTabOrder(m_view, m_details);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PluginFilterProxy::setQuery);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setFilter(PluginFilterProxy::Filter(i)); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updatePage);
    connect(m_model, &PluginListModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);

    const auto fromProxy = [this](const QModelIndex &index) {
        return m_model->pluginAt(m_proxy->mapToSource(index).row());
    };
    connect(m_delegate, &PluginCardDelegate::toggleRequested, this,
            [this, fromProxy](const QModelIndex &index) {
                const PluginInfo &info = fromProxy(index);
                m_controller->setEnabled(PluginController::reference(info), !info.enabled);
            });
    connect(m_view, &PluginListView::toggleRequested, m_delegate,
            &PluginCardDelegate::toggleRequested);
    connect(m_delegate, &PluginCardDelegate::removeRequested, this,
            [this, fromProxy](const QModelIndex &index) {
                m_controller->remove(PluginController::reference(fromProxy(index)));
            });
    connect(m_view, &PluginListView::removeRequested, m_delegate,
            &PluginCardDelegate::removeRequested);
    connect(m_delegate, &PluginCardDelegate::docsRequested, m_controller,
            &PluginController::openDocs);
    connect(m_view, &PluginListView::openRequested, this,
            [this] { m_details->tabs()->setFocus(); });
    connect(m_controller, &PluginController::showPluginRequested, this,
            [this](const QString &key, bool activity) {
                if (selectPlugin(key) && activity)
                    m_details->showTab(PluginDetailsPanel::Tab::Activity);
            });
    connect(m_manager, &PluginManager::discoveryStarted, this,
            [this] { m_reload->setEnabled(false); });
    connect(m_manager, &PluginManager::discoveryFinished, this, [this](const QString &error) {
        m_reload->setEnabled(true);
        if (!error.isEmpty())
            m_toasts->show(Toast::Level::Error, tr("Could not read the plugins folder"), error);
        updatePage();
    });

    QSettings settings(QStringLiteral("plugboard"), QStringLiteral("plugboard"));
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateCounts();
    updatePage();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Plugin Zips…"));
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
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find Plugins"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QAction *reload = view->addAction(tr("&Reload Plugins"));
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

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(RuntimeVersions::current(), m_manager->paths(),
                                   ExamplePlugins::sourceDir(), ProjectLinks::current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *MainWindow::buildHeader()
{
    auto *header = new QWidget(this);
    auto *title = new QLabel(tr("Plugins"), header);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::Bold);
    title->setFont(f);
    m_count = new QLabel(header);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAccessibleName(tr("Plugin count"));

    m_search = new QLineEdit(header);
    m_search->setPlaceholderText(tr("Search name, description, author (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search plugins"));
    m_search->setMinimumWidth(280);
    m_search->setObjectName(QStringLiteral("search"));

    m_filter = new QComboBox(header);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->addItems({tr("All"), tr("Enabled"), tr("Disabled"), tr("Legacy"), tr("Problems")});
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_import = new QPushButton(tr("Import…"), header);
    m_import->setToolTip(tr("Install plugins from zip files (Ctrl+I); you can also drop zips "
                            "anywhere on the window"));
    m_import->setAccessibleName(tr("Import plugin zips"));
    m_import->setObjectName(QStringLiteral("import"));
    connect(m_import, &QPushButton::clicked, this, &MainWindow::chooseZips);

    m_reload = new QPushButton(tr("Reload"), header);
    m_reload->setToolTip(tr("Stop the plugins, look for changes in the plugins folder and "
                            "load the enabled ones again (F5)"));
    m_reload->setAccessibleName(tr("Reload plugins"));
    connect(m_reload, &QPushButton::clicked, this, [this] { m_controller->reloadAll(); });

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_count, 0, Qt::AlignBottom);
    layout->addStretch(1);
    layout->addWidget(m_search);
    layout->addWidget(m_filter);
    layout->addWidget(m_import);
    layout->addWidget(m_reload);
    return header;
}

QWidget *MainWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_view = new PluginListView(m_pages);
    m_delegate = new PluginCardDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_proxy);
    m_view->setMinimumWidth(PluginCardDelegate::MinCardWidth + 24);

    m_loadingPage = new QWidget(m_pages);
    auto *loading = new QVBoxLayout(m_loadingPage);
    loading->addStretch(1);
    loading->addWidget(pageText(tr("Looking for plugins…"), m_loadingPage, 1.1));
    loading->addStretch(1);

    m_emptyPage = new QWidget(m_pages);
    auto *empty = new QVBoxLayout(m_emptyPage);
    empty->addStretch(1);
    empty->addWidget(pageText(tr("No plugins yet"), m_emptyPage, 1.4, true));
    empty->addWidget(pageText(
        tr("Plugboard looks for plugins in\n%1\nAdd the example plugins to try it, import a "
           "plugin zip (or drop it anywhere here), or copy a plugin folder there and press F5.")
            .arg(QDir::toNativeSeparators(m_manager->paths().pluginsDir)),
        m_emptyPage));
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    m_addExamples = new QPushButton(tr("Add example plugins"), m_emptyPage);
    m_addExamples->setDefault(true);
    connect(m_addExamples, &QPushButton::clicked, m_controller,
            &PluginController::addExamplePlugins);
    auto *openFolder = new QPushButton(tr("Open plugins folder"), m_emptyPage);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_manager->paths().pluginsDir));
    });
    emptyButtons->addWidget(m_addExamples);
    auto *importZip = new QPushButton(tr("Import plugin zip…"), m_emptyPage);
    connect(importZip, &QPushButton::clicked, this, &MainWindow::chooseZips);
    emptyButtons->addWidget(importZip);
    emptyButtons->addWidget(openFolder);
    emptyButtons->addStretch(1);
    empty->addLayout(emptyButtons);
    empty->addStretch(2);

    m_noMatchPage = new QWidget(m_pages);
    auto *noMatch = new QVBoxLayout(m_noMatchPage);
    noMatch->addStretch(1);
    m_noMatchText = pageText(QString(), m_noMatchPage, 1.2, true);
    noMatch->addWidget(m_noMatchText);
    auto *clear = new QPushButton(tr("Show all plugins"), m_noMatchPage);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_filter->setCurrentIndex(0);
    });
    auto *clearRow = new QHBoxLayout;
    clearRow->addStretch(1);
    clearRow->addWidget(clear);
    clearRow->addStretch(1);
    noMatch->addLayout(clearRow);
    noMatch->addStretch(2);

    m_pages->addWidget(m_view);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_noMatchPage);
    return m_pages;
}

void MainWindow::start()
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_manager, &PluginManager::discoveryFinished, this, [this, connection] {
        disconnect(*connection);
        m_manager->loadEnabled();
        m_manager->followExternalChanges(700);
        m_started = true;
        updatePage();
        Q_EMIT started();
    });
    m_manager->reloadInBackground(false);
    updatePage();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::updatePage()
{
    QWidget *page = m_view;
    if (m_model->rowCount() == 0)
        page = m_started || !m_manager->isDiscovering() ? m_emptyPage : m_loadingPage;
    else if (m_proxy->rowCount() == 0)
        page = m_noMatchPage;
    if (!m_started && m_model->rowCount() == 0)
        page = m_loadingPage;
    if (page == m_noMatchPage) {
        const QString query = m_search->text().trimmed();
        m_noMatchText->setText(query.isEmpty()
                                   ? tr("No plugins are %1.").arg(m_filter->currentText().toLower())
                                   : tr("No plugins match \"%1\".").arg(query));
    }
    m_pages->setCurrentWidget(page);
    // With nothing to list there is nothing to detail: the empty state gets the whole width.
    m_details->setVisible(page == m_view || page == m_noMatchPage);
}

void MainWindow::updateCounts()
{
    const PluginListModel::Counts c = m_model->counts();
    m_count->setText(tr("%1 in all · %2 enabled").arg(c.all).arg(c.enabled));
    const int counts[] = {c.all, c.enabled, c.disabled, c.legacy, c.problems};
    const QString names[] = {tr("All"), tr("Enabled"), tr("Disabled"), tr("Legacy"),
                             tr("Problems")};
    for (int i = 0; i < 5; ++i)
        m_filter->setItemText(i, tr("%1 (%2)").arg(names[i]).arg(counts[i]));
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return; // keep showing the last plugin while the list filters
    m_selected =
        PluginController::reference(m_model->pluginAt(m_proxy->mapToSource(current).row()));
    m_details->showPlugin(m_selected);
}

void MainWindow::restoreSelection()
{
    if (m_selected.isEmpty() || !selectPlugin(m_selected))
        m_details->showPlugin(m_selected);
}

bool MainWindow::selectPlugin(const QString &plugin)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info)
        return false;
    const int row = m_model->rowOf(info->key, info->duplicateKey ? info->folderName : QString());
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        // Hidden by search or filter: show everything rather than a selection nobody sees.
        m_search->clear();
        m_filter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selected = PluginController::reference(*info);
    m_details->showPlugin(m_selected);
    return true;
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
        m_controller->importZips(files);
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
    m_controller->importZips(zips);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(QStringLiteral("plugboard"), QStringLiteral("plugboard"));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace plugboard::ui
