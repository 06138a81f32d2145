// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest/pluginmanifest.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace plugboard {

// Reads plugin.json into a PluginManifest. Pure data handling: it never executes plugin code,
// never throws, and turns every flaw into a Diagnostic.
class ManifestReader {
public:
    // plugin.json larger than this is not parsed (the plugin is treated as legacy).
    static constexpr qint64 MaxManifestBytes = 1024 * 1024;

    // Reads <folder>/plugin.json. A missing file gives a legacy manifest with a diagnostic.
    static PluginManifest readFolder(const QString &folderPath);
    static PluginManifest readFile(const QString &filePath);
    // Parses manifest bytes (UTF-8, optional BOM).
    static PluginManifest parse(const QByteArray &bytes);

    // The per-entry normalisers, shared with code-defined fields and actions (SPEC §4).
    // `source` names the origin in diagnostics, e.g. "plugin.json" or "Plugin.fields".
    static QList<FieldSpec> normaliseFields(const QJsonValue &value, const QString &source,
                                            Diagnostics &diagnostics);
    static QList<ActionSpec> normaliseActions(const QJsonValue &value, const QString &source,
                                              Diagnostics &diagnostics);
};

} // namespace plugboard
