// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "details/plugindetailspanel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace plugboard {
class PluginManager;
class PluginRepositories;
} // namespace plugboard

namespace plugboard::ui {

class PluginCardDelegate;
class PluginController;
class PluginFilterProxy;
class PluginListModel;
class PluginListView;
class SearchField;
class SkippedFoldersNote;
class ToastArea;
class UpdatesBar;

// The Plugins page: title and count, search, filter, Import and Reload, the card grid with its
// empty states, and the details panel of the selected plugin. It shows what PluginManager
// says and hands every request of its widgets (the cards' switches and Remove, the panel's
// buttons, forms and actions) to the window's PluginController.
class PluginsPage : public QWidget {
    Q_OBJECT

public:
    PluginsPage(plugboard::PluginManager *manager, PluginController *controller,
                QWidget *parent = nullptr);

    // Repositories are at hand: cards say "Update available", the Updates filter and the
    // updates bar (Update All) appear.
    void setRepositories(plugboard::PluginRepositories *repositories, ToastArea *toasts);
    UpdatesBar *updatesBar() const { return m_updates; }

    // The first discovery is over: an empty list now means "no plugins", not "looking".
    void setStarted();
    // Selects a plugin (a key or folder name) and shows its details.
    bool selectPlugin(const QString &plugin);
    void showTab(PluginDetailsPanel::Tab tab);
    void focusSearch();
    void setSearchText(const QString &text);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    // Import… and "Import plugin zip…": the window opens its file chooser.
    void importRequested();

private:
    QWidget *buildHeader();
    QWidget *buildPages();
    void connectCards();
    void connectDetails();
    void updatePage();
    void updateCounts();
    void onCurrentChanged();
    void restoreSelection();
    // The details panel shows the selected plugin as the manager has it now; resetForms drops
    // edits in progress (another plugin, or its settings were reset).
    void showDetails(bool resetForms);
    void showJobs();
    void loadActivity();

    plugboard::PluginManager *m_manager;
    PluginController *m_controller;
    PluginListModel *m_model;
    PluginFilterProxy *m_proxy;
    PluginListView *m_view = nullptr;
    PluginCardDelegate *m_delegate = nullptr;
    PluginDetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_loadingPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_noMatchPage = nullptr;
    QLabel *m_noMatchText = nullptr;
    QLabel *m_count = nullptr;
    SkippedFoldersNote *m_skipped = nullptr;
    SearchField *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_import = nullptr;
    UpdatesBar *m_updates = nullptr;
    QString m_selected; // reference of the selected plugin, kept across list resets
    bool m_started = false;
};

} // namespace plugboard::ui
