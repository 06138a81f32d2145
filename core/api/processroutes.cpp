// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plugins' processes (issue 13): which run, with pid and memory, and the memory limit of
// each plugin.
//   GET /api/plugins/processes/
//   GET /api/plugins/plugins/<key>/limits/
//   PUT /api/plugins/plugins/<key>/limits/   {"memory_limit_mb": 512}   (0: the default)

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "manager/pluginmanager.h"
#include <QCoreApplication>

#include <QJsonArray>

namespace plugboard::ApiRoutes {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiServer)
};

QJsonObject processJson(const PluginProcess &p)
{
    return {{QStringLiteral("key"), p.key},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("pid"), double(p.pid)},
            {QStringLiteral("resident_bytes"), double(p.residentBytes)},
            {QStringLiteral("memory_limit_bytes"), double(p.memoryLimitBytes)}};
}

HttpResponse limitsDocument(const ApiContext &ctx, const QString &key)
{
    bool isDefault = true;
    const Result<int> mb = ctx.manager->memoryLimitMb(key, &isDefault);
    if (!mb)
        return ApiJson::error(mb.error());
    QJsonValue process(QJsonValue::Null);
    for (const PluginProcess &p : ctx.manager->processes()) {
        if (p.key == key)
            process = processJson(p);
    }
    return ApiJson::object(200, {{QStringLiteral("success"), true},
                                 {QStringLiteral("key"), key},
                                 {QStringLiteral("memory_limit_mb"), mb.value()},
                                 {QStringLiteral("default"), isDefault},
                                 {QStringLiteral("process"), process}});
}

} // namespace

void addProcessRoutes(ApiRouter &router, const ApiContext &ctx)
{
    router.add("GET", QStringLiteral("/api/plugins/processes/"),
               [ctx](const HttpRequest &, const QStringList &, HttpResponder r) {
                   QJsonArray list;
                   for (const PluginProcess &p : ctx.manager->processes())
                       list.append(processJson(p));
                   r.respond(ApiJson::object(200, {{QStringLiteral("success"), true},
                                                   {QStringLiteral("processes"), list}}));
               });
    const QString limits = QStringLiteral("/api/plugins/plugins/<key>/limits/");
    router.add("GET", limits, [ctx](const HttpRequest &, const QStringList &args, HttpResponder r) {
        if (const std::optional<PluginInfo> info = pluginOr404(ctx, args[0], r))
            r.respond(limitsDocument(ctx, info->key()));
    });
    router.add(
        "PUT", limits, [ctx](const HttpRequest &request, const QStringList &args, HttpResponder r) {
            const std::optional<PluginInfo> info = pluginOr404(ctx, args[0], r);
            if (!info)
                return;
            const Result<QJsonObject> body =
                ApiJson::objectBody(request, {QStringLiteral("memory_limit_mb")});
            if (!body)
                return void(r.respond(ApiJson::error(body.error())));
            const QJsonValue mb = body.value().value(QLatin1String("memory_limit_mb"));
            if (!mb.isDouble() || mb.toDouble() != double(mb.toInt())) {
                return void(r.respond(ApiJson::error(
                    400,
                    Text::tr("Send {\"memory_limit_mb\": a whole number of MiB, or 0 for the "
                             "default}."),
                    QLatin1StringView("invalid_input"))));
            }
            const Result<int> set = ctx.manager->setMemoryLimitMb(info->key(), mb.toInt());
            r.respond(set ? limitsDocument(ctx, info->key()) : ApiJson::error(set.error()));
        });
}

} // namespace plugboard::ApiRoutes
