// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace fixtures {

TestHttpServer::TestHttpServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void TestHttpServer::route(const QByteArray &path, TestResponse response)
{
    m_routes.insert(path, [response](const TestRequest &) { return response; });
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::redirect(const QByteArray &path, const QByteArray &location)
{
    TestResponse response;
    response.status = 302;
    response.reason = "Found";
    response.headers.append({"Location", location});
    route(path, response);
}

void TestHttpServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        // Keep-alive, as real servers do: answer every complete request in the buffer (GETs, no
        // bodies), and close only when a response has no length or says so.
        for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0;
             end = buffer->indexOf("\r\n\r\n")) {
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->remove(0, end + 4);
            if (!answer(socket, lines))
                return;
        }
    });
}

bool TestHttpServer::answer(QTcpSocket *socket, const QList<QByteArray> &lines)
{
    TestRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    m_requests.append(request);
    const auto handler = m_routes.constFind(request.path);
    TestResponse response;
    if (handler == m_routes.cend()) {
        response.status = 404;
        response.reason = "Not Found";
        response.body = "no such path";
    } else {
        response = (*handler)(request);
    }
    if (response.neverAnswer)
        return false;
    const bool close = !response.sendLength || response.chunkDelayMs > 0;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        head += name + ": " + value + "\r\n";
    if (response.sendLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    socket->write(head + "\r\n");
    if (response.chunkDelayMs <= 0) {
        socket->write(response.body);
        if (close)
            socket->disconnectFromHost();
        return !close;
    }
    // Trickle the body out, one piece per tick, then close.
    auto rest = std::make_shared<QByteArray>(response.body);
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, rest, timer] {
        socket->write(rest->left(64 * 1024));
        rest->remove(0, qMin<qsizetype>(rest->size(), 64 * 1024));
        if (rest->isEmpty()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(response.chunkDelayMs);
    return false;
}

} // namespace fixtures
