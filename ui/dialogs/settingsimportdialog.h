// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "manager/settingstransfer.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace plugboard::ui {

// What File ▸ Import Settings… did, in plain words: the plugins whose settings were applied
// (and which), those skipped and those refused (and why), each as a list; or, when the file
// could not be read at all, the sentence that says why and that nothing changed.
class SettingsImportDialog : public QDialog {
    Q_OBJECT

public:
    SettingsImportDialog(const QString &fileName,
                         const plugboard::Result<plugboard::SettingsImportReport> &report,
                         QWidget *parent);

    QLabel *headline() const { return m_headline; }
    // Hidden when empty. One row per plugin.
    QListWidget *appliedList() const { return m_applied; }
    QListWidget *skippedList() const { return m_skipped; }
    QListWidget *refusedList() const { return m_refused; }
    QPushButton *closeButton() const { return m_close; }

private:
    QListWidget *addSection(const QString &objectName);

    QLabel *m_headline;
    QListWidget *m_applied = nullptr;
    QListWidget *m_skipped = nullptr;
    QListWidget *m_refused = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace plugboard::ui
