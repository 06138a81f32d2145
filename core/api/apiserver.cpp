// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiserver.h"

#include "api/apijson.h"
#include "api/apiroutes.h"
#include "api/apitoken.h"
#include "api/eventstream.h"
#include "api/httpserver.h"
#include "manager/pluginmanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace plugboard {

ApiServer::ApiServer(PluginManager *manager, ApiLimits limits, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_policy(manager->paths().dataDir, limits)
    , m_http(new HttpServer(this))
    , m_events(new EventStream(manager, &m_policy, this))
{
    m_http->setGate([this](const RequestHead &head) { return m_policy.admit(head); });
    m_http->setHandler([this](const HttpRequest &request, HttpResponder responder) {
        handle(request, std::move(responder));
    });
    m_http->setWebSocketPath("/api/plugins/events/");
    connect(m_http, &HttpServer::webSocketConnected, m_events, &EventStream::adopt);
}

ApiServer::~ApiServer()
{
    stop();
}

void ApiServer::setRepositories(Repositories *repositories)
{
    m_repositories = repositories;
    m_events->watch(repositories);
}

Result<quint16> ApiServer::start(quint16 port)
{
    if (isRunning())
        return m_http->port();
    // The token exists before the first client could ask for it.
    if (const Result<QByteArray> token = ApiToken::load(m_manager->paths().dataDir); !token)
        return token.error();
    const Result<quint16> listening = m_http->listen(port);
    if (!listening)
        return listening;
    m_policy.setPort(listening.value());
    // The routes' connections live on a context object of their own, so a restart drops them.
    delete m_routeContext;
    m_routeContext = new QObject(this);
    const ApiContext context{m_routeContext, m_manager, m_repositories, m_manager->paths().dataDir,
                             openApiDocument()};
    m_router = ApiRouter();
    ApiRoutes::addPluginRoutes(m_router, context);
    ApiRoutes::addRunRoutes(m_router, context);
    ApiRoutes::addImportRoute(m_router, context);
    ApiRoutes::addServiceRoutes(m_router, context);
    ApiRoutes::addRepositoryRoutes(m_router, context);
    ApiRoutes::addProcessRoutes(m_router, context);
    ApiRoutes::addDatabaseRoutes(m_router, context);
    ApiRoutes::addSettingsRoutes(m_router, context);
    Q_EMIT runningChanged(true);
    return listening;
}

void ApiServer::stop()
{
    if (!isRunning())
        return;
    m_events->closeAll();
    m_http->close();
    Q_EMIT runningChanged(false);
}

bool ApiServer::isRunning() const
{
    return m_http->isListening();
}

quint16 ApiServer::port() const
{
    return m_http->port();
}

QString ApiServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api/plugins/").arg(port());
}

QByteArray ApiServer::openApiDocument() const
{
    QFile file(QStringLiteral(":/plugboard/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return "{}";
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    // The document names the server it came from, port included.
    doc.insert(QStringLiteral("servers"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port())}}});
    QJsonObject info = doc.value(QLatin1String("info")).toObject();
    info.insert(QStringLiteral("version"), QStringLiteral(PLUGBOARD_VERSION));
    doc.insert(QStringLiteral("info"), info);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

void ApiServer::handle(const HttpRequest &request, HttpResponder responder)
{
    // The gate judged the head already; this second look costs nothing and holds even if a
    // request ever slipped past it.
    if (!m_policy.authorizedAsJudged(request.header("authorization")) ||
        !m_policy.originAllowed(request.header("origin"))) {
        responder.respond(
            ApiJson::error(401, tr("Send the API token."), QLatin1StringView("unauthorized")));
        return;
    }
    const ApiRouter::Lookup lookup = m_router.find(request.method, request.path);
    if (lookup.route) {
        lookup.route->handler(request, lookup.captures, std::move(responder));
        return;
    }
    if (lookup.allowed.isEmpty()) {
        responder.respond(ApiJson::error(
            404,
            tr("No endpoint %1 %2; GET /api/plugins/openapi.json lists them.")
                .arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)),
            QLatin1StringView("not_found")));
        return;
    }
    HttpResponse refusal =
        ApiJson::error(405,
                       tr("%1 is not allowed on %2; use %3.")
                           .arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path),
                                QString::fromUtf8(lookup.allowed.join(", "))),
                       QLatin1StringView("method_not_allowed"));
    refusal.addHeader("Allow", lookup.allowed.join(", "));
    responder.respond(refusal);
}

} // namespace plugboard
