// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/removedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace plugboard::ui {

RemoveDialog::RemoveDialog(const QString &pluginName, const QString &folderPath, bool missing,
                           QWidget *parent)
    : QDialog(parent)
    , m_purge(new QCheckBox(tr("Also delete the plugin's data"), this))
{
    setWindowTitle(missing ? tr("Forget %1?").arg(pluginName) : tr("Remove %1?").arg(pluginName));
    setWindowModality(Qt::WindowModal);
    auto *heading = new QLabel(windowTitle(), this);
    QFont bold = heading->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    bold.setWeight(QFont::DemiBold);
    heading->setFont(bold);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(missing ? tr("Its folder is already gone. Plugboard forgets its settings and "
                               "history.")
                          : tr("The plugin is stopped and its folder is deleted:\n%1\nIts "
                               "settings are forgotten.")
                                .arg(folderPath));
    m_purge->setToolTip(tr("Files the plugin wrote to its own data folder."));
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_remove = buttons->addButton(missing ? tr("Forget") : tr("Remove"),
                                  QDialogButtonBox::DestructiveRole);
    m_cancel->setDefault(true);
    connect(m_remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_purge);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    setAccessibleName(windowTitle());
}

bool RemoveDialog::purgeData() const
{
    return m_purge->isChecked();
}

} // namespace plugboard::ui
