// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/trustdialog.h"

#include <QPushButton>
#include <QTextDocument>

namespace plugboard::ui {

TrustDialog::TrustDialog(const QString &pluginName, const QString &author, QWidget *parent)
    : QMessageBox(parent)
{
    setTextFormat(Qt::PlainText);
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Enable %1?").arg(pluginName));
    setText(tr("\"%1\" will run its own code with your user's rights.").arg(pluginName));
    // The author's name comes from the plugin: converted so that it is shown as written (see
    // ConfirmRunDialog).
    setInformativeText(Qt::convertFromPlainText(
        (author.isEmpty() ? tr("Its author is not named.")
                          : tr("It says it is made by %1.").arg(author)) +
            QLatin1Char(' ') +
            tr("A plugin can read and change your files and reach the network like any program you "
               "start. Enable only plugins from authors you trust."),
        Qt::WhiteSpaceNormal));
    m_cancel = addButton(QMessageBox::Cancel);
    auto *enable = addButton(tr("I understand, enable"), QMessageBox::AcceptRole);
    m_enable = enable;
    setDefaultButton(qobject_cast<QPushButton *>(m_cancel));
    setEscapeButton(m_cancel);
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
}

} // namespace plugboard::ui
