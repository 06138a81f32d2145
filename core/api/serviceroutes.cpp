// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Routes about the API itself: its OpenAPI document, and a helpful answer to a plain GET of the
// event stream's path (the stream itself is a WebSocket; see EventStream).

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"

#include <QCoreApplication>

namespace plugboard::ApiRoutes {

void addServiceRoutes(ApiRouter &router, const ApiContext &ctx)
{
    router.add("GET", QStringLiteral("/api/plugins/openapi.json"),
               [ctx](const HttpRequest &, const QStringList &, HttpResponder r) {
                   r.respond(ApiJson::raw(200, ctx.openApi));
               });
    router.add("GET", QStringLiteral("/api/plugins/events/"),
               [](const HttpRequest &, const QStringList &, HttpResponder r) {
                   HttpResponse response = ApiJson::error(
                       426,
                       QCoreApplication::translate(
                           "ApiRoutes", "The event stream is a WebSocket: connect with "
                                        "ws://127.0.0.1:<port>/api/plugins/events/ and the same "
                                        "Authorization header."),
                       QLatin1StringView("upgrade_required"));
                   response.addHeader("Upgrade", "websocket");
                   r.respond(response);
               });
}

} // namespace plugboard::ApiRoutes
