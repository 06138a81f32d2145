// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who may talk to the REST API and what it refuses before reading a body: token (401),
// browser Origin and Host (403), size (413), and HTTP it will not guess at (400, 411, 431).
// Real server on loopback; raw sockets where QNetworkAccessManager would tidy the request.
#include "apiharness.h"

#include <QFile>
#include <QTcpSocket>
#include <QTest>

using namespace plugboard;
using apitest::Harness;

class TestApiSecurity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingOrWrongTokenIs401();
    void rotatedTokenTakesEffectAtOnce();
    void unsafeTokenFileRefusesEverything();
    void foreignOriginIs403();
    void foreignHostIs403();
    void oversizeBodyIs413BeforeItIsRead();
    void strictHttp_data();
    void strictHttp();
    void keepAliveAndSplitDelivery();
    void expectContinueIsAnswered();
    void webSocketUpgradeNeedsTheToken();

private:
    // Sends raw bytes (in pieces of `chunk` bytes when > 0) and returns everything the server
    // wrote until it closed the connection or `waitMs` passed.
    QByteArray exchange(const QByteArray &request, int chunk = 0, int waitMs = 3000);
    QByteArray authorized(const QByteArray &method, const QByteArray &path,
                          const QByteArray &extra = {}, const QByteArray &body = {});

    Harness h;
};

void TestApiSecurity::initTestCase()
{
    ApiLimits limits;
    limits.maxImportBody = 4 * 1024 * 1024; // small, to test without uploading 256 MiB
    QVERIFY(h.start(limits));
}

QByteArray TestApiSecurity::exchange(const QByteArray &request, int chunk, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, h.port());
    if (!socket.waitForConnected(2000))
        return {};
    if (chunk <= 0) {
        socket.write(request);
    } else {
        for (qsizetype i = 0; i < request.size(); i += chunk) {
            socket.write(request.mid(i, chunk));
            socket.flush();
            QTest::qWait(2);
        }
    }
    QByteArray answer;
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

QByteArray TestApiSecurity::authorized(const QByteArray &method, const QByteArray &path,
                                       const QByteArray &extra, const QByteArray &body)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                         "Authorization: Bearer " + h.token() + "\r\n" + extra;
    if (!body.isEmpty())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

void TestApiSecurity::missingOrWrongTokenIs401()
{
    ApiClient anonymous(h.port(), QByteArray());
    const ApiReply none = anonymous.get("/api/plugins/plugins/");
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json.value("code").toString(), QStringLiteral("unauthorized"));
    QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
    QVERIFY(!none.body.contains("worker")); // nothing about the plugins leaks

    QByteArray wrongToken = h.token();
    wrongToken[10] = wrongToken[10] == 'a' ? 'b' : 'a';
    ApiClient wrong(h.port(), wrongToken);
    QCOMPARE(wrong.get("/api/plugins/plugins/").status, 401);
    QCOMPARE(wrong
                 .post("/api/plugins/plugins/worker/enabled/",
                       {{"enabled", true}, {"acknowledge_trust", true}})
                 .status,
             401);
    QVERIFY(!h.manager->plugin("worker")->enabled());
    QCOMPARE(ApiClient(h.port(), h.token().left(63)).get("/api/plugins/plugins/").status, 401);
    QCOMPARE(ApiClient(h.port(), h.token() + "0").get("/api/plugins/plugins/").status, 401);
    // Basic auth carrying the token is not a bearer token.
    const QByteArray basic = exchange("GET /api/plugins/plugins/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                      "Authorization: Basic " +
                                      h.token() + "\r\n\r\n");
    QVERIFY(basic.startsWith("HTTP/1.1 401"));
    QCOMPARE(h.client->get("/api/plugins/plugins/").status, 200);
}

void TestApiSecurity::rotatedTokenTakesEffectAtOnce()
{
    const QByteArray old = h.token();
    const Result<QByteArray> rotated = ApiToken::rotate(h.data);
    QVERIFY(rotated);
    QCOMPARE(ApiClient(h.port(), old).get("/api/plugins/plugins/").status, 401);
    QCOMPARE(ApiClient(h.port(), rotated.value()).get("/api/plugins/plugins/").status, 200);
    h.client = std::make_unique<ApiClient>(h.port(), rotated.value());
}

void TestApiSecurity::unsafeTokenFileRefusesEverything()
{
    QFile file(ApiToken::path(h.data));
    QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ReadOther));
    const ApiReply refused = h.client->get("/api/plugins/plugins/");
    QCOMPARE(refused.status, 500);
    QVERIFY(refused.json.value("error").toString().contains("chmod 600"));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(h.client->get("/api/plugins/plugins/").status, 200);
}

void TestApiSecurity::foreignOriginIs403()
{
    for (const QByteArray &origin :
         {QByteArray("http://evil.example"), QByteArray("null"), QByteArray("http://127.0.0.1:1"),
          QByteArray("https://127.0.0.1:") + QByteArray::number(h.port())}) {
        const QByteArray answer = exchange(
            authorized("POST", "/api/plugins/plugins/worker/enabled/", "Origin: " + origin + "\r\n",
                       R"({"enabled": true, "acknowledge_trust": true})"));
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), origin.constData());
        QVERIFY(answer.contains("forbidden_origin"));
    }
    QVERIFY(!h.manager->plugin("worker")->enabled());
    const QByteArray own = "Origin: http://127.0.0.1:" + QByteArray::number(h.port()) + "\r\n";
    QVERIFY(exchange(authorized("GET", "/api/plugins/plugins/", own + "Connection: close\r\n"))
                .startsWith("HTTP/1.1 200"));
}

void TestApiSecurity::foreignHostIs403()
{
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name.
    const QByteArray answer = exchange(
        "GET /api/plugins/plugins/ HTTP/1.1\r\nHost: attacker.example:" +
        QByteArray::number(h.port()) + "\r\nAuthorization: Bearer " + h.token() + "\r\n\r\n");
    QVERIFY(answer.startsWith("HTTP/1.1 403"));
    QVERIFY(answer.contains("forbidden_host"));
    QVERIFY(exchange("GET /api/plugins/plugins/ HTTP/1.1\r\nHost: localhost:" +
                     QByteArray::number(h.port()) + "\r\nAuthorization: Bearer " + h.token() +
                     "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200"));
}

void TestApiSecurity::oversizeBodyIs413BeforeItIsRead()
{
    // JSON routes take 1 MiB: one byte more is refused from the head alone.
    const QByteArray big(1024 * 1024 + 1, ' ');
    const ApiReply refused = h.client->send("POST", "/api/plugins/plugins/worker/settings/", big);
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.json.value("code").toString(), QStringLiteral("payload_too_large"));

    // A head announcing 100 GB gets its answer at once; nothing waits for the body.
    QElapsedTimer clock;
    clock.start();
    const QByteArray answer = exchange(
        authorized("POST", "/api/plugins/plugins/import/", "Content-Length: 100000000000\r\n"));
    QVERIFY(answer.startsWith("HTTP/1.1 413"));
    QVERIFY(clock.elapsed() < 2500);

    // The import route has its own, larger limit (4 MiB in this suite).
    const QByteArray underImportLimit(2 * 1024 * 1024, 'x');
    const ApiReply notTooBig = h.client->send("POST", "/api/plugins/plugins/import/",
                                              underImportLimit, "multipart/form-data");
    QCOMPARE(notTooBig.status, 400); // read and refused for what it is, not for its size
}

void TestApiSecurity::strictHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    const QByteArray auth = "Authorization: Bearer ";
    QTest::newRow("chunked") << QByteArray(
                                    "POST /api/plugins/plugins/reload/ HTTP/1.1\r\nHost: "
                                    "127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << QByteArray("411");
    QTest::newRow("two lengths")
        << QByteArray("POST /api/plugins/plugins/reload/ HTTP/1.1\r\nContent-Length: 2\r\n"
                      "Content-Length: 3\r\n\r\n{}")
        << QByteArray("400");
    QTest::newRow("length not a number")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n") << QByteArray("400");
    QTest::newRow("folded header")
        << QByteArray("GET /x HTTP/1.1\r\nX-A: 1\r\n  folded\r\n\r\n") << QByteArray("400");
    QTest::newRow("bare LF") << QByteArray("GET /x HTTP/1.1\nHost: a\n\n") << QByteArray("400");
    QTest::newRow("HTTP/2 preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << QByteArray("400");
    QTest::newRow("huge head") << QByteArray("GET /x HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') +
                                             "\r\n\r\n")
                               << QByteArray("431");
    QTest::newRow("odd expectation")
        << QByteArray("POST /x HTTP/1.1\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx")
        << QByteArray("417");
}

void TestApiSecurity::strictHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    const QByteArray answer = exchange(request);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.left(80).constData());
    QVERIFY(answer.contains("Connection: close"));
}

void TestApiSecurity::keepAliveAndSplitDelivery()
{
    // Three requests on one connection, delivered a few bytes at a time: the gate keeps its
    // place in the stream (heads, then bodies of the announced length).
    const QByteArray body = R"({"settings": {"limit": 3}})";
    const QByteArray stream =
        authorized("GET", "/api/plugins/plugins/plain/") +
        authorized("POST", "/api/plugins/plugins/worker/settings/", {}, body) +
        authorized("GET", "/api/plugins/plugins/worker/", "Connection: close\r\n");
    const QByteArray answer = exchange(stream, 7, 8000);
    QCOMPARE(answer.count("HTTP/1.1 200 OK"), 3);
    QCOMPARE(h.manager->plugin("worker")->storedSettings().value("limit").toDouble(), 3.0);
}

void TestApiSecurity::expectContinueIsAnswered()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, h.port());
    QVERIFY(socket.waitForConnected(2000));
    const QByteArray body = R"({"settings": {"limit": 4}})";
    socket.write("POST /api/plugins/plugins/worker/settings/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer " +
                 h.token() +
                 "\r\nExpect: 100-continue\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n");
    QTRY_VERIFY(socket.bytesAvailable() > 0);
    QCOMPARE(socket.readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    QTRY_VERIFY(socket.bytesAvailable() > 0);
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
}

void TestApiSecurity::webSocketUpgradeNeedsTheToken()
{
    const QByteArray upgrade = "GET /api/plugins/events/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                               "Sec-WebSocket-Version: 13\r\n";
    QVERIFY(exchange(upgrade + "\r\n").startsWith("HTTP/1.1 401"));
    QVERIFY(exchange(upgrade + "Authorization: Bearer " + h.token() +
                     "\r\nOrigin: http://evil.example\r\n\r\n")
                .startsWith("HTTP/1.1 403"));
    const QByteArray accepted =
        exchange(upgrade + "Authorization: Bearer " + h.token() + "\r\n\r\n", 0, 800);
    QVERIFY2(accepted.startsWith("HTTP/1.1 101"), accepted.left(60).constData());
}

QTEST_GUILESS_MAIN(TestApiSecurity)
#include "tst_apisecurity.moc"
