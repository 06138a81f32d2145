// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/eventstream.h"

#include "api/apiroutes.h"

#include "api/apijson.h"
#include "api/apipolicy.h"
#include "manager/pluginmanager.h"
#include "repos/repositories.h"
#include "runner/activity.h"
#include "runner/runjob.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace plugboard {

namespace {

QJsonObject typed(const char *type, QJsonObject object)
{
    object.insert(QStringLiteral("type"), QLatin1String(type));
    object.insert(QStringLiteral("time"), double(QDateTime::currentMSecsSinceEpoch()));
    return object;
}

QJsonObject jobEvent(const char *event, const QJsonObject &job)
{
    return typed("job",
                 {{QStringLiteral("event"), QLatin1String(event)}, {QStringLiteral("job"), job}});
}

QJsonObject pluginEvent(const char *event, const QString &key)
{
    return typed("plugins",
                 {{QStringLiteral("event"), QLatin1String(event)}, {QStringLiteral("key"), key}});
}

} // namespace

EventStream::EventStream(PluginManager *manager, const ApiPolicy *policy, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_policy(policy)
{
    // Each event is built only when someone listens: a busy API with no stream clients pays
    // nothing for it.
    const Activity *activity = manager->activity();
    connect(activity, &Activity::notification, this,
            [this](const QString &key, const QString &level, const QString &title,
                   const QString &message) {
                send([&] {
                    return typed("notification", {{QStringLiteral("key"), key},
                                                  {QStringLiteral("level"), level},
                                                  {QStringLiteral("title"), title},
                                                  {QStringLiteral("message"), message}});
                });
            });
    connect(activity, &Activity::jobQueued, this, [this](const RunJob *job) {
        send([&] { return jobEvent("queued", ApiJson::job(job->info())); });
    });
    connect(activity, &Activity::jobStarted, this, [this](const RunJob *job) {
        send([&] { return jobEvent("started", ApiJson::job(job->info())); });
    });
    connect(activity, &Activity::jobProgress, this, [this](const RunJob *job) {
        send([&] { return jobEvent("progress", ApiJson::job(job->info())); });
    });
    connect(activity, &Activity::jobFinished, this, [this](const RunJob *job) {
        send([&] { return jobEvent("finished", ApiJson::job(job->result())); });
    });
    connect(activity, &Activity::logLine, this, [this](const LogLine &line) {
        send([&] {
            return typed("log", {{QStringLiteral("key"), line.key},
                                 {QStringLiteral("level"), line.level},
                                 {QStringLiteral("text"), line.text}});
        });
    });
    connect(manager, &PluginManager::pluginsReset, this, [this] {
        send([] { return typed("plugins", {{QStringLiteral("event"), QStringLiteral("reset")}}); });
    });
    connect(manager, &PluginManager::pluginChanged, this,
            [this](const QString &key) { send([&] { return pluginEvent("changed", key); }); });
    connect(manager, &PluginManager::pluginRemoved, this,
            [this](const QString &key) { send([&] { return pluginEvent("removed", key); }); });
    connect(manager, &PluginManager::pluginLoaded, this, [this](const QString &key, bool ok) {
        send([&] {
            QJsonObject event = pluginEvent("loaded", key);
            event.insert(QStringLiteral("ok"), ok);
            return event;
        });
    });
}

EventStream::~EventStream()
{
    closeAll();
}

void EventStream::adopt(QWebSocket *socket)
{
    socket->setParent(this);
    const QNetworkRequest request = socket->request();
    QString path = request.url().path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    if (path != QLatin1String("/api/plugins/events/")) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      tr("No event stream at this path; use /api/plugins/events/."));
        socket->deleteLater();
        return;
    }
    if (!m_policy->authorized(request.rawHeader("Authorization")) ||
        !m_policy->originAllowed(socket->origin().toUtf8())) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      tr("Send the API token as \"Authorization: Bearer <token>\"."));
        socket->deleteLater();
        return;
    }
    m_clients.append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    QJsonObject hello{{QStringLiteral("server"), QStringLiteral("plugboard")},
                      {QStringLiteral("version"), QStringLiteral(PLUGBOARD_VERSION)}};
    if (const std::optional<RecoveryReport> recovery = m_manager->databaseRecovery())
        hello.insert(QStringLiteral("database_recovery"), ApiRoutes::recoveryJson(*recovery));
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(typed("hello", hello)).toJson(QJsonDocument::Compact)));
    Q_EMIT clientCountChanged(m_clients.size());
}

void EventStream::watch(Repositories *repositories)
{
    disconnect(m_repositoriesChanged);
    if (!repositories)
        return;
    // Clients ask GET /api/plugins/repos/ (or available/) again: the event says only "changed".
    m_repositoriesChanged = connect(repositories, &Repositories::repositoriesChanged, this,
                                    [this] { send([] { return typed("repos_changed", {}); }); });
}

void EventStream::broadcast(const QJsonObject &message)
{
    if (m_clients.isEmpty())
        return;
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    const QList<QWebSocket *> clients = m_clients;
    for (QWebSocket *socket : clients) {
        if (socket->bytesToWrite() > MaxBufferedBytes) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          tr("Too many events went unread; reconnect to follow again."));
            drop(socket);
            continue;
        }
        socket->sendTextMessage(text);
    }
}

void EventStream::drop(QWebSocket *socket)
{
    if (m_clients.removeOne(socket)) {
        socket->deleteLater();
        Q_EMIT clientCountChanged(m_clients.size());
    }
}

void EventStream::closeAll()
{
    const QList<QWebSocket *> clients = m_clients;
    for (QWebSocket *socket : clients) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, tr("Plugboard is stopping."));
        drop(socket);
    }
}

} // namespace plugboard
