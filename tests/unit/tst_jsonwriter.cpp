// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace plugboard;

class TestJsonWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesCompactJson();
    void escapesStrings_data();
    void escapesStrings();
    void numbers_data();
    void numbers();
    void indentedIsValidAndEqual();
    void roundTripsAnyQJsonValue();
    void emptyContainers();
    void chunkedSinkDeliversTheWhole_data();
    void chunkedSinkDeliversTheWhole();
    void integersAreExact_data();
    void integersAreExact();
    void doublesReadBackBitForBit_data();
    void doublesReadBackBitForBit();
    void negativeZeroIsZero();
    void keysNeedingEscapesReadBack_data();
    void keysNeedingEscapesReadBack();
    void latin1KeysNeedingEscapesReadBack();
    void loneSurrogateBecomesReplacementCharacter();
    void byteOrderMarkInsideTextIsKept();
};

void TestJsonWriter::writesCompactJson()
{
    JsonWriter w;
    w.beginObject();
    w.field(QLatin1StringView("a"), 1);
    w.field(QLatin1StringView("b"), true);
    w.key(QLatin1StringView("c"));
    w.null();
    w.key(QStringLiteral("list"));
    w.beginArray();
    w.value(QStringLiteral("x"));
    w.value(2.5);
    w.endArray();
    w.key(QLatin1StringView("d"));
    w.stringOrNull(QString());
    w.endObject();
    QCOMPARE(w.take(), QByteArray(R"({"a":1,"b":true,"c":null,"list":["x",2.5],"d":null})"));
}

void TestJsonWriter::escapesStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ bye");
    QTest::newRow("controls") << QStringLiteral("a\nb\tc\rd\be\ff") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("latin-1") << QStringLiteral("Grüße, café");
    QTest::newRow("cjk") << QStringLiteral("插件管理器");
    QTest::newRow("emoji") << QStringLiteral("🚀 launch 👍🏽");
    QTest::newRow("long ascii run") << QString(1000, QLatin1Char('a')) + QStringLiteral("\"");
    QTest::newRow("empty") << QString();
}

void TestJsonWriter::escapesStrings()
{
    QFETCH(QString, text);
    JsonWriter w;
    w.beginArray();
    w.value(text);
    w.value(QLatin1StringView(text.toLatin1()));
    w.endArray();
    const QByteArray bytes = w.take();
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(bytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.at(0).toString(), text);
    QCOMPARE(array.at(1).toString(), QString::fromLatin1(text.toLatin1()));
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("int") << 5.0 << QByteArray("5");
    QTest::newRow("negative") << -12.0 << QByteArray("-12");
    QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
    QTest::newRow("big") << 1e300 << QByteArray("1e+300");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("null");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("null");
}

void TestJsonWriter::numbers()
{
    QFETCH(double, number);
    QFETCH(QByteArray, text);
    JsonWriter w;
    w.value(number);
    QCOMPARE(w.take(), text);
}

void TestJsonWriter::indentedIsValidAndEqual()
{
    const QJsonObject object{{"name", "Plugin ✨"},
                             {"list", QJsonArray{1, "two", QJsonObject{{"k", false}}}},
                             {"empty", QJsonObject()}};
    JsonWriter compact;
    JsonWriter indented(true);
    compact.value(QJsonValue(object));
    indented.value(QJsonValue(object));
    const QByteArray a = compact.take();
    const QByteArray b = indented.take();
    QVERIFY(b.contains("\n  \""));
    QCOMPARE(QJsonDocument::fromJson(a).object(), object);
    QCOMPARE(QJsonDocument::fromJson(b).object(), object);
}

void TestJsonWriter::roundTripsAnyQJsonValue()
{
    const QJsonArray value{QJsonValue(),         true, 3, 4.25, "s", QJsonArray{QJsonArray{}},
                           QJsonObject{{"x", 1}}};
    JsonWriter w;
    w.value(QJsonValue(value));
    QCOMPARE(QJsonDocument::fromJson(w.take()).array(), value);
}

void TestJsonWriter::emptyContainers()
{
    JsonWriter w(true);
    w.beginObject();
    w.key(QLatin1StringView("a"));
    w.beginArray();
    w.endArray();
    w.endObject();
    QCOMPARE(QJsonDocument::fromJson(w.take()).object().value("a").toArray().size(), 0);
}

namespace {

// A document with every kind of value, big enough to cross many chunk boundaries.
void writeSample(JsonWriter &w)
{
    w.beginObject();
    w.key(QLatin1StringView("plugins"));
    w.beginArray();
    for (int i = 0; i < 300; ++i) {
        w.beginObject();
        w.field(QLatin1StringView("key"), QStringLiteral("plugin_%1").arg(i));
        w.field(QLatin1StringView("n"), i);
        w.field(QLatin1StringView("big"), qint64(9007199254740993LL) + i);
        w.field(QLatin1StringView("ratio"), i / 7.0);
        w.field(QLatin1StringView("on"), i % 2 == 0);
        w.key(QStringLiteral("text \"%1\" ✨").arg(i));
        w.value(QString(i % 50, QChar(0x00e9)) + QStringLiteral("\n🚀"));
        w.key(QLatin1StringView("nothing"));
        w.null();
        w.key(QLatin1StringView("empty"));
        w.beginArray();
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("long"));
    w.value(QString(5000, QLatin1Char('x'))); // longer than any chunk below
    w.endObject();
}

} // namespace

void TestJsonWriter::chunkedSinkDeliversTheWhole_data()
{
    QTest::addColumn<bool>("indented");
    QTest::addColumn<int>("chunkBytes");
    QTest::newRow("compact, 1-byte chunks") << false << 1;
    QTest::newRow("compact, 64-byte chunks") << false << 64;
    QTest::newRow("compact, 4 KiB chunks") << false << 4096;
    QTest::newRow("indented, 7-byte chunks") << true << 7;
    QTest::newRow("indented, 1000-byte chunks") << true << 1000;
    QTest::newRow("compact, one chunk larger than the document") << false << (1 << 22);
}

void TestJsonWriter::chunkedSinkDeliversTheWhole()
{
    QFETCH(bool, indented);
    QFETCH(int, chunkBytes);
    JsonWriter whole(indented);
    writeSample(whole);
    const QByteArray expected = whole.take();

    JsonWriter chunked(indented);
    QList<QByteArray> chunks;
    chunked.setSink(
        [&](const char *data, size_t size) { chunks << QByteArray(data, qsizetype(size)); },
        size_t(chunkBytes));
    writeSample(chunked);
    const qsizetype beforeFinish = chunks.size();
    chunked.finish();

    QCOMPARE(chunks.join(), expected);
    QJsonParseError error;
    QJsonDocument::fromJson(chunks.join(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    if (chunkBytes < expected.size()) {
        // The text went out while it was written, not all at finish().
        QVERIFY2(beforeFinish > 1, qPrintable(QString::number(beforeFinish)));
        // No chunk holds much more than asked: the limit plus the value written last (the
        // 5,000-character string at most, plus its quotes, key and indentation).
        for (const QByteArray &chunk : std::as_const(chunks))
            QVERIFY2(chunk.size() <= chunkBytes + 5100, qPrintable(QString::number(chunk.size())));
    } else {
        QCOMPARE(beforeFinish, 0);
        QCOMPARE(chunks.size(), 1);
    }
}

void TestJsonWriter::integersAreExact_data()
{
    QTest::addColumn<qint64>("number");
    const qint64 twoTo53 = qint64(1) << 53;
    QTest::newRow("2^53 - 1") << twoTo53 - 1;
    QTest::newRow("2^53") << twoTo53;
    QTest::newRow("2^53 + 1 (no double holds it)") << twoTo53 + 1;
    QTest::newRow("-(2^53 + 1)") << -(twoTo53 + 1);
    QTest::newRow("12345678901234567") << qint64(12345678901234567LL);
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min();
}

void TestJsonWriter::integersAreExact()
{
    // Whether it comes as qint64 or inside a QJsonValue (plugin results do: Python ints
    // arrive as qint64), an integer is written digit for digit, as QJsonDocument writes it.
    QFETCH(qint64, number);
    const QByteArray digits = QByteArray::number(number);

    JsonWriter direct;
    direct.value(number);
    QCOMPARE(direct.take(), digits);

    JsonWriter viaJson;
    viaJson.value(QJsonValue(QJsonArray{number, QJsonObject{{"id", number}}}));
    const QByteArray text = viaJson.take();
    QCOMPARE(text, QJsonDocument(QJsonArray{number, QJsonObject{{"id", number}}})
                       .toJson(QJsonDocument::Compact));
    QCOMPARE(text, "[" + digits + ",{\"id\":" + digits + "}]");
    // And it reads back as the same integer.
    QCOMPARE(QJsonDocument::fromJson(text).array().at(0).toInteger(), number);
}

void TestJsonWriter::doublesReadBackBitForBit_data()
{
    QTest::addColumn<double>("number");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("-2.5e-8") << -2.5e-8;
    QTest::newRow("2^53 as a double") << 9007199254740992.0;
    QTest::newRow("2^53 + 2") << 9007199254740994.0;
    QTest::newRow("-2^60") << -1152921504606846976.0;
    QTest::newRow("2^63") << 9223372036854775808.0;
    QTest::newRow("1e20") << 1e20;
    QTest::newRow("largest") << std::numeric_limits<double>::max();
    QTest::newRow("smallest normal") << std::numeric_limits<double>::min();
    QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min();
}

void TestJsonWriter::doublesReadBackBitForBit()
{
    // A double is written as text that a JSON reader turns back into exactly the same double,
    // so nothing drifts when a value goes through the REST API and back.
    QFETCH(double, number);
    JsonWriter w;
    w.beginArray();
    w.value(number);
    w.value(QJsonValue(number));
    w.endArray();
    const QByteArray text = w.take();
    const QJsonArray back = QJsonDocument::fromJson(text).array();
    QCOMPARE(back.size(), 2);
    for (const QJsonValue &value : back) {
        const double read = value.toDouble();
        QVERIFY2(std::memcmp(&read, &number, sizeof number) == 0,
                 qPrintable(QStringLiteral("%1 read back as %2 from %3")
                                .arg(number, 0, 'g', 17)
                                .arg(read, 0, 'g', 17)
                                .arg(QString::fromLatin1(text))));
    }
    // Whole numbers below 2^53 print without fraction or exponent ("5", not "5.0" or "5e+00").
    if (number == std::trunc(number) && std::fabs(number) < 9007199254740992.0)
        QVERIFY2(!text.contains('.') && !text.contains('e'), text.constData());
}

void TestJsonWriter::negativeZeroIsZero()
{
    // JSON readers (Qt's among them) make an integer of "-0"; the writer writes 0 for -0.0, as
    // QJsonDocument does, so the sign of zero is documented as not kept.
    JsonWriter w;
    w.beginArray();
    w.value(-0.0);
    w.value(QJsonValue(-0.0));
    w.endArray();
    const QByteArray text = w.take();
    QCOMPARE(text, QByteArray("[0,0]"));
    QCOMPARE(text, QJsonDocument(QJsonArray{-0.0, -0.0}).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::keysNeedingEscapesReadBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"");
    QTest::newRow("backslash") << QStringLiteral("C:\\plugins\\x");
    QTest::newRow("newline, tab, return") << QStringLiteral("a\nb\tc\rd");
    QTest::newRow("backspace, form feed") << QStringLiteral("\b\f");
    QTest::newRow("other controls")
        << QString(QChar(0x01)) + QChar(0x1f) + QChar(0x00) + QChar(0x7f);
    QTest::newRow("slash") << QStringLiteral("a/b</script>");
    QTest::newRow("latin-1") << QStringLiteral("Grüße");
    QTest::newRow("cjk") << QStringLiteral("设置");
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("🔌 plug");
    QTest::newRow("line and paragraph separators")
        << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b") + QChar(0x2029);
    QTest::newRow("empty") << QString();
}

void TestJsonWriter::keysNeedingEscapesReadBack()
{
    QFETCH(QString, key);
    for (const bool indented : {false, true}) {
        JsonWriter w(indented);
        w.beginObject();
        w.key(key);
        w.value(key);
        w.key(QStringLiteral("plain"));
        w.value(1);
        w.endObject();
        const QByteArray text = w.take();
        // Control characters never appear raw inside the text (JSON forbids them in strings); the
        // indented form has line breaks between values only.
        for (const char c : text)
            QVERIFY2(uchar(c) >= 0x20 || (indented && c == '\n'), text.toHex().constData());
        QJsonParseError error;
        const QJsonObject back = QJsonDocument::fromJson(text, &error).object();
        QVERIFY2(
            error.error == QJsonParseError::NoError,
            qPrintable(error.errorString() + QStringLiteral(" in ") + QString::fromUtf8(text)));
        QCOMPARE(back.keys().size(), 2);
        QVERIFY2(back.contains(key), qPrintable(QString::fromUtf8(text)));
        QCOMPARE(back.value(key).toString(), key);
        QCOMPARE(back.value(QStringLiteral("plain")).toInt(), 1);
    }
}

void TestJsonWriter::latin1KeysNeedingEscapesReadBack()
{
    // Keys given as Latin-1 (the writer's fast path for names it knows) follow the same rules.
    const QByteArray latin1("quote\" back\\ tab\t nl\n ctl\x01\x1f e-acute\xe9 y-umlaut\xff");
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView(latin1));
    w.value(true);
    w.endObject();
    const QByteArray text = w.take();
    QJsonParseError error;
    const QJsonObject back = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.keys(), QStringList{QString::fromLatin1(latin1)});
    QVERIFY(text.contains("\\u0001") && text.contains("\\u001f"));
}

void TestJsonWriter::loneSurrogateBecomesReplacementCharacter()
{
    // Half an emoji cannot be encoded in UTF-8: it becomes U+FFFD and the text stays valid.
    const QString broken = QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b");
    JsonWriter w;
    w.beginObject();
    w.key(broken);
    w.value(broken);
    w.endObject();
    QJsonParseError error;
    const QJsonObject back = QJsonDocument::fromJson(w.take(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QString replaced = QStringLiteral("a") + QChar(0xfffd) + QStringLiteral("b");
    QCOMPARE(back.value(replaced).toString(), replaced);
}

void TestJsonWriter::byteOrderMarkInsideTextIsKept()
{
    // U+FEFF inside a string is a character like any other: written as its UTF-8 bytes, which
    // is valid JSON (Python's json keeps it). Checked on the bytes, because Qt 6.4's reader
    // drops it at the start of some strings.
    const QString text = QString(QChar(0xfeff)) + QStringLiteral("x");
    JsonWriter w;
    w.beginObject();
    w.key(text);
    w.value(text);
    w.endObject();
    QCOMPARE(w.take(), QByteArray("{\"\xEF\xBB\xBFx\":\"\xEF\xBB\xBFx\"}"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
