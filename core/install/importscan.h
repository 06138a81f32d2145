// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace plugboard {

// What Python modules a plugin's code imports, read from its source without running it: the
// preview uses it to say before an install whether the plugin needs Dispatcharr's server or a
// module Plugboard's Python lacks.
//
// A line scanner, not a parser: it sees `import a.b as c, d` and `from a.b import x` statements
// anywhere (also inside functions and try blocks), skips relative imports, comments and
// triple-quoted strings, and ignores dynamic imports (importlib, __import__).
namespace ImportScan {

// The top-level module names one source file imports ("a" for `import a.b`), in first-seen
// order, each once.
QStringList topLevelImports(QByteArrayView source);

// Only source files up to this size are scanned; bigger ones are generated data, not imports.
constexpr qint64 MaxScannedFileBytes = 1024 * 1024;

} // namespace ImportScan

// Modules that exist only inside Dispatcharr's own server process (its Django project and the
// services it runs): a plugin importing one lists and keeps its settings in Plugboard, but its
// actions need Dispatcharr.
namespace DispatcharrModules {
bool isServerModule(const QString &topLevelName);
const QStringList &all(); // for documentation and messages
} // namespace DispatcharrModules

// What a plugin's imports mean for running it here.
struct PluginNeeds {
    QStringList serverModules;  // Dispatcharr's server (django, apps, core, celery, …)
    QStringList missingModules; // third-party modules Plugboard's Python does not have

    bool isEmpty() const { return serverModules.isEmpty() && missingModules.isEmpty(); }
    // Plain sentences for the preview, the CLI and REST; empty when nothing is missing.
    QStringList sentences() const;
};

} // namespace plugboard
