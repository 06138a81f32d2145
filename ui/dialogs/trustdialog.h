// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace plugboard::ui {

// SPEC §8: asked before a plugin's code runs for the first time (or after its code changed).
// Cancel leaves the plugin off; "I understand, enable" enables it.
class TrustDialog : public QMessageBox {
    Q_OBJECT

public:
    TrustDialog(const QString &pluginName, const QString &author, QWidget *parent);

    QAbstractButton *enableButton() const { return m_enable; }
    QAbstractButton *cancelButton() const { return m_cancel; }
    bool trusted() const { return clickedButton() == m_enable; }

private:
    QAbstractButton *m_enable;
    QAbstractButton *m_cancel;
};

} // namespace plugboard::ui
