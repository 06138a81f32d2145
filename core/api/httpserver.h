// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/httpmessage.h"
#include "common/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;
class QWebSocket;

namespace plugboard {

class QtHttpBackend;

// Answers one request, now or later (a run that takes a while answers when it ends). Move-only;
// a request whose responder is dropped unanswered gets nothing, so always respond.
class HttpResponder {
public:
    HttpResponder() = default;
    HttpResponder(QTcpSocket *socket, bool closeAfter);
    HttpResponder(HttpResponder &&) noexcept = default;
    HttpResponder &operator=(HttpResponder &&) noexcept = default;
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;

    // The client is still connected and has not been answered.
    bool isOpen() const;
    // Writes the response; false when the client went away in the meantime.
    bool respond(const HttpResponse &response);
    // Calls `gone` (in `context`'s thread) when the client disconnects before the answer.
    void onClientGone(QObject *context, std::function<void()> gone) const;

private:
    QPointer<QTcpSocket> m_socket;
    bool m_closeAfter = false;
    bool m_answered = false;
};

// Our thin wrapper around QHttpServer (a Technical Preview whose API changes after Qt 6.4): it
// listens on loopback only, hands every complete request to one handler with a responder that
// may answer later, and shows each request head to a gate first — before the body is read — so
// the API can refuse a request (no token, a foreign Origin, a body too large) without
// buffering it. A refused connection is answered and closed. WebSocket upgrades pass the same
// gate, then arrive as webSocketConnected().
class HttpServer : public QObject {
    Q_OBJECT

public:
    // Returns a refusal, or nothing to let the request through.
    using Gate = std::function<std::optional<HttpResponse>(const RequestHead &head)>;
    using Handler = std::function<void(const HttpRequest &request, HttpResponder responder)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setGate(Gate gate) { m_gate = std::move(gate); }
    // The gate's verdict on a head (nothing when no gate is set).
    std::optional<HttpResponse> judge(const RequestHead &head) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // The one path where a WebSocket upgrade is accepted (a trailing slash is optional).
    void setWebSocketPath(const QByteArray &path) { m_webSocketPath = path; }
    bool isWebSocketPath(QByteArrayView encodedPath) const;

    // Listens on 127.0.0.1 and, when the machine has IPv6, on ::1 with the same port. Port 0
    // picks a free one. Returns the port.
    Result<quint16> listen(quint16 port);
    quint16 port() const { return m_port; }
    bool isListening() const { return m_port != 0; }
    // Stops accepting and closes every open connection.
    void close();

Q_SIGNALS:
    // Ownership of the socket passes to the receiver.
    void webSocketConnected(QWebSocket *socket);

private:
    friend class QtHttpBackend;
    void dispatch(const HttpRequest &request, QTcpSocket *socket);

    std::unique_ptr<QtHttpBackend> m_backend;
    Gate m_gate;
    Handler m_handler;
    QByteArray m_webSocketPath;
    quint16 m_port = 0;
};

} // namespace plugboard
