// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apipolicy.h"
#include "api/apirouter.h"
#include "common/result.h"

#include <QObject>

namespace plugboard {

class EventStream;
class HttpServer;
class PluginManager;
class Repositories;
struct HttpRequest;
class HttpResponder;

// The local REST API (SPEC §12) over a PluginManager: Dispatcharr's plugin endpoints plus
// asynchronous jobs, a WebSocket event stream and an OpenAPI document, on loopback only, every
// request with the bearer token. The window and `plugboardctl serve` each own one.
class ApiServer : public QObject {
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 9191;

    explicit ApiServer(PluginManager *manager, ApiLimits limits = {}, QObject *parent = nullptr);
    ~ApiServer() override;

    // The plugin repositories the /api/plugins/repos/ routes serve (not owned; it must outlive
    // this server and live on its thread). Set it before start(); without one those routes
    // answer 503.
    void setRepositories(Repositories *repositories);
    Repositories *repositories() const { return m_repositories; }

    // Makes the token if there is none yet and listens; port 0 picks a free port.
    Result<quint16> start(quint16 port);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:<port>/api/plugins/

    const ApiRouter &router() const { return m_router; }
    EventStream *events() const { return m_events; }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void handle(const HttpRequest &request, HttpResponder responder);
    QByteArray openApiDocument() const;

    PluginManager *m_manager;
    Repositories *m_repositories = nullptr;
    ApiPolicy m_policy;
    ApiRouter m_router;
    HttpServer *m_http;
    EventStream *m_events;
    QObject *m_routeContext = nullptr;
};

} // namespace plugboard
