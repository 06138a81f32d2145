// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace plugboard {

class ApiRouter;
class HttpResponder;
class PluginManager;
class Repositories;
struct HttpRequest;
class PluginInfo;
struct RecoveryReport;

// What the route handlers share. Handlers run on the manager's thread and never wait: a
// request that takes time (a run, a load, an import, a rescan) keeps its responder and answers
// from a signal.
struct ApiContext {
    QObject *owner = nullptr; // lives as long as the routes; owns their connections
    PluginManager *manager = nullptr;
    Repositories *repositories = nullptr; // null: the repository routes answer 503
    QString dataDir;
    QByteArray openApi; // the OpenAPI document, already carrying this server's port
};

// The routes, by concern. Each file adds its own to the router.
namespace ApiRoutes {

void addPluginRoutes(ApiRouter &router, const ApiContext &context);     // pluginroutes.cpp
void addRunRoutes(ApiRouter &router, const ApiContext &context);        // runroutes.cpp
void addImportRoute(ApiRouter &router, const ApiContext &context);      // importroute.cpp
void addServiceRoutes(ApiRouter &router, const ApiContext &context);    // serviceroutes.cpp
void addRepositoryRoutes(ApiRouter &router, const ApiContext &context); // reporoutes.cpp
void addProcessRoutes(ApiRouter &router, const ApiContext &context);    // processroutes.cpp
void addDatabaseRoutes(ApiRouter &router, const ApiContext &context);   // databaseroutes.cpp
void addSettingsRoutes(ApiRouter &router, const ApiContext &context);   // settingsroutes.cpp

// The notice of the last recovery of the database, as the list, the hello and GET database/
// carry it (databaseroutes.cpp).
QJsonObject recoveryJson(const RecoveryReport &report);

// The plugin named in a path, or a 404 already sent.
std::optional<PluginInfo> pluginOr404(const ApiContext &context, const QString &key,
                                      HttpResponder &responder);
// Calls `then` once the plugin's code has loaded or failed to (at once when it is not loading),
// or after `timeoutMs` with whatever state it has by then: it holds the load's job meanwhile.
void whenLoaded(const ApiContext &context, const QString &key, int timeoutMs,
                std::function<void()> then);
// A yes/no query parameter: absent → fallback; "true"/"1" or "false"/"0", nothing else.
Result<bool> queryFlag(const HttpRequest &request, const QString &name, bool fallback);

} // namespace ApiRoutes
} // namespace plugboard
