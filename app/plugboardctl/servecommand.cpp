// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl serve: the REST API without a window.

#include "commands.h"
#include "common/interrupts.h"
#include "console.h"

#include "api/apiserver.h"
#include "api/instancerecord.h"
#include "repos/repositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

} // namespace

int serveCommand(CommandContext &ctx)
{
    quint16 port = ApiServer::DefaultPort;
    if (ctx.line.has(QStringLiteral("port"))) {
        bool ok = false;
        const uint value = ctx.line.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || value > 65535)
            return Console::usage(Text::tr("--port needs a port number from 0 to 65535 (0 picks a "
                                           "free one)"));
        port = quint16(value);
    }
    const PluginPaths &paths = ctx.manager.paths();
    InstanceRecord record(paths.dataDir, paths.pluginsDir, QStringLiteral("server"));
    if (Result<void> claimed = record.claim(); !claimed)
        return Console::fail(claimed.error(), ctx.json);

    Repositories repositories(paths.databasePath()); // for /api/plugins/repos/
    ApiServer server(&ctx.manager);
    server.setRepositories(&repositories);
    const Result<quint16> listening = server.start(port);
    if (!listening)
        return Console::fail(listening.error(), ctx.json);
    if (Result<void> published = record.publish(listening.value()); !published)
        return Console::fail(published.error(), ctx.json);
    ctx.manager.loadEnabled();
    ctx.manager.followExternalChanges(700);
    ctx.manager.keepBackups();

    if (ctx.json) {
        // One line, so a script can read it as soon as the server listens.
        const QJsonObject started{{QStringLiteral("url"), server.baseUrl()},
                                  {QStringLiteral("port"), int(listening.value())},
                                  {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
        Console::outBytes(QJsonDocument(started).toJson(QJsonDocument::Compact) + '\n');
    } else {
        Console::out(Text::tr("Serving the REST API at %1\n").arg(server.baseUrl()));
        Console::err(
            Text::tr("Plugins: %1 (%2 found). Token: `plugboardctl token`. Ctrl+C stops.\n")
                .arg(QDir::toNativeSeparators(paths.pluginsDir))
                .arg(ctx.manager.plugins().size()));
    }

    std::fflush(stdout); // the address is for scripts waiting on a pipe: now, not at exit

    QEventLoop loop;
    Interrupts interrupts(true);
    QObject::connect(&interrupts, &Interrupts::interrupted, &loop, [&](int times) {
        if (times > 1)
            std::_Exit(130); // a plugin ignores its stop(): leave anyway
        // On a terminal the ^C just echoed shares the line: this starts its own.
        Console::err((Console::stdinIsTerminal() ? QStringLiteral("\n") : QString()) +
                     Text::tr("Stopping (plugins get stop() with reason \"shutdown\")…\n"));
        loop.quit();
    });
    loop.exec();
    server.stop();
    ctx.manager.shutdown();
    return Console::Success;
}
