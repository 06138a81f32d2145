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

namespace FolderScanner {

// Lists qualifying folders in a stable order (code point order of the names). Hidden names
// (Plugboard's staging and backup folders) and anything without plugin.py/__init__.py are
// skipped. Never executes or reads plugin code. Fails only when the folder cannot be listed.
Result<QList<PluginFolder>> scan(const QString &pluginsDir);

} // namespace FolderScanner
} // namespace plugboard
