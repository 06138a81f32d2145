// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET and PATCH /api/plugins/repos/settings/: whether Plugboard may go online for repositories,
// and how often the window refreshes them in the background.
#include "api/apijson.h"
#include "api/reporoutes_p.h"
#include "repos/repositories.h"
#include <QCoreApplication>

namespace plugboard::ApiRoutes::RepoRoutes {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)
};

const QString OnlineAccess = QStringLiteral("online_access");
const QString RefreshHours = QStringLiteral("refresh_interval_hours");

void respondWithSettings(Repositories *repositories, HttpResponder &responder)
{
    const Result<bool> online = repositories->onlineAccessAllowed();
    const Result<int> hours = repositories->refreshIntervalHours();
    if (!online || !hours)
        return void(responder.respond(ApiJson::error(!online ? online.error() : hours.error())));
    responder.respond(ApiJson::object(
        200, {{QStringLiteral("success"), true},
              {QStringLiteral("settings"),
               QJsonObject{{OnlineAccess, online.value()}, {RefreshHours, hours.value()}}}}));
}

} // namespace

void showSettings(const ApiContext &ctx, HttpResponder responder)
{
    if (Repositories *repositories = repositoriesOr503(ctx, responder))
        respondWithSettings(repositories, responder);
}

void updateSettings(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    Repositories *repositories = repositoriesOr503(ctx, responder);
    if (!repositories)
        return;
    const Result<QJsonObject> body = ApiJson::objectBody(request, {OnlineAccess, RefreshHours});
    if (!body)
        return void(responder.respond(ApiJson::error(body.error())));
    const QJsonValue online = body.value().value(OnlineAccess);
    const QJsonValue hours = body.value().value(RefreshHours);
    if (online.isUndefined() && hours.isUndefined())
        return void(responder.respond(invalid(
            Text::tr("Send \"online_access\" (true or false), \"refresh_interval_hours\" (a "
                     "whole number of hours, 0 for never), or both."))));
    if (!online.isUndefined() && !online.isBool())
        return void(
            responder.respond(invalid(Text::tr("\"online_access\" must be true or false."))));
    // Both are checked before either is saved: a refused body changes nothing.
    const double h = hours.toDouble(-1);
    if (!hours.isUndefined() &&
        (!hours.isDouble() || h != qint64(h) || h < 0 || h > RepositoryStore::MaxRefreshHours))
        return void(responder.respond(invalid(
            Text::tr("\"refresh_interval_hours\" must be a whole number from 0 (never) to %1.")
                .arg(RepositoryStore::MaxRefreshHours))));
    if (!hours.isUndefined()) {
        if (Result<void> saved = repositories->setRefreshIntervalHours(int(h)); !saved)
            return void(responder.respond(ApiJson::error(saved.error())));
    }
    if (!online.isUndefined()) {
        if (Result<void> saved = repositories->setOnlineAccessAllowed(online.toBool()); !saved)
            return void(responder.respond(ApiJson::error(saved.error())));
    }
    respondWithSettings(repositories, responder);
}

} // namespace plugboard::ApiRoutes::RepoRoutes
