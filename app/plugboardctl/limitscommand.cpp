// limits: the memory a plugin's process may use (issue 13).
//   plugboardctl limits KEY                     shows it
//   plugboardctl limits KEY --memory 512        sets it, in MiB
//   plugboardctl limits KEY --memory default    back to the default

#include "commands.h"
#include "console.h"

#include "catalog/pluginkey.h"
#include "common/translation.h"

#include <QJsonObject>

using namespace plugboard;

namespace {
constexpr TranslationContext tr{"plugboardctl"};
} // namespace

int limitsCommand(CommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const std::optional<PluginInfo> found = ctx.manager.plugin(key);
    if (!found)
        return unknownKey(PluginKey::unknown(key), ctx.manager.paths().pluginsDir, ctx.json);
    const bool change = ctx.line.has(QStringLiteral("memory"));
    if (change) {
        const QString value = ctx.line.value(QStringLiteral("memory")).trimmed();
        bool ok = value == QLatin1String("default");
        const int mb = ok ? 0 : value.toInt(&ok);
        if (!ok) {
            return Console::usage(
                tr("--memory takes a whole number of MiB (such as 512) or \"default\""));
        }
        if (const Result<int> set = ctx.manager.setMemoryLimitMb(found->key(), mb); !set)
            return Console::fail(set.error(), ctx.json);
    }
    bool isDefault = true;
    const Result<int> mb = ctx.manager.memoryLimitMb(found->key(), &isDefault);
    if (!mb)
        return Console::fail(mb.error(), ctx.json);
    if (ctx.json) {
        Console::printJson({{QStringLiteral("success"), true},
                            {QStringLiteral("key"), found->key()},
                            {QStringLiteral("memory_limit_mb"), mb.value()},
                            {QStringLiteral("default"), isDefault}});
        return Console::Success;
    }
    Console::out(
        isDefault
            ? tr("%1 may use %2 MiB of memory (the default).\n").arg(found->name()).arg(mb.value())
            : tr("%1 may use %2 MiB of memory.\n").arg(found->name()).arg(mb.value()));
    if (change) {
        Console::err(tr("A running Plugboard applies it when the plugin's process next starts; "
                        "\"plugboardctl restart %1\" does that now.\n")
                         .arg(found->key()));
    }
    return Console::Success;
}
