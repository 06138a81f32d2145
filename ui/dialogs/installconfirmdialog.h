// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
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

    // What the plugin's code needs to run here, once the download was checked (sentences;
    // empty: nothing beyond what Plugboard has), or why the check failed.
    void setRequirements(const QStringList &requirements, const QString &problem = {});
    const QStringList &requirements() const { return m_requirements; }
    bool requirementsKnown() const { return m_checked; }

    // The word on the button for a plugin in this state: Install, Update, Downgrade, Reinstall.
    static QString verb(const plugboard::OfferedPlugin &plugin);

private:
    QAbstractButton *m_install;
    QAbstractButton *m_cancel;
    plugboard::RepositoryInstallRequest m_request;
    QStringList m_warnings;
    QStringList m_requirements;
    QString m_html; // the text without the "what will run" part
    bool m_checked = false;
    void showText(const QString &whatWillRun);
};

} // namespace plugboard::ui
