// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "details/plugindetailspanel.h"
#include "toasts/toast.h"

#include <QMainWindow>

class QAction;

class QStackedWidget;
class QTabBar;

namespace plugboard {
class PluginManager;
class PluginRepositories;
} // namespace plugboard

namespace plugboard::ui {

class AboutDialog;
class DropOverlay;
class FindPluginsPage;
class PluginController;
class PluginsPage;
class RecoveryBanner;
class ToastArea;

// The Plugboard window: its menus and shortcuts, the Plugins page, toasts on top, and zips
// dropped anywhere on it. The window acts through its PluginController, which asks the user
// what must be asked and calls PluginManager. Tests and the app find its parts by object name
// ("pluginsPage", "pluginCards", "detailsPanel", "search", "filter", "toasts", …).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(plugboard::PluginManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Discovers plugins in the background, then loads the enabled ones and follows changes
    // other processes make. started() follows the first discovery.
    void start();
    bool isStarted() const { return m_started; }
    // Selects a plugin (a key or folder name) and shows its details.
    bool selectPlugin(const QString &plugin);
    void showTab(PluginDetailsPanel::Tab tab);
    void setSearchText(const QString &text);
    // Previews each zip and imports the accepted ones (as a drop or `plugboard a.zip` does).
    void importZips(const QStringList &paths);
    // Opens the file chooser for plugin zips (Ctrl+I); the chosen ones go to importZips().
    void chooseZips();
    // Help ▸ About Plugboard (F1): opens the About box (non-blocking) and returns it.
    AboutDialog *showAbout();
    // A notification in the corner, for the parts of the app around the window.
    void notify(Toast::Level level, const QString &title, const QString &message);

    // View ▸ Local REST API: the window only shows the switch and the state; whoever owns the
    // server (the app) acts on apiServingRequested()/apiTokenRequested() and reports back.
    // running: the switch is on; address: shown in the menu; problem: why it is not running.
    void setApiState(bool running, const QString &address, const QString &problem);

    // The plugin repositories (not owned; must outlive the window's use of them): adds the Find
    // Plugins page beside the installed plugins (Ctrl+2; Ctrl+1 goes back).
    void setRepositories(plugboard::PluginRepositories *repositories);
    enum class Page { Installed, FindPlugins };
    void showPage(Page page);
    Page currentPage() const;
    FindPluginsPage *findPluginsPage() const { return m_findPage; }
    PluginsPage *installedPage() const { return m_page; }

Q_SIGNALS:
    void started();
    void apiServingRequested(bool on);
    void apiTokenRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();

    plugboard::PluginManager *m_manager;
    ToastArea *m_toasts;
    PluginController *m_controller;
    PluginsPage *m_page;
    RecoveryBanner *m_recoveryBanner = nullptr;
    QTabBar *m_pageTabs = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    FindPluginsPage *m_findPage = nullptr;
    DropOverlay *m_dropOverlay;
    QAction *m_apiServe = nullptr;
    QAction *m_apiToken = nullptr;
    QAction *m_apiAddress = nullptr;
    bool m_started = false;
};

} // namespace plugboard::ui
