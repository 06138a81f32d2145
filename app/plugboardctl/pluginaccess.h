// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/confirmation.h"
#include "common/result.h"
#include "manager/importtypes.h"
#include "manager/repositoryinstall.h"
#include "runner/runtimetypes.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// The plugins, as the commands that load or run plugin code (enable, disable, reload, remove,
// import, run) see them, whoever runs that code: this process (LocalPlugins), or the Plugboard
// window or `plugboardctl serve` that owns the data folder, reached over its REST API
// (RemotePlugins). Each command is written once against this; only where() tells the paths
// apart. Errors carry the core's sentences either way.
class PluginAccess {
public:
    struct Plugin {
        QString key;
        QString name;
        QString folderPath; // empty when missing
        bool missing = false;
    };
    // A plugin after its switch was flipped (and, when on, its code loaded or failed to).
    struct Switched {
        QString name;
        QString key;
        bool enabled = false;
        bool everEnabled = false;
        bool loaded = false;
        QString loadError;
        QString traceback;
    };
    struct Imported {
        plugboard::ImportOutcome outcome;
        QString loadError; // with enable: why the new code did not load
    };
    // One install (or update) from a repository.
    struct RepositoryInstalled {
        plugboard::RepositoryInstallOutcome outcome;
        std::optional<plugboard::Error> error; // why it did not happen
        QString loadError;                     // with enable: why the new code did not load
    };
    // What a run prints while it works.
    struct RunOutput {
        std::function<void(const QString &key, const QString &level, const QString &text)> log;
        std::function<void(const QString &key, const QString &level, const QString &title,
                           const QString &message)>
            notification;
    };
    // The memory a plugin's process may use, in MiB; `running` when a process runs it now (and
    // so has the limit applied at once).
    struct MemoryLimit {
        int mb = 0;
        bool isDefault = true;
        bool running = false;
    };
    struct RunEnd {
        std::optional<plugboard::JobResult> result; // none: the user left without waiting
        QString leftNote;                           // what happens to the job then
        bool exitAtOnce = false; // the plugin may hold this process's threads: _Exit
        // The plugin's process ends with this command (it ran here, not in a window or
        // server): threads it left running stop too.
        bool processEndsWithCommand = false;
    };

    virtual ~PluginAccess() = default;

    // One line for stderr: which process runs the plugins' code.
    virtual QString where() const = 0;
    virtual QString pluginsDir() const = 0;

    virtual plugboard::Result<Plugin> find(const QString &key) = 0;
    virtual plugboard::Result<Switched> setEnabled(const QString &key, bool enabled,
                                                   bool acknowledgeTrust) = 0;
    // Ends the plugin's process and loads its code in a fresh one (PluginManager::restart).
    virtual plugboard::Result<Switched> restart(const QString &key) = 0;
    virtual plugboard::Result<MemoryLimit> memoryLimit(const QString &key) = 0;
    // 0 goes back to the default.
    virtual plugboard::Result<MemoryLimit> setMemoryLimit(const QString &key, int mb) = 0;
    // Rescans; the number of plugins found.
    virtual plugboard::Result<int> reload() = 0;
    virtual plugboard::Result<void> remove(const QString &key, bool purgeData) = 0;
    // Imports one zip; with enable, a plugin that arrived disabled is switched on (trusted).
    virtual Imported import(const QString &zipPath, const plugboard::ImportOptions &options,
                            bool enable) = 0;
    // Installs one version from a repository (RepositoryInstall); with enable, a plugin that
    // arrived disabled is switched on (trusted).
    virtual RepositoryInstalled
    installFromRepository(const plugboard::RepositoryInstallRequest &request, bool enable) = 0;
    // Runs an action and waits for its end: the first Ctrl+C cancels it, a second one leaves.
    virtual plugboard::Result<RunEnd> run(const QString &key, const QString &action,
                                          const QJsonObject &params, int timeoutMs,
                                          const RunOutput &output) = 0;
    // What the window would ask before running the action (SPEC §7), nullopt when nothing;
    // also nullopt for an action the plugin does not declare (the run says so).
    virtual plugboard::Result<std::optional<plugboard::Confirmation>>
    confirmation(const QString &key, const QString &action) = 0;
};
