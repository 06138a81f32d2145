// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths/pluginpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace plugboard {

QString PluginPaths::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("plugboard.sqlite"));
}

QString PluginPaths::backupsDir() const
{
    return QDir(dataDir).filePath(QStringLiteral("backups"));
}

QString PluginPaths::pluginDataDir(const QString &key) const
{
    return QDir(dataDir).filePath(QStringLiteral("plugin-data/") + key);
}

PluginPaths PluginPaths::resolve(const QString &dataDirOption, const QString &pluginsDirOption)
{
    PluginPaths paths;
    QString data = dataDirOption;
    if (data.isEmpty())
        data = qEnvironmentVariable("PLUGBOARD_DATA_DIR");
    if (data.isEmpty()) {
        // ~/.local/share/plugboard: the application name alone, no organisation folder.
        data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/plugboard");
    }
    paths.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(data));

    QString plugins = pluginsDirOption;
    if (plugins.isEmpty())
        plugins = qEnvironmentVariable("DISPATCHARR_PLUGINS_DIR");
    if (plugins.isEmpty()) {
        plugins = QDir(paths.dataDir).filePath(QStringLiteral("plugins"));
        paths.pluginsDirIsDefault = true;
    }
    paths.pluginsDir = QDir::cleanPath(QDir::current().absoluteFilePath(plugins));
    return paths;
}

Result<void> PluginPaths::prepare() const
{
    if (!QDir().mkpath(dataDir)) {
        return Error::make(ErrorCode::Io, QCoreApplication::translate(
                                              "PluginPaths", "Cannot create the data folder %1.")
                                              .arg(QDir::toNativeSeparators(dataDir)));
    }
    if (pluginsDirIsDefault && !QDir().mkpath(pluginsDir)) {
        return Error::make(ErrorCode::Io, QCoreApplication::translate(
                                              "PluginPaths", "Cannot create the plugins folder %1.")
                                              .arg(QDir::toNativeSeparators(pluginsDir)));
    }
    if (!QDir(pluginsDir).exists()) {
        return Error::make(
            ErrorCode::NotFound,
            QCoreApplication::translate("PluginPaths", "The plugins folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(pluginsDir)));
    }
    return {};
}

} // namespace plugboard
