// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PluginManager's private half (a d-pointer, as Qt Creator's PluginManagerPrivate). Its member
// functions are grouped by concern, one file each:
//   pluginlist.cpp      the snapshots: lookup, adopting a discovery, the runtime view
//   storedstate.cpp     what the user decides: settings, the switch, trust; outside changes
//   codelifecycle.cpp   loading and stopping code, running actions, restarts after crashes
//   rediscovery.cpp     rescans in the background (reload all, reload one)
//   installing.cpp      preview, import (ImportOperation), examples, remove
//   processes.cpp       the plugins' processes: what runs, memory limits
//   loadfailures.cpp    failed loads kept in the database until the plugin loads
//   databasesafety.cpp  recovery notices and daily backups of the database

#include "manager/pluginmanager.h"
#include "manifest/actionspec.h"
#include "runner/runtimetypes.h"
#include "store/loadfailurestore.h"
#include "store/pluginstore.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QQueue>

#include <memory>
#include <optional>

namespace plugboard {

class BackupKeeper;
class HostProcessRuntime;
class ImportOperation;
class PluginRunner;
class StoreWatcher;

class PluginManagerPrivate {
public:
    PluginManagerPrivate(PluginManager *q, PluginPaths paths);
    ~PluginManagerPrivate();

    PluginManager *const q;
    const PluginPaths paths;
    PluginStore store;
    QList<PluginInfo> plugins;
    QList<SkippedFolder> skippedFolders; // of the last rescan
    Activity *activity;
    HostProcessRuntime *hosts = nullptr; // the runner's runtime: limits and processes
    std::unique_ptr<PluginRunner> runner;

    // ---- processes.cpp ----
    QList<PluginProcess> processes() const;
    Result<int> memoryLimitMb(const QString &plugin, bool *isDefault) const;
    Result<int> setMemoryLimitMb(const QString &plugin, int mb);
    // Hands the stored limit to the runtime before the plugin's process starts.
    void applyMemoryLimit(const QString &key);

    // ---- loadfailures.cpp ----
    LoadFailureStore loadFailureStore;
    // The stored failed loads of the plugins, whoever saw them; those of code that changed
    // since are dropped (and deleted) as they are read.
    QHash<QString, StoredLoadFailure> loadFailures;
    void readLoadFailures();
    // A failed load is stored with its code's stamp; a successful one clears it.
    void rememberLoadOutcome(const LoadResult &result);

    // ---- pluginlist.cpp ----
    qsizetype indexOf(const QString &keyOrFolder) const;
    // The index, or NotFound with the sentence every layer shows.
    Result<qsizetype> find(const QString &keyOrFolder) const;
    // Takes a discovery's snapshots, with what runs in this process applied; pluginsReset().
    void adopt(QList<PluginInfo> discovered);
    // The snapshot with the runner's view of its code (loading, loaded, failed, what the code
    // declares) applied.
    PluginInfo withRuntime(const PluginInfo &info) const;
    // Replaces snapshot i and says so (pluginChanged()).
    void replace(qsizetype i, const PluginInfo &info);

    // ---- storedstate.cpp ----
    enum class StoredChange { Settings, Enable, Disable };
    Result<PluginInfo> updateStored(const QString &keyOrFolder, StoredChange kind,
                                    const PluginStore::RowChange &change);
    Result<PluginInfo> saveSettings(const QString &plugin, const QJsonObject &changes);
    Result<PluginInfo> resetSettings(const QString &plugin);
    Result<PluginInfo> setEnabled(const QString &plugin, bool enabled, bool acknowledgeTrust);
    // The plugin's code was replaced by an import: trust is withdrawn and the plugin switched
    // off, unless the user kept it enabled (trusting the new code).
    Result<void> markCodeReplaced(const QString &key, bool keepEnabled);
    // Applies what another process stored; a plugin added or removed elsewhere rescans.
    void refreshStored();
    void followExternalChanges(int intervalMs);
    StoreWatcher *watcher = nullptr;
    BackupKeeper *backups = nullptr; // keepBackups()

    // ---- codelifecycle.cpp ----
    Result<LoadJob *> load(const QString &plugin);
    void loadEnabled();
    // Stops a plugin's code (its stop() sees `reason`) and shows it stopped.
    void stop(const QString &key, StopReason reason);
    // Stops every plugin with code in this process; returns their keys.
    QStringList stopAll(StopReason reason);
    // Loads again those of `keys` that are still enabled and trusted.
    void loadAgain(const QStringList &keys);
    void onLoaded(const LoadResult &result);
    Result<LoadJob *> restart(const QString &plugin);
    static Error crashedRepeatedlyError(const PluginInfo &info);
    // A plugin's process ended unasked: tell, and start it again unless it crashed repeatedly.
    void onProcessEnded(const QString &key, const QString &crash, bool repeatedly);
    bool restartAfterCrash = true;
    Result<RunJob *> runAction(const QString &plugin, const QString &action,
                               const QJsonObject &params, int timeoutMs);
    LoadRequest loadRequestFor(const PluginInfo &info) const;
    // context["actions"] of each plugin, built once per actions list: the entry holds the list
    // it was built from, so the same (implicitly shared) data means the same JSON.
    struct ActionsJson {
        QList<ActionSpec> source;
        QJsonObject json;
    };
    QJsonObject actionsJson(const PluginInfo &info);
    QHash<QString, ActionsJson> actionsJsonCache;

    // ---- rediscovery.cpp ----
    ReloadJob *reload(const QString &plugin);
    // Rescans in the background; stopLoaded stops the loaded plugins first and loads them again
    // after. A request made while a rescan runs is merged into one more pass; `job` (when
    // given) finishes with the pass that serves it.
    void rescan(bool stopLoaded, ReloadJob *job = nullptr);
    void onRescanned(Result<QList<PluginInfo>> discovered, QList<SkippedFolder> skipped);
    bool discovering = false;
    std::optional<bool> rescanAgain; // a request made while discovering: stopLoaded
    QStringList loadAfterRescan;     // plugins stopped for the running rescan
    QList<QPointer<ReloadJob>> servedByThisPass;
    QList<QPointer<ReloadJob>> servedByNextPass;

    // ---- installing.cpp ----
    PreviewJob *preview(const QString &zipPath);
    ImportJob *import(ImportOperation *operation);
    void startNextImport();
    ExamplesJob *addExamples();
    Result<void> remove(const QString &plugin, bool purgeData);
    QQueue<QPointer<ImportOperation>> imports;
    bool importing = false;
};

} // namespace plugboard
