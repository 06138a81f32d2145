#include "commands.h"
#include "console.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace plugboard;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plugboardctl", text);
}

} // namespace

EnabledState EnabledState::of(const PluginInfo &info)
{
    return {info.name(), info.key,       info.enabled,      info.everEnabled,
            info.loaded, info.loadError, info.loadTraceback};
}

int printEnabled(const EnabledState &state, bool json)
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
        Console::out(tr("Disabled %1 (%2).\n").arg(state.name, state.key));
    } else if (loadFailed) {
        Console::err(tr("Enabled %1 (%2), but its code failed to load: %3\n")
                         .arg(state.name, state.key, state.loadError));
        if (!state.traceback.isEmpty())
            Console::err(state.traceback.trimmed() + QLatin1Char('\n'));
    } else {
        Console::out(tr("Enabled %1 (%2); its code loaded.\n").arg(state.name, state.key));
    }
    return loadFailed ? Console::Failed : Console::Success;
}

int enableCommand(CommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const std::optional<PluginInfo> found = ctx.manager.plugin(key);
    if (!found)
        return unknownKey(ctx, key);

    bool acknowledged = ctx.line.has(QStringLiteral("yes"));
    Result<PluginInfo> result = ctx.manager.setEnabled(key, true, acknowledged);
    if (!result && result.error().code == ErrorCode::TrustRequired && !acknowledged &&
        Console::stdinIsTerminal() && !ctx.json) {
        Console::err(result.error().message + QLatin1Char('\n'));
        if (!Console::confirm(
                tr("Do you trust \"%1\" and want to enable it?").arg(found->name()))) {
            Console::err(tr("Not enabled.\n"));
            return Console::Failed;
        }
        result = ctx.manager.setEnabled(key, true, true);
    }
    if (!result) {
        Error error = result.error();
        if (error.code == ErrorCode::TrustRequired)
            error.message += tr(" Run again with --yes to confirm that you trust it.");
        return Console::fail(error, ctx.json);
    }
    Result<PluginInfo> loaded = waitUntilLoaded(ctx, key);
    if (!loaded)
        return Console::fail(loaded.error(), ctx.json);
    return printEnabled(EnabledState::of(loaded.value()), ctx.json);
}

int disableCommand(CommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const std::optional<PluginInfo> found = ctx.manager.plugin(key);
    if (!found)
        return unknownKey(ctx, key);
    Result<PluginInfo> result = ctx.manager.setEnabled(key, false);
    if (!result)
        return Console::fail(result.error(), ctx.json);
    return printEnabled(EnabledState::of(result.value()), ctx.json);
}
