// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "console.h"

#include "api/apitoken.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace plugboard;

int tokenCommand(CommandContext &ctx)
{
    const QString dataDir = ctx.manager.paths().dataDir;
    const bool rotate = ctx.line.has(QStringLiteral("rotate"));
    const Result<QByteArray> token = rotate ? ApiToken::rotate(dataDir) : ApiToken::load(dataDir);
    if (!token)
        return Console::fail(token.error(), ctx.json);
    if (ctx.json) {
        Console::printJson(
            QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token.value())},
                        {QStringLiteral("path"), ApiToken::path(dataDir)},
                        {QStringLiteral("rotated"), rotate}});
    } else {
        Console::out(QString::fromLatin1(token.value()) + QLatin1Char('\n'));
        if (rotate)
            Console::err(QCoreApplication::translate("plugboardctl",
                                                     "A new token replaced the old one in %1.\n")
                             .arg(ApiToken::path(dataDir)));
    }
    return Console::Success;
}
