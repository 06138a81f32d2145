// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "manifest/fieldspec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace plugboard {

// The settings export file (issue 16), as pure functions: what `plugboardctl settings --export`,
// File ▸ Export Settings… and GET /api/plugins/settings/export/ write, and what their imports
// read back:
//
//   {"format": "plugboard-settings", "schema_version": 1, "exported_at": "<ISO 8601 UTC>",
//    "includes_secrets": false,
//    "plugins": {"<key>": {"name": "…", "version": "…", "settings": {"<field id>": value}}}}
//
// A plugin's "settings" holds every field of its schema but info fields: the stored value, or
// null for a field at its default (a save of null means "the default" too, so an import puts
// the plugin back exactly as it was). Password fields appear only in a file written with
// secrets, and only when a secret is stored; a password absent from a file keeps the secret
// the importing side has.
namespace SettingsFile {

inline constexpr int SchemaVersion = 1;
QString formatName(); // "plugboard-settings"

// One plugin's "settings" object, as described above.
QJsonObject exportedSettings(const QList<FieldSpec> &fields, const QJsonObject &stored,
                             bool includeSecrets);

struct PluginEntry {
    QString key;
    QString name;
    QString version;
    QJsonObject settings;
};

// The whole document; exportedAtMs is the time it says it was written (epoch milliseconds).
QJsonObject document(const QList<PluginEntry> &plugins, bool includesSecrets, qint64 exportedAtMs);

// One plugin of a file as read: its settings, or why its entry cannot be used (a wrong shape
// refuses that plugin alone).
struct ReadEntry {
    QString key;
    QString name; // as the file says; may be empty
    QString version;
    QJsonObject settings;
    QString problem; // non-empty: the entry is refused with this sentence
};

struct ReadDocument {
    bool includesSecrets = false;
    QString exportedAt;
    QList<ReadEntry> plugins; // in key order
};

// Reads a document. Whatever makes the whole file unusable is InvalidInput with a sentence: not
// JSON, not an object, another format, a schema version this Plugboard does not read, "plugins"
// not an object, a top-level key the format does not have. Nothing else is checked here; the
// values are validated per plugin against its fields when they are saved.
Result<ReadDocument> read(const QByteArray &bytes);
Result<ReadDocument> read(const QJsonObject &document);

// The changes a file's settings make to a plugin with these fields. Ids the schema does not
// declare any more (and info fields) are left out and named in *ignored: a file from an older
// version of a plugin still brings the settings that plugin keeps.
QJsonObject changesFor(const QList<FieldSpec> &fields, const QJsonObject &settings,
                       QStringList *ignored);

// The ids of the schema whose stored value differs between before and after, in field order.
QStringList changedIds(const QList<FieldSpec> &fields, const QJsonObject &before,
                       const QJsonObject &after);

} // namespace SettingsFile
} // namespace plugboard
