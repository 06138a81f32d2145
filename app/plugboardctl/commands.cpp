// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "console.h"
#include "localplugins.h"
#include "remoteplugins.h"

#include "api/apiclient.h"
#include "api/apitoken.h"
#include "api/instancerecord.h"
#include "common/interrupts.h"
#include "jobs/resultjob.h"
#include "store/backups.h"
#include "store/recovery.h"

#include <QCoreApplication>

#include <QDir>
#include <QEventLoop>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

using Handler = int (*)(CommandContext &);
using PluginHandler = int (*)(PluginCommandContext &);

int runPluginCommand(PluginHandler handler, const CommandLine &line, const PluginPaths &paths,
                     bool json)
{
    // One owner of Python per data folder: a window or server already running these plugins
    // gets the commands that would load or run their code.
    if (const std::optional<RunningInstance> owner = InstanceRecord::find(paths.dataDir)) {
        if (const QString refused = RemotePlugins::refusal(*owner, paths.pluginsDir);
            !refused.isEmpty())
            return Console::fail(Error::make(ErrorCode::Conflict, refused), json);
        const Result<QByteArray> token = ApiToken::load(paths.dataDir);
        if (!token)
            return Console::fail(token.error(), json);
        ApiClient client(owner->port, token.value());
        RemotePlugins remote(*owner, client);
        Console::err(remote.where() + QLatin1Char('\n'));
        PluginCommandContext ctx{line, remote, json, paths.databasePath()};
        return handler(ctx);
    }
    PluginManager manager(paths);
    manager.setRestartAfterCrash(false); // the failed run says it; nobody waits for a restart
    LocalPlugins local(manager);
    // The usual case needs no words; --verbose says it (the remote case always does: it
    // explains why the plugin's output comes from elsewhere).
    if (line.has(QStringLiteral("verbose")))
        Console::err(local.where() + QLatin1Char('\n'));
    if (const Result<void> discovered = local.discover(); !discovered)
        return Console::fail(discovered.error(), json);
    PluginCommandContext ctx{line, local, json, paths.databasePath()};
    return handler(ctx);
}

} // namespace

int unknownKey(const Error &error, const QString &pluginsDir, bool json)
{
    Error shown = error;
    shown.message += Text::tr(" Run \"plugboardctl list\" to see the keys in %1.")
                         .arg(QDir::toNativeSeparators(pluginsDir));
    return Console::fail(shown, json);
}

bool runsPluginCode(const QString &command)
{
    static const QStringList commands = {
        QStringLiteral("enable"),  QStringLiteral("disable"), QStringLiteral("run"),
        QStringLiteral("reload"),  QStringLiteral("import"),  QStringLiteral("remove"),
        QStringLiteral("install"), QStringLiteral("update"),  QStringLiteral("restart")};
    return commands.contains(command);
}

int waitCancellable(QEventLoop &loop, const std::function<void()> &cancel)
{
    Interrupts interrupts;
    QObject::connect(&interrupts, &Interrupts::interrupted, &loop, [&](int times) {
        if (times == 1) {
            Console::err(
                Text::tr("Cancelling… (a plugin blocked in a system call stops when the call "
                         "returns; press Ctrl+C again to leave now)\n"));
            cancel();
        } else {
            loop.exit(130);
        }
    });
    return loop.exec();
}

namespace {

// After a command: what a recovery in this process did (on stderr, whatever the exit code), and
// the daily backup when one is due (the window and the server keep theirs themselves).
int finish(int code, const CommandLine &line, const PluginPaths &paths)
{
    for (const RecoveryReport &report : DatabaseRecovery::doneHere())
        Console::err(DatabaseRecovery::sentence(report) + QLatin1Char('\n'));
    if (code == Console::Success && line.command != QLatin1String("serve") &&
        !InstanceRecord::find(paths.dataDir)) {
        const Result<std::optional<DatabaseBackups::Backup>> backup =
            DatabaseBackups::takeDailyIfDue(paths.databasePath());
        if (!backup) {
            Console::err(Text::tr("The daily backup of the plugin database failed: %1\n")
                             .arg(backup.error().message));
        }
    }
    return code;
}

int dispatch(const CommandLine &line, const PluginPaths &paths, bool json);

} // namespace

int runCommand(const CommandLine &line)
{
    const bool json = line.has(QStringLiteral("json"));
    const PluginPaths paths = PluginPaths::resolve(line.value(QStringLiteral("data-dir")),
                                                   line.value(QStringLiteral("plugins-dir")));
    if (Result<void> ready = paths.prepare(); !ready)
        return Console::fail(ready.error(), json);
    if (line.command == QLatin1String("db"))
        return dbCommand(line, paths.databasePath(), json);
    return finish(dispatch(line, paths, json), line, paths);
}

namespace {

int dispatch(const CommandLine &line, const PluginPaths &paths, bool json)
{
    static const QList<std::pair<QString, PluginHandler>> pluginHandlers = {
        {QStringLiteral("enable"), enableCommand},   {QStringLiteral("disable"), disableCommand},
        {QStringLiteral("reload"), reloadCommand},   {QStringLiteral("run"), runActionCommand},
        {QStringLiteral("remove"), removeCommand},   {QStringLiteral("import"), importCommand},
        {QStringLiteral("install"), installCommand}, {QStringLiteral("update"), updateCommand},
        {QStringLiteral("restart"), restartCommand}, {QStringLiteral("limits"), limitsCommand},
    };
    for (const auto &[name, handler] : pluginHandlers) {
        if (name == line.command)
            return runPluginCommand(handler, line, paths, json);
    }

    static const QList<std::pair<QString, Handler>> handlers = {
        {QStringLiteral("list"), listCommand},           {QStringLiteral("show"), showCommand},
        {QStringLiteral("settings"), settingsCommand},   {QStringLiteral("log"), logCommand},
        {QStringLiteral("inspect"), inspectCommand},     {QStringLiteral("token"), tokenCommand},
        {QStringLiteral("serve"), serveCommand},         {QStringLiteral("repo"), repoCommand},
        {QStringLiteral("available"), availableCommand},
    };
    for (const auto &[name, handler] : handlers) {
        if (name != line.command)
            continue;
        PluginManager manager(paths);
        if (ReloadJob *discovery = manager.reload(); !discovery->exec())
            return Console::fail(discovery->error(), json);
        CommandContext ctx{line, manager, json};
        return handler(ctx);
    }
    return Console::usage(Text::tr("unknown command \"%1\"").arg(line.command));
}

} // namespace
