// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/fieldspec.h"

#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plugboard {

std::optional<FieldType> fieldTypeFromString(const QString &name)
{
    // Exact spelling only: Dispatcharr's UI switches on these literals, so "Boolean" would not
    // render there either and must not silently work here.
    if (name == QLatin1String("boolean"))
        return FieldType::Boolean;
    if (name == QLatin1String("number"))
        return FieldType::Number;
    if (name == QLatin1String("string"))
        return FieldType::String;
    if (name == QLatin1String("text"))
        return FieldType::Text;
    if (name == QLatin1String("select"))
        return FieldType::Select;
    if (name == QLatin1String("info"))
        return FieldType::Info;
    return std::nullopt;
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Select:
        return QStringLiteral("select");
    case FieldType::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("string");
}

void FieldSpec::writeJson(JsonWriter &w) const
{
    using L = QLatin1StringView;
    w.beginObject();
    w.field(L("id"), id);
    w.field(L("label"), label);
    w.field(L("type"), fieldTypeName(type));
    if (hasDefault())
        w.field(L("default"), defaultValue);
    const auto text = [&w](L key, const QString &value) {
        if (!value.isEmpty())
            w.field(key, value);
    };
    text(L("help_text"), helpText);
    text(L("description"), description);
    text(L("value"), value);
    text(L("placeholder"), placeholder);
    text(L("input_type"), inputType);
    if (!options.isEmpty()) {
        w.key(L("options"));
        w.beginArray();
        for (const SelectOption &option : options) {
            w.beginObject();
            w.field(L("value"), option.value);
            w.field(L("label"), option.label);
            w.endObject();
        }
        w.endArray();
    }
    if (min)
        w.field(L("min"), *min);
    if (max)
        w.field(L("max"), *max);
    if (step)
        w.field(L("step"), *step);
    w.endObject();
}

QJsonObject FieldSpec::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.buffer()).object();
}

} // namespace plugboard
