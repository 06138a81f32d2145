// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/logo.h"
#include "catalog/pluginstate.h"
#include "manifest/pluginmanifest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace plugboard {

struct StoredPlugin;

// Everything known about one plugin at one moment: its folder, its manifest, what the user
// stored for it, and its state (PluginState plus the error that explains it). An immutable
// value: every accessor is const, copies share one block of data, and a change of any kind
// makes a new snapshot through the with…() functions (PluginManager does that and says so by
// signal). Holding a copy is always safe; it never changes under you.
class PluginInfo {
public:
    // What a snapshot is made from (Catalog::merge fills one per folder and per missing row).
    struct Data {
        QString key;
        QString folderName;      // empty when the folder is missing
        QString path;            // absolute folder path; empty when missing
        QString entryFile;       // "plugin.py" or "__init__.py"
        PluginManifest manifest; // plugin.json as read (code may fill gaps later: withCode())
        LogoInfo logo;
        PluginState state = PluginState::Disabled;
        QString error;        // why: the problem states and Failed; empty otherwise
        QString traceback;    // of a failed load
        QString loadFailedAt; // when the load failed (ISO 8601 UTC); empty when unknown
        QString duplicateOf;  // the winning folder's name, for Duplicate
        bool everEnabled = false;
        bool trusted = false;
        QJsonObject storedSettings;
        QString storedName; // the last name discovery saw: what a missing plugin is called
        // Folder and key problems, the manifest's, the logo's and the settings' findings.
        Diagnostics diagnostics;
    };

    PluginInfo();
    explicit PluginInfo(Data data);

    const QString &key() const { return d->data.key; }
    const QString &folderName() const { return d->data.folderName; }
    const QString &path() const { return d->data.path; }
    const QString &entryFile() const { return d->data.entryFile; }
    // plugin.json, with what the loaded code declares filling its gaps (SPEC §4).
    const PluginManifest &manifest() const { return d->code ? d->codeManifest : d->data.manifest; }
    const LogoInfo &logo() const { return d->data.logo; }

    PluginState state() const { return d->data.state; }
    // The sentence explaining a problem state or a failed load; empty otherwise.
    const QString &error() const { return d->data.error; }
    // The Python traceback of a failed load.
    const QString &traceback() const { return d->data.traceback; }
    // The load failure alone (error() when Failed), as the REST list's "load_error".
    QString loadError() const;
    // When that load failed (ISO 8601 UTC), also when another process saw it; empty otherwise.
    QString loadFailedAt() const;
    const QString &duplicateOf() const { return d->data.duplicateOf; }

    bool enabled() const { return isSwitchedOn(state()); }
    bool isMissing() const { return state() == PluginState::Missing; }
    bool isDuplicate() const { return state() == PluginState::Duplicate; }
    bool isLoading() const { return state() == PluginState::Loading; }
    bool isLoaded() const { return state() == PluginState::Loaded; }
    // Missing, Duplicate or BadKey: such a plugin has no stored row of its own to change.
    bool isUnusable() const { return plugboard::isUnusable(state()); }

    bool everEnabled() const { return d->data.everEnabled; }
    bool trusted() const { return d->data.trusted; }
    const QJsonObject &storedSettings() const { return d->data.storedSettings; }
    // Everything worth showing, the loaded code's findings included.
    const Diagnostics &diagnostics() const
    {
        return d->code ? d->codeDiagnostics : d->data.diagnostics;
    }

    QString name() const;
    const QString &version() const { return manifest().version; }
    const QString &description() const { return manifest().description; }
    const QString &author() const { return manifest().author; }
    const QString &helpUrl() const { return manifest().helpUrl; }
    // The help URL only when it is http or https: anything else is never opened.
    QString safeHelpUrl() const;
    const QList<FieldSpec> &fields() const { return manifest().fields; }
    const QList<ActionSpec> &actions() const { return manifest().actions; }
    bool isLegacy() const { return !isMissing() && manifest().isLegacy(); }

    const FieldSpec *field(const QString &id) const;
    const ActionSpec *action(const QString &id) const;

    // Effective settings (defaults overlaid by stored values).
    QJsonObject effectiveSettings() const;
    QStringList orphanedSettings() const;

    // Why the plugin cannot be switched on now (the folder's problem); empty when it can.
    QString enableBlocker() const;
    // A problem state, a failed load, or a diagnostic of its files (a warning too, but for the
    // legacy notice itself): what the Problems filter lists and a card's status line reports.
    bool hasProblems() const;

    // ---- New snapshots of the same plugin (PluginManager's bookkeeping) ----

    // What the stored row says now: switched on or off, trust, settings. A problem state stays;
    // switching off leaves Disabled; switching on a disabled plugin gives Enabled.
    PluginInfo withStored(const StoredPlugin &row) const;
    // A runtime state of a switched-on plugin: Enabled, Loading, Loaded or Failed (with the
    // error, traceback and when). Ignored for a plugin that is not switched on.
    PluginInfo withState(PluginState state, const QString &error = {},
                         const QString &traceback = {}, const QString &failedAt = {}) const;
    // The manifest as the loaded code completes it, and what loading the code found.
    PluginInfo withCode(const PluginManifest &manifest, const Diagnostics &codeDiagnostics) const;
    // Back to plugin.json alone (the code was stopped).
    PluginInfo withoutCode() const;

private:
    struct Shared {
        Data data; // as discovered and stored
        // Once the code is loaded (withCode()): the manifest it completes, and data.diagnostics
        // plus its own. Unused (and empty) until then.
        bool code = false;
        PluginManifest codeManifest;
        Diagnostics codeDiagnostics;
    };
    explicit PluginInfo(std::shared_ptr<const Shared> shared);
    PluginInfo changed(const std::function<void(Shared &)> &change) const;

    std::shared_ptr<const Shared> d;
};

} // namespace plugboard
