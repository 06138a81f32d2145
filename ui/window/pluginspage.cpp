// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/pluginspage.h"

#include "cards/plugincarddelegate.h"
#include "cards/pluginlistview.h"
#include "manager/pluginmanager.h"
#include "models/pluginfilterproxy.h"
#include "models/pluginlistmodel.h"
#include "runner/activity.h"
#include "runner/runjob.h"
#include "widgets/searchfield.h"
#include "window/plugincontroller.h"
#include "window/skippedfoldersnote.h"
#include "window/updatesbar.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
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

// A row of buttons, centred.
QHBoxLayout *centred(std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch(1);
    return row;
}

} // namespace

PluginsPage::PluginsPage(PluginManager *manager, PluginController *controller, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_controller(controller)
    , m_model(new PluginListModel(manager, this))
    , m_proxy(new PluginFilterProxy(this))
{
    setObjectName(QStringLiteral("pluginsPage"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    m_details = new PluginDetailsPanel(this);
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(buildPages());
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    // Tab order: search, filter, import, reload, cards, then the details panel.
    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_import);
    setTabOrder(m_import, m_reload);
    setTabOrder(m_reload, m_view);
    setTabOrder(m_view, m_details);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PluginFilterProxy::setQuery);
    connect(m_search, &SearchField::resultsRequested, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->setFocus(Qt::TabFocusReason);
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setFilter(PluginFilterProxy::Filter(i)); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PluginsPage::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PluginsPage::updatePage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PluginsPage::updatePage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PluginsPage::updatePage);
    // An empty result stays empty while the query grows: the sentence must follow the query.
    connect(m_proxy, &PluginFilterProxy::queryChanged, this, &PluginsPage::updatePage);
    connect(m_proxy, &PluginFilterProxy::filterChanged, this, &PluginsPage::updatePage);
    connect(m_model, &PluginListModel::countsChanged, this, &PluginsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PluginsPage::restoreSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PluginsPage::onCurrentChanged);
    connect(m_manager, &PluginManager::discoveryStarted, this,
            [this] { m_reload->setEnabled(false); });
    connect(m_manager, &PluginManager::discoveryFinished, this, [this] {
        m_skipped->setFolders(m_manager->skippedFolders());
        m_reload->setEnabled(true);
        updatePage();
    });
    connectCards();
    connectDetails();
    updateCounts();
    updatePage();
}

QWidget *PluginsPage::buildHeader()
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
    m_count->setObjectName(QStringLiteral("pluginCount"));

    m_search = new SearchField(header);
    m_search->setPlaceholderText(tr("Search name, description, author (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search plugins"));
    m_search->setMinimumWidth(280);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAcceptDrops(false); // a zip dropped on the search field imports it too

    m_filter = new QComboBox(header);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->setObjectName(QStringLiteral("filter"));
    for (int i = 0; i <= int(PluginFilterProxy::Filter::Updates); ++i)
        m_filter->addItem(PluginFilterProxy::name(PluginFilterProxy::Filter(i)));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_import = new QPushButton(tr("Import…"), header);
    m_import->setToolTip(tr("Install plugins from zip files (Ctrl+I); you can also drop zips "
                            "anywhere on the window"));
    m_import->setAccessibleName(tr("Import plugin zips"));
    m_import->setObjectName(QStringLiteral("import"));
    connect(m_import, &QPushButton::clicked, this, &PluginsPage::importRequested);

    m_reload = new QPushButton(tr("Reload"), header);
    m_reload->setToolTip(tr("Stop the plugins, look for changes in the plugins folder and "
                            "load the enabled ones again (F5)"));
    m_reload->setAccessibleName(tr("Reload plugins"));
    m_reload->setObjectName(QStringLiteral("reload"));
    connect(m_reload, &QPushButton::clicked, m_controller, &PluginController::reloadAll);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_count, 0, Qt::AlignBottom);
    m_skipped = new SkippedFoldersNote(header);
    layout->addWidget(m_skipped, 0, Qt::AlignBottom);
    layout->addStretch(1);
    layout->addWidget(m_search);
    layout->addWidget(m_filter);
    layout->addWidget(m_import);
    layout->addWidget(m_reload);
    return header;
}

QWidget *PluginsPage::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_view = new PluginListView(m_pages);
    m_view->setObjectName(QStringLiteral("pluginCards"));
    m_delegate = new PluginCardDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_proxy);
    m_view->setMinimumWidth(PluginCardDelegate::MinCardWidth + 24);

    m_loadingPage = new QWidget(m_pages);
    m_loadingPage->setObjectName(QStringLiteral("loadingPage"));
    auto *loading = new QVBoxLayout(m_loadingPage);
    loading->addStretch(1);
    loading->addWidget(pageText(tr("Looking for plugins…"), m_loadingPage, 1.1));
    loading->addStretch(1);

    m_emptyPage = new QWidget(m_pages);
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    auto *empty = new QVBoxLayout(m_emptyPage);
    empty->addStretch(1);
    empty->addWidget(pageText(tr("No plugins yet"), m_emptyPage, 1.4, true));
    empty->addWidget(pageText(
        tr("Plugboard looks for plugins in\n%1\nAdd the example plugins to try it, import a "
           "plugin zip (or drop it anywhere here), or copy a plugin folder there and press F5.")
            .arg(QDir::toNativeSeparators(m_manager->paths().pluginsDir)),
        m_emptyPage));
    auto *addExamples = new QPushButton(tr("Add example plugins"), m_emptyPage);
    addExamples->setObjectName(QStringLiteral("addExamples"));
    addExamples->setDefault(true);
    connect(addExamples, &QPushButton::clicked, m_controller, &PluginController::addExamplePlugins);
    auto *importZip = new QPushButton(tr("Import plugin zip…"), m_emptyPage);
    connect(importZip, &QPushButton::clicked, this, &PluginsPage::importRequested);
    auto *openFolder = new QPushButton(tr("Open plugins folder"), m_emptyPage);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_manager->paths().pluginsDir));
    });
    empty->addLayout(centred({addExamples, importZip, openFolder}));
    empty->addStretch(2);

    m_noMatchPage = new QWidget(m_pages);
    m_noMatchPage->setObjectName(QStringLiteral("noMatchPage"));
    auto *noMatch = new QVBoxLayout(m_noMatchPage);
    noMatch->addStretch(1);
    m_noMatchText = pageText(QString(), m_noMatchPage, 1.2, true);
    m_noMatchText->setObjectName(QStringLiteral("noMatchText"));
    noMatch->addWidget(m_noMatchText);
    auto *clear = new QPushButton(tr("Show all plugins"), m_noMatchPage);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_filter->setCurrentIndex(0);
    });
    noMatch->addLayout(centred({clear}));
    noMatch->addStretch(2);

    m_pages->addWidget(m_view);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_noMatchPage);
    return m_pages;
}

void PluginsPage::connectCards()
{
    const auto fromProxy = [this](const QModelIndex &index) {
        return m_model->pluginAt(m_proxy->mapToSource(index).row());
    };
    connect(m_delegate, &PluginCardDelegate::toggleRequested, this,
            [this, fromProxy](const QModelIndex &index) {
                m_controller->toggleFromCard(PluginController::reference(fromProxy(index)));
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
    connect(m_view, &PluginListView::openRequested, this, [this] {
        if (auto *tabs = m_details->findChild<QTabWidget *>(QStringLiteral("detailsTabs")))
            tabs->setFocus();
    });
}

void PluginsPage::connectDetails()
{
    PluginDetailsPanel *panel = m_details;
    PluginController *controller = m_controller;
    // What the panel asks for, done for the plugin it shows.
    connect(panel, &PluginDetailsPanel::enableRequested, controller,
            [panel, controller](bool on) { controller->setEnabled(panel->shownPlugin(), on); });
    connect(panel, &PluginDetailsPanel::reloadRequested, controller,
            [panel, controller] { controller->reloadPlugin(panel->shownPlugin()); });
    connect(panel, &PluginDetailsPanel::memoryLimitRequested, controller,
            [panel, controller] { controller->editMemoryLimit(panel->shownPlugin()); });
    connect(panel, &PluginDetailsPanel::removeRequested, controller,
            [panel, controller] { controller->remove(panel->shownPlugin()); });
    connect(panel, &PluginDetailsPanel::runRequested, controller,
            [panel, controller](const QString &action) {
                controller->runAction(panel->shownPlugin(), action);
            });
    connect(panel, &PluginDetailsPanel::cancelRequested, controller, &PluginController::cancel);
    connect(panel, &PluginDetailsPanel::saveSettingsRequested, controller,
            [panel, controller](const QJsonObject &changes) {
                const Result<PluginInfo> saved =
                    controller->saveSettings(panel->shownPlugin(), changes);
                if (saved)
                    panel->settingsSaved(saved.value());
                else
                    panel->settingsRefused(saved.error());
            });
    connect(panel, &PluginDetailsPanel::resetSettingsRequested, controller,
            [panel, controller] { controller->resetSettings(panel->shownPlugin()); });
    connect(panel, &PluginDetailsPanel::loadErrorRequested, controller,
            [panel, controller] { controller->showLoadError(panel->shownPlugin()); });
    connect(panel, &PluginDetailsPanel::docsRequested, controller, &PluginController::openDocs);
    connect(controller, &PluginController::settingsReset, this, [this](const QString &key) {
        if (key == m_details->shownKey())
            showDetails(true);
    });
    connect(controller, &PluginController::showPluginRequested, this,
            [this](const QString &key, bool activity) {
                if (selectPlugin(key) && activity)
                    m_details->showTab(PluginDetailsPanel::Tab::Activity);
            });
    connect(controller, &PluginController::showRunRequested, this,
            [this](const QString &key, quint64 jobId, qint64 startedAtMs) {
                if (selectPlugin(key))
                    m_details->showRun(jobId, startedAtMs);
            });

    // What changes under the panel.
    connect(m_manager, &PluginManager::pluginsReset, this, [this] { showDetails(false); });
    connect(m_manager, &PluginManager::pluginChanged, this, [this](const QString &key) {
        if (key == m_details->shownKey())
            showDetails(false);
    });
    connect(m_manager, &PluginManager::pluginRemoved, this,
            [this](const QString &key, const QString &folder) {
                if (m_selected == key || m_selected == folder) {
                    m_selected.clear();
                    showDetails(true);
                    updatePage();
                }
            });
    const Activity *activity = m_manager->activity();
    connect(activity, &Activity::jobQueued, this, &PluginsPage::showJobs);
    connect(activity, &Activity::jobStarted, this, &PluginsPage::showJobs);
    connect(activity, &Activity::jobProgress, this, &PluginsPage::showJobs);
    connect(activity, &Activity::jobFinished, this, [this](const RunJob *job) {
        // The run's row turns into its result first, so a selected row stays selected.
        if (job->key() == m_details->shownKey())
            m_details->addRun(job->result());
        showJobs();
    });
    connect(activity, &Activity::logLine, this, [this](const LogLine &line) {
        if (line.key == m_details->shownKey())
            m_details->appendLog(line);
    });
}

void PluginsPage::showDetails(bool resetForms)
{
    const std::optional<PluginInfo> info =
        m_selected.isEmpty() ? std::nullopt : m_manager->plugin(m_selected);
    const bool otherPlugin = m_details->shownPlugin() != m_selected;
    m_details->showPlugin(m_selected, info, resetForms || otherPlugin);
    showJobs();
    if (otherPlugin && info)
        loadActivity();
}

void PluginsPage::showJobs()
{
    QList<RunJob *> jobs;
    const QString key = m_details->shownKey();
    for (RunJob *job : m_manager->activity()->jobs()) {
        if (job->key() == key)
            jobs << job;
    }
    m_details->setJobs(jobs);
}

void PluginsPage::loadActivity()
{
    Activity *activity = m_manager->activity();
    activity->flush(); // so this process's latest runs are in what we read back
    const QString key = m_details->shownKey();
    const Result<QList<JournalEntry>> runs = activity->recentRuns(key, 100);
    const Result<QList<LogLine>> log = activity->recentLogLines(key, 500);
    m_details->setActivity(runs ? runs.value() : QList<JournalEntry>(),
                           log ? log.value() : QList<LogLine>(),
                           runs ? QString() : runs.error().message);
}

void PluginsPage::setStarted()
{
    m_started = true;
    updatePage();
}

void PluginsPage::updatePage()
{
    QWidget *page = m_view;
    if (m_model->rowCount() == 0)
        page = m_started ? m_emptyPage : m_loadingPage;
    else if (m_proxy->rowCount() == 0)
        page = m_noMatchPage;
    if (page == m_noMatchPage) {
        const QString query = m_search->text().trimmed();
        m_noMatchText->setText(!query.isEmpty()
                                   ? tr("No plugins match \"%1\".").arg(query)
                                   : PluginFilterProxy::nothingText(m_proxy->filter()));
    }
    m_pages->setCurrentWidget(page);
    // With nothing to list there is nothing to detail: the empty state gets the whole width.
    // Before a plugin is chosen, the grid has the width: a panel saying "select a plugin" is
    // half a window of nothing.
    m_details->setVisible((page == m_view || page == m_noMatchPage) && !m_selected.isEmpty());
}

void PluginsPage::updateCounts()
{
    const PluginListModel::Counts c = m_model->counts();
    m_count->setText(tr("%1 in all · %2 enabled").arg(c.all).arg(c.enabled));
    const int counts[] = {c.all, c.enabled, c.disabled, c.legacy, c.problems, c.updates};
    for (int i = 0; i < 6; ++i)
        m_filter->setItemText(i, tr("%1 (%2)")
                                     .arg(PluginFilterProxy::name(PluginFilterProxy::Filter(i)))
                                     .arg(counts[i]));
}

void PluginsPage::setRepositories(PluginRepositories *repositories, ToastArea *toasts)
{
    if (m_updates || !repositories)
        return;
    m_updates = new UpdatesBar(repositories, toasts, this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_updates);
    connect(m_updates, &UpdatesBar::updatesChanged, m_model, &PluginListModel::setUpdates);
    connect(m_updates, &UpdatesBar::showUpdatesRequested, this, [this] {
        m_search->clear();
        m_filter->setCurrentIndex(int(PluginFilterProxy::Filter::Updates));
    });
    m_model->setUpdates(m_updates->updates());
}

void PluginsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return; // keep showing the last plugin while the list filters
    const bool first = m_selected.isEmpty();
    m_selected =
        PluginController::reference(m_model->pluginAt(m_proxy->mapToSource(current).row()));
    showDetails(false);
    if (first)
        updatePage();
}

void PluginsPage::restoreSelection()
{
    if (m_selected.isEmpty() || !selectPlugin(m_selected))
        showDetails(false);
}

bool PluginsPage::selectPlugin(const QString &plugin)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info)
        return false;
    const int row =
        m_model->rowOf(info->key(), info->isDuplicate() ? info->folderName() : QString());
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
    showDetails(false);
    return true;
}

void PluginsPage::showTab(PluginDetailsPanel::Tab tab)
{
    m_details->showTab(tab);
}

void PluginsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PluginsPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void PluginsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void PluginsPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

} // namespace plugboard::ui
