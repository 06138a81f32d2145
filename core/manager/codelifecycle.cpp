// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManagerPrivate: loading and stopping plugin code (SPEC §4, §9) and running actions
// (SPEC §7), through PluginRunner. Python starts only when a plugin loads.

#include "hostprocess/hostprocessruntime.h"
#include "manager/pluginmanager_p.h"
#include "runner/activity.h"
#include "runner/loadjob.h"
#include "runner/pluginrunner.h"
#include "runner/runjob.h"
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

Error PluginManagerPrivate::crashedRepeatedlyError(const PluginInfo &info)
{
    return Error::make(
        ErrorCode::Conflict,
        Text::tr("\"%1\" crashed repeatedly and is stopped; restart it (Restart on its "
                 "card, or plugboardctl restart %2) to run it again.")
            .arg(info.name(), info.key()));
}

LoadRequest PluginManagerPrivate::loadRequestFor(const PluginInfo &info) const
{
    return LoadRequest{info.key(),
                       info.path(),
                       info.folderName(),
                       info.entryFile(),
                       paths.pluginDataDir(info.key()),
                       info.effectiveSettings(),
                       ActionSpec::byId(info.actions())};
}

Result<LoadJob *> PluginManagerPrivate::load(const QString &plugin)
{
    const Result<qsizetype> found = find(plugin);
    if (!found)
        return found.error();
    const qsizetype i = found.value();
    const PluginInfo &info = plugins[i];
    if (info.isUnusable())
        return Error::make(ErrorCode::Conflict, info.enableBlocker());
    if (!info.enabled()) {
        return Error::make(ErrorCode::Disabled,
                           Text::tr("\"%1\" is disabled; enable it first.").arg(info.name()));
    }
    if (runner->crashedRepeatedly(info.key()))
        return crashedRepeatedlyError(info);
    const bool started = !runner->isLoaded(info.key()) && !runner->isLoading(info.key());
    if (started)
        applyMemoryLimit(info.key());
    LoadJob *job = runner->load(loadRequestFor(info));
    if (started)
        replace(i, withRuntime(info));
    return job;
}

Result<LoadJob *> PluginManagerPrivate::restart(const QString &plugin)
{
    const Result<qsizetype> found = find(plugin);
    if (!found)
        return found.error();
    const QString key = plugins[found.value()].key();
    if (plugins[found.value()].enabled())
        stop(key, StopReason::Reload);
    runner->forgetCrashes(key);
    return load(key); // a fresh process
}

void PluginManagerPrivate::onProcessEnded(const QString &key, const QString &crash, bool repeatedly)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return;
    replace(i, withRuntime(plugins[i]));
    const bool again =
        restartAfterCrash && !repeatedly && plugins[i].enabled() && plugins[i].trusted();
    // Told once when it starts crashing and once when it is stopped; the log has every crash.
    if (restartAfterCrash && !crash.isEmpty() && (repeatedly || runner->recentCrashes(key) == 1)) {
        Q_EMIT activity->notification(
            key, QStringLiteral("error"), Text::tr("Plugin crashed"),
            repeatedly ? Text::tr("It crashed repeatedly and is stopped until you restart it.")
            : again    ? Text::tr("%1. Plugboard started it again.").arg(crash)
                       : Text::tr("%1.").arg(crash));
    }
    if (again)
        (void)load(key); // a fresh process for the next request
}

void PluginManagerPrivate::loadEnabled()
{
    // A long-lived process (the window, the server): the host zygote starts now, so the
    // plugins enabled later start as quickly as these.
    hosts->prestart();
    for (const PluginInfo &info : std::as_const(plugins)) {
        if (info.enabled() && info.trusted() && !info.isUnusable() &&
            !runner->crashedRepeatedly(info.key()))
            (void)load(info.key());
    }
}

void PluginManagerPrivate::stop(const QString &key, StopReason reason)
{
    const qsizetype i = indexOf(key);
    if (i < 0 || plugins[i].isDuplicate())
        return;
    runner->unload(plugins[i].key(), reason);
    replace(i, withRuntime(plugins[i]));
}

QStringList PluginManagerPrivate::stopAll(StopReason reason)
{
    QStringList stopped;
    for (const PluginInfo &info : std::as_const(plugins)) {
        const PluginState state = info.state();
        if (state == PluginState::Loaded || state == PluginState::Loading ||
            state == PluginState::Failed) {
            stopped << info.key();
            runner->unload(info.key(), reason);
        }
    }
    return stopped;
}

void PluginManagerPrivate::loadAgain(const QStringList &keys)
{
    for (const QString &key : keys) {
        const qsizetype i = indexOf(key);
        if (i >= 0 && plugins[i].enabled() && plugins[i].trusted() &&
            !runner->crashedRepeatedly(key))
            (void)load(key);
    }
}

void PluginManagerPrivate::onLoaded(const LoadResult &result)
{
    rememberLoadOutcome(result);
    if (const qsizetype i = indexOf(result.key); i >= 0)
        replace(i, withRuntime(plugins[i]));
    // A note, not a warning: whoever asked for the load tells its failure (the card, the
    // command's answer); plugboardctl would otherwise print it twice.
    if (!result.ok)
        qCInfo(lcManager) << "plugin" << result.key << "failed to load:" << result.error;
    Q_EMIT q->pluginLoaded(result.key, result.ok);
}

QJsonObject PluginManagerPrivate::actionsJson(const PluginInfo &info)
{
    ActionsJson &cached = actionsJsonCache[info.key()];
    if (cached.source.constData() != info.actions().constData() ||
        cached.source.size() != info.actions().size() || cached.json.isEmpty()) {
        cached.source = info.actions();
        cached.json = ActionSpec::byId(cached.source);
    }
    return cached.json;
}

Result<RunJob *> PluginManagerPrivate::runAction(const QString &plugin, const QString &action,
                                                 const QJsonObject &params, int timeoutMs)
{
    const Result<qsizetype> found = find(plugin);
    if (!found)
        return found.error();
    const PluginInfo &info = plugins[found.value()];
    switch (info.state()) {
    case PluginState::Loaded:
        break;
    case PluginState::Failed:
        if (runner->crashedRepeatedly(info.key()))
            return crashedRepeatedlyError(info);
        return Error::make(
            ErrorCode::Conflict,
            Text::tr("\"%1\" could not be loaded: %2").arg(info.name(), info.error()));
    case PluginState::Loading:
        return Error::make(
            ErrorCode::Conflict,
            Text::tr("\"%1\" is still loading; try again in a moment.").arg(info.name()));
    case PluginState::Enabled:
        return Error::make(ErrorCode::Conflict, Text::tr("\"%1\" is not loaded.").arg(info.name()));
    default:
        return Error::make(
            ErrorCode::Disabled,
            Text::tr("\"%1\" is disabled; enable it before running its actions.").arg(info.name()));
    }
    if (!info.action(action)) {
        QStringList ids;
        for (const ActionSpec &a : info.actions())
            ids << a.id;
        return Error::make(ErrorCode::NotFound,
                           ids.isEmpty()
                               ? Text::tr("\"%1\" declares no actions, so it has no action \"%2\".")
                                     .arg(info.name(), action)
                               : Text::tr("\"%1\" has no action \"%2\"; its actions are: %3.")
                                     .arg(info.name(), action, ids.join(QStringLiteral(", "))));
    }
    RunRequest request;
    request.key = info.key();
    request.action = action;
    request.params = params;
    request.settings = info.effectiveSettings();
    request.actions = actionsJson(info);
    return runner->run(request, timeoutMs);
}

} // namespace plugboard
