// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The frames between Plugboard and a plugin host process: round trips in pieces of any size, and
// every kind of bad frame a misbehaving host could send, each refused with a sentence and never
// read past.
#include "hostprotocol/hostframes.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>
#include <QtEndian>

using namespace plugboard;
using HostProtocol::FrameReader;
using HostProtocol::Message;

namespace {

QByteArray frameOf(const QByteArray &payload)
{
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), header.data());
    return header + payload;
}

Message sample(qint64 id)
{
    QCborMap body;
    body.insert(QStringLiteral("action"), QStringLiteral("import"));
    body.insert(
        QStringLiteral("params"),
        QCborMap{{QStringLiteral("n"), 7}, {QStringLiteral("text"), QStringLiteral("é ✅")}});
    body.insert(QStringLiteral("blob"), QByteArray(3000, 'x'));
    return {QStringLiteral("run"), id, body};
}

} // namespace

class TestHostFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsInPiecesOfAnySize_data();
    void roundTripsInPiecesOfAnySize();
    void manyFramesInOneChunk();
    void aMessageWithoutBodyOrId();
    void badFramesBreakTheStream_data();
    void badFramesBreakTheStream();
    void aHugeHeaderIsRefusedBeforeItsPayloadArrives();
    void nothingIsReadAfterABadFrame();
};

void TestHostFrames::roundTripsInPiecesOfAnySize_data()
{
    QTest::addColumn<int>("piece");
    for (int piece : {1, 2, 3, 5, 64, 4096, 1 << 20})
        QTest::addRow("%d", piece) << piece;
}

void TestHostFrames::roundTripsInPiecesOfAnySize()
{
    QFETCH(int, piece);
    const QByteArray stream = HostProtocol::encode(sample(1)) + HostProtocol::encode(sample(2));
    FrameReader reader;
    QList<Message> got;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        reader.append(
            QByteArrayView(stream).sliced(at, qMin<qsizetype>(piece, stream.size() - at)));
        while (std::optional<Message> m = reader.next())
            got.append(*m);
    }
    QVERIFY2(!reader.hasFailed(), qPrintable(reader.error()));
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0), sample(1));
    QCOMPARE(got.at(1), sample(2));
    QCOMPARE(reader.buffered(), 0);
}

void TestHostFrames::manyFramesInOneChunk()
{
    QByteArray stream;
    for (int i = 1; i <= 1000; ++i)
        stream += HostProtocol::encode({QStringLiteral("progress"), i, {}});
    FrameReader reader;
    reader.append(stream);
    int count = 0;
    while (std::optional<Message> m = reader.next()) {
        ++count;
        QCOMPARE(m->id, qint64(count));
    }
    QCOMPARE(count, 1000);
    QVERIFY(!reader.hasFailed());
}

void TestHostFrames::aMessageWithoutBodyOrId()
{
    FrameReader reader;
    reader.append(HostProtocol::encode({QStringLiteral("hello"), 0, {}}));
    const std::optional<Message> m = reader.next();
    QVERIFY(m);
    QCOMPARE(m->type, QStringLiteral("hello"));
    QCOMPARE(m->id, 0);
    QVERIFY(m->body.isEmpty());
}

void TestHostFrames::badFramesBreakTheStream_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("says");
    const auto cbor = [](const QCborValue &v) {
        return frameOf(v.toCbor());
    };
    QTest::newRow("empty frame") << frameOf({}) << "empty frame";
    QTest::newRow("garbage") << frameOf("\xff\xfe\xfd garbage") << "not valid CBOR";
    QTest::newRow("truncated CBOR")
        << frameOf(QByteArray("\xa1\x61t\x63ru", 6)) << "not valid CBOR";
    QTest::newRow("trailing bytes")
        << frameOf(QCborValue(QCborMap{{QStringLiteral("t"), QStringLiteral("run")}}).toCbor() +
                   "xx")
        << "2 bytes after the message";
    QTest::newRow("not a map") << cbor(QCborArray{1, 2}) << "not a message";
    QTest::newRow("no type") << cbor(QCborMap{{QStringLiteral("i"), 1}}) << "valid type";
    QTest::newRow("type not text") << cbor(QCborMap{{QStringLiteral("t"), 5}}) << "\"t\"";
    QTest::newRow("type with capitals")
        << cbor(QCborMap{{QStringLiteral("t"), QStringLiteral("Run")}}) << "valid type";
    QTest::newRow("type too long")
        << cbor(QCborMap{{QStringLiteral("t"), QString(65, QLatin1Char('a'))}}) << "valid type";
    QTest::newRow("negative id") << cbor(QCborMap{{QStringLiteral("t"), QStringLiteral("run")},
                                                  {QStringLiteral("i"), -1}})
                                 << "\"i\"";
    QTest::newRow("id a string") << cbor(QCborMap{{QStringLiteral("t"), QStringLiteral("run")},
                                                  {QStringLiteral("i"), QStringLiteral("1")}})
                                 << "\"i\"";
    QTest::newRow("body not a map") << cbor(QCborMap{{QStringLiteral("t"), QStringLiteral("run")},
                                                     {QStringLiteral("b"), QCborArray{}}})
                                    << "\"b\"";
    QTest::newRow("unknown member")
        << cbor(QCborMap{{QStringLiteral("t"), QStringLiteral("run")}, {QStringLiteral("x"), 1}})
        << "\"x\"";
    QTest::newRow("integer key") << cbor(QCborMap{{QStringLiteral("t"), QStringLiteral("run")},
                                                  {7, 1}})
                                 << "7";
}

void TestHostFrames::badFramesBreakTheStream()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, says);
    FrameReader reader;
    reader.append(stream);
    QVERIFY(!reader.next());
    QVERIFY(reader.hasFailed());
    QVERIFY2(reader.error().startsWith("the plugin's process sent"), qPrintable(reader.error()));
    QVERIFY2(reader.error().contains(says), qPrintable(reader.error()));
}

void TestHostFrames::aHugeHeaderIsRefusedBeforeItsPayloadArrives()
{
    FrameReader reader(1024);
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian(quint32(0x7fffffff), header.data());
    reader.append(header);
    QVERIFY(reader.hasFailed());
    QVERIFY(reader.error().contains("2147483647 bytes, over the limit of 1024"));
    reader.append(QByteArray(4096, 'x'));
    QCOMPARE(reader.buffered(), 0); // nothing more is kept
    QVERIFY(!reader.next());
}

void TestHostFrames::nothingIsReadAfterABadFrame()
{
    FrameReader reader;
    reader.append(HostProtocol::encode(sample(1)) + frameOf("junk") +
                  HostProtocol::encode(sample(2)));
    QVERIFY(reader.next()); // the good one before it
    QVERIFY(!reader.next());
    const QString error = reader.error();
    QVERIFY(!error.isEmpty());
    reader.append(HostProtocol::encode(sample(3)));
    QVERIFY(!reader.next());
    QCOMPARE(reader.error(), error);
}

QTEST_GUILESS_MAIN(TestHostFrames)
#include "tst_hostframes.moc"
