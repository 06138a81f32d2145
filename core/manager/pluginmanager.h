// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/folderscanner.h"
#include "catalog/plugininfo.h"
#include "common/result.h"
#include "manager/pluginprocess.h"
#include "paths/pluginpaths.h"
#include "store/recoveryreport.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace plugboard {

class Activity;
class LoadJob;
class PluginManagerPrivate;
class RunJob;
template<typename T> class ResultJob;
struct ImportOptions;
struct ImportOutcome;
struct ImportPreview;

// Rescans end with the number of plugins listed; previews with what a zip holds; imports with
// how they went; adding the examples with the folders added.
using ReloadJob = ResultJob<int>;
using PreviewJob = ResultJob<ImportPreview>;
using ImportJob = ResultJob<ImportOutcome>;
using ExamplesJob = ResultJob<QStringList>;

// The one facade the window, the CLI and the REST API talk to (as Qt Creator's PluginManager):
// the plugins as immutable snapshots, the rules (trust, settings validation, what may run),
// and every operation that takes time as a job the caller holds. What changed is said by the
// signals below; what runs is told by activity(). The parts behind it live in
// PluginManagerPrivate (core/manager/), so this header shows nothing of the store, the runner
// or the installer.
//
// A plugin argument is resolved by exact key, else exact folder name (so a duplicate-key loser
// is found as itself), else the name normalised with the key rule.
class PluginManager : public QObject {
    Q_OBJECT

public:
    explicit PluginManager(PluginPaths paths, QObject *parent = nullptr);
    ~PluginManager() override; // shutdown()

    const PluginPaths &paths() const;
    const QList<PluginInfo> &plugins() const;
    // Folders of the last rescan that hold a plugin.json but no code, so are not plugins.
    const QList<SkippedFolder> &skippedFolders() const;
    std::optional<PluginInfo> plugin(const QString &keyOrFolder) const;

    // SPEC §9, in the background (discovery never runs on the caller's thread). Reloading all
    // (no plugin given) stops every loaded plugin, rescans the plugins folder and loads the
    // enabled ones again; a request made while a rescan runs is served by one more pass.
    // Reloading one plugin stops only that one, rescans, and loads it again if it is enabled.
    // discoveryStarted()/discoveryFinished() frame every rescan, whoever asked for it.
    ReloadJob *reload(const QString &plugin = QString());

    // Validates and saves (all or nothing); returns the updated plugin.
    Result<PluginInfo> saveSettings(const QString &plugin, const QJsonObject &changes);
    Result<PluginInfo> resetSettings(const QString &plugin);
    // Switching on a plugin the user has not trusted yet needs acknowledgeTrust (SPEC §8), else
    // TrustRequired and nothing changes. On: its code starts loading (load() gives the job).
    // Off: its stop() runs and its code is dropped.
    Result<PluginInfo> setEnabled(const QString &plugin, bool enabled,
                                  bool acknowledgeTrust = false);

    // The load of an enabled plugin's code: the one in flight, a new one, or (already loaded)
    // one that succeeds at once. Refused for a disabled or unusable plugin.
    Result<LoadJob *> load(const QString &plugin);
    // Ends the plugin's process and starts a fresh one that loads its code again: after it
    // crashed repeatedly (which stops it until now), or to really reload C extensions.
    // Refused for a disabled or unusable plugin.
    Result<LoadJob *> restart(const QString &plugin);
    // The plugin processes running now, by key.
    QList<PluginProcess> processes() const;
    // The address space the plugin's process may use, in MiB; `isDefault` when the user set
    // none (PluginLimitStore::DefaultMemoryLimitMb).
    Result<int> memoryLimitMb(const QString &plugin, bool *isDefault = nullptr) const;
    // Saves the limit (0: back to the default) and applies it at once to a running process.
    // Returns the limit now in force.
    Result<int> setMemoryLimitMb(const QString &plugin, int mb);
    // After a crash, a plugin is started again in a fresh process at once and a notification
    // says so (the default: the window and the server). A command that runs one action and
    // exits turns it off: the failed run says what happened, and nothing is started for nobody.
    void setRestartAfterCrash(bool restart);
    // Loads every enabled, trusted plugin (the window and the server do this at start).
    void loadEnabled();
    // Queues an action (SPEC §7). Refused when the plugin is disabled, not loaded, or does not
    // declare the action. timeoutMs 0 means none. The job reports progress and the outcome.
    Result<RunJob *> runAction(const QString &plugin, const QString &action,
                               const QJsonObject &params, int timeoutMs = 0);

    // SPEC §10. preview() reads a zip once, off the caller's thread, and writes nothing;
    // import() of that preview installs what the preview proved (the archive is checked again
    // while it is extracted). import() of a path inspects it first. Imports run one at a time.
    PreviewJob *preview(const QString &zipPath);
    ImportJob *import(const ImportPreview &preview, const ImportOptions &options);
    ImportJob *import(const QString &zipPath, const ImportOptions &options);
    // Copies the bundled example plugins that are not there yet, then rescans.
    ExamplesJob *addExamples();
    // SPEC §11: stops the plugin, deletes the folder discovery found (whatever its name), its
    // row and, with purgeData, its data folder. A missing plugin only loses its row.
    Result<void> remove(const QString &plugin, bool purgeData);

    // Runs in flight and their outcomes, log lines and notifications of plugin code.
    Activity *activity() const;
    // Polls the database every intervalMs; settings and switches another process changed are
    // applied (loading or stopping code to match), and a plugin added or removed elsewhere
    // starts a rescan. 0 stops following.
    void followExternalChanges(int intervalMs);
    // The safety net of the plugin database (docs/architecture.md, "Nothing saved is lost"):
    // the last time a damaged database was put right, until the user dismisses the notice; and
    // where the backups are kept.
    std::optional<RecoveryReport> databaseRecovery() const;
    void dismissDatabaseRecovery();
    QString backupsFolder() const;
    // Takes the daily backup when one is due, off this thread, now and every hour (the window
    // and the server; plugboardctl takes it after a command).
    void keepBackups();

    // Stops every loaded plugin (reason "shutdown") within the deadline and writes pending
    // records. Call before quitting.
    void shutdown(int deadlineMs = 5000);

Q_SIGNALS:
    void pluginsReset();
    void pluginChanged(const QString &key);
    // folderName tells a duplicate-key loser from the winner; empty for a missing plugin.
    void pluginRemoved(const QString &key, const QString &folderName);
    void pluginLoaded(const QString &key, bool ok);
    void discoveryStarted();
    // error is empty on success.
    void discoveryFinished(const QString &error);
    // keepBackups(): a daily backup could not be taken (the sentence).
    void backupFailed(const QString &error);

private:
    friend class PluginManagerPrivate;
    std::unique_ptr<PluginManagerPrivate> d;
};

} // namespace plugboard
