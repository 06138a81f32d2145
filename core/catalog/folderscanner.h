// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/pluginkey.h"
#include "common/result.h"

#include <QList>
#include <QString>

namespace plugboard {

// A direct child of the plugins folder that qualifies as a plugin (SPEC §1).
struct PluginFolder {
    QString folderName;
    QString path;      // absolute
    QString key;       // PluginKey::fromFolderName(folderName)
    QString entryFile; // "plugin.py" (preferred) or "__init__.py"
    PluginKey::Problem keyProblem = PluginKey::Problem::None;
};

// A folder that looks meant as a plugin but is not one: it holds a plugin.json and no code.
// Dispatcharr leaves such folders out too; Plugboard says how many and why.
struct SkippedFolder {
    QString folderName;
    QString reason; // a sentence
};

namespace FolderScanner {

// Lists qualifying folders in a stable order (code point order of the names). Hidden names
// (Plugboard's staging and backup folders) and anything without plugin.py/__init__.py are
// skipped; those that hold a plugin.json are added to `skipped` when it is given (one more
// stat() per folder without code). Never executes or reads plugin code. Fails only when the
// folder cannot be listed.
Result<QList<PluginFolder>> scan(const QString &pluginsDir,
                                 QList<SkippedFolder> *skipped = nullptr);

} // namespace FolderScanner
} // namespace plugboard
