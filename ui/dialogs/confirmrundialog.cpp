#include "dialogs/confirmrundialog.h"

#include <QPushButton>

namespace plugboard::ui {

ConfirmRunDialog::ConfirmRunDialog(const QString &title, const QString &message,
                                   const QString &runLabel, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Question);
    setWindowTitle(title);
    setTextFormat(Qt::PlainText);
    setText(title);
    setInformativeText(message);
    m_cancel = addButton(QMessageBox::Cancel);
    m_run = addButton(runLabel.isEmpty() ? tr("Run") : runLabel, QMessageBox::AcceptRole);
    setDefaultButton(qobject_cast<QPushButton *>(m_run));
    setEscapeButton(m_cancel);
    setAccessibleName(title);
    setWindowModality(Qt::WindowModal);
}

} // namespace plugboard::ui
