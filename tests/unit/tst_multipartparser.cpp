// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The multipart/form-data parser of the REST import endpoint: what curl and browsers send, and
// every malformed or truncated body refused with a sentence (never a shorter file).
#include "api/multipartparser.h"

#include <QTest>

using namespace plugboard;

namespace {

const QByteArray kBoundary = "------------------------d74496d66958873e";

QByteArray part(const QByteArray &headers, const QByteArray &data)
{
    return "--" + kBoundary + "\r\n" + headers + "\r\n\r\n" + data + "\r\n";
}

QByteArray close()
{
    return "--" + kBoundary + "--\r\n";
}

} // namespace

class TestMultipartParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void curlUpload();
    void binaryDataSurvives();
    void boundaryFromContentType_data();
    void boundaryFromContentType();
    void refusals_data();
    void refusals();
    void limits();
    void booleans();
};

void TestMultipartParser::curlUpload()
{
    // As `curl -F file=@plugin.zip -F overwrite=false` sends it.
    const QByteArray body =
        part("Content-Disposition: form-data; name=\"file\"; filename=\"plugin.zip\"\r\n"
             "Content-Type: application/zip",
             "PK\x03\x04zipbytes") +
        part("Content-Disposition: form-data; name=\"overwrite\"", "false") + close();
    const Result<QList<MultipartPart>> parts = Multipart::parse(body, kBoundary);
    QVERIFY2(parts, qPrintable(parts ? QString() : parts.error().message));
    QCOMPARE(parts.value().size(), 2);
    const MultipartPart &file = parts.value()[0];
    QCOMPARE(file.name, QByteArray("file"));
    QVERIFY(file.hasFilename);
    QCOMPARE(file.filename, QByteArray("plugin.zip"));
    QCOMPARE(file.contentType, QByteArray("application/zip"));
    QCOMPARE(file.data, QByteArray("PK\x03\x04zipbytes"));
    QCOMPARE(parts.value()[1].name, QByteArray("overwrite"));
    QVERIFY(!parts.value()[1].hasFilename);
    QCOMPARE(parts.value()[1].data, QByteArray("false"));
    // An epilogue after the close delimiter is ignored, as RFC 2046 says.
    QVERIFY(Multipart::parse(body + "trailing words", kBoundary));
}

void TestMultipartParser::binaryDataSurvives()
{
    // CRLFs, NULs, blank lines and the boundary not at a line start are all data.
    const QByteArray data = QByteArray("xa\0b", 4) + "\r\n\r\nZ--" + kBoundary + "\n--" + kBoundary;
    const QByteArray body =
        part("content-disposition: FORM-DATA; name=f; filename=\"a \\\"q\\\".zip\"", data) +
        close();
    const Result<QList<MultipartPart>> parts = Multipart::parse(body, kBoundary);
    QVERIFY2(parts, qPrintable(parts ? QString() : parts.error().message));
    QCOMPARE(parts.value().first().data, data);
    QCOMPARE(parts.value().first().name, QByteArray("f")); // unquoted token
    QCOMPARE(parts.value().first().filename, QByteArray("a \"q\".zip"));
    // An empty file is an empty part, not an error.
    const Result<QList<MultipartPart>> empty = Multipart::parse(
        part("Content-Disposition: form-data; name=\"file\"; filename=\"\"", "") + close(),
        kBoundary);
    QVERIFY(empty);
    QCOMPARE(empty.value().first().data, QByteArray());
}

void TestMultipartParser::boundaryFromContentType_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("boundary"); // empty: refused
    QTest::newRow("curl") << QByteArray("multipart/form-data; boundary=" + kBoundary) << kBoundary;
    QTest::newRow("quoted, upper case type")
        << QByteArray("Multipart/Form-Data; boundary=\"a b:c\"") << QByteArray("a b:c");
    QTest::newRow("charset too") << QByteArray("multipart/form-data; charset=utf-8; boundary=x")
                                 << QByteArray("x");
    QTest::newRow("not multipart") << QByteArray("application/json") << QByteArray();
    QTest::newRow("mixed, not form-data")
        << QByteArray("multipart/mixed; boundary=x") << QByteArray();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
    QTest::newRow("empty boundary")
        << QByteArray("multipart/form-data; boundary=\"\"") << QByteArray();
    QTest::newRow("71 characters")
        << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'a')) << QByteArray();
    QTest::newRow("ends in a space")
        << QByteArray("multipart/form-data; boundary=\"ab \"") << QByteArray();
    QTest::newRow("bad character")
        << QByteArray("multipart/form-data; boundary=\"a;b\"") << QByteArray();
    QTest::newRow("boundary twice")
        << QByteArray("multipart/form-data; boundary=a; boundary=b") << QByteArray();
    QTest::newRow("unterminated quote")
        << QByteArray("multipart/form-data; boundary=\"abc") << QByteArray();
}

void TestMultipartParser::boundaryFromContentType()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, boundary);
    const Result<QByteArray> found = Multipart::boundaryFrom(header);
    QCOMPARE(found.ok(), !boundary.isEmpty());
    if (found)
        QCOMPARE(found.value(), boundary);
    else
        QVERIFY(!found.error().message.isEmpty());
}

void TestMultipartParser::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    const QByteArray good = part("Content-Disposition: form-data; name=\"file\"", "data");
    QTest::newRow("empty body") << QByteArray() << "does not start";
    QTest::newRow("preamble") << QByteArray("hello\r\n" + good + close()) << "does not start";
    QTest::newRow("cut off before the close delimiter") << good.left(good.size() - 2) << "cut off";
    QTest::newRow("no close delimiter at all") << good << "ends";
    QTest::newRow("truncated inside headers")
        << QByteArray("--" + kBoundary + "\r\nContent-Disposition: form-da")
        << "inside the headers";
    QTest::newRow("LF line ends") << QByteArray(
                                         "--" + kBoundary +
                                         "\nContent-Disposition: form-data; name=\"f\"\n\nx\n--" +
                                         kBoundary + "--")
                                  << "garbage";
    QTest::newRow("no Content-Disposition")
        << QByteArray(part("Content-Type: text/plain", "x") + close()) << "no Content-Disposition";
    QTest::newRow("no headers") << QByteArray(part("", "x") + close()) << "Content-Disposition";
    QTest::newRow("not form-data")
        << QByteArray(part("Content-Disposition: attachment; name=\"f\"", "x") + close())
        << "not form-data";
    QTest::newRow("no name") << QByteArray(part("Content-Disposition: form-data", "x") + close())
                             << "no field name";
    QTest::newRow("empty name")
        << QByteArray(part("Content-Disposition: form-data; name=\"\"", "x") + close())
        << "no field name";
    QTest::newRow("malformed parameters")
        << QByteArray(part("Content-Disposition: form-data; name=\"f", "x") + close())
        << "malformed Content-Disposition";
    QTest::newRow("header without colon")
        << QByteArray(part("Content-Disposition: form-data; name=f\r\nnonsense", "x") + close())
        << "malformed header";
    QTest::newRow("two dispositions")
        << QByteArray(part("Content-Disposition: form-data; name=a\r\nContent-Disposition: "
                           "form-data; name=b",
                           "x") +
                      close())
        << "two Content-Disposition";
    QTest::newRow("garbage after a boundary")
        << QByteArray("--" + kBoundary + "XX\r\n") << "garbage";
}

void TestMultipartParser::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const Result<QList<MultipartPart>> parts = Multipart::parse(body, kBoundary);
    QVERIFY(!parts);
    QCOMPARE(parts.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parts.error().message.contains(says), qPrintable(parts.error().message));
}

void TestMultipartParser::limits()
{
    QByteArray many;
    for (int i = 0; i < 17; ++i)
        many +=
            part("Content-Disposition: form-data; name=\"f" + QByteArray::number(i) + "\"", "x");
    const Result<QList<MultipartPart>> tooMany = Multipart::parse(many + close(), kBoundary);
    QVERIFY(!tooMany);
    QVERIFY(tooMany.error().message.contains("more than 16 parts"));
    const QByteArray bigHeader =
        part("Content-Disposition: form-data; name=\"f\"\r\nX-Pad: " + QByteArray(9000, 'p'), "x");
    const Result<QList<MultipartPart>> big = Multipart::parse(bigHeader + close(), kBoundary);
    QVERIFY(!big);
    QVERIFY(big.error().message.contains("headers over"));
}

void TestMultipartParser::booleans()
{
    QCOMPARE(Multipart::parseBool("overwrite", "true").value(), true);
    QCOMPARE(Multipart::parseBool("overwrite", "1").value(), true);
    QCOMPARE(Multipart::parseBool("overwrite", "false").value(), false); // Dispatcharr: true!
    QCOMPARE(Multipart::parseBool("overwrite", "0").value(), false);
    for (const QByteArray bad : {"", "yes", "False", "TRUE", "2", "true "}) {
        const Result<bool> r = Multipart::parseBool("overwrite", bad);
        QVERIFY2(!r, bad.constData());
        QVERIFY(r.error().message.contains("overwrite"));
    }
}

QTEST_GUILESS_MAIN(TestMultipartParser)
#include "tst_multipartparser.moc"
