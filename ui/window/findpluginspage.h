// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manager/pluginrepositories.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeView;
class QTreeWidget;

namespace plugboard::ui {

class ManageRepositoriesDialog;
class OfferedFilterProxy;
class OfferedPluginsModel;
class ToastArea;
class ToneLabel;

// The Find Plugins page: what the enabled repositories offer, with search, a repository filter,
// the details of the selected plugin and Install (confirmation, progress with Cancel, a toast).
// Nothing is fetched before the user allowed online access; the page then says so and offers
// the switch. Everything slow runs off the GUI thread (PluginRepositories).
class FindPluginsPage : public QWidget {
    Q_OBJECT

public:
    FindPluginsPage(plugboard::PluginRepositories *repositories, ToastArea *toasts,
                    QWidget *parent = nullptr);

    // The page became visible: the first time, it reads what is stored and, when online access
    // is allowed, refreshes the repositories.
    void activate();
    void focusSearch();
    void setSearchText(const QString &text);
    // Selects an offered plugin by slug (of any repository); false when it is not listed.
    bool selectPlugin(const QString &slug);
    // Starts installing the selected plugin: the confirmation first. `version` empty: the
    // latest; else one of the versions the details list.
    void installSelected(const QString &version = {});
    // The versions the details panel lists for the selected plugin (once they arrived).
    QStringList listedVersions() const;
    // Selects a listed version and presses "Install This Version".
    bool installVersion(const QString &version);
    // Opens Manage Repositories (non-blocking) and returns it.
    ManageRepositoriesDialog *manageRepositories();

Q_SIGNALS:
    // An install finished: the window may show the plugin on the installed page.
    void installed(const QString &key);

private:
    QWidget *buildHeader();
    QWidget *buildGate();
    QWidget *buildList();
    QScrollArea *buildDetails();
    void allowOnlineAccess();
    void refresh();
    void onOfferedReady();
    void updateRepositories();
    void applyFilter();
    void updatePage();
    void showDetails();
    void loadVersions(const plugboard::OfferedPlugin &plugin);
    void showVersions(const plugboard::OfferedDetails &details);
    void updateInstallButtons();
    const plugboard::OfferedPlugin *selected() const;
    bool selectRow(int sourceRow);
    void startInstall(const plugboard::RepositoryInstallRequest &request, const QString &name);

    QPointer<plugboard::PluginRepositories> m_repositories;
    ToastArea *m_toasts;
    OfferedPluginsModel *m_model = nullptr;
    OfferedFilterProxy *m_proxy = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_repoFilter = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_manage = nullptr;
    ToneLabel *m_problems = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_gate = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_listPage = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_badges = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_links = nullptr;
    QLabel *m_versionsNote = nullptr;
    QTreeWidget *m_versions = nullptr;
    QPushButton *m_installVersion = nullptr;
    QPushButton *m_install = nullptr;
    QPointer<plugboard::Job> m_detailsJob;
    std::optional<plugboard::OfferedDetails> m_shownDetails;
    QString m_detailsFor; // "<repo id>/<slug>" whose versions are shown or on their way
    QScrollArea *m_details = nullptr;
    QPointer<plugboard::Job> m_installJob;
    QStringList m_refreshErrors;
    bool m_activated = false;
    bool m_computed = false;
};

} // namespace plugboard::ui
