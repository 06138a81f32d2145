// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The event stream (a real WebSocket client against the real server) and the server under many
// concurrent keep-alive clients.
#include "apiharness.h"

#include "api/eventstream.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace plugboard;
using apitest::Harness;

namespace {

// Opens the event stream with (or without) the token and keeps every message.
struct EventClient {
    QWebSocket socket;
    QList<QJsonObject> messages;
    bool closed = false;

    void open(quint16 port, const QByteArray &token)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             messages << QJsonDocument::fromJson(text.toUtf8()).object();
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/api/plugins/events/").arg(port)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        socket.open(request);
    }

    // The first message matching type (and event, when given), or an empty object.
    QJsonObject find(const QString &type, const QString &event = {}) const
    {
        for (const QJsonObject &m : messages) {
            if (m.value("type") == type && (event.isEmpty() || m.value("event") == event))
                return m;
        }
        return {};
    }
};

// One keep-alive connection sending `count` requests one after another, reading each answer by
// its Content-Length.
class KeepAliveClient : public QObject {
public:
    KeepAliveClient(quint16 port, QByteArray token, int count)
        : m_token(std::move(token))
        , m_left(count)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &KeepAliveClient::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveClient::onRead);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    int ok = 0;
    int failed = 0;
    bool done() const { return m_left == 0 && m_buffer.isEmpty() && m_pending == 0; }

private:
    void sendNext()
    {
        if (m_left == 0)
            return;
        --m_left;
        ++m_pending;
        const bool run = m_left % 2 == 0;
        const QByteArray body = R"({"action": "echo", "params": {"i": 1}})";
        m_socket.write(
            (run ? "POST /api/plugins/plugins/worker/run/" : "GET /api/plugins/plugins/") +
            QByteArray(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ") + m_token +
            "\r\n" +
            (run ? "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body
                 : QByteArray("\r\n")));
    }

    void onRead()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headEnd);
            const qsizetype at = head.indexOf("Content-Length: ");
            const qsizetype length =
                head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toLongLong();
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            const QByteArray body = m_buffer.mid(headEnd + 4, length);
            m_buffer.remove(0, headEnd + 4 + length);
            --m_pending;
            const bool good = head.startsWith("HTTP/1.1 200") &&
                              QJsonDocument::fromJson(body).object().value("success") != false;
            good ? ++ok : ++failed;
            sendNext();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_token;
    QByteArray m_buffer;
    int m_left;
    int m_pending = 0;
};

} // namespace

class TestApiEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void streamCarriesNotificationsJobsLogsAndChanges();
    void streamRefusesWithoutTheToken();
    void slowReaderIsDropped();
    void fiftyConcurrentClients();

private:
    Harness h;
};

void TestApiEvents::initTestCase()
{
    QVERIFY(h.start());
    QVERIFY(h.enable(QStringLiteral("worker")));
}

void TestApiEvents::streamCarriesNotificationsJobsLogsAndChanges()
{
    EventClient client;
    client.open(h.port(), h.token());
    QTRY_VERIFY(!client.find("hello").isEmpty());
    QCOMPARE(h.server->events()->clientCount(), 1);

    const ApiReply run = h.client->post("/api/plugins/plugins/worker/run/", {{"action", "notify"}});
    QCOMPARE(run.status, 200);
    const QString jobId = run.json.value("job_id").toString();

    // plugboard.notify() inside the plugin reaches the WebSocket client.
    QTRY_VERIFY(!client.find("notification").isEmpty());
    const QJsonObject note = client.find("notification");
    QCOMPARE(note.value("key").toString(), QStringLiteral("worker"));
    QCOMPARE(note.value("level").toString(), QStringLiteral("warning"));
    QCOMPARE(note.value("title").toString(), QStringLiteral("Heads up"));
    QCOMPARE(note.value("message").toString(), QStringLiteral("hello from a plugin"));
    QTRY_VERIFY(!client.find("job", "finished").isEmpty());
    const QJsonObject finished = client.find("job", "finished").value("job").toObject();
    QCOMPARE(finished.value("id").toString(), jobId);
    QCOMPARE(finished.value("outcome").toString(), QStringLiteral("ok"));
    QVERIFY(!client.find("job", "queued").isEmpty());
    QVERIFY(!client.find("job", "started").isEmpty());
    QVERIFY(client.find("log").value("text").toString().contains("about to notify"));

    QVERIFY(h.client
                ->post("/api/plugins/plugins/worker/settings/",
                       {{"settings", QJsonObject{{"limit", 2}}}})
                .ok());
    QTRY_COMPARE(client.find("plugins", "changed").value("key").toString(),
                 QStringLiteral("worker"));
    // Clients only listen: what they send changes nothing.
    client.socket.sendTextMessage(QStringLiteral("{\"type\": \"run\"}"));
    QTest::qWait(50);
    QCOMPARE(h.server->events()->clientCount(), 1);
    client.socket.close();
    QTRY_COMPARE(h.server->events()->clientCount(), 0);
}

void TestApiEvents::streamRefusesWithoutTheToken()
{
    for (const QByteArray &token : {QByteArray(), QByteArray(64, 'a')}) {
        EventClient client;
        client.open(h.port(), token);
        QTRY_VERIFY(client.closed || client.socket.error() != QAbstractSocket::UnknownSocketError);
        QTest::qWait(100);
        QVERIFY(client.messages.isEmpty());
        QCOMPARE(h.server->events()->clientCount(), 0);
    }
}

void TestApiEvents::slowReaderIsDropped()
{
    // A client that completes the handshake and then never reads: once its backlog passes the
    // limit it is dropped instead of making the app buffer without end.
    QTcpSocket raw;
    raw.setReadBufferSize(1024);
    raw.connectToHost(QHostAddress::LocalHost, h.port());
    QVERIFY(raw.waitForConnected(2000));
    raw.write("GET /api/plugins/events/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
              "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " +
              h.token() + "\r\n\r\n");
    QTRY_COMPARE(h.server->events()->clientCount(), 1);
    const QJsonObject big{{"type", "test"}, {"blob", QString(1024 * 1024, QLatin1Char('x'))}};
    for (int i = 0; i < 200 && h.server->events()->clientCount() > 0; ++i) {
        h.server->events()->broadcast(big);
        QTest::qWait(1);
    }
    QCOMPARE(h.server->events()->clientCount(), 0);
}

void TestApiEvents::fiftyConcurrentClients()
{
    std::vector<std::unique_ptr<KeepAliveClient>> clients;
    for (int i = 0; i < 50; ++i)
        clients.push_back(std::make_unique<KeepAliveClient>(h.port(), h.token(), 100));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->done(); }),
        120000);
    int ok = 0, failed = 0;
    for (const auto &c : clients) {
        ok += c->ok;
        failed += c->failed;
    }
    QCOMPARE(failed, 0);
    QCOMPARE(ok, 5000);
}

QTEST_GUILESS_MAIN(TestApiEvents)
#include "tst_apievents.moc"
