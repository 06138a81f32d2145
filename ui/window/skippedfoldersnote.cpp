// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/skippedfoldersnote.h"

#include <QMessageBox>

namespace plugboard::ui {

SkippedFoldersNote::SkippedFoldersNote(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("skippedFolders"));
    setForegroundRole(QPalette::PlaceholderText);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QLabel::linkActivated, this, &SkippedFoldersNote::showDetails);
    hide();
}

void SkippedFoldersNote::setFolders(const QList<SkippedFolder> &folders)
{
    m_folders = folders;
    setVisible(!folders.isEmpty());
    if (folders.isEmpty())
        return;
    const QString count = tr("%n folder(s) skipped", nullptr, int(folders.size()));
    setText(QStringLiteral("· <a href=\"#skipped\">%1</a>").arg(count.toHtmlEscaped()));
    setAccessibleName(count);
    setToolTip(tr("Folders with a plugin.json but no plugin.py or __init__.py are not plugins; "
                  "click to see which"));
}

QString SkippedFoldersNote::details() const
{
    QStringList lines;
    for (const SkippedFolder &folder : m_folders)
        lines << tr("%1: %2").arg(folder.folderName, folder.reason);
    return lines.join(QLatin1Char('\n'));
}

void SkippedFoldersNote::showDetails()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Skipped folders"),
                                tr("%n folder(s) in the plugins folder are not plugins, so they "
                                   "are not listed. Dispatcharr leaves them out too.",
                                   nullptr, int(m_folders.size())),
                                QMessageBox::Close, window());
    box->setObjectName(QStringLiteral("skippedFoldersDetails"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(details());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace plugboard::ui
