// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localplugins.h"

#include "repos/repositories.h"

#include "commands.h"

#include "catalog/plugininfo.h"
#include "catalog/pluginkey.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "repos/repositories.h"
#include "runner/activity.h"
#include "runner/loadjob.h"
#include "runner/runjob.h"
#include <QCoreApplication>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

PluginAccess::Switched switched(const PluginInfo &info)
{
    return {info.name(),     info.key(),       info.enabled(),  info.everEnabled(),
            info.isLoaded(), info.loadError(), info.traceback()};
}

} // namespace

LocalPlugins::~LocalPlugins() = default;

LocalPlugins::LocalPlugins(PluginManager &manager)
    : m_manager(manager)
{}

QString LocalPlugins::where() const
{
    return Text::tr(
        "plugboardctl: running the plugins here (no Plugboard window or server owns this "
        "data folder).");
}

QString LocalPlugins::pluginsDir() const
{
    return m_manager.paths().pluginsDir;
}

Result<PluginAccess::Plugin> LocalPlugins::find(const QString &key)
{
    const std::optional<PluginInfo> info = m_manager.plugin(key);
    if (!info)
        return PluginKey::unknown(key);
    return Plugin{info->key(), info->name(), info->path(), info->isMissing()};
}

Result<PluginAccess::Switched> LocalPlugins::loaded(const QString &key)
{
    return whenLoaded(m_manager.load(key), key);
}

Result<PluginAccess::Switched> LocalPlugins::whenLoaded(Result<LoadJob *> loading,
                                                        const QString &key)
{
    if (!loading)
        return loading.error();
    loading.value()->exec(); // a failed load is part of the answer, not an error of the call
    const std::optional<PluginInfo> info = m_manager.plugin(key);
    if (!info)
        return PluginKey::unknown(key);
    return switched(*info);
}

Result<PluginAccess::Switched> LocalPlugins::setEnabled(const QString &key, bool enabled,
                                                        bool acknowledgeTrust)
{
    const Result<PluginInfo> result = m_manager.setEnabled(key, enabled, acknowledgeTrust);
    if (!result)
        return result.error();
    return enabled ? loaded(result.value().key()) : switched(result.value());
}

Result<PluginAccess::Switched> LocalPlugins::restart(const QString &key)
{
    return whenLoaded(m_manager.restart(key), key);
}

Result<PluginAccess::MemoryLimit> LocalPlugins::memoryLimit(const QString &key)
{
    bool isDefault = true;
    const Result<int> mb = m_manager.memoryLimitMb(key, &isDefault);
    if (!mb)
        return mb.error();
    bool running = false;
    for (const PluginProcess &p : m_manager.processes())
        running = running || p.key == key;
    return MemoryLimit{mb.value(), isDefault, running};
}

Result<PluginAccess::MemoryLimit> LocalPlugins::setMemoryLimit(const QString &key, int mb)
{
    if (const Result<int> set = m_manager.setMemoryLimitMb(key, mb); !set)
        return set.error();
    return memoryLimit(key);
}

Result<void> LocalPlugins::discover()
{
    ReloadJob *job = m_manager.reload();
    if (!job->exec())
        return job->error();
    m_justDiscovered = true;
    return {};
}

Result<int> LocalPlugins::reload()
{
    // The discovery this process just made is the scan a reload asks for.
    if (std::exchange(m_justDiscovered, false))
        return int(m_manager.plugins().size());
    ReloadJob *job = m_manager.reload();
    if (!job->exec())
        return job->error();
    return job->result();
}

Result<void> LocalPlugins::remove(const QString &key, bool purgeData)
{
    return m_manager.remove(key, purgeData);
}

PluginAccess::Imported LocalPlugins::import(const QString &zipPath, const ImportOptions &options,
                                            bool enable)
{
    ImportJob *job = m_manager.import(QFileInfo(zipPath).absoluteFilePath(), options);
    job->exec();
    Imported imported{job->result(), {}};
    ImportOutcome &outcome = imported.outcome;
    if (outcome.ok && enable && !outcome.enabled) {
        const Result<Switched> on = setEnabled(outcome.key, true, true);
        outcome.enabled = on.ok();
        imported.loadError = on ? on.value().loadError : on.error().message;
    }
    return imported;
}

PluginAccess::RepositoryInstalled
LocalPlugins::installFromRepository(const RepositoryInstallRequest &request, bool enable)
{
    if (!m_repositories)
        m_repositories = std::make_unique<Repositories>(m_manager.paths().databasePath());
    std::unique_ptr<RepositoryInstallJob> job(
        RepositoryInstall::start(m_manager, *m_repositories, request, nullptr));
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job.get(), &Job::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished() && waitCancellable(loop, [&job] { job->cancel(); }) == 130)
        job->cancel();
    if (!job->isFinished())
        job->exec();
    RepositoryInstalled installed{job->result(), std::nullopt, {}};
    if (!job->succeeded()) {
        installed.error = job->error();
        return installed;
    }
    ImportOutcome &outcome = installed.outcome.import;
    if (enable && !outcome.enabled) {
        const Result<Switched> on = setEnabled(outcome.key, true, true);
        outcome.enabled = on.ok();
        installed.loadError = on ? on.value().loadError : on.error().message;
    }
    return installed;
}

Result<PluginAccess::RunEnd> LocalPlugins::run(const QString &key, const QString &action,
                                               const QJsonObject &params, int timeoutMs,
                                               const RunOutput &output)
{
    // An enabled plugin's code is loaded first; a disabled one gets the manager's refusal.
    if (const std::optional<PluginInfo> info = m_manager.plugin(key); info && info->enabled()) {
        if (const Result<Switched> ready = loaded(key); !ready)
            return ready.error();
    }
    // Everything the plugin logs or prints goes out as it happens.
    const Activity *activity = m_manager.activity();
    QObject context;
    QObject::connect(activity, &Activity::logLine, &context,
                     [&](const LogLine &line) { output.log(line.key, line.level, line.text); });
    QObject::connect(activity, &Activity::notification, &context, output.notification);
    const Result<RunJob *> started = m_manager.runAction(key, action, params, timeoutMs);
    if (!started)
        return started.error();
    RunJob *job = started.value();
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    // Ctrl+C cancels the run (once); a second Ctrl+C leaves without waiting.
    if (waitCancellable(loop, [job] { job->cancel(); }) == 130)
        return RunEnd{std::nullopt, Text::tr("Left without waiting for the plugin."), true};
    m_manager.activity()->flush();
    RunEnd end{job->result(), {}, false, true};
    delete job;
    return end;
}

Result<std::optional<Confirmation>> LocalPlugins::confirmation(const QString &key,
                                                               const QString &action)
{
    const std::optional<PluginInfo> info = m_manager.plugin(key);
    if (!info)
        return PluginKey::unknown(key);
    const ActionSpec *spec = info->action(action);
    return spec ? confirmationFor(*info, *spec) : std::optional<Confirmation>();
}
