// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/pluginsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace plugboard;

namespace {

FieldSpec field(const QString &id, FieldType type, const QString &label = {})
{
    FieldSpec spec;
    spec.id = id;
    spec.label = label;
    spec.type = type;
    return spec;
}

FieldSpec withDefault(FieldSpec spec, const QJsonValue &value)
{
    spec.defaultValue = value;
    return spec;
}

FieldSpec passwordField(const QString &id, const QString &label = {})
{
    FieldSpec spec = field(id, FieldType::String, label);
    spec.inputType = QStringLiteral("password");
    return spec;
}

FieldSpec selectField(const QString &id, const QJsonArray &values, const QString &label = {})
{
    FieldSpec spec = field(id, FieldType::Select, label);
    for (const QJsonValue &value : values)
        spec.options.append(SelectOption{value, value.toVariant().toString()});
    return spec;
}

// Distinguishes 5 from "5" and null from absent, and prints readably when a comparison fails.
QString json(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("<absent>");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject one(const QString &id, const QJsonValue &value)
{
    return QJsonObject{{id, value}};
}

const QJsonValue kNull = QJsonValue(QJsonValue::Null);
const QJsonValue kAbsent = QJsonValue(QJsonValue::Undefined);

} // namespace

Q_DECLARE_METATYPE(plugboard::FieldSpec)

class TestPluginSettings : public QObject {
    Q_OBJECT

private:
    // Shared body of the per-type tables: accepted → stored value; refused → one field error.
    void checkCoercion(const FieldSpec &spec);

private Q_SLOTS:
    void booleanCoercion_data();
    void booleanCoercion();
    void numberCoercion_data();
    void numberCoercion();
    void numberBounds_data();
    void numberBounds();
    void selectOptions_data();
    void selectOptions();
    void selectWithoutOptions_data();
    void selectWithoutOptions();
    void stringCoercion_data();
    void stringCoercion();
    void textCoercion_data();
    void textCoercion();
    void errorMessages_data();
    void errorMessages();
    void infoValuesAreIgnored();
    void unknownIdIsNotFound();
    void unknownIdWithInvalidValueIsInvalidInput();
    void allOrNothing();
    void multipleErrorsReportedAtOnce();
    void nullRemovesStoredValue();
    void mergeKeepsUntouchedKeys();
    void duplicateIdsFirstWins();
    void password_data();
    void password();
    void redactedHidesPasswords();
    void secretsSetReportsStoredSecrets();
    void defaultsSkipInfoAndMissing();
    void effectiveOverlaysDefaults();
    void orphansAreKeptAndReported();
    void resetRemovesSchemaKeysOnly();
    void nonAsciiValuesIntact();
    void valueFromText_data();
    void valueFromText();
    void valueFromTextRoundTrip_data();
    void valueFromTextRoundTrip();
};

void TestPluginSettings::checkCoercion(const FieldSpec &spec)
{
    QFETCH(QJsonValue, input);
    QFETCH(bool, accepted);
    QFETCH(QJsonValue, expected);

    const QJsonObject stored{{QStringLiteral("other"), 1}};
    const auto result = PluginSettings::applyChanges({spec}, stored, one(spec.id, input));
    if (accepted) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(json(result.value().value(spec.id)), json(expected));
        QCOMPARE(result.value().value(QStringLiteral("other")), QJsonValue(1));
    } else {
        QVERIFY2(!result.ok(), qPrintable(json(result.ok() ? result.value() : QJsonObject())));
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().fieldErrors.size(), 1);
        QCOMPARE(result.error().fieldErrors.first().field, spec.id);
        QVERIFY(!result.error().fieldErrors.first().message.isEmpty());
    }
}

void TestPluginSettings::booleanCoercion_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("true") << QJsonValue(true) << true << QJsonValue(true);
    QTest::newRow("false") << QJsonValue(false) << true << QJsonValue(false);
    QTest::newRow("\"true\"") << QJsonValue("true") << true << QJsonValue(true);
    QTest::newRow("\"FALSE\"") << QJsonValue("FALSE") << true << QJsonValue(false);
    QTest::newRow("\"True\" padded") << QJsonValue("  True\t") << true << QJsonValue(true);
    QTest::newRow("\"1\"") << QJsonValue("1") << true << QJsonValue(true);
    QTest::newRow("\"0\"") << QJsonValue("0") << true << QJsonValue(false);
    QTest::newRow("1") << QJsonValue(1) << true << QJsonValue(true);
    QTest::newRow("0") << QJsonValue(0) << true << QJsonValue(false);
    QTest::newRow("1.0") << QJsonValue(1.0) << true << QJsonValue(true);

    QTest::newRow("\"maybe\"") << QJsonValue("maybe") << false << kNull;
    QTest::newRow("\"yes\"") << QJsonValue("yes") << false << kNull;
    QTest::newRow("\"\"") << QJsonValue("") << false << kNull;
    QTest::newRow("\"2\"") << QJsonValue("2") << false << kNull;
    QTest::newRow("2") << QJsonValue(2) << false << kNull;
    QTest::newRow("-1") << QJsonValue(-1) << false << kNull;
    QTest::newRow("0.5") << QJsonValue(0.5) << false << kNull;
    QTest::newRow("object") << QJsonValue(QJsonObject{{"a", true}}) << false << kNull;
    QTest::newRow("array") << QJsonValue(QJsonArray{true}) << false << kNull;
}

void TestPluginSettings::booleanCoercion()
{
    checkCoercion(field(QStringLiteral("verbose"), FieldType::Boolean));
}

void TestPluginSettings::numberCoercion_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("integer") << QJsonValue(5) << true << QJsonValue(5);
    QTest::newRow("negative fraction") << QJsonValue(-3.5) << true << QJsonValue(-3.5);
    QTest::newRow("zero") << QJsonValue(0) << true << QJsonValue(0);
    QTest::newRow("huge") << QJsonValue(1e300) << true << QJsonValue(1e300);
    QTest::newRow("\"42\"") << QJsonValue("42") << true << QJsonValue(42);
    QTest::newRow("\" 7 \" trimmed") << QJsonValue(" 7 ") << true << QJsonValue(7);
    QTest::newRow("\"1e3\"") << QJsonValue("1e3") << true << QJsonValue(1000);
    QTest::newRow("\"-0.25\"") << QJsonValue("-0.25") << true << QJsonValue(-0.25);

    QTest::newRow("\"abc\"") << QJsonValue("abc") << false << kNull;
    QTest::newRow("\"\"") << QJsonValue("") << false << kNull;
    QTest::newRow("\"12abc\"") << QJsonValue("12abc") << false << kNull;
    QTest::newRow("\"1,5\"") << QJsonValue("1,5") << false << kNull;
    QTest::newRow("\"nan\"") << QJsonValue("nan") << false << kNull;
    QTest::newRow("\"NaN\"") << QJsonValue("NaN") << false << kNull;
    QTest::newRow("\"inf\"") << QJsonValue("inf") << false << kNull;
    QTest::newRow("\"-inf\"") << QJsonValue("-inf") << false << kNull;
    QTest::newRow("\"Infinity\"") << QJsonValue("Infinity") << false << kNull;
    QTest::newRow("\"1e400\" overflows") << QJsonValue("1e400") << false << kNull;
    QTest::newRow("true") << QJsonValue(true) << false << kNull;
    QTest::newRow("object") << QJsonValue(QJsonObject{{"n", 1}}) << false << kNull;
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << false << kNull;
}

void TestPluginSettings::numberCoercion()
{
    checkCoercion(field(QStringLiteral("count"), FieldType::Number));
}

void TestPluginSettings::numberBounds_data()
{
    // NaN in min/max/step means "not set".
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("error"); // empty: accepted and stored as given

    const double unset = std::nan("");
    const QString tooSmall = QStringLiteral("\"N\" must be at least %1 (got %2).");
    const QString tooBig = QStringLiteral("\"N\" must be at most %1 (got %2).");
    const QString offGrid = QStringLiteral("\"N\" must be a multiple of %1 from %2.");

    QTest::newRow("min inclusive") << 1.0 << 10.0 << unset << QJsonValue(1) << QString();
    QTest::newRow("max inclusive") << 1.0 << 10.0 << unset << QJsonValue(10) << QString();
    QTest::newRow("below min") << 1.0 << 10.0 << unset << QJsonValue(0) << tooSmall.arg("1", "0");
    QTest::newRow("above max") << 1.0 << 10.0 << unset << QJsonValue(11) << tooBig.arg("10", "11");
    QTest::newRow("just above max")
        << 1.0 << 10.0 << unset << QJsonValue(10.001) << tooBig.arg("10", "10.001");
    QTest::newRow("string above max")
        << 1.0 << 10.0 << unset << QJsonValue("12") << tooBig.arg("10", "12");
    QTest::newRow("only min") << 0.0 << unset << unset << QJsonValue(1e9) << QString();
    QTest::newRow("only max") << unset << 0.0 << unset << QJsonValue(-1e9) << QString();
    QTest::newRow("fraction min") << 0.5 << unset << unset << QJsonValue(0.49)
                                  << tooSmall.arg("0.5", "0.49");

    QTest::newRow("step 0.1: 0.3") << unset << unset << 0.1 << QJsonValue(0.3) << QString();
    QTest::newRow("step 0.1: 0.7") << unset << unset << 0.1 << QJsonValue(0.7) << QString();
    QTest::newRow("step 0.1: \"0.3\"") << unset << unset << 0.1 << QJsonValue("0.3") << QString();
    QTest::newRow("step 0.1: 0.1+0.2")
        << unset << unset << 0.1 << QJsonValue(0.1 + 0.2) << QString();
    QTest::newRow("step 0.1: 1000000.1")
        << unset << unset << 0.1 << QJsonValue(1000000.1) << QString();
    QTest::newRow("step 0.1: 0.35")
        << unset << unset << 0.1 << QJsonValue(0.35) << offGrid.arg("0.1", "0");
    QTest::newRow("step 0.1: 0.30001")
        << unset << unset << 0.1 << QJsonValue(0.30001) << offGrid.arg("0.1", "0");
    QTest::newRow("step 5: 0") << unset << unset << 5.0 << QJsonValue(0) << QString();
    QTest::newRow("step 5: -15") << unset << unset << 5.0 << QJsonValue(-15) << QString();
    QTest::newRow("step 5: 7") << unset << unset << 5.0 << QJsonValue(7) << offGrid.arg("5", "0");
    QTest::newRow("step from min: 0.75") << 0.25 << unset << 0.5 << QJsonValue(0.75) << QString();
    QTest::newRow("step from min: min itself")
        << 0.25 << unset << 0.5 << QJsonValue(0.25) << QString();
    QTest::newRow("step from min: 1")
        << 0.25 << unset << 0.5 << QJsonValue(1) << offGrid.arg("0.5", "0.25");
    QTest::newRow("negative range: -5") << -5.0 << -1.0 << 2.0 << QJsonValue(-5) << QString();
    QTest::newRow("negative range: -3") << -5.0 << -1.0 << 2.0 << QJsonValue(-3) << QString();
    QTest::newRow("negative range: -1") << -5.0 << -1.0 << 2.0 << QJsonValue(-1) << QString();
    QTest::newRow("negative range: -4")
        << -5.0 << -1.0 << 2.0 << QJsonValue(-4) << offGrid.arg("2", "-5");
    QTest::newRow("negative range: -7")
        << -5.0 << -1.0 << 2.0 << QJsonValue(-7) << tooSmall.arg("-5", "-7");
    QTest::newRow("negative range: 0")
        << -5.0 << -1.0 << 2.0 << QJsonValue(0) << tooBig.arg("-1", "0");
    QTest::newRow("zero step ignored") << unset << unset << 0.0 << QJsonValue(0.123) << QString();
}

void TestPluginSettings::numberBounds()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    QFETCH(QJsonValue, input);
    QFETCH(QString, error);

    FieldSpec spec = field(QStringLiteral("n"), FieldType::Number, QStringLiteral("N"));
    if (!std::isnan(min))
        spec.min = min;
    if (!std::isnan(max))
        spec.max = max;
    if (!std::isnan(step))
        spec.step = step;

    const auto result = PluginSettings::applyChanges({spec}, {}, one(spec.id, input));
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const QJsonValue storedValue = result.value().value(spec.id);
        QVERIFY(storedValue.isDouble());
        QCOMPARE(storedValue.toDouble(),
                 input.isString() ? input.toString().toDouble() : input.toDouble());
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().fieldErrors.size(), 1);
        QCOMPARE(result.error().fieldErrors.first().message, error);
    }
}

void TestPluginSettings::selectOptions_data()
{
    QTest::addColumn<QJsonArray>("options");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("expected");

    const QJsonArray words{"safe", "fast"};
    const QJsonArray numbers{5, 10, 2.5};
    const QJsonArray numericText{"5", "10"};

    QTest::newRow("string option") << words << QJsonValue("fast") << true << QJsonValue("fast");
    QTest::newRow("case matters") << words << QJsonValue("SAFE") << false << kNull;
    QTest::newRow("no trimming") << words << QJsonValue(" safe") << false << kNull;
    QTest::newRow("not an option") << words << QJsonValue("slow") << false << kNull;
    QTest::newRow("number vs words") << words << QJsonValue(5) << false << kNull;
    QTest::newRow("object") << words << QJsonValue(QJsonObject{{"value", "safe"}}) << false
                            << kNull;
    QTest::newRow("array") << words << QJsonValue(QJsonArray{"safe"}) << false << kNull;

    QTest::newRow("number for numeric option") << numbers << QJsonValue(5) << true << QJsonValue(5);
    QTest::newRow("5.0 for numeric option") << numbers << QJsonValue(5.0) << true << QJsonValue(5);
    QTest::newRow("text for numeric option stores number")
        << numbers << QJsonValue("10") << true << QJsonValue(10);
    QTest::newRow("fraction option") << numbers << QJsonValue("2.5") << true << QJsonValue(2.5);
    QTest::newRow("\"5.0\" is not \"5\"") << numbers << QJsonValue("5.0") << false << kNull;
    QTest::newRow("large numeric option")
        << QJsonArray{1000000} << QJsonValue("1000000") << true << QJsonValue(1000000);
    QTest::newRow("numeric miss") << numbers << QJsonValue(7) << false << kNull;

    QTest::newRow("number for text option stores text")
        << numericText << QJsonValue(5) << true << QJsonValue("5");
    QTest::newRow("text option") << numericText << QJsonValue("10") << true << QJsonValue("10");
    QTest::newRow("bool vs text options") << numericText << QJsonValue(true) << false << kNull;
}

void TestPluginSettings::selectOptions()
{
    QFETCH(QJsonArray, options);
    checkCoercion(selectField(QStringLiteral("mode"), options));
}

void TestPluginSettings::selectWithoutOptions_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("any text") << QJsonValue("whatever") << true << QJsonValue("whatever");
    QTest::newRow("empty text") << QJsonValue("") << true << QJsonValue("");
    QTest::newRow("number stays number") << QJsonValue(7) << true << QJsonValue(7);
    QTest::newRow("bool") << QJsonValue(true) << false << kNull;
    QTest::newRow("object") << QJsonValue(QJsonObject{}) << false << kNull;
    QTest::newRow("array") << QJsonValue(QJsonArray{}) << false << kNull;
}

void TestPluginSettings::selectWithoutOptions()
{
    checkCoercion(selectField(QStringLiteral("channel"), {}));
}

void TestPluginSettings::stringCoercion_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("text") << QJsonValue("hello") << true << QJsonValue("hello");
    QTest::newRow("empty") << QJsonValue("") << true << QJsonValue("");
    QTest::newRow("spaces kept") << QJsonValue("  a b  ") << true << QJsonValue("  a b  ");
    QTest::newRow("\"null\" is text") << QJsonValue("null") << true << QJsonValue("null");
    QTest::newRow("integer") << QJsonValue(5) << true << QJsonValue("5");
    QTest::newRow("fraction") << QJsonValue(1.5) << true << QJsonValue("1.5");
    QTest::newRow("negative") << QJsonValue(-0.1) << true << QJsonValue("-0.1");
    QTest::newRow("million") << QJsonValue(1000000) << true << QJsonValue("1000000");
    QTest::newRow("tiny") << QJsonValue(1e-7) << true << QJsonValue("1e-07");
    QTest::newRow("true") << QJsonValue(true) << true << QJsonValue("true");
    QTest::newRow("false") << QJsonValue(false) << true << QJsonValue("false");
    QTest::newRow("emoji") << QJsonValue(QStringLiteral(u"ok 👍🏽")) << true
                           << QJsonValue(QStringLiteral(u"ok 👍🏽"));
    QTest::newRow("object") << QJsonValue(QJsonObject{{"a", 1}}) << false << kNull;
    QTest::newRow("array") << QJsonValue(QJsonArray{"a"}) << false << kNull;
}

void TestPluginSettings::stringCoercion()
{
    checkCoercion(field(QStringLiteral("name"), FieldType::String));
}

void TestPluginSettings::textCoercion_data()
{
    stringCoercion_data();
    QTest::newRow("multi-line") << QJsonValue("line 1\nline 2\r\n") << true
                                << QJsonValue("line 1\nline 2\r\n");
}

void TestPluginSettings::textCoercion()
{
    checkCoercion(field(QStringLiteral("notes"), FieldType::Text));
}

void TestPluginSettings::errorMessages_data()
{
    QTest::addColumn<FieldSpec>("spec");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("message");

    FieldSpec limit =
        field(QStringLiteral("limit"), FieldType::Number, QStringLiteral("Item limit"));
    limit.max = 10;
    FieldSpec ratio = field(QStringLiteral("ratio"), FieldType::Number, QStringLiteral("Ratio"));
    ratio.step = 0.5;

    QTest::newRow("max") << limit << QJsonValue(12)
                         << QStringLiteral("\"Item limit\" must be at most 10 (got 12).");
    QTest::newRow("select") << selectField(QStringLiteral("mode"), {"safe", "fast"},
                                           QStringLiteral("Mode"))
                            << QJsonValue("slow")
                            << QStringLiteral("\"Mode\" must be one of: safe, fast.");
    QTest::newRow("numeric select")
        << selectField(QStringLiteral("n"), {5, 10}, QStringLiteral("Count")) << QJsonValue(7)
        << QStringLiteral("\"Count\" must be one of: 5, 10.");
    QTest::newRow("boolean") << field(QStringLiteral("verbose"), FieldType::Boolean,
                                      QStringLiteral("Verbose"))
                             << QJsonValue("maybe")
                             << QStringLiteral(
                                    "\"Verbose\" must be true or false (got \"maybe\").");
    QTest::newRow("step") << ratio << QJsonValue(0.3)
                          << QStringLiteral("\"Ratio\" must be a multiple of 0.5 from 0.");
    QTest::newRow("not a number") << field(QStringLiteral("n"), FieldType::Number,
                                           QStringLiteral("Port"))
                                  << QJsonValue("abc")
                                  << QStringLiteral("\"Port\" must be a number (got \"abc\").");
    QTest::newRow("not finite")
        << field(QStringLiteral("n"), FieldType::Number, QStringLiteral("Port"))
        << QJsonValue("inf") << QStringLiteral("\"Port\" must be a finite number (got \"inf\").");
    QTest::newRow("-Infinity") << field(QStringLiteral("n"), FieldType::Number,
                                        QStringLiteral("Port"))
                               << QJsonValue(" -Infinity ")
                               << QStringLiteral(
                                      "\"Port\" must be a finite number (got \" -Infinity \").");
    QTest::newRow("nan") << field(QStringLiteral("n"), FieldType::Number, QStringLiteral("Port"))
                         << QJsonValue("NaN")
                         << QStringLiteral("\"Port\" must be a finite number (got \"NaN\").");
    QTest::newRow("overflow") << field(QStringLiteral("n"), FieldType::Number,
                                       QStringLiteral("Port"))
                              << QJsonValue("1e400")
                              << QStringLiteral(
                                     "\"Port\" must be a finite number (got \"1e400\").");
    QTest::newRow("long value shortened")
        << field(QStringLiteral("n"), FieldType::Number, QStringLiteral("Port"))
        << QJsonValue(QString(70, QLatin1Char('x')))
        << QStringLiteral("\"Port\" must be a number (got \"%1\u2026\").")
               .arg(QString(60, QLatin1Char('x')));
    QTest::newRow("emoji not cut in half")
        << field(QStringLiteral("n"), FieldType::Number, QStringLiteral("Port"))
        << QJsonValue(QString(59, QLatin1Char('x')) + QStringLiteral(u"😀😀"))
        << QStringLiteral("\"Port\" must be a number (got \"%1\u2026\").")
               .arg(QString(59, QLatin1Char('x')));
    QTest::newRow("select without options")
        << selectField(QStringLiteral("m"), {}, QStringLiteral("Mode")) << QJsonValue(true)
        << QStringLiteral("\"Mode\" must be text or a number (got true).");
    QTest::newRow("text from object")
        << field(QStringLiteral("name"), FieldType::String, QStringLiteral("Name"))
        << QJsonValue(QJsonObject{{"a", 1}})
        << QStringLiteral("\"Name\" must be text (got {\"a\":1}).");
    QTest::newRow("label falls back to id")
        << field(QStringLiteral("verbose"), FieldType::Boolean) << QJsonValue(3)
        << QStringLiteral("\"verbose\" must be true or false (got 3).");
}

void TestPluginSettings::errorMessages()
{
    QFETCH(FieldSpec, spec);
    QFETCH(QJsonValue, input);
    QFETCH(QString, message);

    const auto result = PluginSettings::applyChanges({spec}, {}, one(spec.id, input));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().fieldErrors.size(), 1);
    QCOMPARE(result.error().fieldErrors.first().field, spec.id);
    QCOMPARE(result.error().fieldErrors.first().message, message);
    QCOMPARE(result.error().message, QStringLiteral("1 setting was not saved: ") + message);
}

void TestPluginSettings::infoValuesAreIgnored()
{
    FieldSpec heading = field(QStringLiteral("heading"), FieldType::Info);
    heading.value = QStringLiteral("Read this first");
    const QList<FieldSpec> fields{heading, field(QStringLiteral("name"), FieldType::String)};

    for (const QJsonValue &value :
         {QJsonValue("text"), QJsonValue(3), kNull, QJsonValue(QJsonObject{{"x", 1}})}) {
        const auto result = PluginSettings::applyChanges(
            fields, {}, QJsonObject{{"heading", value}, {"name", "n"}});
        QVERIFY2(result.ok(), qPrintable(json(value)));
        QCOMPARE(result.value(), (QJsonObject{{"name", "n"}}));
    }
    QVERIFY(!PluginSettings::effective(fields, {{"heading", "stale"}}).contains("heading"));
}

void TestPluginSettings::unknownIdIsNotFound()
{
    const QList<FieldSpec> fields{field(QStringLiteral("name"), FieldType::String)};
    const auto result =
        PluginSettings::applyChanges(fields, {}, QJsonObject{{"limit", 3}, {"name", "ok"}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QCOMPARE(result.error().fieldErrors.size(), 1);
    QCOMPARE(result.error().fieldErrors.first().field, QStringLiteral("limit"));
    QCOMPARE(result.error().fieldErrors.first().message,
             QStringLiteral("\"limit\" is not a setting of this plugin."));

    // Clearing an unknown id is still an unknown id.
    const auto cleared = PluginSettings::applyChanges(fields, {}, one("gone", kNull));
    QVERIFY(!cleared.ok());
    QCOMPARE(cleared.error().code, ErrorCode::NotFound);
}

void TestPluginSettings::unknownIdWithInvalidValueIsInvalidInput()
{
    const QList<FieldSpec> fields{field(QStringLiteral("on"), FieldType::Boolean)};
    const auto result =
        PluginSettings::applyChanges(fields, {}, QJsonObject{{"limit", 3}, {"on", "maybe"}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(result.error().fieldErrors.size(), 2);
}

void TestPluginSettings::allOrNothing()
{
    FieldSpec limit = field(QStringLiteral("limit"), FieldType::Number);
    limit.max = 10;
    const QList<FieldSpec> fields{limit, field(QStringLiteral("name"), FieldType::String)};
    const QJsonObject stored{{"limit", 5}, {"name", "old"}};

    const auto result =
        PluginSettings::applyChanges(fields, stored, QJsonObject{{"limit", 12}, {"name", "new"}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().fieldErrors.size(), 1);
    QCOMPARE(result.error().fieldErrors.first().field, QStringLiteral("limit"));

    // The good half alone goes through, proving the refusal above was for the bad half only.
    const auto good = PluginSettings::applyChanges(fields, stored, one("name", "new"));
    QVERIFY(good.ok());
    QCOMPARE(good.value(), (QJsonObject{{"limit", 5}, {"name", "new"}}));
}

void TestPluginSettings::multipleErrorsReportedAtOnce()
{
    FieldSpec limit =
        field(QStringLiteral("limit"), FieldType::Number, QStringLiteral("Item limit"));
    limit.max = 10;
    const QList<FieldSpec> fields{
        limit, selectField(QStringLiteral("mode"), {"safe", "fast"}, QStringLiteral("Mode")),
        field(QStringLiteral("verbose"), FieldType::Boolean, QStringLiteral("Verbose")),
        field(QStringLiteral("name"), FieldType::String)};

    const auto result = PluginSettings::applyChanges(
        fields, {},
        QJsonObject{{"verbose", "maybe"}, {"mode", "slow"}, {"limit", 12}, {"name", "fine"}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    const QList<FieldError> errors = result.error().fieldErrors;
    QCOMPARE(errors.size(), 3);
    // Reported in schema order, like the form shows them.
    QCOMPARE(errors.at(0).field, QStringLiteral("limit"));
    QCOMPARE(errors.at(1).field, QStringLiteral("mode"));
    QCOMPARE(errors.at(2).field, QStringLiteral("verbose"));
    QCOMPARE(
        result.error().message,
        QStringLiteral("3 settings were not saved: \"Item limit\" must be at most 10 (got 12). "
                       "\"Mode\" must be one of: safe, fast. "
                       "\"Verbose\" must be true or false (got \"maybe\")."));
}

void TestPluginSettings::nullRemovesStoredValue()
{
    const QList<FieldSpec> fields{withDefault(field(QStringLiteral("limit"), FieldType::Number), 3),
                                  field(QStringLiteral("name"), FieldType::String)};
    const QJsonObject stored{{"limit", 8}, {"name", "x"}};

    const auto result = PluginSettings::applyChanges(fields, stored, one("limit", kNull));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), (QJsonObject{{"name", "x"}}));
    QCOMPARE(PluginSettings::effective(fields, result.value()).value("limit"), QJsonValue(3));

    // Null for a key that is not stored is a no-op, not an error.
    const auto again = PluginSettings::applyChanges(fields, result.value(), one("limit", kNull));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), result.value());
}

void TestPluginSettings::mergeKeepsUntouchedKeys()
{
    const QList<FieldSpec> fields{field(QStringLiteral("a"), FieldType::String),
                                  field(QStringLiteral("b"), FieldType::Boolean)};
    const QJsonObject stored{{"a", "keep"}, {"b", false}};

    const auto empty = PluginSettings::applyChanges(fields, stored, {});
    QVERIFY(empty.ok());
    QCOMPARE(empty.value(), stored);

    const auto result = PluginSettings::applyChanges(fields, stored, one("b", "TRUE"));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), (QJsonObject{{"a", "keep"}, {"b", true}}));
}

void TestPluginSettings::duplicateIdsFirstWins()
{
    const QList<FieldSpec> fields{withDefault(field(QStringLiteral("x"), FieldType::Boolean), true),
                                  withDefault(field(QStringLiteral("x"), FieldType::String), "s")};
    QCOMPARE(PluginSettings::effective(fields, {}).value("x"), QJsonValue(true));
    QVERIFY(!PluginSettings::applyChanges(fields, {}, one("x", "text")).ok());
    QCOMPARE(PluginSettings::applyChanges(fields, {}, one("x", 1)).value().value("x"),
             QJsonValue(true));
}

void TestPluginSettings::password_data()
{
    QTest::addColumn<QJsonObject>("stored");
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QJsonValue>("expected"); // kAbsent: the key is not stored

    const QJsonObject withSecret{{"token", "s3cret"}};
    QTest::newRow("omitted keeps")
        << withSecret << QJsonObject{{"user", "u"}} << QJsonValue("s3cret");
    QTest::newRow("null keeps") << withSecret << one("token", kNull) << QJsonValue("s3cret");
    QTest::newRow("empty keeps") << withSecret << one("token", "") << QJsonValue("s3cret");
    QTest::newRow("non-empty replaces") << withSecret << one("token", "n3w") << QJsonValue("n3w");
    QTest::newRow("spaces replace") << withSecret << one("token", " ") << QJsonValue(" ");
    QTest::newRow("number becomes text") << withSecret << one("token", 1234) << QJsonValue("1234");
    QTest::newRow("first secret") << QJsonObject{} << one("token", "abc") << QJsonValue("abc");
    QTest::newRow("empty without secret") << QJsonObject{} << one("token", "") << kAbsent;
    QTest::newRow("null without secret") << QJsonObject{} << one("token", kNull) << kAbsent;
}

void TestPluginSettings::password()
{
    QFETCH(QJsonObject, stored);
    QFETCH(QJsonObject, changes);
    QFETCH(QJsonValue, expected);

    const QList<FieldSpec> fields{passwordField(QStringLiteral("token")),
                                  field(QStringLiteral("user"), FieldType::String)};
    const auto result = PluginSettings::applyChanges(fields, stored, changes);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(json(result.value().value("token")), json(expected));
}

void TestPluginSettings::redactedHidesPasswords()
{
    const QList<FieldSpec> fields{passwordField(QStringLiteral("token")),
                                  passwordField(QStringLiteral("unset")),
                                  field(QStringLiteral("user"), FieldType::String)};
    const QJsonObject stored{{"token", "s3cret"}, {"user", "me"}};
    const QJsonObject shown =
        PluginSettings::redacted(fields, PluginSettings::effective(fields, stored));
    QCOMPARE(shown, (QJsonObject{{"token", kNull}, {"user", "me"}}));
    QVERIFY(!json(shown).contains(QStringLiteral("s3cret")));
}

void TestPluginSettings::secretsSetReportsStoredSecrets()
{
    const QList<FieldSpec> fields{passwordField(QStringLiteral("a")),
                                  passwordField(QStringLiteral("b")),
                                  passwordField(QStringLiteral("c")),
                                  withDefault(passwordField(QStringLiteral("d")), "from-manifest"),
                                  field(QStringLiteral("user"), FieldType::String)};
    const QJsonObject stored{{"a", "x"}, {"b", ""}, {"user", "me"}};
    QCOMPARE(PluginSettings::secretsSet(fields, stored),
             (QJsonObject{{"a", true}, {"b", false}, {"c", false}, {"d", false}}));
}

void TestPluginSettings::defaultsSkipInfoAndMissing()
{
    FieldSpec info = field(QStringLiteral("info"), FieldType::Info);
    info.value = QStringLiteral("note");
    const QList<FieldSpec> fields{
        withDefault(field(QStringLiteral("a"), FieldType::Number), 1),
        field(QStringLiteral("b"), FieldType::String), info,
        withDefault(field(QStringLiteral("c"), FieldType::String), kNull),
        withDefault(field(QStringLiteral("d"), FieldType::Boolean), false)};
    QCOMPARE(PluginSettings::defaults(fields), (QJsonObject{{"a", 1}, {"d", false}}));
}

void TestPluginSettings::effectiveOverlaysDefaults()
{
    const QList<FieldSpec> fields{
        withDefault(field(QStringLiteral("limit"), FieldType::Number), 3),
        withDefault(field(QStringLiteral("mode"), FieldType::String), "safe"),
        withDefault(field(QStringLiteral("on"), FieldType::Boolean), true),
        field(QStringLiteral("noDefault"), FieldType::String),
        field(QStringLiteral("storedOnly"), FieldType::String),
        field(QStringLiteral("heading"), FieldType::Info)};
    const QJsonObject stored{{"limit", 8},         {"mode", kNull},     {"on", false},
                             {"noDefault", kNull}, {"storedOnly", "v"}, {"orphan", 1}};
    QCOMPARE(PluginSettings::effective(fields, stored),
             (QJsonObject{{"limit", 8}, {"mode", "safe"}, {"on", false}, {"storedOnly", "v"}}));
    QCOMPARE(PluginSettings::effective(fields, {}),
             (QJsonObject{{"limit", 3}, {"mode", "safe"}, {"on", true}}));
}

void TestPluginSettings::orphansAreKeptAndReported()
{
    const QList<FieldSpec> fields{field(QStringLiteral("name"), FieldType::String),
                                  field(QStringLiteral("heading"), FieldType::Info)};
    const QJsonObject stored{{"name", "a"}, {"zold", 1}, {"legacy", true}};

    QCOMPARE(PluginSettings::orphanedKeys(fields, stored),
             (QStringList{QStringLiteral("legacy"), QStringLiteral("zold")}));
    QVERIFY(PluginSettings::orphanedKeys(fields, {{"name", "a"}}).isEmpty());

    const auto result = PluginSettings::applyChanges(fields, stored, one("name", "b"));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), (QJsonObject{{"name", "b"}, {"zold", 1}, {"legacy", true}}));
    QCOMPARE(PluginSettings::orphanedKeys(fields, result.value()).size(), 2);
}

void TestPluginSettings::resetRemovesSchemaKeysOnly()
{
    const QList<FieldSpec> fields{withDefault(field(QStringLiteral("limit"), FieldType::Number), 3),
                                  passwordField(QStringLiteral("token")),
                                  field(QStringLiteral("heading"), FieldType::Info)};
    const QJsonObject stored{{"limit", 8}, {"token", "s3cret"}, {"heading", "stale"}, {"old", "x"}};
    const QJsonObject after = PluginSettings::reset(fields, stored);
    QCOMPARE(after, (QJsonObject{{"old", "x"}}));
    QCOMPARE(PluginSettings::effective(fields, after), (QJsonObject{{"limit", 3}}));
    QCOMPARE(PluginSettings::orphanedKeys(fields, after), QStringList{QStringLiteral("old")});
}

void TestPluginSettings::nonAsciiValuesIntact()
{
    const QString cjk = QStringLiteral(u"頻道名稱");
    const QString emoji = QStringLiteral(u"📺 Live ✨ 🇯🇵");
    const QList<FieldSpec> fields{field(QStringLiteral("name"), FieldType::String),
                                  field(QStringLiteral("notes"), FieldType::Text),
                                  selectField(QStringLiteral("region"),
                                              {cjk, QStringLiteral(u"Ελλάδα")},
                                              QStringLiteral(u"地域")),
                                  passwordField(QStringLiteral("token"))};

    const auto result = PluginSettings::applyChanges(
        fields, {},
        QJsonObject{
            {"name", emoji}, {"notes", cjk + "\n" + emoji}, {"region", cjk}, {"token", emoji}});
    QVERIFY(result.ok());
    QCOMPARE(result.value().value("name").toString(), emoji);
    QCOMPARE(result.value().value("notes").toString(), cjk + "\n" + emoji);
    QCOMPARE(result.value().value("region").toString(), cjk);
    QCOMPARE(result.value().value("token").toString(), emoji);

    const auto refused = PluginSettings::applyChanges(fields, {}, one("region", emoji));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().fieldErrors.first().message,
             QStringLiteral(u"\"地域\" must be one of: 頻道名稱, Ελλάδα."));
}

void TestPluginSettings::valueFromText_data()
{
    QTest::addColumn<FieldSpec>("spec");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");

    const FieldSpec str = field(QStringLiteral("s"), FieldType::String);
    const FieldSpec txt = field(QStringLiteral("t"), FieldType::Text);
    const FieldSpec num = field(QStringLiteral("n"), FieldType::Number);
    const FieldSpec boo = field(QStringLiteral("b"), FieldType::Boolean);
    const FieldSpec sel = selectField(QStringLiteral("m"), {5, "007"});

    QTest::newRow("string: text") << str << "hello" << QJsonValue("hello");
    QTest::newRow("string: number stays text") << str << "42" << QJsonValue("42");
    QTest::newRow("string: true stays text") << str << "true" << QJsonValue("true");
    QTest::newRow("string: null stays text") << str << "null" << QJsonValue("null");
    QTest::newRow("string: empty") << str << "" << QJsonValue("");
    QTest::newRow("text: null stays text") << txt << "null" << QJsonValue("null");
    QTest::newRow("text: CJK") << txt << QStringLiteral(u"中文")
                               << QJsonValue(QStringLiteral(u"中文"));

    QTest::newRow("number: integer") << num << "42" << QJsonValue(42);
    QTest::newRow("number: fraction") << num << "-0.5" << QJsonValue(-0.5);
    QTest::newRow("number: exponent") << num << "1e3" << QJsonValue(1000);
    QTest::newRow("number: null") << num << "null" << kNull;
    QTest::newRow("number: words stay text") << num << "abc" << QJsonValue("abc");
    QTest::newRow("number: inf stays text") << num << "inf" << QJsonValue("inf");
    QTest::newRow("number: empty stays text") << num << "" << QJsonValue("");
    QTest::newRow("number: true") << num << "true" << QJsonValue(true);

    QTest::newRow("boolean: true") << boo << "true" << QJsonValue(true);
    QTest::newRow("boolean: false") << boo << "false" << QJsonValue(false);
    QTest::newRow("boolean: 1") << boo << "1" << QJsonValue(1);
    QTest::newRow("boolean: null") << boo << "null" << kNull;
    QTest::newRow("boolean: TRUE stays text") << boo << "TRUE" << QJsonValue("TRUE");
    QTest::newRow("boolean: maybe") << boo << "maybe" << QJsonValue("maybe");

    QTest::newRow("select: null") << sel << "null" << kNull;
    QTest::newRow("select: digits stay text") << sel << "007" << QJsonValue("007");
    QTest::newRow("select: number text") << sel << "5" << QJsonValue("5");
}

void TestPluginSettings::valueFromText()
{
    QFETCH(FieldSpec, spec);
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QCOMPARE(json(PluginSettings::valueFromText(spec, text)), json(expected));
}

void TestPluginSettings::valueFromTextRoundTrip_data()
{
    QTest::addColumn<FieldSpec>("spec");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("stored"); // kAbsent: removed; null: refused

    FieldSpec ratio = field(QStringLiteral("r"), FieldType::Number);
    ratio.step = 0.1;
    const FieldSpec sel = selectField(QStringLiteral("m"), {5, "007"});

    QTest::newRow("number on grid") << ratio << "0.3" << QJsonValue(0.3);
    QTest::newRow("number cleared") << ratio << "null" << kAbsent;
    QTest::newRow("number refused") << ratio << "abc" << kNull;
    QTest::newRow("boolean 0") << field(QStringLiteral("b"), FieldType::Boolean) << "0"
                               << QJsonValue(false);
    QTest::newRow("boolean TRUE") << field(QStringLiteral("b"), FieldType::Boolean) << "TRUE"
                                  << QJsonValue(true);
    QTest::newRow("select numeric option") << sel << "5" << QJsonValue(5);
    QTest::newRow("select leading zeros") << sel << "007" << QJsonValue("007");
    QTest::newRow("select refused") << sel << "7" << kNull;
    QTest::newRow("string digits")
        << field(QStringLiteral("s"), FieldType::String) << "0042" << QJsonValue("0042");
}

void TestPluginSettings::valueFromTextRoundTrip()
{
    QFETCH(FieldSpec, spec);
    QFETCH(QString, text);
    QFETCH(QJsonValue, stored);

    const QJsonObject before{{spec.id, "previous"}};
    const auto result = PluginSettings::applyChanges(
        {spec}, before, one(spec.id, PluginSettings::valueFromText(spec, text)));
    if (stored.isNull()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().fieldErrors.size(), 1);
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(json(result.value().value(spec.id)), json(stored));
    }
}

QTEST_GUILESS_MAIN(TestPluginSettings)
#include "tst_pluginsettings.moc"
