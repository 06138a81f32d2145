// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QJsonObject;
class QWebSocket;

namespace plugboard {

class ApiPolicy;
class PluginManager;
class Repositories;

// The WebSocket at /api/plugins/events/: every connected client receives one JSON text
// message per event — plugin notifications (plugboard.notify), job queued/started/progress/
// finished, plugin log lines, list changes (reset, changed, removed, loaded), and
// repos_changed when the plugin repositories (or what they offer) changed. Clients only
// listen; what they send is ignored. A client that stops reading is dropped rather than
// allowed to make the app buffer without end.
class EventStream : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 MaxBufferedBytes = 8 * 1024 * 1024;

    EventStream(PluginManager *manager, const ApiPolicy *policy, QObject *parent = nullptr);
    ~EventStream() override;

    // Takes ownership. The upgrade already passed the gate; the socket's own request headers
    // are checked again here, and a socket for another path or without the token is closed.
    void adopt(QWebSocket *socket);
    // Sends repos_changed on each Repositories::repositoriesChanged() (null: stop watching).
    void watch(Repositories *repositories);
    qsizetype clientCount() const { return m_clients.size(); }
    void closeAll();

    void broadcast(const QJsonObject &message);
    // broadcast(make()), with make() called only when a client listens.
    template<typename Make> void send(Make make)
    {
        if (!m_clients.isEmpty())
            broadcast(make());
    }

Q_SIGNALS:
    void clientCountChanged(qsizetype count);

private:
    void drop(QWebSocket *socket);

    PluginManager *m_manager;
    const ApiPolicy *m_policy;
    QMetaObject::Connection m_repositoriesChanged;
    QList<QWebSocket *> m_clients;
};

} // namespace plugboard
