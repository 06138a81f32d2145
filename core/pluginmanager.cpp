#include "pluginmanager.h"

#include "catalog/catalog.h"
#include "settings/pluginsettings.h"

#include <QCoreApplication>
#include <QLoggingCategory>

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
{
}

PluginManager::~PluginManager() = default;

Result<void> PluginManager::reload()
{
    Result<QList<Catalog::Discovered>> discovered = Catalog::scan(m_paths.pluginsDir);
    if (!discovered)
        return discovered.error();
    Result<QList<StoredPlugin>> rows = m_store.sync(Catalog::metadataFor(discovered.value()));
    if (!rows)
        return rows.error();
    m_plugins = Catalog::merge(discovered.value(), rows.value());
    qCDebug(lcManager) << "discovered" << m_plugins.size() << "plugins in" << m_paths.pluginsDir;
    Q_EMIT pluginsReset();
    return {};
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
    qsizetype i = find([&](const PluginInfo &p) { return !p.duplicateKey && p.key == keyOrFolder; });
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
    return updateStored(key, enabled ? StoredChange::Enable : StoredChange::Disable,
                        [&](const StoredPlugin &row) -> Result<StoredPlugin> {
                            StoredPlugin changed = row;
                            if (enabled && !row.trusted && !acknowledgeTrust) {
                                return Error::make(
                                    ErrorCode::TrustRequired,
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
}

Result<qint64> PluginManager::storedRevision() const
{
    return m_store.revision();
}

} // namespace plugboard
