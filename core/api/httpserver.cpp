// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/httpserver.h"

#include "api/requesttracker.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <sys/socket.h>

namespace plugboard {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "plugboard.core.api")

// How long a refused client may go on sending before the connection is cut.
constexpr int LingerMs = 2000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

HttpResponse errorResponse(int status, const QString &message)
{
    HttpResponse response;
    response.status = status;
    response.body = R"({"success": false, "error": ")" +
                    message.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + "\"}";
    return response;
}

// Watches one connection's bytes ahead of QHttpServer and refuses a request as soon as its head
// is complete. Its slots sit on both sides of QHttpServer's on the socket's readyRead: the
// first (connected before QHttpServer's, so it runs first) reads what is new; the second
// (connected after) notes what QHttpServer left unread — it reads one message at a time and
// leaves the start of the next one in the buffer — so those bytes are not read twice.
class ConnectionGate : public QObject {
public:
    ConnectionGate(QTcpSocket *socket, const HttpServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
    {
        m_readConnection =
            connect(socket, &QTcpSocket::readyRead, this, &ConnectionGate::onReadyRead);
    }

    // Call once QHttpServer has connected its own readyRead slot.
    void watchWhatIsLeft()
    {
        m_leftConnection = connect(m_socket, &QTcpSocket::readyRead, this,
                                   [this] { m_seen = m_socket->bytesAvailable(); });
    }

private:
    void onReadyRead()
    {
        if (m_refused) {
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
        // Into a buffer kept between calls: no allocation per read.
        m_peeked.resize(m_socket->bytesAvailable());
        m_peeked.resize(std::max<qint64>(0, m_socket->peek(m_peeked.data(), m_peeked.size())));
        QByteArrayView rest = QByteArrayView(m_peeked).sliced(std::min(m_seen, m_peeked.size()));
        m_seen = m_peeked.size();
        while (!rest.isEmpty()) {
            const RequestTracker::Step step = m_tracker.feed(rest);
            rest = rest.sliced(step.consumed);
            if (step.event == RequestTracker::Event::Invalid) {
                refuse(errorResponse(m_tracker.errorStatus(), m_tracker.errorMessage()));
                return;
            }
            if (step.event != RequestTracker::Event::HeadReady)
                continue;
            const RequestHead &head = m_tracker.head();
            if (std::optional<HttpResponse> refusal = m_server->judge(head)) {
                refuse(*refusal);
                return;
            }
            if (head.expectContinue && head.contentLength > 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_tracker.accept();
            if (m_tracker.passThrough()) {
                // A WebSocket from here on: QWebSocketServer reads the rest.
                disconnect(m_readConnection);
                disconnect(m_leftConnection);
                return;
            }
        }
    }

    // Answers and closes: the rest of what the client sends is read and dropped (so QHttpServer
    // never sees it, and the kernel does not reset the connection before the answer is read),
    // our side is shut for writing once the answer is out, and the connection is cut after
    // LingerMs if the client keeps sending.
    void refuse(const HttpResponse &response)
    {
        m_refused = true;
        m_socket->skip(m_socket->bytesAvailable());
        m_socket->write(response.serialize(true));
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        });
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        QTimer::singleShot(LingerMs, this, [this] { m_socket->abort(); });
    }

    QTcpSocket *m_socket;
    const HttpServer *m_server;
    RequestTracker m_tracker;
    QMetaObject::Connection m_readConnection;
    QMetaObject::Connection m_leftConnection;
    QByteArray m_peeked;
    qsizetype m_seen = 0; // bytes at the front of the buffer the tracker has already had
    bool m_refused = false;
};

} // namespace

// Hands accepted sockets to QHttpServer with a gate already watching them.
class GatedTcpServer : public QTcpServer {
public:
    GatedTcpServer(HttpServer *owner)
        : m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_unwatched.append(new ConnectionGate(socket, m_owner));
        addPendingConnection(socket);
    }

public:
    // Connected to newConnection after QHttpServer's bind(), so it runs once QHttpServer has
    // taken the new sockets and connected its own slots.
    void watchNewConnections()
    {
        for (ConnectionGate *gate : std::as_const(m_unwatched)) {
            if (gate)
                gate->watchWhatIsLeft();
        }
        m_unwatched.clear();
    }

private:
    HttpServer *m_owner;
    QList<QPointer<ConnectionGate>> m_unwatched;
};

class QtHttpBackend : public QAbstractHttpServer {
public:
    explicit QtHttpBackend(HttpServer *owner)
        : m_owner(owner)
    {
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
            while (hasPendingWebSocketConnections()) {
                if (std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection())
                    Q_EMIT m_owner->webSocketConnected(socket.release());
            }
        });
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Qt 6.4 asks here first about an upgrade and hands the socket to its WebSocket server
        // when we say yes without writing anything; no means missingHandler() and a close.
        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return m_owner->isWebSocketPath(request.url().path(QUrl::FullyEncoded).toLatin1());
        HttpRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path(QUrl::FullyEncoded).toLatin1();
        r.query = request.query();
        r.headers = request.headers();
        r.body = request.body();
        r.peer = request.remoteAddress();
        m_owner->dispatch(r, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write(errorResponse(404, QStringLiteral("Not found.")).serialize(false));
    }

private:
    HttpServer *m_owner;
};

bool HttpServer::isWebSocketPath(QByteArrayView encodedPath) const
{
    const auto trimmed = [](QByteArrayView path) {
        return path.endsWith('/') ? path.chopped(1) : path;
    };
    return !m_webSocketPath.isEmpty() && trimmed(encodedPath) == trimmed(m_webSocketPath);
}

HttpResponder::HttpResponder(QTcpSocket *socket, bool closeAfter)
    : m_socket(socket)
    , m_closeAfter(closeAfter)
{}

bool HttpResponder::isOpen() const
{
    return !m_answered && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpResponder::respond(const HttpResponse &response)
{
    if (!isOpen())
        return false;
    m_answered = true;
    const QByteArray bytes = response.serialize(m_closeAfter);
    qsizetype sent = 0;
    // With nothing of Qt's still queued, the answer goes straight to the kernel: going through
    // QTcpSocket's buffer would switch its write notifier on and off around every response,
    // two event-loop wake-ups each time. Whatever the kernel does not take goes the Qt way.
    if (m_socket->bytesToWrite() == 0) {
        const ssize_t n = ::send(int(m_socket->socketDescriptor()), bytes.constData(),
                                 size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        sent = n > 0 ? qsizetype(n) : 0;
    }
    if (sent < bytes.size()) {
        m_socket->write(bytes.constData() + sent, bytes.size() - sent);
        m_socket->flush();
    }
    if (m_closeAfter)
        m_socket->disconnectFromHost();
    return true;
}

void HttpResponder::onClientGone(QObject *context, std::function<void()> gone) const
{
    if (!m_socket)
        return;
    QObject::connect(m_socket, &QTcpSocket::disconnected, context, std::move(gone),
                     Qt::SingleShotConnection);
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_backend(std::make_unique<QtHttpBackend>(this))
{}

HttpServer::~HttpServer() = default;

Result<quint16> HttpServer::listen(quint16 port)
{
    auto *v4 = new GatedTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, port)) {
        const QString reason = v4->errorString();
        delete v4;
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("HttpServer",
                                        "Could not listen on 127.0.0.1 port %1: %2. Is another "
                                        "Plugboard serving there? Choose another port.")
                .arg(port)
                .arg(reason));
    }
    m_port = v4->serverPort();
    const auto bind = [this](GatedTcpServer *server) {
        m_backend->bind(server);
        connect(server, &QTcpServer::newConnection, server, &GatedTcpServer::watchNewConnections);
    };
    bind(v4);
    auto *v6 = new GatedTcpServer(this);
    if (v6->listen(QHostAddress::LocalHostIPv6, m_port))
        bind(v6);
    else
        delete v6; // no IPv6 loopback here; 127.0.0.1 is enough
    qCInfo(lcHttp) << "listening on loopback port" << m_port;
    return m_port;
}

void HttpServer::close()
{
    for (QTcpServer *server : m_backend->servers()) {
        server->close();
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
    m_port = 0;
}

void HttpServer::dispatch(const HttpRequest &request, QTcpSocket *socket)
{
    const bool close = request.header("connection").compare("close", Qt::CaseInsensitive) == 0;
    if (m_handler)
        m_handler(request, HttpResponder(socket, close));
    else
        HttpResponder(socket, close).respond(errorResponse(503, QStringLiteral("Not ready.")));
}

std::optional<HttpResponse> HttpServer::judge(const RequestHead &head) const
{
    return m_gate ? m_gate(head) : std::nullopt;
}

} // namespace plugboard
