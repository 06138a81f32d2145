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

int printEnabled(CommandContext &ctx, const PluginInfo &info)
{
    // Enabled but not loaded is a failure the user must see (SPEC §4): the switch stays on,
    // the error and traceback are shown, and the exit status says so.
    const bool loadFailed = info.enabled && !info.loadError.isEmpty();
    if (ctx.json) {
        QJsonObject object{{QStringLiteral("success"), !loadFailed},
                           {QStringLiteral("key"), info.key},
                           {QStringLiteral("enabled"), info.enabled},
                           {QStringLiteral("ever_enabled"), info.everEnabled},
                           {QStringLiteral("loaded"), info.loaded}};
        if (loadFailed) {
            object.insert(QStringLiteral("error"), info.loadError);
            object.insert(QStringLiteral("traceback"), info.loadTraceback);
        }
        Console::printJson(object);
    } else if (!info.enabled) {
        Console::out(tr("Disabled %1 (%2).\n").arg(info.name(), info.key));
    } else if (loadFailed) {
        Console::err(tr("Enabled %1 (%2), but its code failed to load: %3\n")
                         .arg(info.name(), info.key, info.loadError));
        if (!info.loadTraceback.isEmpty())
            Console::err(info.loadTraceback.trimmed() + QLatin1Char('\n'));
    } else {
        Console::out(tr("Enabled %1 (%2); its code loaded.\n").arg(info.name(), info.key));
    }
    return loadFailed ? Console::Failed : Console::Success;
}

} // namespace

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
    return printEnabled(ctx, loaded.value());
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
    return printEnabled(ctx, result.value());
}
