// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// limits: the memory a plugin's process may use (issue 13). Through a running Plugboard when
// one runs this data folder's plugins, so the limit reaches the plugin's process at once.
//   plugboardctl limits KEY                     shows it
//   plugboardctl limits KEY --memory 512        sets it, in MiB
//   plugboardctl limits KEY --memory default    back to the default

#include "commands.h"
#include "console.h"

#include <QCoreApplication>

#include <QJsonObject>

using namespace plugboard;

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};
} // namespace

int limitsCommand(PluginCommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const Result<PluginAccess::Plugin> found = ctx.plugins.find(key);
    if (!found)
        return unknownKey(found.error(), ctx.plugins.pluginsDir(), ctx.json);
    const PluginAccess::Plugin &plugin = found.value();
    const bool change = ctx.line.has(QStringLiteral("memory"));
    Result<PluginAccess::MemoryLimit> limit = PluginAccess::MemoryLimit{};
    if (change) {
        const QString value = ctx.line.value(QStringLiteral("memory")).trimmed();
        bool ok = value == QLatin1String("default");
        const int mb = ok ? 0 : value.toInt(&ok);
        if (!ok) {
            return Console::usage(
                Text::tr("--memory takes a whole number of MiB (such as 512) or \"default\""));
        }
        limit = ctx.plugins.setMemoryLimit(plugin.key, mb);
    } else {
        limit = ctx.plugins.memoryLimit(plugin.key);
    }
    if (!limit)
        return Console::fail(limit.error(), ctx.json);
    const PluginAccess::MemoryLimit &now = limit.value();
    if (ctx.json) {
        Console::printJson({{QStringLiteral("success"), true},
                            {QStringLiteral("key"), plugin.key},
                            {QStringLiteral("memory_limit_mb"), now.mb},
                            {QStringLiteral("default"), now.isDefault},
                            {QStringLiteral("running"), now.running}});
        return Console::Success;
    }
    Console::out(
        now.isDefault
            ? Text::tr("%1 may use %2 MiB of memory (the default).\n").arg(plugin.name).arg(now.mb)
            : Text::tr("%1 may use %2 MiB of memory.\n").arg(plugin.name).arg(now.mb));
    if (change && now.running)
        Console::out(Text::tr("Applied to its running process.\n"));
    return Console::Success;
}
