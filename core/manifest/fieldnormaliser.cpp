// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One settings field entry from plugin.json (or from code) into a FieldSpec, SPEC §4.

#include "manifest/normaliser.h"

#include <QCoreApplication>

#include <algorithm>

namespace plugboard::manifestjson {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
};

QString typeList()
{
    return QStringLiteral("boolean, number, string, text, select, info");
}

std::optional<FieldType> fieldTypeOf(std::string_view name)
{
    // Exact spelling only, as fieldTypeFromString(): Dispatcharr's UI switches on these.
    if (name == "boolean")
        return FieldType::Boolean;
    if (name == "number")
        return FieldType::Number;
    if (name == "string")
        return FieldType::String;
    if (name == "text")
        return FieldType::Text;
    if (name == "select")
        return FieldType::Select;
    if (name == "info")
        return FieldType::Info;
    return std::nullopt;
}

// The keys a field may declare, found in one pass over the entry. A key given twice keeps its
// last value, as Qt's parser did. The rules below read them in a fixed order, so diagnostics
// come out in that order whatever order the author wrote the keys in.
struct FieldKeys {
    JsonView id, type, label, helpText, description, value, placeholder, inputType, options, min,
        max, step, defaultValue;

    explicit FieldKeys(const JsonView &object)
    {
        object.forEachMember([this](std::string_view key, const JsonView &v) {
            switch (key.size()) {
            case 2:
                if (key == "id")
                    id = v;
                break;
            case 3:
                if (key == "min")
                    min = v;
                else if (key == "max")
                    max = v;
                break;
            case 4:
                if (key == "type")
                    type = v;
                else if (key == "step")
                    step = v;
                break;
            case 5:
                if (key == "label")
                    label = v;
                else if (key == "value")
                    value = v;
                break;
            case 7:
                if (key == "options")
                    options = v;
                else if (key == "default")
                    defaultValue = v;
                break;
            case 9:
                if (key == "help_text")
                    helpText = v;
                break;
            case 10:
                if (key == "input_type")
                    inputType = v;
                break;
            case 11:
                if (key == "description")
                    description = v;
                else if (key == "placeholder")
                    placeholder = v;
                break;
            default:
                break;
            }
        });
    }
};

// One option of a select: its value and the value's text, which is what settings compare
// (5 and "5" are the same choice).
QString optionPosition(qsizetype index)
{
    return QStringLiteral("options[%1]").arg(index);
}

std::optional<SelectOption> readOption(const JsonView &item, qsizetype index, Entry &entry,
                                       QString &valueText)
{
    SelectOption option;
    if (item.isString()) {
        valueText = item.toQString();
        option.value = item.toJsonString();
        option.label = valueText;
        return option;
    }
    if (item.isFiniteNumber()) {
        const JsonNumber number = item.number();
        option.value = number.toJsonValue();
        valueText = number.text();
        option.label = valueText;
        return option;
    }
    if (!item.isObject()) {
        entry.warn(Text::tr(": %1 was skipped: an option must be text, a number or an "
                            "object with a \"value\", not %2.")
                       .arg(optionPosition(index), typeName(item)));
        return std::nullopt;
    }
    JsonView optionValue;
    JsonView label;
    item.forEachMember([&](std::string_view key, const JsonView &v) {
        if (key == "value")
            optionValue = v;
        else if (key == "label")
            label = v;
    });
    if (optionValue.isString()) {
        valueText = optionValue.toQString();
        option.value = optionValue.toJsonString();
    } else if (optionValue.isFiniteNumber()) {
        const JsonNumber number = optionValue.number();
        valueText = number.text();
        option.value = number.toJsonValue();
    } else {
        entry.warn(
            optionValue.isAbsent()
                ? Text::tr(": %1 was skipped: it has no \"value\".").arg(optionPosition(index))
                : Text::tr(": %1 was skipped: its \"value\" must be text or a "
                           "number, not %2.")
                      .arg(optionPosition(index), typeName(optionValue)));
        return std::nullopt;
    }
    if (label.isString() && !label.string().empty()) {
        option.label = label.toQString();
    } else {
        if (!label.isAbsent() && !label.isString())
            entry.warn(Text::tr(": the label of %1 must be text, not %2; the value is "
                                "shown instead.")
                           .arg(optionPosition(index), typeName(label)));
        option.label = valueText;
    }
    return option;
}

// `seen` receives the value text of every option kept, for the default check.
QList<SelectOption> readOptions(const JsonView &value, Entry &entry, SeenTexts &seen)
{
    QList<SelectOption> options;
    if (value.isAbsent())
        return options;
    if (!value.isArray()) {
        entry.warn(
            Text::tr(": \"options\" must be a list, not %1; it was ignored.").arg(typeName(value)));
        return options;
    }
    options.reserve(value.itemCount());
    value.forEachItem([&](qsizetype i, const JsonView &item) {
        QString valueText;
        std::optional<SelectOption> option = readOption(item, i, entry, valueText);
        if (!option)
            return;
        if (seen.contains(valueText)) {
            entry.warn(Text::tr(": %1 was skipped: an earlier option already has the value %2.")
                           .arg(optionPosition(i), quoted(shortText(valueText))));
            return;
        }
        seen.insert(valueText);
        options.append(std::move(*option));
    });
    return options;
}

std::optional<double> readNumberKey(const JsonView &value, QLatin1StringView key, Entry &entry)
{
    if (value.isFiniteNumber())
        return value.number().toDouble();
    if (!value.isAbsent())
        entry.warn(Text::tr(": \"%1\" must be a number, not %2; it was ignored.")
                       .arg(key, describeValue(value)));
    return std::nullopt;
}

void readNumberRules(const FieldKeys &keys, FieldSpec &field, Entry &entry)
{
    field.min = readNumberKey(keys.min, QLatin1StringView("min"), entry);
    field.max = readNumberKey(keys.max, QLatin1StringView("max"), entry);
    field.step = readNumberKey(keys.step, QLatin1StringView("step"), entry);
    if (field.step && !(*field.step > 0)) {
        entry.warn(Text::tr(": \"step\" must be greater than 0, not %1; it was ignored.")
                       .arg(doubleText(*field.step)));
        field.step.reset();
    }
    if (field.min && field.max && *field.min > *field.max) {
        entry.warn(Text::tr(": \"min\" (%1) is greater than \"max\" (%2); both were ignored.")
                       .arg(doubleText(*field.min), doubleText(*field.max)));
        field.min.reset();
        field.max.reset();
    }
}

void readDefault(const JsonView &value, FieldSpec &field, const SeenTexts &optionTexts,
                 Entry &entry)
{
    if (value.isAbsent())
        return;
    const auto noDefault = [] {
        return Text::tr("; the field has no default.");
    };
    switch (field.type) {
    case FieldType::Boolean:
        if (value.isBool())
            field.defaultValue = QJsonValue(value.toBool());
        else
            entry.warn(
                Text::tr(": the default must be true or false, not %1").arg(describeValue(value)) +
                noDefault());
        break;
    case FieldType::Number: {
        if (!value.isFiniteNumber()) {
            entry.warn(
                Text::tr(": the default must be a number, not %1").arg(describeValue(value)) +
                noDefault());
            break;
        }
        const JsonNumber number = value.number();
        field.defaultValue = number.toJsonValue();
        // Kept: the author's intent is clear, and the form clamps it; but say so.
        if ((field.min && number.toDouble() < *field.min) ||
            (field.max && number.toDouble() > *field.max)) {
            entry.warn(
                Text::tr(": the default %1 is outside min/max; it was kept.").arg(number.text()));
        }
        break;
    }
    case FieldType::String:
    case FieldType::Text:
        // Numbers and booleans become their text, as saving settings coerces them (SPEC §6).
        if (value.isString())
            field.defaultValue = value.toJsonString();
        else if (value.isFiniteNumber())
            field.defaultValue = QJsonValue(value.number().text());
        else if (value.isBool())
            field.defaultValue = QJsonValue(describeValue(value));
        else
            entry.warn(Text::tr(": the default must be text, not %1").arg(typeName(value)) +
                       noDefault());
        break;
    case FieldType::Select: {
        QString text;
        if (value.isString()) {
            text = value.toQString();
            field.defaultValue = value.toJsonString();
        } else if (value.isFiniteNumber()) {
            const JsonNumber number = value.number();
            text = number.text();
            field.defaultValue = number.toJsonValue();
        } else {
            entry.warn(Text::tr(": the default must be one of the option values, not %1")
                           .arg(typeName(value)) +
                       noDefault());
            break;
        }
        // An empty option list may be filled by the plugin's code later, so only check a real one.
        if (!field.options.isEmpty() && !optionTexts.contains(text))
            entry.warn(Text::tr(": the default %1 is not one of the options; it was kept.")
                           .arg(quoted(shortText(text))));
        break;
    }
    case FieldType::Info:
        // An info field shows text and stores nothing; a default has no meaning and stays raw.
        break;
    }
}

} // namespace

std::optional<FieldSpec> readField(const JsonView &item, Entry &entry)
{
    if (!requireObject(item, entry))
        return std::nullopt;
    const FieldKeys keys(item);
    std::optional<QString> id = readEntryId(keys.id, entry);
    if (!id)
        return std::nullopt;
    FieldSpec field;
    field.declaredIndex = entry.index();
    field.id = std::move(*id);

    if (keys.type.isAbsent()) {
        entry.warn(Text::tr(" was skipped: it has no \"type\" (one of %1).").arg(typeList()));
        return std::nullopt;
    }
    if (!keys.type.isString()) {
        entry.warn(Text::tr(" was skipped: its \"type\" must be one of %1, not %2.")
                       .arg(typeList(), typeName(keys.type)));
        return std::nullopt;
    }
    const std::optional<FieldType> fieldType = fieldTypeOf(keys.type.string());
    if (!fieldType) {
        entry.warn(Text::tr(" was skipped: type %1 is not one of %2.")
                       .arg(quoted(shortText(keys.type.toQString())), typeList()));
        return std::nullopt;
    }
    field.type = *fieldType;

    if (!keys.label.isAbsent() && !keys.label.isString())
        entry.warn(Text::tr(": \"label\" must be text, not %1; the id is shown instead.")
                       .arg(typeName(keys.label)));
    field.label =
        keys.label.isString() && !keys.label.string().empty() ? keys.label.toQString() : field.id;

    field.helpText = readText(keys.helpText, QLatin1StringView("help_text"), entry);
    field.description = readText(keys.description, QLatin1StringView("description"), entry);
    field.value = readText(keys.value, QLatin1StringView("value"), entry);
    field.placeholder = readText(keys.placeholder, QLatin1StringView("placeholder"), entry);
    field.inputType = readText(keys.inputType, QLatin1StringView("input_type"), entry);

    // options and min/max/step mean something only for their own type; elsewhere they stay in
    // the raw manifest, uninterpreted, like any unknown key.
    SeenTexts optionTexts;
    if (field.type == FieldType::Select)
        field.options = readOptions(keys.options, entry, optionTexts);
    if (field.type == FieldType::Number)
        readNumberRules(keys, field, entry);
    readDefault(keys.defaultValue, field, optionTexts, entry);
    return field;
}

} // namespace plugboard::manifestjson
