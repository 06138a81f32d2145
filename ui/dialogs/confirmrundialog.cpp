// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/confirmrundialog.h"

#include <QPushButton>
#include <QTextDocument>

namespace plugboard::ui {

ConfirmRunDialog::ConfirmRunDialog(const QString &title, const QString &message,
                                   const QString &runLabel, QWidget *parent)
    : QMessageBox(parent)
    , m_message(message)
{
    setTextFormat(Qt::PlainText);
    setIcon(QMessageBox::Question);
    setWindowTitle(title);
    setText(title);
    // The message comes from the plugin: shown as written, never rendered as HTML (a rendered
    // <a href> would be a live link). setTextFormat() reaches only the main text, so the
    // informative text is handed over already converted.
    setInformativeText(Qt::convertFromPlainText(message, Qt::WhiteSpaceNormal));
    m_cancel = addButton(QMessageBox::Cancel);
    m_run = addButton(runLabel.isEmpty() ? tr("Run") : runLabel, QMessageBox::AcceptRole);
    setDefaultButton(qobject_cast<QPushButton *>(m_run));
    setEscapeButton(m_cancel);
    setAccessibleName(title);
    setWindowModality(Qt::WindowModal);
}

} // namespace plugboard::ui
