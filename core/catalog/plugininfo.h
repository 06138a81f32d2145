#pragma once

#include "catalog/logo.h"
#include "catalog/pluginkey.h"
#include "manifest/pluginmanifest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace plugboard {

// Everything known about one plugin at one moment: its folder, its manifest, what the user
// stored for it and (once code runs) its runtime state. An immutable snapshot passed by value
// between layers; PluginManager makes new ones when anything changes.
struct PluginInfo {
    QString key;
    QString folderName; // empty when the folder is missing
    QString path;       // absolute folder path; empty when missing
    QString entryFile;  // "plugin.py" or "__init__.py"
    PluginManifest manifest;
    LogoInfo logo;

    // Stored state (SPEC §5).
    bool enabled = false;
    bool everEnabled = false;
    bool trusted = false;
    QJsonObject storedSettings;
    QString storedName; // last name discovery saw: what a missing plugin is called

    // Problems found by discovery.
    bool missing = false;      // a stored row whose folder is gone
    bool duplicateKey = false; // another folder has the same key and wins
    QString duplicateOf;       // the winning folder's name
    PluginKey::Problem keyProblem = PluginKey::Problem::None;

    // Runtime state (filled when plugin code runs).
    bool loading = false;
    bool loaded = false;
    QString loadError;
    QString loadTraceback;

    // Everything worth showing: folder and key problems, manifest, logo and settings findings.
    Diagnostics diagnostics;

    QString name() const;
    QString version() const { return manifest.version; }
    QString description() const { return manifest.description; }
    QString author() const { return manifest.author; }
    QString helpUrl() const { return manifest.helpUrl; }
    // The help URL only when it is http or https: anything else is never opened.
    QString safeHelpUrl() const;
    const QList<FieldSpec> &fields() const { return manifest.fields; }
    const QList<ActionSpec> &actions() const { return manifest.actions; }
    bool isLegacy() const { return !missing && manifest.isLegacy(); }

    const FieldSpec *field(const QString &id) const;
    const ActionSpec *action(const QString &id) const;

    // Effective settings (defaults overlaid by stored values).
    QJsonObject effectiveSettings() const;
    QStringList orphanedSettings() const;

    // Why the plugin cannot be enabled now; empty when it can.
    QString enableBlocker() const;
    // Missing, duplicate, bad key, load error, or an Error-level diagnostic.
    bool hasProblems() const;
};

} // namespace plugboard
