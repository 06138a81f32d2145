#pragma once

#include "catalog/plugininfo.h"
#include "common/result.h"
#include "paths/pluginpaths.h"
#include "store/pluginstore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

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
    // the snapshot. Never runs plugin code.
    Result<void> reload();

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

Q_SIGNALS:
    void pluginsReset();
    void pluginChanged(const QString &key);

private:
    enum class StoredChange { Settings, Enable, Disable };
    qsizetype indexOf(const QString &keyOrFolder) const;
    Result<PluginInfo> updateStored(const QString &keyOrFolder, StoredChange kind,
                                    const PluginStore::RowChange &change);

    PluginPaths m_paths;
    PluginStore m_store;
    QList<PluginInfo> m_plugins;
};

} // namespace plugboard
