#pragma once

#include "catalog/discovery.h"
#include "catalog/plugininfo.h"
#include "common/result.h"
#include "paths/pluginpaths.h"
#include "runner/pluginrunner.h"
#include "store/pluginstore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

class QTimer;

namespace plugboard {
class PluginImporter;
}

namespace plugboard {

// The one facade the CLI, the REST API and the window talk to. It owns the catalog snapshot and
// the store, enforces the rules (trust, settings validation) and says what changed by signals.
class PluginManager : public QObject {
    Q_OBJECT

public:
    explicit PluginManager(PluginPaths paths, QObject *parent = nullptr);
    ~PluginManager() override;

    const PluginPaths &paths() const { return m_paths; }

    // Scans the plugins folder, records new and missing plugins in the database and rebuilds
    // the snapshot. Plugins this process had loaded are stopped first and imported again
    // afterwards (SPEC §9); discovery itself never runs plugin code.
    Result<void> reload();
    // The same in the background (the window never walks the plugins folder on its thread):
    // stops loaded plugins, rescans on a pool thread, adopts the result, loads the enabled
    // plugins again; discoveryFinished() follows. With stopLoaded false the loaded plugins keep
    // running (a rescan after a folder appeared or went away). A request made while one is
    // running is merged into one more pass afterwards.
    void reloadInBackground(bool stopLoaded = true);
    bool isDiscovering() const { return m_discovering; }

    const QList<PluginInfo> &plugins() const { return m_plugins; }
    // By exact key, else exact folder name (a duplicate-key loser is found as itself), else the
    // name normalised with the key rule. Every method below resolves its argument this way.
    std::optional<PluginInfo> plugin(const QString &keyOrFolder) const;

    // Validates and saves (all or nothing); returns the updated plugin.
    Result<PluginInfo> saveSettings(const QString &key, const QJsonObject &changes);
    Result<PluginInfo> resetSettings(const QString &key);

    // Enabling a plugin the user has not trusted yet needs acknowledgeTrust (SPEC §8);
    // without it the result is ErrorCode::TrustRequired and nothing changes.
    Result<PluginInfo> setEnabled(const QString &key, bool enabled, bool acknowledgeTrust = false);

    // Changes whenever any process writes plugin state; cheap enough to poll.
    Result<qint64> storedRevision() const;
    // Re-reads the stored rows and applies what another process changed (settings, enable,
    // disable: loading or stopping code to match); a plugin added or removed elsewhere starts
    // a background rescan. Cheap when nothing changed.
    void refreshStored();
    // Polls storedRevision() every intervalMs and calls refreshStored() when it moves, so
    // changes made by plugboardctl appear without a restart. 0 stops following.
    void followExternalChanges(int intervalMs);

    // SPEC §11: stops the plugin, deletes the folder discovery found (whatever its name), its
    // row and, with purgeData, its data folder. A missing plugin only loses its row.
    Result<void> removePlugin(const QString &key, bool purgeData);

    // Zip import (SPEC §10), one at a time, off this thread; see PluginImporter.
    PluginImporter *importer() const { return m_importer; }
    // For the importer: stops a plugin's code (its stop() sees `reason`).
    void stopPlugin(const QString &key, StopReason reason);
    // For the importer: the plugin's code was replaced. Trust is withdrawn and the plugin
    // disabled, unless the user chose to keep it enabled (trusting the new code).
    Result<void> markCodeReplaced(const QString &key, bool keepEnabled);

    // ---- Running plugin code (SPEC §4, §7, §9). Python starts only when a plugin loads. ----

    // Loads every enabled, trusted plugin (the window and the server do this at start).
    void loadEnabled();
    // Loads one enabled plugin if it is not loaded or loading; pluginLoaded() follows.
    Result<void> ensureLoaded(const QString &key);
    // Stops and re-imports one plugin (reason "reload"); only that plugin is touched.
    Result<void> reloadPlugin(const QString &key);
    // Queues an action. Refused when the plugin is disabled, not loaded, or does not declare
    // the action. timeoutMs 0 means no timeout. jobFinished() reports the outcome.
    Result<quint64> runAction(const QString &key, const QString &action, const QJsonObject &params,
                              int timeoutMs = 0);
    bool cancelJob(quint64 jobId) { return m_runner->cancel(jobId); }
    QList<JobInfo> jobs() const { return m_runner->jobs(); }
    std::optional<JobInfo> job(quint64 jobId) const { return m_runner->job(jobId); }
    // The plugin's log lines of this process (newest last).
    QList<LogLine> logLines(const QString &key) const;
    // From the database: what every process recorded.
    Result<QList<JournalEntry>> recentRuns(const QString &key, int limit) const;
    Result<QList<LogLine>> recentLogLines(const QString &key, int limit) const;
    // Stops every loaded plugin (reason "shutdown") within the deadline and writes pending
    // records. Call before quitting.
    void shutdown(int deadlineMs = 5000);
    // Writes pending run and log records now.
    void flushRecords() { m_runner->flushRecords(); }

Q_SIGNALS:
    void pluginsReset();
    void discoveryStarted();
    // error is empty on success.
    void discoveryFinished(const QString &error);
    // folderName tells a duplicate-key loser from the winner; empty for a missing plugin.
    void pluginRemoved(const QString &key, const QString &folderName);
    void pluginChanged(const QString &key);
    void pluginLoaded(const QString &key, bool ok);
    void jobQueued(const plugboard::JobInfo &job);
    void jobStarted(const plugboard::JobInfo &job);
    void jobProgress(const plugboard::JobInfo &job);
    void jobFinished(const plugboard::JobResult &result);
    void logLine(const plugboard::LogLine &line);
    void notification(const QString &key, const QString &level, const QString &title,
                      const QString &message);

private:
    Result<void> discover();
    void adopt(Discovery::Snapshot snapshot);
    void reimport(const QStringList &keys);
    QStringList stopLoaded();
    void onLoaded(const LoadResult &result);
    void applyRuntimeState(PluginInfo &info) const;
    LoadRequest loadRequestFor(const PluginInfo &info) const;
    enum class StoredChange { Settings, Enable, Disable };
    qsizetype indexOf(const QString &keyOrFolder) const;
    Result<PluginInfo> updateStored(const QString &keyOrFolder, StoredChange kind,
                                    const PluginStore::RowChange &change);

    PluginPaths m_paths;
    PluginStore m_store;
    QList<PluginInfo> m_plugins;
    QHash<QString, PluginManifest> m_fileManifests; // plugin.json as read, before code
    // context["actions"] of each plugin, built once per actions list: the entry holds the list
    // it was built from, so the same (implicitly shared) data means the same JSON.
    struct ActionsJson {
        QList<ActionSpec> source;
        QJsonObject json;
    };
    QJsonObject actionsJson(const PluginInfo &info);
    QHash<QString, ActionsJson> m_actionsJson;
    std::unique_ptr<PluginRunner> m_runner;
    bool m_discovering = false;
    std::optional<bool> m_discoverAgain; // a request made while discovering: stopLoaded
    QStringList m_reimport;              // loaded before a background reload
    QTimer *m_followTimer = nullptr;
    PluginImporter *m_importer = nullptr;
    qint64 m_seenRevision = -1;
};

} // namespace plugboard
