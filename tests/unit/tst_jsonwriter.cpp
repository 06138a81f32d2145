#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
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

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
