#pragma once

#include "manager/pluginrepositories.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace plugboard::ui {

class ToneLabel;

// Manage repositories: the list with each one's signature, plugin count, state and last error;
// add one by URL with an optional key file (fetched and checked before it is kept: nothing is
// added when that fails), switch one on or off, remove one (its plugins stay installed, no
// longer managed), refresh one. Non-blocking: every fetch is a job.
class ManageRepositoriesDialog : public QDialog {
    Q_OBJECT

public:
    ManageRepositoriesDialog(plugboard::PluginRepositories *repositories, QWidget *parent);

    // The key the next add pins (an armored or binary OpenPGP public key file).
    bool setKeyFile(const QString &path);
    qint64 selectedId() const;
    std::optional<plugboard::RepositoryRow> selectedRow() const;

private:
    void reload();
    void updateButtons();
    void add();
    void chooseKey();
    void toggleSelected();
    void removeSelected();
    void refreshSelected();
    void say(const QString &text, bool error);

    QPointer<plugboard::PluginRepositories> m_repositories;
    QList<plugboard::RepositoryRow> m_rows;
    QTreeWidget *m_list;
    QLineEdit *m_url;
    QPushButton *m_chooseKey;
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
