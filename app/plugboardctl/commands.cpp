#include "commands.h"

#include "console.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plugboardctl", text);
}

} // namespace

QString stateText(const plugboard::PluginInfo &info)
{
    if (info.missing)
        return tr("missing");
    return info.enabled ? tr("enabled") : tr("disabled");
}

int unknownKey(CommandContext &ctx, const QString &key)
{
    return Console::fail(
        plugboard::Error::make(plugboard::ErrorCode::NotFound,
                               tr("No plugin with key \"%1\" in %2. Run \"plugboardctl list\" to "
                                  "see the keys.")
                                   .arg(key, ctx.manager.paths().pluginsDir)),
        ctx.json);
}

int runCommand(const CommandLine &line)
{
    const bool json = line.has(QStringLiteral("json"));
    const plugboard::PluginPaths paths = plugboard::PluginPaths::resolve(
        line.value(QStringLiteral("data-dir")), line.value(QStringLiteral("plugins-dir")));
    if (plugboard::Result<void> ready = paths.prepare(); !ready)
        return Console::fail(ready.error(), json);

    // One owner of Python per data folder: a window or server already running these plugins
    // gets the commands that would load or run their code.
    if (runsPluginCode(line.command)) {
        if (const std::optional<plugboard::RunningInstance> owner =
                plugboard::InstanceRecord::find(paths.dataDir))
            return runThroughInstance(line, paths, *owner);
        Console::err(tr("plugboardctl: running the plugins here (no Plugboard window or server "
                        "owns this data folder).\n"));
    }
    plugboard::PluginManager manager(paths);
    if (plugboard::Result<void> loaded = manager.reload(); !loaded)
        return Console::fail(loaded.error(), json);

    CommandContext ctx{line, manager, json};
    using Handler = int (*)(CommandContext &);
    static const QList<std::pair<QString, Handler>> handlers = {
        {QStringLiteral("list"), listCommand},     {QStringLiteral("show"), showCommand},
        {QStringLiteral("reload"), reloadCommand}, {QStringLiteral("settings"), settingsCommand},
        {QStringLiteral("enable"), enableCommand}, {QStringLiteral("disable"), disableCommand},
        {QStringLiteral("run"), runActionCommand}, {QStringLiteral("log"), logCommand},
        {QStringLiteral("remove"), removeCommand}, {QStringLiteral("inspect"), inspectCommand},
        {QStringLiteral("import"), importCommand}, {QStringLiteral("token"), tokenCommand},
        {QStringLiteral("serve"), serveCommand},
    };
    for (const auto &[name, handler] : handlers) {
        if (name == line.command)
            return handler(ctx);
    }
    return Console::usage(tr("unknown command \"%1\"").arg(line.command));
}
