// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manager/pluginrepositories.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;

namespace plugboard::ui {

class ToastArea;

// The Installed page's strip about updates: "3 updates available" with Show Updates and
// Update All, then, while updating, which plugin of how many with progress and Cancel. The
// updates come from the repositories' last good lists (PluginRepositories::offered(), computed
// off the GUI thread); installs are PluginRepositories jobs run one after the other.
class UpdatesBar : public QWidget {
    Q_OBJECT

public:
    UpdatesBar(plugboard::PluginRepositories *repositories, ToastArea *toasts, QWidget *parent);

    // The offered updates: plugin key -> version.
    QHash<QString, QString> updates() const;
    // Asks (a window-modal confirmation, returned) and then updates every plugin that has one.
    QMessageBox *updateAll();
    // Updates without asking; keepEnabled: enabled plugins stay on with their new code.
    void startUpdates(bool keepEnabled);
    bool isUpdating() const { return !m_queue.isEmpty() || m_job; }

Q_SIGNALS:
    void updatesChanged(const QHash<QString, QString> &updates);
    void showUpdatesRequested();
    // Every queued update ended: how many succeeded and what failed.
    void updatesFinished(int updated, const QStringList &failures);

private:
    void onOfferedReady();
    void startNext();
    void finish();
    void updateText();

    QPointer<plugboard::PluginRepositories> m_repositories;
    ToastArea *m_toasts;
    QList<plugboard::OfferedPlugin> m_offered; // with status UpdateAvailable
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_updateAll;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QList<plugboard::RepositoryInstallRequest> m_queue;
    QHash<QString, QString> m_names; // slug -> name, of the queued updates
    QPointer<plugboard::Job> m_job;
    QString m_current;  // the name of the plugin being updated
    QString m_lastName; // the last one updated
    bool m_keepEnabled = false;
    int m_total = 0;
    int m_done = 0;
    QStringList m_failures;
    bool m_cancelled = false;
};

} // namespace plugboard::ui
