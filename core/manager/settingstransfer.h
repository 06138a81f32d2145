// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace plugboard {

class PluginManager;

// How an import went, plugin by plugin.
struct SettingsImportReport {
    // Saved: the fields whose stored value changed, and the ids of the file that the plugin
    // does not have (any more), which were left out.
    struct Applied {
        QString key;
        QString name;
        QStringList fields;
        QStringList ignored;
    };
    // Not touched, and why: not installed here, its folder is missing, nothing to change.
    struct Skipped {
        QString key;
        QString name;
        QString reason;
        QStringList ignored;
    };
    // Not saved, and why (the save's sentence and its per-field sentences); nothing of that
    // plugin changed.
    struct Refused {
        QString key;
        QString name;
        QString reason;
        QList<FieldError> fieldErrors;
    };

    QList<Applied> applied;
    QList<Skipped> skipped;
    QList<Refused> refused;

    bool ok() const { return refused.isEmpty(); }
    bool isEmpty() const { return applied.isEmpty() && skipped.isEmpty() && refused.isEmpty(); }
    // {"success": ok(), "applied": [{key, name, fields, ignored_fields}], "skipped": [{key, name,
    // reason, ignored_fields}], "refused": [{key, name, error, errors: {field: sentence}}]},
    // with "error" (a sentence) when something was refused.
    QJsonObject toJson() const;
    // One sentence: how many plugins were applied, skipped and refused.
    QString summary() const;
};

// Export and import of plugin settings (issue 16) over PluginManager: the window, plugboardctl
// and the REST API all call these. The file format is SettingsFile's (core/settings/). An import
// saves through PluginManager::saveSettings(), so each plugin's values are validated like a
// save, all or nothing per plugin, and the window and other processes hear of it as of a save.
namespace SettingsTransfer {

struct Exported {
    QJsonObject document;
    QStringList keys;        // the plugins in it, in key order
    int secretsIncluded = 0; // stored passwords written in clear
    int secretsLeftOut = 0;  // stored passwords left out (without includeSecrets)
};

// The settings of the plugins named (keys or folder names), or of every plugin that has
// settings fields when none is named. Plugins whose folder is missing (their fields, and so
// which values are passwords, are unknown) and duplicate-key losers are left out of "every";
// naming one is an error, as is naming a plugin that does not exist.
Result<Exported> exportSettings(const PluginManager &manager, const QStringList &plugins,
                                bool includeSecrets);

// Applies a document (the bytes of a file or a request body). A document that cannot be read
// as a whole is an InvalidInput error and changes nothing; otherwise each plugin in it is
// applied, skipped or refused on its own (see SettingsImportReport).
Result<SettingsImportReport> importSettings(PluginManager &manager, const QByteArray &bytes);
Result<SettingsImportReport> importSettings(PluginManager &manager, const QJsonObject &document);

// The document as written to a file: indented JSON, with a final newline.
QByteArray toBytes(const QJsonObject &document);
// Writes the file atomically (QSaveFile). ownerOnly (a file with passwords) makes it readable
// and writable by its owner alone (0600), whatever the file had before.
Result<void> writeFile(const QString &path, const QByteArray &bytes, bool ownerOnly);
// Reads a file of at most maxBytes (a settings file is small; a wrong file should not be read
// whole into memory).
Result<QByteArray> readFile(const QString &path, qint64 maxBytes = 16 * 1024 * 1024);

} // namespace SettingsTransfer
} // namespace plugboard
