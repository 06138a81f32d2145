// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace plugboard {

class JsonWriter;

enum class FieldType { Boolean, Number, String, Text, Select, Info };

// "boolean" → FieldType::Boolean …; std::nullopt for anything else.
std::optional<FieldType> fieldTypeFromString(const QString &name);
QString fieldTypeName(FieldType type);

struct SelectOption {
    QJsonValue value; // as the plugin declared it (string or number); compared as strings
    QString label;
    bool operator==(const SelectOption &) const = default;
};

// One settings field, normalised from plugin.json or from the plugin's code.
struct FieldSpec {
    QString id;
    QString label; // falls back to id when absent
    FieldType type = FieldType::String;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined); // Undefined = no default
    QString helpText;
    QString description;
    QString value; // the text of an info field
    QString placeholder;
    QString inputType; // "password" masks a string field
    QList<SelectOption> options;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> step;
    // Where the entry stands in the list it was declared in (its index among all entries,
    // skipped ones included); PluginManifest::rawField() gives the entry as written, unknown
    // keys included. Kept as an index because building a raw object per entry cost more than
    // reading the whole manifest, and nothing outside tests looks at it.
    qsizetype declaredIndex = -1;

    bool isPassword() const
    {
        return type == FieldType::String && inputType == QLatin1String("password");
    }
    bool hasDefault() const { return !defaultValue.isUndefined(); }
    // The normalised entry as JSON (the REST/CLI shape): only keys that carry a value.
    QJsonObject toJson() const;
    void writeJson(JsonWriter &writer) const; // the same shape, streamed
    bool operator==(const FieldSpec &) const = default;
};

} // namespace plugboard
