#pragma once

#include "manifest/actionspec.h"
#include "manifest/diagnostic.h"
#include "manifest/fieldspec.h"

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
    QJsonObject raw; // the whole top-level object as read, unknown keys included
    Diagnostics diagnostics;

    bool isLegacy() const { return !present; }
};

} // namespace plugboard
