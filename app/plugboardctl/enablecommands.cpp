#include "commands.h"
#include "console.h"

#include <QCoreApplication>

using namespace plugboard;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plugboardctl", text);
}

int printEnabled(CommandContext &ctx, const PluginInfo &info)
{
    if (ctx.json) {
        Console::printJson({{QStringLiteral("success"), true},
                            {QStringLiteral("key"), info.key},
                            {QStringLiteral("enabled"), info.enabled},
                            {QStringLiteral("ever_enabled"), info.everEnabled}});
    } else {
        Console::out((info.enabled ? tr("Enabled %1 (%2).\n") : tr("Disabled %1 (%2).\n"))
                         .arg(info.name(), info.key));
    }
    return Console::Success;
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
        if (!Console::confirm(tr("Do you trust \"%1\" and want to enable it?").arg(found->name()))) {
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
    return printEnabled(ctx, result.value());
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
