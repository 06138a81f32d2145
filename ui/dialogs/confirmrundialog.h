// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace plugboard::ui {

// The confirmation an action asks for before it runs (SPEC §7).
class ConfirmRunDialog : public QMessageBox {
    Q_OBJECT

public:
    ConfirmRunDialog(const QString &title, const QString &message, const QString &runLabel,
                     QWidget *parent);

    QAbstractButton *runButton() const { return m_run; }
    QAbstractButton *cancelButton() const { return m_cancel; }
    bool confirmed() const { return clickedButton() == m_run; }
    // The message as the plugin wrote it (informativeText() holds its escaped form).
    QString message() const { return m_message; }

private:
    QString m_message;
    QAbstractButton *m_run;
    QAbstractButton *m_cancel;
};

} // namespace plugboard::ui
