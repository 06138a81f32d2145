// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The request tracker: finds each head in a connection's byte stream, reads it strictly and
// skips the announced body, however the bytes are split.
#include "api/requesttracker.h"

#include <QTest>

using namespace plugboard;

class TestRequestTracker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneRequest();
    void keepAliveSequenceInAnySplit_data();
    void keepAliveSequenceInAnySplit();
    void refusals_data();
    void refusals();
    void upgradeStopsFollowing();
    void expectContinue();
    void leadingEmptyLinesAreSkipped();

private:
    // Feeds `bytes` in pieces of `chunk` and accepts every head; returns the heads' targets or
    // "!<status>" at the first refusal.
    QStringList run(const QByteArray &bytes, int chunk);
};

QStringList TestRequestTracker::run(const QByteArray &bytes, int chunk)
{
    RequestTracker tracker;
    QStringList seen;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        QByteArrayView piece =
            QByteArrayView(bytes).sliced(i, std::min<qsizetype>(chunk, bytes.size() - i));
        while (!piece.isEmpty()) {
            const RequestTracker::Step step = tracker.feed(piece);
            piece = piece.sliced(step.consumed);
            if (step.event == RequestTracker::Event::Invalid)
                return seen << QStringLiteral("!%1").arg(tracker.errorStatus());
            if (step.event == RequestTracker::Event::HeadReady) {
                seen << QString::fromLatin1(tracker.head().method + ' ' + tracker.head().target);
                tracker.accept();
            }
        }
    }
    if (!tracker.idle())
        seen << QStringLiteral("(pending)");
    return seen;
}

void TestRequestTracker::oneRequest()
{
    RequestTracker tracker;
    const QByteArray request = "POST /api/x?y=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "authorization: Bearer abc\r\nContent-Length: 4\r\n\r\n{}{}";
    const RequestTracker::Step step = tracker.feed(request);
    QCOMPARE(step.event, RequestTracker::Event::HeadReady);
    QCOMPARE(step.consumed, request.size() - 4);
    QCOMPARE(tracker.head().method, QByteArray("POST"));
    QCOMPARE(tracker.head().rawPath(), QByteArray("/api/x"));
    QCOMPARE(tracker.head().header("Authorization"), QByteArray("Bearer abc"));
    QCOMPARE(tracker.head().contentLength, 4);
    tracker.accept();
    QVERIFY(!tracker.idle());
    const RequestTracker::Step body = tracker.feed(QByteArrayView(request).sliced(step.consumed));
    QCOMPARE(body.event, RequestTracker::Event::NeedMore);
    QCOMPARE(body.consumed, 4);
    QVERIFY(tracker.idle());
}

void TestRequestTracker::keepAliveSequenceInAnySplit_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 2, 3, 7, 64, 100000})
        QTest::addRow("%d", chunk) << chunk;
}

void TestRequestTracker::keepAliveSequenceInAnySplit()
{
    QFETCH(int, chunk);
    // A body that looks like a head must be skipped as a body.
    const QByteArray trap = "GET /trap HTTP/1.1\r\n\r\n";
    const QByteArray stream = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"
                              "POST /b HTTP/1.1\r\nContent-Length: " +
                              QByteArray::number(trap.size()) + "\r\n\r\n" + trap +
                              "DELETE /c HTTP/1.1\r\n\r\n";
    QCOMPARE(run(stream, chunk), (QStringList{"GET /a", "POST /b", "DELETE /c"}));
    QCOMPARE(run(stream.chopped(3), chunk).last(), QStringLiteral("(pending)"));
}

static const char kNulHeader[] = "GET / HTTP/1.1\r\nA: b\0c\r\n\r\n";

void TestRequestTracker::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << "!411";
    QTest::newRow("two lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\ncontent-length: 1\r\n\r\nx")
        << "!400";
    QTest::newRow("negative length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << "!400";
    QTest::newRow("length with spaces inside")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n") << "!400";
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n") << "!400";
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nJunk\r\n\r\n") << "!400";
    QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nA b: c\r\n\r\n") << "!400";
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nA: b\n\n") << "!400";
    QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << "!400";
    QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n\r\n") << "!400";
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2\r\n\r\n") << "!400";
    QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << "!400";
    QTest::newRow("NUL in value") << QByteArray(kNulHeader, sizeof(kNulHeader) - 1) << "!400";
    QTest::newRow("head too large")
        << QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(RequestTracker::MaxHeadBytes, 'x') +
                      "\r\n\r\n")
        << "!431";
    QTest::newRow("endless head without end")
        << QByteArray("GET / HTTP/1.1\r\n" + QByteArray(RequestTracker::MaxHeadBytes + 10, 'x'))
        << "!431";
}

void TestRequestTracker::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    for (int chunk : {1, 5, int(bytes.size())})
        QCOMPARE(run(bytes, chunk).value(0), expected);
}

void TestRequestTracker::upgradeStopsFollowing()
{
    RequestTracker tracker;
    const QByteArray upgrade = "GET /api/plugins/events/ HTTP/1.1\r\nUpgrade: websocket\r\n"
                               "Connection: keep-alive, Upgrade\r\n\r\n";
    QCOMPARE(tracker.feed(upgrade).event, RequestTracker::Event::HeadReady);
    QVERIFY(tracker.head().webSocketUpgrade);
    tracker.accept();
    QVERIFY(tracker.passThrough());
    // WebSocket frames are not HTTP: they are let through unread.
    const QByteArray frame("\x81\x05hello", 7);
    const RequestTracker::Step step = tracker.feed(frame);
    QCOMPARE(step.event, RequestTracker::Event::NeedMore);
    QCOMPARE(step.consumed, frame.size());
}

void TestRequestTracker::expectContinue()
{
    RequestTracker tracker;
    QCOMPARE(
        tracker.feed("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n").event,
        RequestTracker::Event::HeadReady);
    QVERIFY(tracker.head().expectContinue);
    RequestTracker odd;
    QCOMPARE(odd.feed("POST / HTTP/1.1\r\nExpect: something\r\n\r\n").event,
             RequestTracker::Event::Invalid);
    QCOMPARE(odd.errorStatus(), 417);
}

void TestRequestTracker::leadingEmptyLinesAreSkipped()
{
    QCOMPARE(run("\r\n\r\nGET /x HTTP/1.0\r\n\r\n", 1), QStringList{"GET /x"});
}

QTEST_GUILESS_MAIN(TestRequestTracker)
#include "tst_requesttracker.moc"
