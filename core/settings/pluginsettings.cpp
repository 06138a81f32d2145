// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/pluginsettings.h"

#include <QVarLengthArray>

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace plugboard {
namespace PluginSettings {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginSettings)
};

// Relative tolerance for the step grid: 0.3 with step 0.1 gives 2.9999999999999996 steps.
constexpr double kStepTolerance = 1e-9;
// Keeps an error message readable when someone submits a whole document as a value.
constexpr qsizetype kMaxShownChars = 60;

QSet<QString> schemaIds(const QList<FieldSpec> &fields)
{
    QSet<QString> ids;
    for (const FieldSpec &field : fields)
        ids.insert(field.id);
    return ids;
}

QString displayName(const FieldSpec &field)
{
    const QString name = field.label.isEmpty() ? field.id : field.label;
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// Integral values print without ".0" so that 5 compares equal to the option "5".
QString formatNumber(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString truncated(const QString &text)
{
    if (text.size() <= kMaxShownChars)
        return text;
    // Never cut an emoji (a surrogate pair) in half.
    const qsizetype cut =
        text.at(kMaxShownChars - 1).isHighSurrogate() ? kMaxShownChars - 1 : kMaxShownChars;
    return text.left(cut) + QChar(0x2026);
}

// The submitted value as a person would recognise it in a message.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + truncated(value.toString()) + QLatin1Char('"');
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return truncated(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        return truncated(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

// Scalars as text, for select comparison and string coercion; empty optional for
// objects, arrays, null.
std::optional<QString> scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

enum class NumberParse { Ok, NotANumber, NotFinite };

NumberParse parseNumber(const QString &text, double *out)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(value))
            return NumberParse::NotFinite;
        *out = value;
        return NumberParse::Ok;
    }
    // Qt refuses overflowing literals ("1e400") and some spellings of infinity outright; they
    // still deserve the more precise sentence.
    // from_chars, unlike strtod, does not depend on the process locale.
    QByteArray latin = trimmed.toLatin1();
    if (latin.startsWith('+'))
        latin.remove(0, 1);
    double wide = 0;
    const char *end = latin.constData() + latin.size();
    const auto [ptr, ec] = std::from_chars(latin.constData(), end, wide);
    if (ptr == end && !latin.isEmpty() &&
        (ec == std::errc::result_out_of_range || (ec == std::errc() && !std::isfinite(wide))))
        return NumberParse::NotFinite;
    return NumberParse::NotANumber;
}

struct Coerced {
    QJsonValue value;
    QString error; // empty when value is usable
};

Coerced refused(QString message)
{
    return Coerced{QJsonValue(), std::move(message)};
}

Coerced coerceBoolean(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isBool())
        return {value, {}};
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == 0 || number == 1)
            return {QJsonValue(number == 1), {}};
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
            text == QLatin1String("1"))
            return {QJsonValue(true), {}};
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 ||
            text == QLatin1String("0"))
            return {QJsonValue(false), {}};
    }
    return refused(
        Text::tr("%1 must be true or false (got %2).").arg(displayName(field), shown(value)));
}

Coerced coerceNumber(const FieldSpec &field, const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        switch (parseNumber(value.toString(), &number)) {
        case NumberParse::Ok:
            break;
        case NumberParse::NotFinite:
            return refused(Text::tr("%1 must be a finite number (got %2).")
                               .arg(displayName(field), shown(value)));
        case NumberParse::NotANumber:
            return refused(
                Text::tr("%1 must be a number (got %2).").arg(displayName(field), shown(value)));
        }
    } else {
        return refused(
            Text::tr("%1 must be a number (got %2).").arg(displayName(field), shown(value)));
    }

    if (field.min && number < *field.min) {
        return refused(
            Text::tr("%1 must be at least %2 (got %3).")
                .arg(displayName(field), formatNumber(*field.min), formatNumber(number)));
    }
    if (field.max && number > *field.max) {
        return refused(
            Text::tr("%1 must be at most %2 (got %3).")
                .arg(displayName(field), formatNumber(*field.max), formatNumber(number)));
    }
    // A zero, negative or non-finite step cannot describe a grid; the form would not be able to
    // offer any value either, so it is treated as absent rather than refusing everything.
    if (field.step && std::isfinite(*field.step) && *field.step > 0) {
        const double base = field.min.value_or(0.0);
        const double steps = (number - base) / *field.step;
        const double nearest = std::round(steps);
        if (std::abs(steps - nearest) > kStepTolerance * std::max(1.0, std::abs(steps))) {
            return refused(
                Text::tr("%1 must be a multiple of %2 from %3.")
                    .arg(displayName(field), formatNumber(*field.step), formatNumber(base)));
        }
    }
    return {QJsonValue(number), {}};
}

Coerced coerceSelect(const FieldSpec &field, const QJsonValue &value)
{
    // A select without options is legal (SPEC §3): the plugin may fill them from its code once
    // loaded, so there is nothing to compare against yet and any scalar is kept as submitted.
    if (field.options.isEmpty()) {
        if (value.isString() || value.isDouble())
            return {value, {}};
        return refused(Text::tr("%1 must be text or a number (got %2).")
                           .arg(displayName(field), shown(value)));
    }
    const std::optional<QString> submitted = scalarText(value);
    QStringList allowed;
    for (const SelectOption &option : field.options) {
        const QString optionText = scalarText(option.value).value_or(QString());
        if (submitted && *submitted == optionText)
            return {option.value, {}};
        allowed.append(optionText);
    }
    return refused(Text::tr("%1 must be one of: %2.")
                       .arg(displayName(field), allowed.join(QStringLiteral(", "))));
}

Coerced coerceText(const FieldSpec &field, const QJsonValue &value)
{
    if (const std::optional<QString> text = scalarText(value))
        return {QJsonValue(*text), {}};
    return refused(Text::tr("%1 must be text (got %2).").arg(displayName(field), shown(value)));
}

Coerced coerce(const FieldSpec &field, const QJsonValue &value)
{
    switch (field.type) {
    case FieldType::Boolean:
        return coerceBoolean(field, value);
    case FieldType::Number:
        return coerceNumber(field, value);
    case FieldType::Select:
        return coerceSelect(field, value);
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Info:
        break;
    }
    return coerceText(field, value);
}

} // namespace

QJsonObject defaults(const QList<FieldSpec> &fields)
{
    QJsonObject result;
    for (const FieldSpec &field : fields) {
        // A null default is "absent" like any other null optional key of the manifest.
        if (field.type == FieldType::Info || !field.hasDefault() || field.defaultValue.isNull())
            continue;
        if (!result.contains(field.id))
            result.insert(field.id, field.defaultValue);
    }
    return result;
}

void forEachEffective(const QList<FieldSpec> &fields, const QJsonObject &stored,
                      const std::function<void(const FieldSpec &, const QJsonValue &)> &visit)
{
    // Field ids are unique after normalisation (the first wins), but a hand-built list may
    // repeat one: only the first counts, as in defaults().
    QVarLengthArray<QStringView, 32> seen;
    for (const FieldSpec &field : fields) {
        if (field.type == FieldType::Info)
            continue;
        if (std::find(seen.cbegin(), seen.cend(), QStringView(field.id)) != seen.cend())
            continue;
        seen.append(field.id);
        const QJsonValue value = stored.value(field.id);
        if (!value.isUndefined() && !value.isNull())
            visit(field, value);
        else if (field.hasDefault() && !field.defaultValue.isNull())
            visit(field, field.defaultValue);
    }
}

QJsonObject effective(const QList<FieldSpec> &fields, const QJsonObject &stored)
{
    QJsonObject result;
    forEachEffective(fields, stored, [&result](const FieldSpec &field, const QJsonValue &value) {
        result.insert(field.id, value);
    });
    return result;
}

QStringList orphanedKeys(const QList<FieldSpec> &fields, const QJsonObject &stored)
{
    const QSet<QString> ids = schemaIds(fields);
    QStringList orphans;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (!ids.contains(it.key()))
            orphans.append(it.key());
    }
    return orphans;
}

Result<QJsonObject> applyChanges(const QList<FieldSpec> &fields, const QJsonObject &stored,
                                 const QJsonObject &changes)
{
    const QSet<QString> ids = schemaIds(fields);
    QJsonObject merged = stored;
    QList<FieldError> errors;
    bool onlyUnknown = true;

    // Schema order first, so the messages read like the form does. The first field wins for a
    // duplicated id, as in the manifest reader (SPEC §3).
    QSet<QString> visited;
    for (const FieldSpec &field : fields) {
        if (visited.contains(field.id))
            continue;
        visited.insert(field.id);
        const QJsonValue value = changes.value(field.id);
        if (value.isUndefined() || field.type == FieldType::Info)
            continue;
        if (field.isPassword()) {
            // The form never receives the secret back, so an untouched box arrives empty.
            if (value.isNull() || (value.isString() && value.toString().isEmpty()))
                continue;
        } else if (value.isNull()) {
            merged.remove(field.id);
            continue;
        }
        const Coerced coerced = coerce(field, value);
        if (!coerced.error.isEmpty()) {
            errors.append(FieldError{field.id, coerced.error});
            onlyUnknown = false;
            continue;
        }
        merged.insert(field.id, coerced.value);
    }

    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!ids.contains(it.key())) {
            errors.append(FieldError{
                it.key(), Text::tr("\"%1\" is not a setting of this plugin.").arg(it.key())});
        }
    }

    if (errors.isEmpty())
        return merged;

    QStringList sentences;
    for (const FieldError &error : errors)
        sentences.append(error.message);
    const QString lead = errors.size() == 1
                             ? Text::tr("1 setting was not saved: ")
                             : Text::tr("%1 settings were not saved: ").arg(errors.size());
    return Error::make(onlyUnknown ? ErrorCode::NotFound : ErrorCode::InvalidInput,
                       lead + sentences.join(QLatin1Char(' ')), errors);
}

QJsonObject reset(const QList<FieldSpec> &fields, const QJsonObject &stored)
{
    QJsonObject result = stored;
    for (const FieldSpec &field : fields)
        result.remove(field.id);
    return result;
}

QJsonObject redacted(const QList<FieldSpec> &fields, const QJsonObject &effective)
{
    QJsonObject result = effective;
    for (const FieldSpec &field : fields) {
        if (field.isPassword() && result.contains(field.id))
            result.insert(field.id, QJsonValue(QJsonValue::Null));
    }
    return result;
}

QJsonObject secretsSet(const QList<FieldSpec> &fields, const QJsonObject &stored)
{
    QJsonObject result;
    for (const FieldSpec &field : fields) {
        if (!field.isPassword() || result.contains(field.id))
            continue;
        const QJsonValue value = stored.value(field.id);
        result.insert(field.id, value.isString() && !value.toString().isEmpty());
    }
    return result;
}

QJsonValue valueFromText(const FieldSpec &field, const QString &text)
{
    if (field.type == FieldType::String || field.type == FieldType::Text)
        return text;
    if (text == QLatin1String("null"))
        return QJsonValue(QJsonValue::Null);
    // Select options are compared as strings; turning "007" or "1.50" into a number first
    // would lose the spelling and miss the option. The numeric option is still stored as such.
    if (field.type == FieldType::Select)
        return text;
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    double number = 0;
    if (parseNumber(text, &number) == NumberParse::Ok)
        return number;
    return text;
}

} // namespace PluginSettings
} // namespace plugboard
