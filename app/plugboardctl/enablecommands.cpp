// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// enable, disable, restart and reload: written once for both paths (PluginAccess).

#include "commands.h"
#include "console.h"

#include <QCoreApplication>

#include <QDir>
#include <QJsonObject>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

int printSwitched(const PluginAccess::Switched &state, bool json, bool restarted = false)
{
    // Enabled but not loaded is a failure the user must see (SPEC §4): the switch stays on,
    // the error and traceback are shown, and the exit status says so.
    const bool loadFailed = state.enabled && !state.loadError.isEmpty();
    if (json) {
        QJsonObject object{{QStringLiteral("success"), !loadFailed},
                           {QStringLiteral("key"), state.key},
                           {QStringLiteral("enabled"), state.enabled},
                           {QStringLiteral("ever_enabled"), state.everEnabled},
                           {QStringLiteral("loaded"), state.loaded}};
        if (loadFailed) {
            object.insert(QStringLiteral("error"), state.loadError);
            object.insert(QStringLiteral("traceback"), state.traceback);
        }
        Console::printJson(object);
    } else if (!state.enabled) {
        Console::out(Text::tr("Disabled %1 (%2).\n").arg(state.name, state.key));
    } else if (loadFailed) {
        Console::err((restarted ? Text::tr("Restarted %1 (%2), but its code failed to load: %3\n")
                                : Text::tr("Enabled %1 (%2), but its code failed to load: %3\n"))
                         .arg(state.name, state.key, state.loadError));
        if (!state.traceback.isEmpty())
            Console::err(state.traceback.trimmed() + QLatin1Char('\n'));
    } else if (restarted) {
        Console::out(Text::tr("Restarted %1 (%2) in a fresh process; its code loaded.\n")
                         .arg(state.name, state.key));
    } else {
        Console::out(Text::tr("Enabled %1 (%2); its code loaded.\n").arg(state.name, state.key));
    }
    return loadFailed ? Console::Failed : Console::Success;
}

} // namespace

int enableCommand(PluginCommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const Result<PluginAccess::Plugin> found = ctx.plugins.find(key);
    if (!found)
        return unknownKey(found.error(), ctx.plugins.pluginsDir(), ctx.json);

    const bool acknowledged = ctx.line.has(QStringLiteral("yes"));
    Result<PluginAccess::Switched> result = ctx.plugins.setEnabled(key, true, acknowledged);
    if (!result && result.error().code == ErrorCode::TrustRequired && !acknowledged &&
        Console::stdinIsTerminal() && !ctx.json) {
        Console::err(result.error().message + QLatin1Char('\n'));
        if (!Console::confirm(
                Text::tr("Do you trust \"%1\" and want to enable it?").arg(found.value().name))) {
            Console::err(Text::tr("Not enabled.\n"));
            return Console::Failed;
        }
        result = ctx.plugins.setEnabled(key, true, true);
    }
    if (!result) {
        Error error = result.error();
        if (error.code == ErrorCode::TrustRequired)
            error.message += Text::tr(" Run again with --yes to confirm that you trust it.");
        return Console::fail(error, ctx.json);
    }
    return printSwitched(result.value(), ctx.json);
}

int disableCommand(PluginCommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    if (const Result<PluginAccess::Plugin> found = ctx.plugins.find(key); !found)
        return unknownKey(found.error(), ctx.plugins.pluginsDir(), ctx.json);
    const Result<PluginAccess::Switched> result = ctx.plugins.setEnabled(key, false, false);
    if (!result)
        return Console::fail(result.error(), ctx.json);
    return printSwitched(result.value(), ctx.json);
}

int restartCommand(PluginCommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    if (const Result<PluginAccess::Plugin> found = ctx.plugins.find(key); !found)
        return unknownKey(found.error(), ctx.plugins.pluginsDir(), ctx.json);
    const Result<PluginAccess::Switched> result = ctx.plugins.restart(key);
    if (!result)
        return Console::fail(result.error(), ctx.json);
    return printSwitched(result.value(), ctx.json, true);
}

int reloadCommand(PluginCommandContext &ctx)
{
    const Result<int> count = ctx.plugins.reload();
    if (!count)
        return Console::fail(count.error(), ctx.json);
    if (ctx.json) {
        Console::printJson(
            {{QStringLiteral("success"), true}, {QStringLiteral("count"), count.value()}});
    } else {
        Console::out(Text::tr("Scanned %1: %2 plugins.\n")
                         .arg(QDir::toNativeSeparators(ctx.plugins.pluginsDir()))
                         .arg(count.value()));
    }
    return Console::Success;
}
