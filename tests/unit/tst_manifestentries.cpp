// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugin.json fields and actions: per-entry normalisation and its diagnostics, toJson shapes,
// code-defined lists.
#include "manifesttesthelpers.h"

using namespace plugboard;
using namespace manifesttest;

class TestManifestEntries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsMustBeLists_data();
    void listsMustBeLists();
    void entryMustBeObject();
    void fieldIdRequired_data();
    void fieldIdRequired();
    void numericIdsBecomeText_data();
    void numericIdsBecomeText();
    void fieldTypeRequired_data();
    void fieldTypeRequired();
    void labelFallsBackToId_data();
    void labelFallsBackToId();
    void nullMeansAbsent();
    void textKeysMustBeText();
    void selectOptionsNormalised();
    void selectWithoutOptionsKept();
    void selectDefault();
    void optionsOnlyForSelect();
    void numberDefault_data();
    void numberDefault();
    void numberMinMaxStep();
    void booleanDefault_data();
    void booleanDefault();
    void textDefault_data();
    void textDefault();
    void infoField();
    void duplicateIdsFirstWins();
    void unknownKeysKeptRaw();
    void actionIdAndLabelRequired_data();
    void actionIdAndLabelRequired();
    void actionDefaults();
    void buttonVariant_data();
    void buttonVariant();
    void buttonColor_data();
    void buttonColor();
    void confirmForms_data();
    void confirmForms();
    void events_data();
    void events();
    void fieldToJsonShape();
    void fieldToJsonRoundTrip();
    void actionToJsonShape();
    void normaliseCodeDefinedLists();
    void diagnosticsAreCapped();
    void rawEntriesByDeclaredIndex();
    void codeDefinedOddNumbers();
};

void TestManifestEntries::listsMustBeLists_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("found");
    QTest::newRow("fields object")
        << "fields" << QByteArray("{\"id\": \"a\", \"type\": \"string\"}") << "an object";
    QTest::newRow("fields text") << "fields" << QByteArray("\"a\"") << "text";
    QTest::newRow("fields number") << "fields" << QByteArray("3") << "a number";
    QTest::newRow("actions object") << "actions" << QByteArray("{}") << "an object";
    QTest::newRow("actions boolean") << "actions" << QByteArray("false") << "a boolean";
}

void TestManifestEntries::listsMustBeLists()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QString, found);
    const PluginManifest m =
        ManifestReader::parse("{\"name\": \"n\", \"" + key.toUtf8() + "\": " + value + "}");
    QVERIFY(m.present);
    QCOMPARE(m.name, QStringLiteral("n"));
    QVERIFY(m.fields.isEmpty());
    QVERIFY(m.actions.isEmpty());
    QCOMPARE(lines(m.diagnostics),
             QStringList{QStringLiteral("W plugin.json | \"%1\" must be a list of objects, not "
                                        "%2; it was ignored.")
                             .arg(key, found)});
}

void TestManifestEntries::entryMustBeObject()
{
    const PluginManifest m =
        withFields(R"([1, "x", null, [], true, {"id": "ok", "type": "string"}])");
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].id, QStringLiteral("ok"));
    QCOMPARE(lines(m.diagnostics),
             (QStringList{
                 "W plugin.json fields[0] | The entry fields[0] was skipped: it must be an "
                 "object, not a number.",
                 "W plugin.json fields[1] | The entry fields[1] was skipped: it must be an "
                 "object, not text.",
                 "W plugin.json fields[2] | The entry fields[2] was skipped: it must be an "
                 "object, not null.",
                 "W plugin.json fields[3] | The entry fields[3] was skipped: it must be an "
                 "object, not a list.",
                 "W plugin.json fields[4] | The entry fields[4] was skipped: it must be an "
                 "object, not a boolean.",
             }));

    const PluginManifest a = withActions(R"(["go", {"id": "go", "label": "Go"}])");
    QCOMPARE(a.actions.size(), 1);
    QCOMPARE(lines(a.diagnostics),
             QStringList{"W plugin.json actions[0] | The entry actions[0] was skipped: it must be "
                         "an object, not text."});
}

void TestManifestEntries::fieldIdRequired_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("absent") << QByteArray(R"({"type": "string"})") << "it has no \"id\".";
    QTest::newRow("null") << QByteArray(R"({"id": null, "type": "string"})") << "it has no \"id\".";
    QTest::newRow("empty") << QByteArray(R"({"id": "", "type": "string"})")
                           << "its \"id\" is empty.";
    QTest::newRow("boolean") << QByteArray(R"({"id": true, "type": "string"})")
                             << "its \"id\" must be text or a number, not a boolean.";
    QTest::newRow("object") << QByteArray(R"({"id": {}, "type": "string"})")
                            << "its \"id\" must be text or a number, not an object.";
}

void TestManifestEntries::fieldIdRequired()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reason);
    const PluginManifest m = withFields("[" + entry + R"(, {"id": "b", "type": "text"}])");
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].id, QStringLiteral("b"));
    QCOMPARE(lines(m.diagnostics),
             QStringList{"W plugin.json fields[0] | The entry fields[0] was skipped: " + reason});

    // The same rule holds for actions.
    const PluginManifest a =
        withActions("[" + entry.replace("\"type\": \"string\"", "\"label\": \"L\"") + "]");
    QCOMPARE(a.actions.size(), 0);
    QCOMPARE(lines(a.diagnostics),
             QStringList{"W plugin.json actions[0] | The entry actions[0] was skipped: " + reason});
}

void TestManifestEntries::numericIdsBecomeText_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << QByteArray("5") << "5";
    QTest::newRow("fraction") << QByteArray("1.5") << "1.5";
    QTest::newRow("negative") << QByteArray("-3") << "-3";
    QTest::newRow("zero") << QByteArray("0") << "0";
    QTest::newRow("integral exponent") << QByteArray("1e3") << "1000";
    QTest::newRow("integral fraction") << QByteArray("2.0") << "2";
    QTest::newRow("huge") << QByteArray("1e300") << "1e+300";
    QTest::newRow("big integer") << QByteArray("9007199254740993") << "9007199254740993";
    // Qt's parser kept every integral value within 64 bits as an integer, the rest as doubles;
    // simdjson reads some of these differently (or refuses them), the ids must not change.
    QTest::newRow("integral beyond 2^53") << QByteArray("1e16") << "10000000000000000";
    QTest::newRow("beyond int64") << QByteArray("9223372036854775808") << "9223372036854776000";
    QTest::newRow("beyond uint64")
        << QByteArray("123456789012345678901234") << "1.2345678901234569e+23";
    QTest::newRow("below int64") << QByteArray("-9223372036854775809") << "-9223372036854775808";
    QTest::newRow("tiny") << QByteArray("1e-310") << "1e-310";
    QTest::newRow("negative zero fraction") << QByteArray("-0.0") << "0";
}

void TestManifestEntries::numericIdsBecomeText()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, text);
    const PluginManifest m = ManifestReader::parse(R"({"fields": [{"id": )" + id +
                                                   R"(, "type": "number"}], "actions": [{"id": )" +
                                                   id + R"(, "label": "Go"}]})");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].id, text);
    QCOMPARE(m.fields[0].label, text);
    QCOMPARE(m.actions.size(), 1);
    QCOMPARE(m.actions[0].id, text);
}

void TestManifestEntries::fieldTypeRequired_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("reason");
    const QString types = QStringLiteral("boolean, number, string, text, select, info");
    QTest::newRow("absent") << QByteArray() << "it has no \"type\" (one of " + types + ").";
    QTest::newRow("null") << QByteArray(", \"type\": null")
                          << "it has no \"type\" (one of " + types + ").";
    QTest::newRow("number") << QByteArray(", \"type\": 3")
                            << "its \"type\" must be one of " + types + ", not a number.";
    QTest::newRow("unknown") << QByteArray(", \"type\": \"float\"")
                             << "type \"float\" is not one of " + types + ".";
    QTest::newRow("wrong case") << QByteArray(", \"type\": \"Number\"")
                                << "type \"Number\" is not one of " + types + ".";
}

void TestManifestEntries::fieldTypeRequired()
{
    QFETCH(QByteArray, type);
    QFETCH(QString, reason);
    const PluginManifest m =
        withFields(R"([{"id": "limit")" + type + R"(}, {"id": "ok", "type": "info"}])");
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].id, QStringLiteral("ok"));
    QCOMPARE(lines(m.diagnostics),
             QStringList{"W plugin.json fields[0] | Field \"limit\" was skipped: " + reason});
}

void TestManifestEntries::labelFallsBackToId_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("diagnostics");
    QTest::newRow("given") << QByteArray(R"("label": "Limit",)") << "Limit" << QStringList();
    QTest::newRow("absent") << QByteArray() << "limit" << QStringList();
    QTest::newRow("null") << QByteArray(R"("label": null,)") << "limit" << QStringList();
    QTest::newRow("empty") << QByteArray(R"("label": "",)") << "limit" << QStringList();
    QTest::newRow("number") << QByteArray(R"("label": 7,)") << "limit"
                            << QStringList{"W plugin.json fields[0] | Field \"limit\": \"label\" "
                                           "must be text, not a number; the id is shown instead."};
}

void TestManifestEntries::labelFallsBackToId()
{
    QFETCH(QByteArray, label);
    QFETCH(QString, expected);
    QFETCH(QStringList, diagnostics);
    const PluginManifest m = withFields("[{" + label + R"("id": "limit", "type": "string"}])");
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].label, expected);
    QCOMPARE(lines(m.diagnostics), diagnostics);
}

void TestManifestEntries::nullMeansAbsent()
{
    const PluginManifest m = withFields(R"([
        {"id": "n", "type": "number", "label": null, "default": null, "help_text": null,
         "description": null, "value": null, "placeholder": null, "input_type": null,
         "min": null, "max": null, "step": null},
        {"id": "s", "type": "select", "options": null, "default": null}])");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QCOMPARE(m.fields.size(), 2);
    const FieldSpec &n = m.fields[0];
    QCOMPARE(n.label, QStringLiteral("n"));
    QVERIFY(!n.hasDefault());
    QVERIFY(n.helpText.isEmpty() && n.description.isEmpty() && n.value.isEmpty());
    QVERIFY(n.placeholder.isEmpty() && n.inputType.isEmpty());
    QVERIFY(!n.min && !n.max && !n.step);
    QVERIFY(m.fields[1].options.isEmpty());
    QVERIFY(!m.fields[1].hasDefault());

    const PluginManifest a = withActions(R"([{"id": "go", "label": "Go", "description": null,
        "button_label": null, "button_variant": null, "button_color": null, "confirm": null,
        "events": null}])");
    QCOMPARE(lines(a.diagnostics), QStringList());
    QCOMPARE(a.actions.size(), 1);
    QCOMPARE(a.actions[0].buttonLabel, QStringLiteral("Run"));
    QCOMPARE(a.actions[0].buttonVariant, QStringLiteral("filled"));
    QCOMPARE(a.actions[0].buttonColor, QString());
    QVERIFY(!a.actions[0].confirm);
    QVERIFY(a.actions[0].events.isEmpty());
}

void TestManifestEntries::textKeysMustBeText()
{
    const PluginManifest m = withFields(R"([{"id": "k", "type": "string", "help_text": 5,
        "description": true, "value": [], "placeholder": {}, "input_type": 1,
        "label": "Key"}])");
    QCOMPARE(m.fields.size(), 1);
    const FieldSpec &f = m.fields[0];
    QCOMPARE(f.label, QStringLiteral("Key"));
    QVERIFY(f.helpText.isEmpty() && f.description.isEmpty() && f.value.isEmpty());
    QVERIFY(f.placeholder.isEmpty() && f.inputType.isEmpty());
    const QString prefix = QStringLiteral("W plugin.json fields[0] | Field \"k\": ");
    QCOMPARE(lines(m.diagnostics),
             (QStringList{
                 prefix + "\"help_text\" must be text, not a number; it was ignored.",
                 prefix + "\"description\" must be text, not a boolean; it was ignored.",
                 prefix + "\"value\" must be text, not a list; it was ignored.",
                 prefix + "\"placeholder\" must be text, not an object; it was ignored.",
                 prefix + "\"input_type\" must be text, not a number; it was ignored.",
             }));

    const PluginManifest a =
        withActions(R"([{"id": "go", "label": "Go", "description": 1, "button_label": false}])");
    QCOMPARE(a.actions.size(), 1);
    QCOMPARE(a.actions[0].description, QString());
    QCOMPARE(a.actions[0].buttonLabel, QStringLiteral("Run"));
    QCOMPARE(lines(a.diagnostics),
             (QStringList{"W plugin.json actions[0] | Action \"go\": \"description\" must be "
                          "text, not a number; it was ignored.",
                          "W plugin.json actions[0] | Action \"go\": \"button_label\" must be "
                          "text, not a boolean; it was ignored."}));
}

void TestManifestEntries::selectOptionsNormalised()
{
    const PluginManifest m = withFields(R"([{"id": "mode", "type": "select", "options": [
        "safe",
        3,
        2.5,
        {"value": "fast", "label": "Fast"},
        {"value": 10},
        {"value": "x", "label": null},
        {"value": "y", "label": 4},
        {"value": "z", "label": ""},
        {"label": "No value"},
        {"value": true, "label": "Bool"},
        {"value": null},
        false,
        null,
        ["a"],
        "3",
        {"value": "safe", "label": "Again"}
    ]}])");
    QCOMPARE(m.fields.size(), 1);
    const QList<SelectOption> expected{
        {QJsonValue(QStringLiteral("safe")), QStringLiteral("safe")},
        {QJsonValue(3), QStringLiteral("3")},
        {QJsonValue(2.5), QStringLiteral("2.5")},
        {QJsonValue(QStringLiteral("fast")), QStringLiteral("Fast")},
        {QJsonValue(10), QStringLiteral("10")},
        {QJsonValue(QStringLiteral("x")), QStringLiteral("x")},
        {QJsonValue(QStringLiteral("y")), QStringLiteral("y")},
        {QJsonValue(QStringLiteral("z")), QStringLiteral("z")},
    };
    QCOMPARE(m.fields[0].options.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(m.fields[0].options[i].value, expected[i].value);
        QCOMPARE(m.fields[0].options[i].label, expected[i].label);
    }
    const QString p = QStringLiteral("W plugin.json fields[0] | Field \"mode\": ");
    QCOMPARE(lines(m.diagnostics),
             (QStringList{
                 p + "the label of options[6] must be text, not a number; the value is shown "
                     "instead.",
                 p + "options[8] was skipped: it has no \"value\".",
                 p + "options[9] was skipped: its \"value\" must be text or a number, not a "
                     "boolean.",
                 p + "options[10] was skipped: it has no \"value\".",
                 p + "options[11] was skipped: an option must be text, a number or an object "
                     "with a \"value\", not a boolean.",
                 p + "options[12] was skipped: an option must be text, a number or an object "
                     "with a \"value\", not null.",
                 p + "options[13] was skipped: an option must be text, a number or an object "
                     "with a \"value\", not a list.",
                 p + "options[14] was skipped: an earlier option already has the value \"3\".",
                 p + "options[15] was skipped: an earlier option already has the value \"safe\".",
             }));

    const PluginManifest notList =
        withFields(R"([{"id": "mode", "type": "select", "options": {"a": "A"}}])");
    QCOMPARE(notList.fields.size(), 1);
    QVERIFY(notList.fields[0].options.isEmpty());
    QCOMPARE(lines(notList.diagnostics),
             QStringList{p + "\"options\" must be a list, not an object; it was ignored."});
}

void TestManifestEntries::selectWithoutOptionsKept()
{
    const PluginManifest m = withFields(R"([{"id": "a", "type": "select"},
        {"id": "b", "type": "select", "options": [], "default": "filled-by-code"}])");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QCOMPARE(m.fields.size(), 2);
    QVERIFY(m.fields[0].options.isEmpty());
    QVERIFY(m.fields[1].options.isEmpty());
    QCOMPARE(m.fields[1].defaultValue, QJsonValue(QStringLiteral("filled-by-code")));
}

void TestManifestEntries::selectDefault()
{
    const PluginManifest m = withFields(R"([
        {"id": "a", "type": "select", "options": [1, 2], "default": "1"},
        {"id": "b", "type": "select", "options": ["1", "2"], "default": 2},
        {"id": "c", "type": "select", "options": ["x"], "default": "turbo"},
        {"id": "d", "type": "select", "options": ["x"], "default": true},
        {"id": "e", "type": "select", "options": [{"value": "v", "label": "x"}], "default": "x"}])");
    QCOMPARE(m.fields.size(), 5);
    QCOMPARE(m.fields[0].defaultValue, QJsonValue(QStringLiteral("1")));
    QCOMPARE(m.fields[1].defaultValue, QJsonValue(2));
    QCOMPARE(m.fields[2].defaultValue, QJsonValue(QStringLiteral("turbo"))); // kept
    QVERIFY(!m.fields[3].hasDefault());
    QCOMPARE(m.fields[4].defaultValue, QJsonValue(QStringLiteral("x"))); // a label is no value
    QCOMPARE(lines(m.diagnostics),
             (QStringList{"W plugin.json fields[2] | Field \"c\": the default \"turbo\" is not "
                          "one of the options; it was kept.",
                          "W plugin.json fields[3] | Field \"d\": the default must be one of the "
                          "option values, not a boolean; the field has no default.",
                          "W plugin.json fields[4] | Field \"e\": the default \"x\" is not one of "
                          "the options; it was kept."}));
}

void TestManifestEntries::optionsOnlyForSelect()
{
    // options and min/max/step belong to select and number; on other types they stay raw.
    const PluginManifest m = withFields(R"([
        {"id": "s", "type": "string", "options": ["a"], "min": "x", "max": 1}])");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QVERIFY(m.fields[0].options.isEmpty());
    QVERIFY(!m.fields[0].min && !m.fields[0].max);
    QCOMPARE(m.rawField(m.fields[0].declaredIndex).value(QLatin1String("options")).toArray().size(),
             1);
}

void TestManifestEntries::numberDefault_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("warning");
    QTest::newRow("integer") << QByteArray("5") << true << QString();
    QTest::newRow("fraction") << QByteArray("2.5") << true << QString();
    QTest::newRow("negative zero") << QByteArray("-0") << true << QString();
    QTest::newRow("empty text")
        << QByteArray("\"\"") << false
        << "the default must be a number, not \"\"; the field has no default.";
    QTest::newRow("numeric text")
        << QByteArray("\"5\"") << false
        << "the default must be a number, not \"5\"; the field has no default.";
    QTest::newRow("boolean") << QByteArray("true") << false
                             << "the default must be a number, not true; the field has no default.";
    QTest::newRow("list") << QByteArray("[5]") << false
                          << "the default must be a number, not a list; the field has no default.";
}

void TestManifestEntries::numberDefault()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, kept);
    QFETCH(QString, warning);
    const PluginManifest m =
        withFields(R"([{"id": "limit", "type": "number", "default": )" + value + "}]");
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].hasDefault(), kept);
    if (kept)
        QCOMPARE(m.fields[0].defaultValue.toDouble(),
                 QJsonDocument::fromJson("[" + value + "]").array().at(0).toDouble());
    QCOMPARE(lines(m.diagnostics),
             warning.isEmpty()
                 ? QStringList()
                 : QStringList{"W plugin.json fields[0] | Field \"limit\": " + warning});
}

void TestManifestEntries::numberMinMaxStep()
{
    const PluginManifest m = withFields(R"([
        {"id": "ok", "type": "number", "min": 0, "max": 10, "step": 0.5, "default": 3},
        {"id": "text", "type": "number", "min": "0", "max": true, "step": "1"},
        {"id": "zero", "type": "number", "step": 0},
        {"id": "neg", "type": "number", "step": -1},
        {"id": "swap", "type": "number", "min": 10, "max": 1, "default": 5},
        {"id": "equal", "type": "number", "min": 2, "max": 2},
        {"id": "out", "type": "number", "min": 1, "max": 3, "default": 9}])");
    QCOMPARE(m.fields.size(), 7);
    const FieldSpec &ok = m.fields[0];
    QVERIFY(ok.min && ok.max && ok.step);
    QCOMPARE(*ok.min, 0.0);
    QCOMPARE(*ok.max, 10.0);
    QCOMPARE(*ok.step, 0.5);
    QVERIFY(!m.fields[1].min && !m.fields[1].max && !m.fields[1].step);
    QVERIFY(!m.fields[2].step);
    QVERIFY(!m.fields[3].step);
    QVERIFY(!m.fields[4].min && !m.fields[4].max);
    QCOMPARE(m.fields[4].defaultValue.toDouble(), 5.0);
    QVERIFY(m.fields[5].min && m.fields[5].max);
    QCOMPARE(*m.fields[5].min, 2.0);
    QCOMPARE(m.fields[6].defaultValue.toDouble(), 9.0);
    QCOMPARE(lines(m.diagnostics),
             (QStringList{
                 "W plugin.json fields[1] | Field \"text\": \"min\" must be a number, not \"0\"; "
                 "it was ignored.",
                 "W plugin.json fields[1] | Field \"text\": \"max\" must be a number, not true; "
                 "it was ignored.",
                 "W plugin.json fields[1] | Field \"text\": \"step\" must be a number, not "
                 "\"1\"; it was ignored.",
                 "W plugin.json fields[2] | Field \"zero\": \"step\" must be greater than 0, not "
                 "0; it was ignored.",
                 "W plugin.json fields[3] | Field \"neg\": \"step\" must be greater than 0, not "
                 "-1; it was ignored.",
                 "W plugin.json fields[4] | Field \"swap\": \"min\" (10) is greater than \"max\" "
                 "(1); both were ignored.",
                 "W plugin.json fields[6] | Field \"out\": the default 9 is outside min/max; it "
                 "was kept.",
             }));
}

void TestManifestEntries::booleanDefault_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<QString>("shown");
    QTest::newRow("true") << QByteArray("true") << true << QString();
    QTest::newRow("false") << QByteArray("false") << true << QString();
    QTest::newRow("text") << QByteArray("\"true\"") << false << "\"true\"";
    QTest::newRow("number") << QByteArray("1") << false << "1";
}

void TestManifestEntries::booleanDefault()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, kept);
    QFETCH(QString, shown);
    const PluginManifest m =
        withFields(R"([{"id": "on", "type": "boolean", "default": )" + value + "}]");
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].hasDefault(), kept);
    if (kept)
        QCOMPARE(m.fields[0].defaultValue, QJsonValue(value == "true"));
    QCOMPARE(
        lines(m.diagnostics),
        kept ? QStringList()
             : QStringList{"W plugin.json fields[0] | Field \"on\": the default must be true or "
                           "false, not " +
                           shown + "; the field has no default."});
}

void TestManifestEntries::textDefault_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("string text") << "string" << QByteArray("\"x\"") << QJsonValue("x");
    QTest::newRow("string empty") << "string" << QByteArray("\"\"") << QJsonValue("");
    QTest::newRow("string integer") << "string" << QByteArray("5") << QJsonValue("5");
    QTest::newRow("text fraction") << "text" << QByteArray("1.5") << QJsonValue("1.5");
    QTest::newRow("text boolean") << "text" << QByteArray("false") << QJsonValue("false");
    QTest::newRow("string list") << "string" << QByteArray("[]") << QJsonValue();
    QTest::newRow("text object") << "text" << QByteArray("{}") << QJsonValue();
}

void TestManifestEntries::textDefault()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, value);
    QFETCH(QJsonValue, expected);
    const PluginManifest m = withFields(R"([{"id": "t", "type": ")" + type.toUtf8() +
                                        R"(", "default": )" + value + "}]");
    QCOMPARE(m.fields.size(), 1);
    if (expected.isNull()) {
        QVERIFY(!m.fields[0].hasDefault());
        QCOMPARE(lines(m.diagnostics),
                 QStringList{"W plugin.json fields[0] | Field \"t\": the default must be text, "
                             "not " +
                             QString(value == "[]" ? "a list" : "an object") +
                             "; the field has no default."});
    } else {
        QCOMPARE(m.fields[0].defaultValue, expected);
        QCOMPARE(lines(m.diagnostics), QStringList());
    }
}

void TestManifestEntries::infoField()
{
    const PluginManifest m = withFields(R"([{"id": "about", "type": "info", "label": "About",
        "value": "Read me", "description": "More", "default": "ignored"}])");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].type, FieldType::Info);
    QCOMPARE(m.fields[0].value, QStringLiteral("Read me"));
    QCOMPARE(m.fields[0].description, QStringLiteral("More"));
    QVERIFY(!m.fields[0].hasDefault()); // info stores nothing, so it has no default
}

void TestManifestEntries::duplicateIdsFirstWins()
{
    const PluginManifest m = ManifestReader::parse(R"({
        "fields": [{"id": "a", "type": "string", "label": "First"},
                   {"id": "a", "type": "number", "label": "Second"},
                   {"id": 5, "type": "string"},
                   {"id": "5", "type": "string"},
                   {"id": "b", "type": "boolean"}],
        "actions": [{"id": "go", "label": "Go"}, {"id": "go", "label": "Go again"},
                    {"id": "stop", "label": "Stop"}]})");
    QCOMPARE(m.fields.size(), 3);
    QCOMPARE(m.fields[0].label, QStringLiteral("First"));
    QCOMPARE(m.fields[0].type, FieldType::String);
    QCOMPARE(m.fields[1].id, QStringLiteral("5"));
    QCOMPARE(m.fields[2].id, QStringLiteral("b"));
    QCOMPARE(m.actions.size(), 2);
    QCOMPARE(m.actions[0].label, QStringLiteral("Go"));
    QCOMPARE(m.actions[1].id, QStringLiteral("stop"));
    QCOMPARE(lines(m.diagnostics),
             (QStringList{"W plugin.json fields[1] | Field \"a\" was skipped: an earlier field "
                          "already uses this id.",
                          "W plugin.json fields[3] | Field \"5\" was skipped: an earlier field "
                          "already uses this id.",
                          "W plugin.json actions[1] | Action \"go\" was skipped: an earlier "
                          "action already uses this id."}));
}

void TestManifestEntries::unknownKeysKeptRaw()
{
    const PluginManifest m = ManifestReader::parse(R"({"name": "n", "x_custom": {"deep": [1]},
        "fields": [{"id": "a", "type": "string", "x_hint": 7}],
        "actions": [{"id": "go", "label": "Go", "x_icon": "bolt"}]})");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QCOMPARE(m.rawObject().value(QLatin1String("x_custom")).toObject(), object(R"({"deep": [1]})"));
    QCOMPARE(m.rawField(m.fields[0].declaredIndex),
             object(R"({"id": "a", "type": "string", "x_hint": 7})"));
    QCOMPARE(m.rawAction(m.actions[0].declaredIndex).value(QLatin1String("x_icon")).toString(),
             QStringLiteral("bolt"));
    QVERIFY(!m.fields[0].toJson().contains(QLatin1String("x_hint")));
    QVERIFY(!m.actions[0].toJson().contains(QLatin1String("x_icon")));
}

void TestManifestEntries::actionIdAndLabelRequired_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no label") << QByteArray(R"({"id": "go"})")
                              << "Action \"go\" was skipped: it has no \"label\".";
    QTest::newRow("null label") << QByteArray(R"({"id": "go", "label": null})")
                                << "Action \"go\" was skipped: it has no \"label\".";
    QTest::newRow("number label") << QByteArray(R"({"id": "go", "label": 5})")
                                  << "Action \"go\" was skipped: its \"label\" must be text, not "
                                     "a number.";
    QTest::newRow("empty label") << QByteArray(R"({"id": "go", "label": ""})")
                                 << "Action \"go\" was skipped: its \"label\" is empty.";
    QTest::newRow("blank label") << QByteArray(R"({"id": "go", "label": "  "})")
                                 << "Action \"go\" was skipped: its \"label\" is empty.";
    QTest::newRow("no id") << QByteArray(R"({"label": "Go"})")
                           << "The entry actions[0] was skipped: it has no \"id\".";
}

void TestManifestEntries::actionIdAndLabelRequired()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reason);
    const PluginManifest m = withActions("[" + entry + R"(, {"id": "ok", "label": "OK"}])");
    QCOMPARE(m.actions.size(), 1);
    QCOMPARE(m.actions[0].id, QStringLiteral("ok"));
    QCOMPARE(lines(m.diagnostics), QStringList{"W plugin.json actions[0] | " + reason});
}

void TestManifestEntries::actionDefaults()
{
    Diagnostics d;
    const QList<ActionSpec> list =
        actions(R"([{"id": "go", "label": "Go", "button_label": ""}])", d);
    QCOMPARE(lines(d), QStringList());
    QCOMPARE(list.size(), 1);
    ActionSpec expected;
    expected.id = QStringLiteral("go");
    expected.label = QStringLiteral("Go");
    expected.declaredIndex = 0;
    QCOMPARE(list[0].buttonLabel, QStringLiteral("Run")); // an empty button text is not useful
    QCOMPARE(list[0].buttonVariant, QStringLiteral("filled"));
    QVERIFY(list[0] == expected);
}

void TestManifestEntries::buttonVariant_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("shown"); // empty = no warning
    for (const char *v : {"filled", "outline", "subtle", "light", "default"})
        QTest::newRow(v) << '"' + QByteArray(v) + '"' << QString::fromLatin1(v) << QString();
    QTest::newRow("unknown") << QByteArray("\"primary\"") << "filled"
                             << "\"primary\"";
    QTest::newRow("wrong case") << QByteArray("\"Outline\"") << "filled"
                                << "\"Outline\"";
    QTest::newRow("number") << QByteArray("2") << "filled"
                            << "2";
}

void TestManifestEntries::buttonVariant()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QFETCH(QString, shown);
    const PluginManifest m =
        withActions(R"([{"id": "go", "label": "Go", "button_variant": )" + value + "}]");
    QCOMPARE(m.actions.size(), 1);
    QCOMPARE(m.actions[0].buttonVariant, expected);
    QCOMPARE(lines(m.diagnostics),
             shown.isEmpty() ? QStringList()
                             : QStringList{"W plugin.json actions[0] | Action \"go\": "
                                           "\"button_variant\" " +
                                           shown +
                                           " is not one of filled, outline, subtle, light, "
                                           "default; \"filled\" is used."});
}

void TestManifestEntries::buttonColor_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("shown"); // empty = no warning
    for (const char *c : {"blue", "cyan", "teal", "green", "lime", "yellow", "orange", "red",
                          "pink", "grape", "violet", "indigo", "gray", "dark"})
        QTest::newRow(c) << '"' + QByteArray(c) + '"' << QString::fromLatin1(c) << QString();
    QTest::newRow("empty") << QByteArray("\"\"") << QString() << QString();
    QTest::newRow("unknown") << QByteArray("\"purple\"") << QString() << "\"purple\"";
    QTest::newRow("css colour") << QByteArray("\"#ff0000\"") << QString() << "\"#ff0000\"";
    QTest::newRow("object") << QByteArray("{}") << QString() << "an object";
}

void TestManifestEntries::buttonColor()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QFETCH(QString, shown);
    const PluginManifest m =
        withActions(R"([{"id": "go", "label": "Go", "button_color": )" + value + "}]");
    QCOMPARE(m.actions.size(), 1);
    QCOMPARE(m.actions[0].buttonColor, expected);
    QCOMPARE(lines(m.diagnostics),
             shown.isEmpty()
                 ? QStringList()
                 : QStringList{"W plugin.json actions[0] | Action \"go\": \"button_color\" " +
                               shown +
                               " is not a Mantine colour name (blue, cyan, teal, green, lime, "
                               "yellow, orange, red, pink, grape, violet, indigo, gray, dark); "
                               "the default colour is used."});
}

void TestManifestEntries::confirmForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("warning");
    QTest::newRow("true") << QByteArray("true") << true << true << QString() << QString()
                          << QString();
    QTest::newRow("false") << QByteArray("false") << true << false << QString() << QString()
                           << QString();
    QTest::newRow("empty object") << QByteArray("{}") << true << true << QString() << QString()
                                  << QString();
    QTest::newRow("full object")
        << QByteArray(R"({"required": true, "title": "Proceed?", "message": "This will modify."})")
        << true << true << "Proceed?"
        << "This will modify." << QString();
    QTest::newRow("not required") << QByteArray(R"({"required": false, "title": "T"})") << true
                                  << false << "T" << QString() << QString();
    QTest::newRow("required null") << QByteArray(R"({"required": null})") << true << true
                                   << QString() << QString() << QString();
    QTest::newRow("required text")
        << QByteArray(R"({"required": "no"})") << true << true << QString() << QString()
        << "\"confirm.required\" must be true or false, not text; confirmation stays required.";
    QTest::newRow("title number")
        << QByteArray(R"({"title": 1, "message": "M"})") << true << true << QString() << "M"
        << "\"confirm.title\" must be text, not a number; it was ignored.";
    QTest::newRow("text") << QByteArray("\"yes\"") << false << false << QString() << QString()
                          << "\"confirm\" must be true, false or an object, not text; it was "
                             "ignored.";
    QTest::newRow("number") << QByteArray("1") << false << false << QString() << QString()
                            << "\"confirm\" must be true, false or an object, not a number; it "
                               "was ignored.";
    QTest::newRow("null") << QByteArray("null") << false << false << QString() << QString()
                          << QString();
}

void TestManifestEntries::confirmForms()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, present);
    QFETCH(bool, required);
    QFETCH(QString, title);
    QFETCH(QString, message);
    QFETCH(QString, warning);
    const PluginManifest m =
        withActions(R"([{"id": "go", "label": "Go", "confirm": )" + value + "}]");
    QCOMPARE(m.actions.size(), 1);
    const std::optional<ConfirmSpec> &c = m.actions[0].confirm;
    QCOMPARE(c.has_value(), present);
    if (present) {
        QCOMPARE(c->required, required);
        QCOMPARE(c->title, title);
        QCOMPARE(c->message, message);
    }
    QCOMPARE(lines(m.diagnostics),
             warning.isEmpty()
                 ? QStringList()
                 : QStringList{"W plugin.json actions[0] | Action \"go\": " + warning});
}

void TestManifestEntries::events_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("list") << QByteArray(R"(["channel_added", "epg_refreshed"])")
                          << QStringList{"channel_added", "epg_refreshed"} << QStringList();
    QTest::newRow("single text") << QByteArray(R"("channel_added")") << QStringList{"channel_added"}
                                 << QStringList();
    QTest::newRow("mixed list")
        << QByteArray(R"(["a", 5, null, "", "b"])") << QStringList{"a", "b"}
        << QStringList{"events[1] was dropped: an event name must be non-empty text, not 5.",
                       "events[2] was dropped: an event name must be non-empty text, not null.",
                       "events[3] was dropped: an event name must be non-empty text, not \"\"."};
    QTest::newRow("number") << QByteArray("5") << QStringList()
                            << QStringList{"\"events\" must be a list of event names, not a "
                                           "number; it was ignored."};
    QTest::newRow("empty text") << QByteArray(R"("")") << QStringList()
                                << QStringList{"\"events\" is empty text; it was ignored."};
    QTest::newRow("null") << QByteArray("null") << QStringList() << QStringList();
}

void TestManifestEntries::events()
{
    QFETCH(QByteArray, value);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, warnings);
    const PluginManifest m =
        withActions(R"([{"id": "go", "label": "Go", "events": )" + value + "}]");
    QCOMPARE(m.actions.size(), 1);
    QCOMPARE(m.actions[0].events, expected);
    QStringList expectedLines;
    for (const QString &w : warnings)
        expectedLines.append("W plugin.json actions[0] | Action \"go\": " + w);
    QCOMPARE(lines(m.diagnostics), expectedLines);
}

void TestManifestEntries::fieldToJsonShape()
{
    Diagnostics d;
    const QList<FieldSpec> list = fields(R"([
        {"id": "limit", "label": "Limit", "type": "number", "default": 5, "help_text": "H",
         "description": "D", "placeholder": "P", "min": 1, "max": 10, "step": 1, "x": 1},
        {"id": "pw", "type": "string", "input_type": "password"},
        {"id": "mode", "type": "select", "default": 2, "options": ["a", 2]},
        {"id": "note", "type": "info", "value": "V"}])",
                                         d);
    QCOMPARE(lines(d), QStringList());
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].toJson(),
             object(R"({"id": "limit", "label": "Limit", "type": "number", "default": 5,
                        "help_text": "H", "description": "D", "placeholder": "P",
                        "min": 1, "max": 10, "step": 1})"));
    QCOMPARE(list[1].toJson(), object(R"({"id": "pw", "label": "pw", "type": "string",
                                          "input_type": "password"})"));
    QVERIFY(list[1].isPassword());
    QCOMPARE(list[2].toJson(), object(R"({"id": "mode", "label": "mode", "type": "select",
        "default": 2, "options": [{"value": "a", "label": "a"}, {"value": 2, "label": "2"}]})"));
    QCOMPARE(list[3].toJson(),
             object(R"({"id": "note", "label": "note", "type": "info", "value": "V"})"));
}

void TestManifestEntries::fieldToJsonRoundTrip()
{
    // The normalised shape is itself a valid declaration that normalises to the same thing.
    Diagnostics d;
    const QList<FieldSpec> first = fields(R"([
        {"id": 7, "type": "number", "default": 1.5, "min": -1, "step": 0.25},
        {"id": "m", "label": "Mode", "type": "select", "options": ["x", {"value": 1, "label": "One"}],
         "default": "x", "help_text": "pick"},
        {"id": "b", "type": "boolean", "default": false},
        {"id": "t", "type": "text", "placeholder": "…", "default": 3}])",
                                          d);
    QCOMPARE(lines(d), QStringList());
    QJsonArray shapes;
    for (const FieldSpec &f : first)
        shapes.append(f.toJson());
    const QList<FieldSpec> second =
        ManifestReader::normaliseFields(shapes, QStringLiteral("plugin.json"), d);
    QCOMPARE(lines(d), QStringList());
    QCOMPARE(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(second[i].toJson(), first[i].toJson());
        QVERIFY(second[i] == first[i]);
    }

    Diagnostics ad;
    const QList<ActionSpec> acts = actions(R"([{"id": "go", "label": "Go", "confirm": true,
        "events": "e", "button_color": "red", "button_variant": "light"}])",
                                           ad);
    const QList<ActionSpec> again = ManifestReader::normaliseActions(
        QJsonArray{acts[0].toJson()}, QStringLiteral("plugin.json"), ad);
    QCOMPARE(lines(ad), QStringList());
    QCOMPARE(again[0].toJson(), acts[0].toJson());
}

void TestManifestEntries::actionToJsonShape()
{
    Diagnostics d;
    const QList<ActionSpec> list = actions(R"([
        {"id": "danger", "label": "Risky", "description": "Many records",
         "button_label": "Do it", "button_variant": "outline", "button_color": "red",
         "confirm": {"required": true, "title": "Proceed?", "message": "Sure?"},
         "events": ["a"], "x": 1},
        {"id": "plain", "label": "Plain"}])",
                                           d);
    QCOMPARE(lines(d), QStringList());
    QCOMPARE(list[0].toJson(), object(R"({"id": "danger", "label": "Risky",
        "description": "Many records", "button_label": "Do it", "button_variant": "outline",
        "button_color": "red", "confirm": {"required": true, "title": "Proceed?",
        "message": "Sure?"}, "events": ["a"]})"));
    QCOMPARE(list[1].toJson(), object(R"({"id": "plain", "label": "Plain", "description": "",
        "button_label": "Run", "button_variant": "filled", "button_color": "", "events": []})"));
}

void TestManifestEntries::normaliseCodeDefinedLists()
{
    // Fields and actions declared as Python class attributes arrive as JSON values.
    Diagnostics d;
    const QJsonArray codeFields{
        QJsonObject{{"id", "enabled"}, {"type", "boolean"}, {"default", true}},
        QJsonObject{{"id", "bad"}, {"type", "float"}},
        QJsonObject{{"id", "n"}, {"type", "number"}, {"default", std::nan("")}},
    };
    const QList<FieldSpec> list =
        ManifestReader::normaliseFields(codeFields, QStringLiteral("Plugin.fields"), d);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, QStringLiteral("enabled"));
    QCOMPARE(list[0].defaultValue, QJsonValue(true));
    QVERIFY(!list[1].hasDefault());
    QCOMPARE(lines(d),
             (QStringList{"W Plugin.fields fields[1] | Field \"bad\" was skipped: type \"float\" "
                          "is not one of boolean, number, string, text, select, info.",
                          "W Plugin.fields fields[2] | Field \"n\": the default must be a number, "
                          "not nan; the field has no default."}));

    Diagnostics ad;
    const QList<ActionSpec> acts = ManifestReader::normaliseActions(
        QJsonArray{QJsonObject{{"id", "go"}}, QJsonObject{{"id", "ok"}, {"label", "OK"}}},
        QStringLiteral("Plugin.actions"), ad);
    QCOMPARE(acts.size(), 1);
    QCOMPARE(lines(ad), QStringList{"W Plugin.actions actions[0] | Action \"go\" was skipped: it "
                                    "has no \"label\"."});

    // Absent and null lists mean "none declared", without a word.
    Diagnostics none;
    QVERIFY(ManifestReader::normaliseFields(QJsonValue(), QStringLiteral("x"), none).isEmpty());
    QVERIFY(ManifestReader::normaliseActions(QJsonValue(QJsonValue::Undefined), QStringLiteral("x"),
                                             none)
                .isEmpty());
    QVERIFY(none.isEmpty());
}

void TestManifestEntries::diagnosticsAreCapped()
{
    QJsonArray many;
    for (int i = 0; i < 250; ++i)
        many.append(i);
    many.append(QJsonObject{{"id", "kept"}, {"type", "string"}});
    Diagnostics d;
    const QList<FieldSpec> list =
        ManifestReader::normaliseFields(many, QStringLiteral("plugin.json"), d);
    QCOMPARE(list.size(), 1);
    QCOMPARE(d.size(), 101);
    QCOMPARE(d[99].source, QStringLiteral("plugin.json fields[99]"));
    QCOMPARE(line(d[100]), QStringLiteral("W plugin.json fields | 150 more problems in this list "
                                          "are not shown."));
}

void TestManifestEntries::rawEntriesByDeclaredIndex()
{
    const PluginManifest m = ManifestReader::parse(R"({
        "fields": [1, {"id": "a", "type": "string", "x": [1]}, {"id": "a", "type": "text"},
                   {"id": "b", "type": "info", "x": 2}],
        "actions": [{"id": "go"}, {"id": "go", "label": "Go", "x": 3}]})");
    QCOMPARE(m.fields.size(), 2);
    QCOMPARE(m.fields[0].declaredIndex, 1);
    QCOMPARE(m.fields[1].declaredIndex, 3);
    QCOMPARE(m.rawField(m.fields[1].declaredIndex).value(QLatin1String("x")).toInt(), 2);
    QCOMPARE(m.actions.size(), 1);
    QCOMPARE(m.rawAction(m.actions[0].declaredIndex).value(QLatin1String("x")).toInt(), 3);
    QVERIFY(m.rawField(-1).isEmpty());
    QVERIFY(m.rawField(4).isEmpty());
    QVERIFY(m.rawAction(7).isEmpty());
    QVERIFY(m.rawField(0).isEmpty()); // declared, but not an object

    // The same index for code-defined lists: the position in the list handed over.
    Diagnostics d;
    const QList<FieldSpec> list = fields(R"([null, {"id": "c", "type": "text"}])", d);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].declaredIndex, 1);
}

void TestManifestEntries::codeDefinedOddNumbers()
{
    // Python floats reach the normaliser as QJsonValue doubles, including what JSON cannot hold.
    const double infinity = std::numeric_limits<double>::infinity();
    Diagnostics d;
    const QList<FieldSpec> list = ManifestReader::normaliseFields(
        QJsonArray{QJsonObject{{"id", "a"}, {"type", "number"}, {"default", infinity}},
                   QJsonObject{{"id", "b"}, {"type", "number"}, {"min", -infinity}},
                   QJsonObject{{"id", 1e20}, {"type", "number"}, {"default", 1e20}},
                   QJsonObject{{"id", "s"},
                               {"type", "select"},
                               {"options", QJsonArray{1e20, 2.5}},
                               {"default", 2.5}}},
        QStringLiteral("Plugin.fields"), d);
    QCOMPARE(lines(d),
             (QStringList{"W Plugin.fields fields[0] | Field \"a\": the default must be a number, "
                          "not inf; the field has no default.",
                          "W Plugin.fields fields[1] | Field \"b\": \"min\" must be a number, not "
                          "-inf; it was ignored."}));
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[2].id, QStringLiteral("1e+20"));
    QCOMPARE(list[2].defaultValue, QJsonValue(1e20));
    QCOMPARE(list[3].options.size(), 2);
    QCOMPARE(list[3].options[0].label, QStringLiteral("1e+20"));

    // A text that looks like the reader's internal spelling of such numbers stays text.
    const QList<FieldSpec> texts = ManifestReader::normaliseFields(
        QJsonArray{QJsonObject{{"id", QStringLiteral("\u0001plugboard:number:nan")},
                               {"type", "string"},
                               {"default", infinity}}},
        QStringLiteral("Plugin.fields"), d);
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts[0].id, QStringLiteral("\u0001plugboard:number:nan"));
}

QTEST_GUILESS_MAIN(TestManifestEntries)
#include "tst_manifestentries.moc"
