// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import of plugin settings (issue 16), the same as `plugboardctl settings
// --export/--import` and the window's File menu:
//   GET  /api/plugins/settings/export/?keys=a,b&include_secrets=true   → the settings file
//   POST /api/plugins/settings/import/   (body: a settings file)       → what was applied,
//                                                                        skipped and refused

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "manager/settingstransfer.h"

#include <QUrl>

namespace plugboard::ApiRoutes {

namespace {

// The plugins named by ?keys=a,b (or ?keys=a&keys=b); none: every plugin with settings.
QStringList keysOf(const HttpRequest &request)
{
    QStringList keys;
    for (const QString &value :
         request.query.allQueryItemValues(QStringLiteral("keys"), QUrl::FullyDecoded)) {
        for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            keys.append(key.trimmed());
    }
    return keys;
}

void exportSettings(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    const Result<bool> secrets = queryFlag(request, QStringLiteral("include_secrets"), false);
    if (!secrets)
        return void(responder.respond(ApiJson::error(secrets.error())));
    const Result<SettingsTransfer::Exported> exported =
        SettingsTransfer::exportSettings(*ctx.manager, keysOf(request), secrets.value());
    if (!exported)
        return void(responder.respond(ApiJson::error(exported.error())));
    HttpResponse response = ApiJson::object(200, exported.value().document);
    // A document with passwords in it must not linger in a cache.
    response.addHeader("Cache-Control", "no-store");
    responder.respond(response);
}

void importSettings(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    // The whole document is refused (400, nothing changed) when it cannot be read; otherwise the
    // answer is the report, with "success": false when any plugin was refused.
    const Result<SettingsImportReport> report =
        SettingsTransfer::importSettings(*ctx.manager, request.body);
    responder.respond(report ? ApiJson::object(200, report.value().toJson())
                             : ApiJson::error(report.error()));
}

} // namespace

void addSettingsRoutes(ApiRouter &router, const ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/plugins/settings/");
    router.add("GET", base + QStringLiteral("export/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   exportSettings(ctx, request, std::move(r));
               });
    router.add("POST", base + QStringLiteral("import/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   importSettings(ctx, request, std::move(r));
               });
}

} // namespace plugboard::ApiRoutes
