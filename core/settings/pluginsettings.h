// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "manifest/fieldspec.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace plugboard {

// Settings rules of SPEC §6, as pure functions over a field list and the stored JSON object.
// "stored" is what the database holds for a plugin; "effective" is what a plugin sees.
namespace PluginSettings {

// Field defaults (fields without a default and info fields are absent).
QJsonObject defaults(const QList<FieldSpec> &fields);

// Defaults overlaid by stored values; a stored null means "use the default". Only keys of the
// schema appear (orphaned keys are reported separately); info fields never appear.
QJsonObject effective(const QList<FieldSpec> &fields, const QJsonObject &stored);

// The streaming form of effective(): visit(field, value) for each setting, in field order.
void forEachEffective(const QList<FieldSpec> &fields, const QJsonObject &stored,
                      const std::function<void(const FieldSpec &, const QJsonValue &)> &visit);

// Stored keys that no field declares any more. They are kept, never deleted silently.
QStringList orphanedKeys(const QList<FieldSpec> &fields, const QJsonObject &stored);

// Validates and coerces `changes` against the schema and merges them into `stored`.
// All-or-nothing: any violation returns an Error (code InvalidInput or NotFound) whose
// fieldErrors name each bad field with a sentence, and nothing is applied.
// - boolean: true/false, "true"/"false" (any case), 0/1, "0"/"1"
// - number: finite number (or numeric string) within min/max and on the step grid
// - select: one of the option values, compared as strings; the option's own value is stored
// - string/text: string (numbers and booleans are turned into their text)
// - info: ignored (never stored)
// - null: the stored value is removed (the default applies again)
// - password fields: null, "" or omitted keeps the stored secret
// - an id the schema does not declare: NotFound field error
Result<QJsonObject> applyChanges(const QList<FieldSpec> &fields, const QJsonObject &stored,
                                 const QJsonObject &changes);

// "Reset to defaults": removes every schema key from stored; orphaned keys are kept.
QJsonObject reset(const QList<FieldSpec> &fields, const QJsonObject &stored);

// Effective settings safe to show or return: password values become null.
QJsonObject redacted(const QList<FieldSpec> &fields, const QJsonObject &effective);

// For each password field: whether a non-empty secret is stored (id → bool).
QJsonObject secretsSet(const QList<FieldSpec> &fields, const QJsonObject &stored);

// Parses the text of `plugboardctl settings KEY --set id=value` for one field into a JSON
// value that applyChanges() will accept or explain: "null" → null, numbers, booleans,
// everything else a string. Text for string/text fields always stays a string.
QJsonValue valueFromText(const FieldSpec &field, const QString &text);

} // namespace PluginSettings
} // namespace plugboard
