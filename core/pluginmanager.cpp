#include "pluginmanager.h"

#include "catalog/catalog.h"
#include "install/folderremover.h"
#include "install/pluginimporter.h"
#include "python/embeddedpythonruntime.h"
#include "settings/pluginsettings.h"
#include "store/database.h"
#include "store/pluginlogstore.h"
#include "store/runjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcManager, "plugboard.core.manager", QtInfoMsg)

namespace plugboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PluginManager", text);
}

Error unknownPlugin(const QString &key)
{
    return Error::make(ErrorCode::NotFound, tr("No plugin with key \"%1\".").arg(key));
}

// SPEC §4: class attributes fill what plugin.json left empty; the code's fields and actions
// replace the manifest's only when the code declares a non-empty list.
void applyCode(PluginManifest &manifest, const LoadResult &code)
{
    const auto fill = [](QString &target, const QString &value) {
        if (target.isEmpty())
            target = value;
    };
    fill(manifest.name, code.name);
    fill(manifest.version, code.version);
    fill(manifest.description, code.description);
    fill(manifest.author, code.author);
    fill(manifest.helpUrl, code.helpUrl);
    if (code.fieldsDeclared)
        manifest.fields = code.fields;
    if (code.actionsDeclared)
        manifest.actions = code.actions;
}

void applyRow(PluginInfo &info, const StoredPlugin &row)
{
    info.enabled = row.enabled;
    info.everEnabled = row.everEnabled;
    info.trusted = row.trusted;
    info.storedSettings = row.settings;
}

} // namespace

PluginManager::PluginManager(PluginPaths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_store(m_paths.databasePath())
    // Creating the runtime is free: Python starts with the first plugin that loads.
    , m_runner(std::make_unique<PluginRunner>(std::make_unique<EmbeddedPythonRuntime>(),
                                              m_paths.databasePath()))
{
    PluginRunner *runner = m_runner.get();
    connect(runner, &PluginRunner::loaded, this, &PluginManager::onLoaded);
    connect(runner, &PluginRunner::jobQueued, this, &PluginManager::jobQueued);
    connect(runner, &PluginRunner::jobStarted, this, &PluginManager::jobStarted);
    connect(runner, &PluginRunner::jobProgress, this, &PluginManager::jobProgress);
    connect(runner, &PluginRunner::jobFinished, this, &PluginManager::jobFinished);
    connect(runner, &PluginRunner::logLine, this, &PluginManager::logLine);
    connect(runner, &PluginRunner::notification, this, &PluginManager::notification);
    m_importer = new PluginImporter(this, this);
}

PluginManager::~PluginManager()
{
    shutdown();
}

QStringList PluginManager::stopLoaded()
{
    QStringList stopped;
    for (const PluginInfo &info : std::as_const(m_plugins)) {
        if (info.loaded || info.loading || !info.loadError.isEmpty()) {
            stopped << info.key;
            m_runner->unload(info.key, StopReason::Reload);
        }
    }
    return stopped;
}

void PluginManager::reimport(const QStringList &keys)
{
    for (const QString &key : keys) {
        const qsizetype i = indexOf(key);
        if (i >= 0 && m_plugins[i].enabled && m_plugins[i].trusted)
            (void)ensureLoaded(key);
    }
}

Result<void> PluginManager::reload()
{
    // SPEC §9, reload all: stop every loaded plugin, rescan, import the enabled ones again.
    const QStringList stopped = stopLoaded();
    Result<void> scanned = discover();
    reimport(stopped);
    return scanned;
}

void PluginManager::reloadInBackground(bool stopLoadedPlugins)
{
    if (m_discovering) {
        m_discoverAgain = m_discoverAgain.value_or(false) || stopLoadedPlugins;
        return;
    }
    m_discovering = true;
    if (stopLoadedPlugins)
        m_reimport << stopLoaded();
    Q_EMIT discoveryStarted();
    auto *watcher = new QFutureWatcher<Result<Discovery::Snapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<Discovery::Snapshot> snapshot = watcher->result();
        m_discovering = false;
        QString error;
        if (snapshot) {
            adopt(std::move(snapshot).value());
            reimport(std::exchange(m_reimport, {}));
        } else {
            error = snapshot.error().message;
        }
        Q_EMIT discoveryFinished(error);
        if (const std::optional<bool> again = std::exchange(m_discoverAgain, std::nullopt))
            reloadInBackground(*again);
    });
    const QString pluginsDir = m_paths.pluginsDir;
    const QString databasePath = m_paths.databasePath();
    watcher->setFuture(QtConcurrent::run([pluginsDir, databasePath] {
        FolderRemover::cleanLeftovers(pluginsDir);
        PluginStore store(databasePath);
        Result<Discovery::Snapshot> snapshot = Discovery::run(pluginsDir, store);
        Database::releaseThreadConnections();
        return snapshot;
    }));
}

Result<void> PluginManager::discover()
{
    Result<Discovery::Snapshot> snapshot = Discovery::run(m_paths.pluginsDir, m_store);
    if (!snapshot)
        return snapshot.error();
    adopt(std::move(snapshot).value());
    return {};
}

void PluginManager::adopt(Discovery::Snapshot snapshot)
{
    m_plugins = std::move(snapshot.plugins);
    m_fileManifests = std::move(snapshot.fileManifests);
    for (PluginInfo &info : m_plugins)
        applyRuntimeState(info);
    qCDebug(lcManager) << "discovered" << m_plugins.size() << "plugins in" << m_paths.pluginsDir;
    Q_EMIT pluginsReset();
}

qsizetype PluginManager::indexOf(const QString &keyOrFolder) const
{
    // An exact key first; then an exact folder name, so the folder that lost a duplicate-key
    // clash is found as itself and never resolves to the winner; then the normalised name.
    const auto find = [this](auto &&matches) -> qsizetype {
        for (qsizetype i = 0; i < m_plugins.size(); ++i) {
            if (matches(m_plugins[i]))
                return i;
        }
        return -1;
    };
    qsizetype i =
        find([&](const PluginInfo &p) { return !p.duplicateKey && p.key == keyOrFolder; });
    if (i < 0)
        i = find([&](const PluginInfo &p) { return p.folderName == keyOrFolder; });
    if (i < 0) {
        const QString normalised = PluginKey::fromFolderName(keyOrFolder);
        i = find([&](const PluginInfo &p) { return !p.duplicateKey && p.key == normalised; });
    }
    return i;
}

std::optional<PluginInfo> PluginManager::plugin(const QString &keyOrFolder) const
{
    const qsizetype i = indexOf(keyOrFolder);
    if (i < 0)
        return std::nullopt;
    return m_plugins.at(i);
}

Result<PluginInfo> PluginManager::updateStored(const QString &keyOrFolder, StoredChange kind,
                                               const PluginStore::RowChange &change)
{
    const qsizetype i = indexOf(keyOrFolder);
    if (i < 0)
        return unknownPlugin(keyOrFolder);
    const PluginInfo &info = m_plugins[i];
    // A duplicate-key loser has no row of its own: writing by its key would change the winner.
    if (info.duplicateKey || info.keyProblem != PluginKey::Problem::None)
        return Error::make(ErrorCode::Conflict, info.enableBlocker());
    if (info.missing && kind != StoredChange::Disable) {
        return Error::make(ErrorCode::Conflict,
                           kind == StoredChange::Enable
                               ? info.enableBlocker()
                               : tr("The folder of \"%1\" is missing, so its settings fields are "
                                    "unknown; put the folder back to change them.")
                                     .arg(info.name()));
    }
    Result<StoredPlugin> row = m_store.update(info.key, change);
    if (!row)
        return row.error();
    applyRow(m_plugins[i], row.value());
    const PluginInfo updated = m_plugins[i];
    Q_EMIT pluginChanged(updated.key);
    return updated;
}

Result<PluginInfo> PluginManager::saveSettings(const QString &key, const QJsonObject &changes)
{
    const qsizetype i = indexOf(key);
    const QList<FieldSpec> fields = i < 0 ? QList<FieldSpec>() : m_plugins[i].fields();
    return updateStored(key, StoredChange::Settings,
                        [&](const StoredPlugin &row) -> Result<StoredPlugin> {
                            Result<QJsonObject> settings =
                                PluginSettings::applyChanges(fields, row.settings, changes);
                            if (!settings)
                                return settings.error();
                            StoredPlugin changed = row;
                            changed.settings = settings.value();
                            return changed;
                        });
}

Result<PluginInfo> PluginManager::resetSettings(const QString &key)
{
    const qsizetype i = indexOf(key);
    const QList<FieldSpec> fields = i < 0 ? QList<FieldSpec>() : m_plugins[i].fields();
    return updateStored(key, StoredChange::Settings, [&](const StoredPlugin &row) {
        StoredPlugin changed = row;
        changed.settings = PluginSettings::reset(fields, row.settings);
        return Result<StoredPlugin>(changed);
    });
}

Result<PluginInfo> PluginManager::setEnabled(const QString &key, bool enabled,
                                             bool acknowledgeTrust)
{
    const qsizetype i = indexOf(key);
    const QString name = i < 0 ? key : m_plugins[i].name();
    Result<PluginInfo> result = updateStored(
        key, enabled ? StoredChange::Enable : StoredChange::Disable,
        [&](const StoredPlugin &row) -> Result<StoredPlugin> {
            StoredPlugin changed = row;
            if (enabled && !row.trusted && !acknowledgeTrust) {
                return Error::make(ErrorCode::TrustRequired,
                                   tr("Enabling \"%1\" needs your trust first: a plugin runs "
                                      "any code it likes with your user's rights. Enable only "
                                      "plugins from authors you trust.")
                                       .arg(name));
            }
            changed.enabled = enabled;
            if (enabled) {
                changed.everEnabled = true;
                changed.trusted = true;
            }
            return changed;
        });
    if (!result)
        return result;
    if (enabled) {
        if (Result<void> r = ensureLoaded(key); !r)
            return r.error();
    } else {
        m_runner->unload(result.value().key, StopReason::Disable);
        if (const qsizetype i = indexOf(key); i >= 0) {
            applyRuntimeState(m_plugins[i]);
            Q_EMIT pluginChanged(m_plugins[i].key);
        }
    }
    return *plugin(key);
}

Result<qint64> PluginManager::storedRevision() const
{
    return m_store.revision();
}

void PluginManager::refreshStored()
{
    Result<QList<StoredPlugin>> rows = m_store.all();
    if (!rows) {
        qCWarning(lcManager) << "could not re-read plugin state:" << rows.error().message;
        return;
    }
    QHash<QString, StoredPlugin> byKey;
    for (const StoredPlugin &row : rows.value())
        byKey.insert(row.key, row);
    bool rescan = false;
    for (PluginInfo &info : m_plugins) {
        if (info.duplicateKey || info.keyProblem != PluginKey::Problem::None)
            continue;
        const auto row = byKey.constFind(info.key);
        if (row == byKey.cend() || row->missing != info.missing) {
            rescan = true; // removed, or its folder came or went: discovery decides
            continue;
        }
        const bool wasEnabled = info.enabled;
        if (row->enabled == info.enabled && row->everEnabled == info.everEnabled &&
            row->trusted == info.trusted && row->settings == info.storedSettings) {
            byKey.erase(row);
            continue;
        }
        applyRow(info, *row);
        byKey.erase(row);
        if (info.enabled && !wasEnabled && info.trusted) {
            (void)ensureLoaded(info.key);
        } else if (!info.enabled && wasEnabled) {
            m_runner->unload(info.key, StopReason::Disable);
            applyRuntimeState(info);
        }
        Q_EMIT pluginChanged(info.key);
    }
    if (rescan || !byKey.isEmpty())
        reloadInBackground(false);
}

void PluginManager::followExternalChanges(int intervalMs)
{
    if (intervalMs <= 0) {
        delete std::exchange(m_followTimer, nullptr);
        return;
    }
    if (!m_followTimer) {
        m_followTimer = new QTimer(this);
        connect(m_followTimer, &QTimer::timeout, this, [this] {
            const Result<qint64> revision = m_store.revision();
            if (!revision || revision.value() == m_seenRevision || m_discovering)
                return;
            m_seenRevision = revision.value();
            refreshStored();
        });
    }
    if (const Result<qint64> revision = m_store.revision())
        m_seenRevision = revision.value();
    m_followTimer->start(intervalMs);
}

void PluginManager::stopPlugin(const QString &key, StopReason reason)
{
    const qsizetype i = indexOf(key);
    if (i < 0 || m_plugins[i].duplicateKey)
        return;
    m_runner->unload(m_plugins[i].key, reason);
    applyRuntimeState(m_plugins[i]);
    Q_EMIT pluginChanged(m_plugins[i].key);
}

Result<void> PluginManager::markCodeReplaced(const QString &key, bool keepEnabled)
{
    Result<StoredPlugin> row = m_store.update(key, [&](const StoredPlugin &current) {
        StoredPlugin changed = current;
        changed.trusted = keepEnabled && current.enabled;
        changed.enabled = keepEnabled && current.enabled;
        return Result<StoredPlugin>(changed);
    });
    if (!row)
        return row.error();
    if (const qsizetype i = indexOf(key); i >= 0 && !m_plugins[i].duplicateKey) {
        applyRow(m_plugins[i], row.value());
        Q_EMIT pluginChanged(m_plugins[i].key);
    }
    return {};
}

Result<void> PluginManager::removePlugin(const QString &key, bool purgeData)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return unknownPlugin(key);
    const PluginInfo info = m_plugins.at(i);
    const bool ownsRow = !info.duplicateKey && info.keyProblem == PluginKey::Problem::None;
    if (ownsRow && (m_runner->isLoaded(info.key) || m_runner->isLoading(info.key)))
        m_runner->unload(info.key, StopReason::Delete);
    if (!info.missing && !info.path.isEmpty()) {
        if (Result<void> removed = FolderRemover::remove(info.path, m_paths.pluginsDir); !removed)
            return removed;
    }
    if (ownsRow) {
        if (Result<void> r = m_store.remove(info.key); !r)
            return r;
        if (purgeData) {
            const QString dataDir = m_paths.pluginDataDir(info.key);
            if (Result<void> r = FolderRemover::remove(dataDir, QFileInfo(dataDir).path()); !r)
                return r;
        }
        m_runner->forget(info.key);
        m_fileManifests.remove(info.key);
        m_actionsJson.remove(info.key);
    }
    m_plugins.removeAt(i);
    Q_EMIT pluginRemoved(info.key, info.folderName);
    // A duplicate-key loser becomes a plugin of its own once the winner is gone.
    if (ownsRow && std::any_of(m_plugins.cbegin(), m_plugins.cend(), [&](const PluginInfo &p) {
            return p.duplicateKey && p.key == info.key;
        })) {
        reloadInBackground(false);
    }
    return {};
}

// ---- running plugin code ----------------------------------------------------------------

LoadRequest PluginManager::loadRequestFor(const PluginInfo &info) const
{
    LoadRequest request{info.key,
                        info.path,
                        info.folderName,
                        info.entryFile,
                        m_paths.pluginDataDir(info.key),
                        info.effectiveSettings(),
                        ActionSpec::byId(info.actions())};
    return request;
}

void PluginManager::applyRuntimeState(PluginInfo &info) const
{
    // A duplicate-key loser shares its key with the winner but never runs: nothing of the
    // winner's runtime state or manifest applies to it.
    if (info.duplicateKey)
        return;
    info.loading = m_runner->isLoading(info.key);
    info.loaded = m_runner->isLoaded(info.key);
    info.manifest = m_fileManifests.value(info.key, info.manifest);
    info.loadError.clear();
    info.loadTraceback.clear();
    if (const LoadResult *code = m_runner->loadResult(info.key)) {
        if (code->ok) {
            applyCode(info.manifest, *code);
            info.diagnostics.append(code->diagnostics);
        } else {
            info.loadError = code->error;
            info.loadTraceback = code->traceback;
        }
    }
}

void PluginManager::onLoaded(const LoadResult &result)
{
    const qsizetype i = indexOf(result.key);
    if (i >= 0) {
        applyRuntimeState(m_plugins[i]);
        Q_EMIT pluginChanged(result.key);
    }
    if (!result.ok)
        qCWarning(lcManager) << "plugin" << result.key << "failed to load:" << result.error;
    Q_EMIT pluginLoaded(result.key, result.ok);
}

void PluginManager::loadEnabled()
{
    for (const PluginInfo &info : std::as_const(m_plugins)) {
        if (info.enabled && info.trusted && !info.duplicateKey && !info.missing)
            (void)ensureLoaded(info.key);
    }
}

Result<void> PluginManager::ensureLoaded(const QString &key)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return unknownPlugin(key);
    PluginInfo &info = m_plugins[i];
    if (!info.enabled) {
        return Error::make(ErrorCode::Disabled,
                           tr("\"%1\" is disabled; enable it first.").arg(info.name()));
    }
    if (const QString blocker = info.enableBlocker(); !blocker.isEmpty())
        return Error::make(ErrorCode::Conflict, blocker);
    if (info.loaded || info.loading)
        return {};
    m_runner->load(loadRequestFor(info));
    applyRuntimeState(info);
    Q_EMIT pluginChanged(info.key);
    return {};
}

Result<void> PluginManager::reloadPlugin(const QString &key)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return unknownPlugin(key);
    const QString pluginKey = m_plugins[i].key;
    m_runner->unload(pluginKey, StopReason::Reload);
    applyRuntimeState(m_plugins[i]);
    // Rescanning reads the plugin's new plugin.json too; the other plugins keep running.
    if (Result<void> r = discover(); !r)
        return r;
    const std::optional<PluginInfo> info = plugin(pluginKey);
    if (info && info->enabled && info->trusted)
        return ensureLoaded(pluginKey);
    return {};
}

QJsonObject PluginManager::actionsJson(const PluginInfo &info)
{
    ActionsJson &cached = m_actionsJson[info.key];
    if (cached.source.constData() != info.actions().constData() ||
        cached.source.size() != info.actions().size() || cached.json.isEmpty()) {
        cached.source = info.actions();
        cached.json = ActionSpec::byId(cached.source);
    }
    return cached.json;
}

Result<quint64> PluginManager::runAction(const QString &key, const QString &action,
                                         const QJsonObject &params, int timeoutMs)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return unknownPlugin(key);
    const PluginInfo &info = m_plugins[i];
    if (!info.enabled) {
        return Error::make(
            ErrorCode::Disabled,
            tr("\"%1\" is disabled; enable it before running its actions.").arg(info.name()));
    }
    if (!info.loadError.isEmpty()) {
        return Error::make(ErrorCode::Conflict,
                           tr("\"%1\" could not be loaded: %2").arg(info.name(), info.loadError));
    }
    if (!info.loaded) {
        return Error::make(
            ErrorCode::Conflict,
            info.loading ? tr("\"%1\" is still loading; try again in a moment.").arg(info.name())
                         : tr("\"%1\" is not loaded.").arg(info.name()));
    }
    if (!info.action(action)) {
        QStringList ids;
        for (const ActionSpec &a : info.actions())
            ids << a.id;
        return Error::make(ErrorCode::NotFound,
                           ids.isEmpty()
                               ? tr("\"%1\" declares no actions, so it has no action \"%2\".")
                                     .arg(info.name(), action)
                               : tr("\"%1\" has no action \"%2\"; its actions are: %3.")
                                     .arg(info.name(), action, ids.join(QStringLiteral(", "))));
    }
    RunRequest request;
    request.key = info.key;
    request.action = action;
    request.params = params;
    request.settings = info.effectiveSettings();
    request.actions = actionsJson(info);
    return m_runner->run(request, timeoutMs);
}

QList<LogLine> PluginManager::logLines(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? QList<LogLine>() : m_runner->logLines(m_plugins[i].key);
}

Result<QList<JournalEntry>> PluginManager::recentRuns(const QString &key, int limit) const
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return unknownPlugin(key);
    return RunJournal(m_paths.databasePath()).recent(m_plugins[i].key, limit);
}

Result<QList<LogLine>> PluginManager::recentLogLines(const QString &key, int limit) const
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return unknownPlugin(key);
    return PluginLogStore(m_paths.databasePath()).recent(m_plugins[i].key, limit);
}

void PluginManager::shutdown(int deadlineMs)
{
    FolderRemover::waitForBackgroundWork(); // deletions must not outlive the thread pool
    if (!m_runner)
        return;
    m_runner->shutdown(deadlineMs);
    for (PluginInfo &info : m_plugins)
        applyRuntimeState(info);
}

} // namespace plugboard
