// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace plugboard::ui {

// "Remove {plugin}?" with the choice to delete the plugin's data folder too (SPEC §11).
class RemoveDialog : public QDialog {
    Q_OBJECT

public:
    RemoveDialog(const QString &pluginName, const QString &folderPath, bool missing,
                 QWidget *parent);

    bool purgeData() const;
    QCheckBox *purgeDataBox() const { return m_purge; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QCheckBox *m_purge;
    QPushButton *m_remove;
    QPushButton *m_cancel;
};

} // namespace plugboard::ui
