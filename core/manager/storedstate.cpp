// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManagerPrivate: what the user decides about a plugin (settings, the switch, trust), kept
// in the plugins table, and what another process decided (followed by polling the revision).

#include "manager/pluginmanager_p.h"
#include "manager/storewatcher.h"
#include "runner/pluginrunner.h"
#include "settings/pluginsettings.h"
#include "store/repositorystore.h"
#include <QCoreApplication>

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcManager)

namespace plugboard {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginManager)
};
} // namespace

Result<PluginInfo> PluginManagerPrivate::updateStored(const QString &keyOrFolder, StoredChange kind,
                                                      const PluginStore::RowChange &change)
{
    const Result<qsizetype> found = find(keyOrFolder);
    if (!found)
        return found.error();
    const qsizetype i = found.value();
    const PluginInfo &info = plugins[i];
    // A duplicate-key loser has no row of its own: writing by its key would change the winner.
    if (info.isDuplicate() || info.state() == PluginState::BadKey)
        return Error::make(ErrorCode::Conflict, info.enableBlocker());
    if (info.isMissing() && kind != StoredChange::Disable) {
        return Error::make(
            ErrorCode::Conflict,
            kind == StoredChange::Enable
                ? info.enableBlocker()
                : Text::tr("The folder of \"%1\" is missing, so its settings fields are "
                           "unknown; put the folder back to change them.")
                      .arg(info.name()));
    }
    Result<StoredPlugin> row = store.update(info.key(), change);
    if (!row)
        return row.error();
    replace(i, info.withStored(row.value()));
    return plugins[i];
}

Result<PluginInfo> PluginManagerPrivate::saveSettings(const QString &plugin,
                                                      const QJsonObject &changes)
{
    const qsizetype i = indexOf(plugin);
    const QList<FieldSpec> fields = i < 0 ? QList<FieldSpec>() : plugins[i].fields();
    return updateStored(plugin, StoredChange::Settings,
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

Result<PluginInfo> PluginManagerPrivate::resetSettings(const QString &plugin)
{
    const qsizetype i = indexOf(plugin);
    const QList<FieldSpec> fields = i < 0 ? QList<FieldSpec>() : plugins[i].fields();
    return updateStored(plugin, StoredChange::Settings, [&](const StoredPlugin &row) {
        StoredPlugin changed = row;
        changed.settings = PluginSettings::reset(fields, row.settings);
        return Result<StoredPlugin>(changed);
    });
}

Result<PluginInfo> PluginManagerPrivate::setEnabled(const QString &plugin, bool enabled,
                                                    bool acknowledgeTrust)
{
    const qsizetype i = indexOf(plugin);
    const QString name = i < 0 ? plugin : plugins[i].name();
    Result<PluginInfo> result =
        updateStored(plugin, enabled ? StoredChange::Enable : StoredChange::Disable,
                     [&](const StoredPlugin &row) -> Result<StoredPlugin> {
                         StoredPlugin changed = row;
                         if (enabled && !row.trusted && !acknowledgeTrust) {
                             return Error::make(
                                 ErrorCode::TrustRequired,
                                 Text::tr("Enabling \"%1\" needs your trust first: a plugin runs "
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
    const QString key = result.value().key();
    if (enabled) {
        if (Result<LoadJob *> loading = load(key); !loading)
            return loading.error();
    } else {
        stop(key, StopReason::Disable);
    }
    return plugins[indexOf(key)];
}

Result<void> PluginManagerPrivate::markCodeReplaced(const QString &key, bool keepEnabled)
{
    Result<StoredPlugin> row = store.update(key, [&](const StoredPlugin &current) {
        StoredPlugin changed = current;
        changed.trusted = keepEnabled && current.enabled;
        changed.enabled = keepEnabled && current.enabled;
        return Result<StoredPlugin>(changed);
    });
    if (!row)
        return row.error();
    if (const qsizetype i = indexOf(key); i >= 0 && !plugins[i].isDuplicate())
        replace(i, withRuntime(plugins[i].withStored(row.value())));
    // Code from anywhere else is no longer what a repository delivered: the plugin becomes
    // unmanaged (an install from a repository records itself again right after).
    return RepositoryStore(paths.databasePath()).clearManaged(key);
}

void PluginManagerPrivate::refreshStored()
{
    Result<QList<StoredPlugin>> rows = store.all();
    if (!rows) {
        qCWarning(lcManager) << "could not re-read plugin state:" << rows.error().message;
        return;
    }
    QHash<QString, StoredPlugin> byKey;
    for (const StoredPlugin &row : rows.value())
        byKey.insert(row.key, row);
    bool rescanNeeded = false;
    for (qsizetype i = 0; i < plugins.size(); ++i) {
        const PluginInfo info = plugins[i];
        if (info.isDuplicate() || info.state() == PluginState::BadKey)
            continue;
        const auto row = byKey.constFind(info.key());
        if (row == byKey.cend() || row->missing != info.isMissing()) {
            rescanNeeded = true; // removed, or its folder came or went: discovery decides
            continue;
        }
        const bool unchanged =
            row->enabled == info.enabled() && row->everEnabled == info.everEnabled() &&
            row->trusted == info.trusted() && row->settings == info.storedSettings();
        const StoredPlugin stored = *row;
        byKey.erase(row);
        if (unchanged)
            continue;
        const bool wasEnabled = info.enabled();
        replace(i, info.withStored(stored));
        if (stored.enabled && !wasEnabled && stored.trusted)
            (void)load(info.key());
        else if (!stored.enabled && wasEnabled)
            stop(info.key(), StopReason::Disable);
    }
    if (rescanNeeded || !byKey.isEmpty())
        rescan(false);
}

void PluginManagerPrivate::followExternalChanges(int intervalMs)
{
    if (!watcher) {
        if (intervalMs <= 0)
            return;
        watcher = new StoreWatcher(paths.databasePath(), q);
        QObject::connect(watcher, &StoreWatcher::changed, q, [this] { refreshStored(); });
    }
    watcher->follow(intervalMs);
}

} // namespace plugboard
