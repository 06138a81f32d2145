// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/folderscanner.h"

#include <QLabel>
#include <QList>

namespace plugboard::ui {

// The line beside the plugin count that says how many folders of the plugins folder were left
// out because they hold a plugin.json but no code ("· 14 folders skipped"). A click on it
// lists them, each with its reason. Hidden when there are none.
class SkippedFoldersNote : public QLabel {
    Q_OBJECT

public:
    explicit SkippedFoldersNote(QWidget *parent = nullptr);

    void setFolders(const QList<plugboard::SkippedFolder> &folders);
    // The text of the list a click shows (also what the dialog holds).
    QString details() const;

private:
    void showDetails();

    QList<plugboard::SkippedFolder> m_folders;
};

} // namespace plugboard::ui
