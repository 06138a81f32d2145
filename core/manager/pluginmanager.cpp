// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/pluginmanager.h"

#include "hostprocess/hostprocessruntime.h"
#include "hostprocess/hostprogram.h"
#include "install/folderremover.h"
#include "manager/importoperation.h"
#include "manager/pluginmanager_p.h"
#include "runner/activity.h"
#include "runner/pluginrunner.h"

namespace plugboard {

PluginManagerPrivate::PluginManagerPrivate(PluginManager *manager, PluginPaths pluginPaths)
    : q(manager)
    , paths(std::move(pluginPaths))
    , store(paths.databasePath())
    , activity(new Activity(paths.databasePath(), manager))
    // Each plugin runs in a plugboard-host process of its own, started when it first loads.
    , runner([this] {
        auto runtime = std::make_unique<HostProcessRuntime>(HostProgram::path());
        // Forked from a pre-started host zygote; PLUGBOARD_HOST_ZYGOTE=0 starts each host
        // from scratch (a way around it, should a platform ever misbehave with it).
        runtime->setUseZygote(qEnvironmentVariable("PLUGBOARD_HOST_ZYGOTE") != QLatin1String("0"));
        hosts = runtime.get();
        return std::make_unique<PluginRunner>(std::move(runtime), activity);
    }())
    , loadFailureStore(paths.databasePath())
{
    QObject::connect(runner.get(), &PluginRunner::loaded, q,
                     [this](const LoadResult &result) { onLoaded(result); });
    QObject::connect(runner.get(), &PluginRunner::unloaded, q, [this](const QString &key) {
        if (const qsizetype i = indexOf(key); i >= 0)
            replace(i, withRuntime(plugins[i]));
    });
    QObject::connect(runner.get(), &PluginRunner::processEnded, q,
                     [this](const QString &key, const QString &crash, bool repeatedly) {
                         onProcessEnded(key, crash, repeatedly);
                     });
}

PluginManagerPrivate::~PluginManagerPrivate() = default;

PluginManager::PluginManager(PluginPaths paths, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PluginManagerPrivate>(this, std::move(paths)))
{}

PluginManager::~PluginManager()
{
    shutdown();
}

const PluginPaths &PluginManager::paths() const
{
    return d->paths;
}

const QList<PluginInfo> &PluginManager::plugins() const
{
    return d->plugins;
}

const QList<SkippedFolder> &PluginManager::skippedFolders() const
{
    return d->skippedFolders;
}

std::optional<PluginInfo> PluginManager::plugin(const QString &keyOrFolder) const
{
    const qsizetype i = d->indexOf(keyOrFolder);
    return i < 0 ? std::nullopt : std::optional<PluginInfo>(d->plugins.at(i));
}

ReloadJob *PluginManager::reload(const QString &plugin)
{
    return d->reload(plugin);
}

Result<PluginInfo> PluginManager::saveSettings(const QString &plugin, const QJsonObject &changes)
{
    return d->saveSettings(plugin, changes);
}

Result<PluginInfo> PluginManager::resetSettings(const QString &plugin)
{
    return d->resetSettings(plugin);
}

Result<PluginInfo> PluginManager::setEnabled(const QString &plugin, bool enabled,
                                             bool acknowledgeTrust)
{
    return d->setEnabled(plugin, enabled, acknowledgeTrust);
}

Result<LoadJob *> PluginManager::load(const QString &plugin)
{
    return d->load(plugin);
}

Result<LoadJob *> PluginManager::restart(const QString &plugin)
{
    return d->restart(plugin);
}

QList<PluginProcess> PluginManager::processes() const
{
    return d->processes();
}

Result<int> PluginManager::memoryLimitMb(const QString &plugin, bool *isDefault) const
{
    return d->memoryLimitMb(plugin, isDefault);
}

Result<int> PluginManager::setMemoryLimitMb(const QString &plugin, int mb)
{
    return d->setMemoryLimitMb(plugin, mb);
}

void PluginManager::setRestartAfterCrash(bool restart)
{
    d->restartAfterCrash = restart;
}

void PluginManager::loadEnabled()
{
    d->loadEnabled();
}

Result<RunJob *> PluginManager::runAction(const QString &plugin, const QString &action,
                                          const QJsonObject &params, int timeoutMs)
{
    return d->runAction(plugin, action, params, timeoutMs);
}

PreviewJob *PluginManager::preview(const QString &zipPath)
{
    return d->preview(zipPath);
}

ImportJob *PluginManager::import(const ImportPreview &preview, const ImportOptions &options)
{
    return d->import(new ImportOperation(d.get(), preview, options));
}

ImportJob *PluginManager::import(const QString &zipPath, const ImportOptions &options)
{
    return d->import(new ImportOperation(d.get(), zipPath, options));
}

ExamplesJob *PluginManager::addExamples()
{
    return d->addExamples();
}

Result<void> PluginManager::remove(const QString &plugin, bool purgeData)
{
    return d->remove(plugin, purgeData);
}

Activity *PluginManager::activity() const
{
    return d->activity;
}

void PluginManager::followExternalChanges(int intervalMs)
{
    d->followExternalChanges(intervalMs);
}

void PluginManager::shutdown(int deadlineMs)
{
    FolderRemover::waitForBackgroundWork(); // deletions must not outlive the thread pool
    if (!d->runner)
        return;
    d->runner->shutdown(deadlineMs);
    for (PluginInfo &info : d->plugins)
        info = d->withRuntime(info);
}

} // namespace plugboard
