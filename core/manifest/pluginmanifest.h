// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest/actionspec.h"
#include "manifest/diagnostic.h"
#include "manifest/fieldspec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace plugboard {

// What plugin.json says, normalised. A plugin without a usable plugin.json is "legacy":
// present is false and the diagnostics say why (missing, invalid JSON with line/column, …).
struct PluginManifest {
    bool present = false;
    QString name;
    QString version;
    QString description;
    QString author;
    QString helpUrl;
    QList<FieldSpec> fields;
    QList<ActionSpec> actions;
    // plugin.json as read, after any byte order mark; empty for a legacy plugin. Unknown keys
    // are kept here, not interpreted. Text rather than a QJsonObject: building the object for
    // every plugin cost as much as the rest of discovery, and only rare callers need it.
    QByteArray rawJson;
    Diagnostics diagnostics;

    bool isLegacy() const { return !present; }

    // The whole top-level object as read, unknown keys included; parsed on each call.
    QJsonObject rawObject() const;
    // The entry "fields"[declaredIndex] / "actions"[declaredIndex] as declared, unknown keys
    // included (see FieldSpec::declaredIndex); an empty object when there is no such entry.
    QJsonObject rawField(qsizetype declaredIndex) const;
    QJsonObject rawAction(qsizetype declaredIndex) const;
};

} // namespace plugboard
