#pragma once

#include "manager/pluginrepositories.h"

#include <QMessageBox>

namespace plugboard::ui {

// Asked before a plugin is installed (or updated, or downgraded) from a repository: what will
// run, who says they made it, and every warning that needs the user's consent (unsigned
// repository, deprecated plugin, older version, a copy installed by hand that it replaces).
class InstallConfirmDialog : public QMessageBox {
    Q_OBJECT

public:
    InstallConfirmDialog(const plugboard::OfferedPlugin &plugin, QWidget *parent);

    QAbstractButton *installButton() const { return m_install; }
    QAbstractButton *cancelButton() const { return m_cancel; }
    bool accepted() const { return clickedButton() == m_install; }
    // The request with the consents this dialog asked for (valid when accepted()).
    plugboard::RepositoryInstallRequest request() const { return m_request; }
    // The warnings shown, one sentence each.
    const QStringList &warnings() const { return m_warnings; }

    // The word on the button for a plugin in this state: Install, Update, Downgrade, Reinstall.
    static QString verb(const plugboard::OfferedPlugin &plugin);

private:
    QAbstractButton *m_install;
    QAbstractButton *m_cancel;
    plugboard::RepositoryInstallRequest m_request;
    QStringList m_warnings;
};

} // namespace plugboard::ui
