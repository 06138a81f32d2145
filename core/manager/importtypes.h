// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "manifest/pluginmanifest.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace plugboard {

struct ZipReport;

// What the user chose in the preview (or on the command line, or in the REST form).
struct ImportOptions {
    QString folderName;       // empty = the folder name the preview suggests
    bool replace = false;     // consent to replace an installed plugin with the same key
    bool keepEnabled = false; // a replaced, enabled plugin stays enabled (trusting the new code)
};

// What a plugin zip holds, read once and written nowhere (SPEC §10): what the preview dialog
// and `plugboardctl inspect` show, and what an import of it installs.
struct ImportPreview {
    QString zipPath;
    QString zipName;
    PluginManifest manifest; // from plugin.json; legacy with a reason when unusable
    QString folderName;      // suggested (root folder, or the zip's name without -main / -1.2)
    QString key;             // of the suggested folder name
    QString root;            // the plugin's folder inside the zip, "" for a flat zip
    QString entryFile;       // "plugin.py" or "__init__.py"
    int fileCount = 0;       // files that land in the plugin folder
    qint64 bytes = 0;        // their size
    int archiveFileCount = 0;
    qint64 archiveBytes = 0;
    QStringList binaries; // compiled code among them
    // What its code imports that cannot run here: Dispatcharr's server modules, and
    // third-party modules Plugboard's Python lacks; `needs` says both as sentences.
    QStringList serverModules;
    QStringList missingModules;
    QStringList needs;
    // Every entry of the archive, in archive order.
    struct Entry {
        QString name; // '/' separators, no trailing '/'
        qint64 size = 0;
        bool isDir = false;
        bool installed = false; // under the plugin's folder: extracted on import
    };
    QList<Entry> entries;

    // The folder name the user typed: the key it gives, and why it cannot be used (a sentence,
    // empty when it can).
    struct Target {
        QString folderName;
        QString key;
        QString problem;
    };
    Target target(const QString &folderName) const;

    // What the inspection proved, reused by the install (opaque outside core/).
    std::shared_ptr<const ZipReport> report;
};

// How one import ended.
struct ImportOutcome {
    QString zipPath;
    bool ok = false;
    Error error;
    QString key;
    QString folderName;
    QString name;
    QString version;
    bool replaced = false;
    QString previousVersion;
    bool enabled = false; // after the import
};

} // namespace plugboard
