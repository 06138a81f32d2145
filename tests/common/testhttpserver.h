// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

class QTcpSocket;
#include <QUrl>

#include <functional>

// A small real HTTP/1.1 server on 127.0.0.1 (a port the OS picks) for suites that fetch:
// each path answers with a canned response, and every request is recorded.
namespace fixtures {

struct TestRequest {
    QByteArray method;
    QByteArray path;                       // with its query
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

struct TestResponse {
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool sendLength = true;   // false: no Content-Length, the body ends when the connection does
    bool neverAnswer = false; // keep the connection open and say nothing
    int chunkDelayMs = 0;     // send the body in 64 KiB pieces this far apart
};

class TestHttpServer : public QObject {
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    TestHttpServer();
    ~TestHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const;

    void route(const QByteArray &path, TestResponse response);
    void route(const QByteArray &path, Handler handler);
    // A redirect (302) from `path` to `location`.
    void redirect(const QByteArray &path, const QByteArray &location);

    const QList<TestRequest> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);
    // Answers one request; false when the connection is done with.
    bool answer(QTcpSocket *socket, const QList<QByteArray> &lines);
    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QList<TestRequest> m_requests;
};

} // namespace fixtures
