// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manager/pluginrepositories.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace plugboard::ui {

class ToneLabel;

// Manage repositories: the list with each one's signature, plugin count, state and last error;
// add one by URL with an optional key (a file or pasted text): while the address is typed, a
// live preview fetches and checks it and says its name, signature and plugin count; Add fetches
// and checks it again before it is kept (nothing is added when that fails). Switch one on or
// off, remove one (its plugins stay installed, no longer managed), refresh one. Non-blocking:
// every fetch is a job, and plugin counts are read on a pool thread.
class ManageRepositoriesDialog : public QDialog {
    Q_OBJECT

public:
    ManageRepositoriesDialog(plugboard::PluginRepositories *repositories, QWidget *parent);

    // The key the next add pins (an armored or binary OpenPGP public key file).
    bool setKeyFile(const QString &path);
    // The same from pasted text (an armored key).
    bool setKeyText(const QString &text);
    // Previews the address typed now (the timer does this shortly after typing stops).
    void previewNow();
    QString previewText() const;
    qint64 selectedId() const;
    std::optional<plugboard::RepositoryRow> selectedRow() const;

private:
    void reload();
    void updateButtons();
    void add();
    void chooseKey();
    void pasteKey();
    void setKey(const QByteArray &key, const QString &name);
    void countPlugins();
    void toggleSelected();
    void removeSelected();
    void refreshSelected();
    void say(const QString &text, bool error);

    QPointer<plugboard::PluginRepositories> m_repositories;
    QList<plugboard::RepositoryRow> m_rows;
    QTreeWidget *m_list;
    QLineEdit *m_url;
    QPushButton *m_chooseKey;
    QPushButton *m_pasteKey;
    ToneLabel *m_preview;
    QTimer *m_previewTimer;
    QPointer<plugboard::Job> m_previewJob;
    QHash<qint64, int> m_counts;
    bool m_counted = false;
    QLabel *m_keyName;
    QPushButton *m_add;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_refresh;
    ToneLabel *m_status;
    QByteArray m_key;
    bool m_busy = false;
};

} // namespace plugboard::ui
