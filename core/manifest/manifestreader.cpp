#include "manifest/manifestreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace plugboard {
namespace {

// A manifest with thousands of broken entries would otherwise bury the UI and the CLI in
// identical lines; past this many per list, the rest are counted in one summary line.
constexpr qsizetype MaxDiagnosticsPerList = 100;

QString defaultSource() {
    return QStringLiteral("plugin.json");
}

QString legacyTail() {
    return QStringLiteral("; the plugin is listed as legacy.");
}

QString quoted(const QString &text) {
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Enough of a value to recognise it in a sentence, without letting a megabyte string through.
QString shortText(const QString &text) {
    constexpr qsizetype Max = 60;
    if (text.size() <= Max)
        return text;
    qsizetype cut = Max;
    if (text.at(cut - 1).isHighSurrogate()) // never split an emoji into a lone surrogate
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Integers print without a fraction so an id of 5 becomes "5", as Python's str() gives.
QString numberText(const QJsonValue &value) {
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    const double number = value.toDouble();
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9.0e15)
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

bool isFiniteNumber(const QJsonValue &value) {
    return value.isDouble() && std::isfinite(value.toDouble());
}

// A value as it reads in a sentence: text quoted, numbers and booleans as written.
QString describeValue(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return quoted(shortText(value.toString()));
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return typeName(value);
    }
}

bool isAbsent(const QJsonValue &value) {
    return value.isUndefined() || value.isNull();
}

// Collects the diagnostics of one list (fields or actions) and caps their number.
class Reporter {
public:
    Reporter(Diagnostics &out, QString listSource)
        : m_out(out)
        , m_listSource(std::move(listSource)) {}

    void warn(const QString &source, const QString &message) {
        if (m_reported < MaxDiagnosticsPerList) {
            m_out.append(Diagnostic::warning(source, message));
            ++m_reported;
        } else {
            ++m_suppressed;
        }
    }

    void finish() {
        if (m_suppressed > 0) {
            m_out.append(Diagnostic::warning(
                m_listSource,
                QStringLiteral("%1 more problems in this list are not shown.").arg(m_suppressed)));
        }
        m_suppressed = 0;
    }

private:
    Diagnostics &m_out;
    QString m_listSource;
    qsizetype m_reported = 0;
    qsizetype m_suppressed = 0;
};

// One entry being normalised: where it is and how sentences about it start.
struct Entry {
    Reporter &reporter;
    QString source;  // "plugin.json fields[2]"
    QString subject; // "Field \"limit\"", or "The entry fields[2]" before the id is known

    void warn(const QString &rest) { reporter.warn(source, subject + rest); }
};

// An entry id: text as written, numbers as their text. Empty text and other types are refused.
std::optional<QString> readId(const QJsonValue &value, Entry &entry) {
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (isFiniteNumber(value))
        return numberText(value);
    if (isAbsent(value))
        entry.warn(QStringLiteral(" was skipped: it has no \"id\"."));
    else if (value.isString())
        entry.warn(QStringLiteral(" was skipped: its \"id\" is empty."));
    else
        entry.warn(QStringLiteral(" was skipped: its \"id\" must be text or a number, not ") +
                   typeName(value) + QStringLiteral("."));
    return std::nullopt;
}

// An optional text key; null and absence both mean "not given". `shownAs` names the key in
// the sentence when it is nested ("confirm.title").
QString readText(const QJsonObject &object, const QString &key, Entry &entry,
                 const QString &shownAs = {}) {
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (!isAbsent(value))
        entry.warn(QStringLiteral(": \"%1\" must be text, not %2; it was ignored.")
                       .arg(shownAs.isEmpty() ? key : shownAs, typeName(value)));
    return {};
}

// ---- fields --------------------------------------------------------------------------------

QString typeList() {
    return QStringLiteral("boolean, number, string, text, select, info");
}

QList<SelectOption> readOptions(const QJsonObject &object, Entry &entry) {
    QList<SelectOption> options;
    const QJsonValue value = object.value(QLatin1String("options"));
    if (isAbsent(value))
        return options;
    if (!value.isArray()) {
        entry.warn(QStringLiteral(": \"options\" must be a list, not %1; it was ignored.")
                       .arg(typeName(value)));
        return options;
    }
    const QJsonArray list = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue item = list.at(i);
        const QString where = QStringLiteral("options[%1]").arg(i);
        SelectOption option;
        QString valueText;
        if (item.isString()) {
            option.value = item;
            valueText = item.toString();
            option.label = valueText;
        } else if (isFiniteNumber(item)) {
            option.value = item;
            valueText = numberText(item);
            option.label = valueText;
        } else if (item.isObject()) {
            const QJsonObject itemObject = item.toObject();
            const QJsonValue optionValue = itemObject.value(QLatin1String("value"));
            if (optionValue.isString()) {
                valueText = optionValue.toString();
            } else if (isFiniteNumber(optionValue)) {
                valueText = numberText(optionValue);
            } else {
                entry.warn(isAbsent(optionValue)
                               ? QStringLiteral(": %1 was skipped: it has no \"value\".").arg(where)
                               : QStringLiteral(": %1 was skipped: its \"value\" must be text or a "
                                                "number, not %2.")
                                     .arg(where, typeName(optionValue)));
                continue;
            }
            option.value = optionValue;
            const QJsonValue label = itemObject.value(QLatin1String("label"));
            if (label.isString() && !label.toString().isEmpty()) {
                option.label = label.toString();
            } else {
                if (!isAbsent(label) && !label.isString())
                    entry.warn(QStringLiteral(": the label of %1 must be text, not %2; the value "
                                              "is shown instead.")
                                   .arg(where, typeName(label)));
                option.label = valueText;
            }
        } else {
            entry.warn(QStringLiteral(": %1 was skipped: an option must be text, a number or an "
                                      "object with a \"value\", not %2.")
                           .arg(where, typeName(item)));
            continue;
        }
        // Settings compare option values as strings, so 5 and "5" are the same choice.
        if (seen.contains(valueText)) {
            entry.warn(
                QStringLiteral(": %1 was skipped: an earlier option already has the value %2.")
                    .arg(where, quoted(shortText(valueText))));
            continue;
        }
        seen.insert(valueText);
        options.append(std::move(option));
    }
    return options;
}

std::optional<double> readNumberKey(const QJsonObject &object, const QString &key, Entry &entry) {
    const QJsonValue value = object.value(key);
    if (isFiniteNumber(value))
        return value.toDouble();
    if (!isAbsent(value))
        entry.warn(QStringLiteral(": \"%1\" must be a number, not %2; it was ignored.")
                       .arg(key, describeValue(value)));
    return std::nullopt;
}

void readNumberRules(const QJsonObject &object, FieldSpec &field, Entry &entry) {
    field.min = readNumberKey(object, QStringLiteral("min"), entry);
    field.max = readNumberKey(object, QStringLiteral("max"), entry);
    field.step = readNumberKey(object, QStringLiteral("step"), entry);
    if (field.step && !(*field.step > 0)) {
        entry.warn(QStringLiteral(": \"step\" must be greater than 0, not %1; it was ignored.")
                       .arg(numberText(QJsonValue(*field.step))));
        field.step.reset();
    }
    if (field.min && field.max && *field.min > *field.max) {
        entry.warn(
            QStringLiteral(": \"min\" (%1) is greater than \"max\" (%2); both were ignored.")
                .arg(numberText(QJsonValue(*field.min)), numberText(QJsonValue(*field.max))));
        field.min.reset();
        field.max.reset();
    }
}

void readDefault(const QJsonObject &object, FieldSpec &field, Entry &entry) {
    const QJsonValue value = object.value(QLatin1String("default"));
    if (isAbsent(value))
        return;
    const QString noDefault = QStringLiteral("; the field has no default.");
    switch (field.type) {
    case FieldType::Boolean:
        if (value.isBool())
            field.defaultValue = value;
        else
            entry.warn(QStringLiteral(": the default must be true or false, not %1")
                           .arg(describeValue(value)) +
                       noDefault);
        break;
    case FieldType::Number:
        if (!isFiniteNumber(value)) {
            entry.warn(
                QStringLiteral(": the default must be a number, not %1").arg(describeValue(value)) +
                noDefault);
            break;
        }
        field.defaultValue = value;
        // Kept: the author's intent is clear, and the form clamps it; but say so.
        if ((field.min && value.toDouble() < *field.min) ||
            (field.max && value.toDouble() > *field.max)) {
            entry.warn(QStringLiteral(": the default %1 is outside min/max; it was kept.")
                           .arg(numberText(value)));
        }
        break;
    case FieldType::String:
    case FieldType::Text:
        // Numbers and booleans become their text, as saving settings coerces them (SPEC §6).
        if (value.isString())
            field.defaultValue = value;
        else if (isFiniteNumber(value))
            field.defaultValue = numberText(value);
        else if (value.isBool())
            field.defaultValue = describeValue(value);
        else
            entry.warn(QStringLiteral(": the default must be text, not %1").arg(typeName(value)) +
                       noDefault);
        break;
    case FieldType::Select: {
        QString text;
        if (value.isString()) {
            text = value.toString();
        } else if (isFiniteNumber(value)) {
            text = numberText(value);
        } else {
            entry.warn(QStringLiteral(": the default must be one of the option values, not %1")
                           .arg(typeName(value)) +
                       noDefault);
            break;
        }
        field.defaultValue = value;
        // An empty option list may be filled by the plugin's code later, so only check a real one.
        if (!field.options.isEmpty()) {
            const bool known = std::any_of(
                field.options.cbegin(), field.options.cend(), [&text](const SelectOption &option) {
                    return option.value.isString() ? option.value.toString() == text
                                                   : numberText(option.value) == text;
                });
            if (!known)
                entry.warn(
                    QStringLiteral(": the default %1 is not one of the options; it was kept.")
                        .arg(quoted(shortText(text))));
        }
        break;
    }
    case FieldType::Info:
        // An info field shows text and stores nothing; a default has no meaning and stays raw.
        break;
    }
}

std::optional<FieldSpec> readField(const QJsonValue &item, Entry &entry) {
    if (!item.isObject()) {
        entry.warn(
            QStringLiteral(" was skipped: it must be an object, not %1.").arg(typeName(item)));
        return std::nullopt;
    }
    const QJsonObject object = item.toObject();
    FieldSpec field;
    field.raw = object;
    const std::optional<QString> id = readId(object.value(QLatin1String("id")), entry);
    if (!id)
        return std::nullopt;
    field.id = *id;
    entry.subject = QStringLiteral("Field ") + quoted(shortText(field.id));

    const QJsonValue type = object.value(QLatin1String("type"));
    if (isAbsent(type)) {
        entry.warn(QStringLiteral(" was skipped: it has no \"type\" (one of %1).").arg(typeList()));
        return std::nullopt;
    }
    if (!type.isString()) {
        entry.warn(QStringLiteral(" was skipped: its \"type\" must be one of %1, not %2.")
                       .arg(typeList(), typeName(type)));
        return std::nullopt;
    }
    const std::optional<FieldType> fieldType = fieldTypeFromString(type.toString());
    if (!fieldType) {
        entry.warn(QStringLiteral(" was skipped: type %1 is not one of %2.")
                       .arg(quoted(shortText(type.toString())), typeList()));
        return std::nullopt;
    }
    field.type = *fieldType;

    const QJsonValue label = object.value(QLatin1String("label"));
    if (!isAbsent(label) && !label.isString())
        entry.warn(QStringLiteral(": \"label\" must be text, not %1; the id is shown instead.")
                       .arg(typeName(label)));
    field.label = label.isString() && !label.toString().isEmpty() ? label.toString() : field.id;

    field.helpText = readText(object, QStringLiteral("help_text"), entry);
    field.description = readText(object, QStringLiteral("description"), entry);
    field.value = readText(object, QStringLiteral("value"), entry);
    field.placeholder = readText(object, QStringLiteral("placeholder"), entry);
    field.inputType = readText(object, QStringLiteral("input_type"), entry);

    // options and min/max/step mean something only for their own type; elsewhere they stay in
    // raw, uninterpreted, like any unknown key.
    if (field.type == FieldType::Select)
        field.options = readOptions(object, entry);
    if (field.type == FieldType::Number)
        readNumberRules(object, field, entry);
    readDefault(object, field, entry);
    return field;
}

// ---- actions -------------------------------------------------------------------------------

const QStringList &buttonVariants() {
    static const QStringList variants{
        QStringLiteral("filled"), QStringLiteral("outline"), QStringLiteral("subtle"),
        QStringLiteral("light"),  QStringLiteral("default"),
    };
    return variants;
}

const QStringList &buttonColors() {
    static const QStringList colors{
        QStringLiteral("blue"),   QStringLiteral("cyan"),   QStringLiteral("teal"),
        QStringLiteral("green"),  QStringLiteral("lime"),   QStringLiteral("yellow"),
        QStringLiteral("orange"), QStringLiteral("red"),    QStringLiteral("pink"),
        QStringLiteral("grape"),  QStringLiteral("violet"), QStringLiteral("indigo"),
        QStringLiteral("gray"),   QStringLiteral("dark"),
    };
    return colors;
}

std::optional<ConfirmSpec> readConfirm(const QJsonObject &object, Entry &entry) {
    const QJsonValue value = object.value(QLatin1String("confirm"));
    if (isAbsent(value))
        return std::nullopt;
    if (value.isBool())
        return ConfirmSpec{value.toBool(), {}, {}};
    if (!value.isObject()) {
        entry.warn(QStringLiteral(": \"confirm\" must be true, false or an object, not %1; it was "
                                  "ignored.")
                       .arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject confirm = value.toObject();
    ConfirmSpec spec;
    const QJsonValue required = confirm.value(QLatin1String("required"));
    if (required.isBool())
        spec.required = required.toBool();
    else if (!isAbsent(required))
        // Erring towards asking: the author wanted a confirmation object for a reason.
        entry.warn(QStringLiteral(": \"confirm.required\" must be true or false, not %1; "
                                  "confirmation stays required.")
                       .arg(typeName(required)));
    spec.title = readText(confirm, QStringLiteral("title"), entry, QStringLiteral("confirm.title"));
    spec.message =
        readText(confirm, QStringLiteral("message"), entry, QStringLiteral("confirm.message"));
    return spec;
}

QStringList readEvents(const QJsonObject &object, Entry &entry) {
    const QJsonValue value = object.value(QLatin1String("events"));
    if (isAbsent(value))
        return {};
    if (value.isString()) {
        if (!value.toString().isEmpty())
            return {value.toString()};
        entry.warn(QStringLiteral(": \"events\" is empty text; it was ignored."));
        return {};
    }
    if (!value.isArray()) {
        entry.warn(QStringLiteral(": \"events\" must be a list of event names, not %1; it was "
                                  "ignored.")
                       .arg(typeName(value)));
        return {};
    }
    QStringList events;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue item = list.at(i);
        if (item.isString() && !item.toString().isEmpty())
            events.append(item.toString());
        else
            entry.warn(QStringLiteral(": events[%1] was dropped: an event name must be non-empty "
                                      "text, not %2.")
                           .arg(QString::number(i), describeValue(item)));
    }
    return events;
}

std::optional<ActionSpec> readAction(const QJsonValue &item, Entry &entry) {
    if (!item.isObject()) {
        entry.warn(
            QStringLiteral(" was skipped: it must be an object, not %1.").arg(typeName(item)));
        return std::nullopt;
    }
    const QJsonObject object = item.toObject();
    ActionSpec action;
    action.raw = object;
    const std::optional<QString> id = readId(object.value(QLatin1String("id")), entry);
    if (!id)
        return std::nullopt;
    action.id = *id;
    entry.subject = QStringLiteral("Action ") + quoted(shortText(action.id));

    const QJsonValue label = object.value(QLatin1String("label"));
    if (isAbsent(label)) {
        entry.warn(QStringLiteral(" was skipped: it has no \"label\"."));
        return std::nullopt;
    }
    if (!label.isString()) {
        entry.warn(QStringLiteral(" was skipped: its \"label\" must be text, not %1.")
                       .arg(typeName(label)));
        return std::nullopt;
    }
    if (label.toString().trimmed().isEmpty()) {
        entry.warn(QStringLiteral(" was skipped: its \"label\" is empty."));
        return std::nullopt;
    }
    action.label = label.toString();
    action.description = readText(object, QStringLiteral("description"), entry);

    // An empty button text would give an unclickable-looking blank button: keep "Run".
    const QString buttonLabel = readText(object, QStringLiteral("button_label"), entry);
    if (!buttonLabel.isEmpty())
        action.buttonLabel = buttonLabel;

    const QJsonValue variant = object.value(QLatin1String("button_variant"));
    if (variant.isString() && buttonVariants().contains(variant.toString())) {
        action.buttonVariant = variant.toString();
    } else if (!isAbsent(variant)) {
        entry.warn(QStringLiteral(": \"button_variant\" %1 is not one of %2; \"filled\" is used.")
                       .arg(describeValue(variant), buttonVariants().join(QStringLiteral(", "))));
    }

    const QJsonValue color = object.value(QLatin1String("button_color"));
    if (color.isString() &&
        (color.toString().isEmpty() || buttonColors().contains(color.toString()))) {
        action.buttonColor = color.toString();
    } else if (!isAbsent(color)) {
        entry.warn(QStringLiteral(": \"button_color\" %1 is not a Mantine colour name (%2); the "
                                  "default colour is used.")
                       .arg(describeValue(color), buttonColors().join(QStringLiteral(", "))));
    }

    action.confirm = readConfirm(object, entry);
    action.events = readEvents(object, entry);
    return action;
}

// ---- whole document ------------------------------------------------------------------------

PluginManifest legacy(Diagnostic diagnostic) {
    PluginManifest manifest;
    manifest.diagnostics.append(std::move(diagnostic));
    return manifest;
}

QString tooLargeMessage(const QString &source, qint64 size) {
    return QStringLiteral("%1 is %2 bytes, more than the %3 bytes Plugboard reads")
               .arg(source, QString::number(size),
                    QString::number(ManifestReader::MaxManifestBytes)) +
           legacyTail();
}

QString parseReason(const QJsonParseError &error) {
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("an object is not closed, or a comma is missing");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("a colon is missing after a key");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("a list is not closed, or a comma is missing");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("a comma is missing");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("a value is not valid JSON");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("the text ends in the middle of a value");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("a number is not valid");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("a string has an invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("a string is not valid UTF-8");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("a string is not closed");
    case QJsonParseError::MissingObject:
        return QStringLiteral("a value is missing after a comma");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("it is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("it is too large");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("there is more text after the end of the document");
    default:
        break;
    }
    return error.errorString();
}

// Qt reports these errors one byte after the token that caused them; step back so the
// position points at the offending character, where an editor's cursor should go.
bool offsetIsPastToken(QJsonParseError::ParseError error) {
    switch (error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        return true;
    default:
        return false;
    }
}

bool isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

struct TextPosition {
    qsizetype line = 1;
    qsizetype column = 1; // in characters (code points), not bytes
};

TextPosition positionOf(const QByteArray &bytes, const QJsonParseError &error) {
    qsizetype offset = std::clamp<qsizetype>(error.offset, 0, bytes.size());
    if (offsetIsPastToken(error.error) && offset > 0 && !isJsonSpace(bytes.at(offset - 1)))
        --offset;
    TextPosition position;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<uchar>(bytes.at(i)) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++position.column;
    }
    return position;
}

// Qt refuses a bare scalar at the top level with a generic "illegal value"; tell the author
// what the file holds instead.
std::optional<QString> scalarTypeOf(const QByteArray &bytes) {
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('{') || trimmed.startsWith('['))
        return std::nullopt;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']');
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return std::nullopt;
    return typeName(wrapped.array().at(0));
}

PluginManifest parseManifest(QByteArray bytes, const QString &source) {
    if (bytes.size() > ManifestReader::MaxManifestBytes)
        return legacy(Diagnostic::error(source, tooLargeMessage(source, bytes.size())));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return legacy(
            Diagnostic::error(source, source + QStringLiteral(" is empty") + legacyTail()));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        if (const std::optional<QString> scalar = scalarTypeOf(bytes)) {
            return legacy(Diagnostic::error(
                source, QStringLiteral("%1 must hold a JSON object at the top level, not %2")
                                .arg(source, *scalar) +
                            legacyTail()));
        }
        const TextPosition at = positionOf(bytes, error);
        const QString line = QString::number(at.line);
        const QString column = QString::number(at.column);
        return legacy(
            Diagnostic::error(source + QLatin1Char(':') + line + QLatin1Char(':') + column,
                              QStringLiteral("%1 is not valid JSON (%2) at line %3, column %4")
                                      .arg(source, parseReason(error), line, column) +
                                  legacyTail()));
    }
    if (!document.isObject()) {
        return legacy(Diagnostic::error(
            source,
            QStringLiteral("%1 must hold a JSON object at the top level, not a list").arg(source) +
                legacyTail()));
    }

    PluginManifest manifest;
    manifest.present = true;
    manifest.raw = document.object();

    const auto readMetadata = [&](const char *key, QString &target) {
        const QJsonValue value = manifest.raw.value(QLatin1String(key));
        if (value.isString())
            target = value.toString();
        else if (!isAbsent(value))
            manifest.diagnostics.append(Diagnostic::warning(
                source, QStringLiteral("\"%1\" must be text, not %2; it was ignored.")
                            .arg(QLatin1String(key), typeName(value))));
    };
    readMetadata("name", manifest.name);
    readMetadata("version", manifest.version);
    readMetadata("description", manifest.description);
    readMetadata("author", manifest.author);
    readMetadata("help_url", manifest.helpUrl);
    if (!manifest.helpUrl.isEmpty()) {
        const QString scheme = QUrl(manifest.helpUrl).scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            manifest.diagnostics.append(Diagnostic::warning(
                source, QStringLiteral("\"help_url\" %1 is not an http or https address; no Docs "
                                       "link is shown.")
                            .arg(quoted(shortText(manifest.helpUrl)))));
    }

    manifest.fields = ManifestReader::normaliseFields(manifest.raw.value(QLatin1String("fields")),
                                                      source, manifest.diagnostics);
    manifest.actions = ManifestReader::normaliseActions(
        manifest.raw.value(QLatin1String("actions")), source, manifest.diagnostics);
    return manifest;
}

template<typename Spec, typename ReadEntry>
QList<Spec> normaliseList(const QJsonValue &value, const QString &source, const char *listKey,
                          const char *kind, Diagnostics &diagnostics, ReadEntry readEntry) {
    QList<Spec> specs;
    if (isAbsent(value))
        return specs;
    const QString key = QLatin1String(listKey);
    if (!value.isArray()) {
        diagnostics.append(Diagnostic::warning(
            source, QStringLiteral("\"%1\" must be a list of objects, not %2; it was ignored.")
                        .arg(key, typeName(value))));
        return specs;
    }
    Reporter reporter(diagnostics, source + QLatin1Char(' ') + key);
    QSet<QString> seen;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString position = QStringLiteral("%1[%2]").arg(key, QString::number(i));
        Entry entry{reporter, source + QLatin1Char(' ') + position,
                    QStringLiteral("The entry ") + position};
        std::optional<Spec> spec = readEntry(list.at(i), entry);
        if (!spec)
            continue;
        if (seen.contains(spec->id)) {
            entry.warn(QStringLiteral(" was skipped: an earlier %1 already uses this id.")
                           .arg(QLatin1String(kind)));
            continue;
        }
        seen.insert(spec->id);
        specs.append(std::move(*spec));
    }
    reporter.finish();
    return specs;
}

} // namespace

PluginManifest ManifestReader::readFolder(const QString &folderPath) {
    return readFile(QDir(folderPath).filePath(defaultSource()));
}

PluginManifest ManifestReader::readFile(const QString &filePath) {
    const QFileInfo info(filePath);
    const QString source = info.fileName().isEmpty() ? defaultSource() : info.fileName();
    if (!info.exists()) {
        return legacy(Diagnostic::warning(
            source, QStringLiteral("No %1: the plugin is listed as legacy; add a %1 so Plugboard "
                                   "can show its name, settings and actions without running its "
                                   "code.")
                        .arg(source)));
    }
    // A FIFO or device named plugin.json would block or never end; only read regular files.
    if (!info.isFile()) {
        return legacy(Diagnostic::error(source, source + QStringLiteral(" is not a regular file") +
                                                    legacyTail()));
    }
    if (info.size() > MaxManifestBytes)
        return legacy(Diagnostic::error(source, tooLargeMessage(source, info.size())));

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return legacy(Diagnostic::error(
            source, QStringLiteral("%1 could not be read (%2)").arg(source, file.errorString()) +
                        legacyTail()));
    }
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(MaxManifestBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return legacy(Diagnostic::error(
            source, QStringLiteral("%1 could not be read (%2)").arg(source, file.errorString()) +
                        legacyTail()));
    }
    return parseManifest(bytes, source);
}

PluginManifest ManifestReader::parse(const QByteArray &bytes) {
    return parseManifest(bytes, defaultSource());
}

QList<FieldSpec> ManifestReader::normaliseFields(const QJsonValue &value, const QString &source,
                                                 Diagnostics &diagnostics) {
    return normaliseList<FieldSpec>(value, source, "fields", "field", diagnostics, readField);
}

QList<ActionSpec> ManifestReader::normaliseActions(const QJsonValue &value, const QString &source,
                                                   Diagnostics &diagnostics) {
    return normaliseList<ActionSpec>(value, source, "actions", "action", diagnostics, readAction);
}

} // namespace plugboard
