// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/jsonview.h"

#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace plugboard::manifestjson {

namespace {

constexpr double TwoPow63 = 9223372036854775808.0;

// A parser keeps its buffers between documents, which is what makes simdjson cheap for many
// small files; one per thread because Catalog::scan reads manifests on several threads.
simdjson::dom::parser &threadParser(size_t nextSize)
{
    thread_local simdjson::dom::parser parser;
    // One huge manifest should not pin its buffers for the life of a pool thread.
    constexpr size_t Keep = 256 * 1024;
    if (parser.capacity() > Keep && nextSize <= Keep)
        parser = simdjson::dom::parser();
    return parser;
}

// The normalisers read at most six levels (document, list, entry, options, option, value)
// and only the kind of the deepest; below this depth a container's content never matters.
constexpr int MaxWrittenDepth = 16;

class NormaliserTextWriter {
public:
    explicit NormaliserTextWriter(QString marker)
        : m_marker(std::move(marker))
    {}

    void write(const QJsonValue &value, int depth)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_writer.null();
            return;
        case QJsonValue::Bool:
            m_writer.value(value.toBool());
            return;
        case QJsonValue::Double:
            writeNumber(value);
            return;
        case QJsonValue::String: {
            const QString text = value.toString();
            if (text.startsWith(m_marker))
                m_markerClash = true;
            m_writer.value(text);
            return;
        }
        case QJsonValue::Array: {
            m_writer.beginArray();
            if (depth < MaxWrittenDepth) {
                const QJsonArray array = value.toArray();
                for (const QJsonValue &item : array)
                    write(item, depth + 1);
            }
            m_writer.endArray();
            return;
        }
        case QJsonValue::Object: {
            m_writer.beginObject();
            if (depth < MaxWrittenDepth) {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    m_writer.key(it.key());
                    write(it.value(), depth + 1);
                }
            }
            m_writer.endObject();
            return;
        }
        }
    }

    bool usedMarker() const { return m_usedMarker; }
    bool markerClash() const { return m_markerClash; }
    QByteArray take() { return m_writer.take(); }

private:
    void writeNumber(const QJsonValue &value)
    {
        // Integers stay integers: going through double would round ids beyond 2^53.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong) {
            m_writer.value(variant.toLongLong());
            return;
        }
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) != number) {
            m_writer.value(number); // shortest round-trip form: simdjson reads the same double
            return;
        }
        m_usedMarker = true;
        m_writer.value(m_marker + QString::fromLatin1(QByteArray::number(
                                      number, 'g', QLocale::FloatingPointShortest)));
    }

    JsonWriter m_writer;
    QString m_marker;
    bool m_usedMarker = false;
    bool m_markerClash = false;
};

} // namespace

JsonNumber JsonNumber::fromDouble(double value)
{
    JsonNumber number;
    number.real = value;
    // Qt's parser stores every integral value within 64 bits as an integer (2.0 and 1e3 too).
    if (std::isfinite(value) && std::trunc(value) == value && value >= -TwoPow63 &&
        value < TwoPow63) {
        number.isInteger = true;
        number.integer = qint64(value);
    }
    return number;
}

bool JsonNumber::isFinite() const
{
    return isInteger || std::isfinite(real);
}

QString JsonNumber::text() const
{
    if (isInteger)
        return QString::number(integer);
    // NaN and infinities read "nan", "inf", "-inf", as they did through QJsonValue.
    return QString::number(real, 'g', QLocale::FloatingPointShortest);
}

QJsonValue JsonNumber::toJsonValue() const
{
    return isInteger ? QJsonValue(integer) : QJsonValue(real);
}

JsonView::JsonView(simdjson::dom::element element, const JsonContext *context)
    : m_element(element)
    , m_context(context)
{
    using Type = simdjson::dom::element_type;
    switch (element.type()) {
    case Type::ARRAY:
        m_kind = JsonKind::Array;
        break;
    case Type::OBJECT:
        m_kind = JsonKind::Object;
        break;
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE:
        m_kind = JsonKind::Number;
        break;
    case Type::STRING:
        m_kind = JsonKind::String;
        if (!m_context->numberMarker.empty() && string().starts_with(m_context->numberMarker))
            m_kind = JsonKind::Number;
        break;
    case Type::BOOL:
        m_kind = JsonKind::Bool;
        break;
    case Type::NULL_VALUE:
        m_kind = JsonKind::Null;
        break;
    }
}

QString JsonView::toQString() const
{
    return m_context->texts->text(string());
}

QJsonValue JsonView::toJsonString() const
{
    return m_context->texts->json(string());
}

JsonNumber JsonView::number() const
{
    using Type = simdjson::dom::element_type;
    switch (m_element.type()) {
    case Type::INT64: {
        JsonNumber number;
        number.isInteger = true;
        number.integer = m_element.get_int64().value_unsafe();
        number.real = double(number.integer);
        return number;
    }
    case Type::UINT64: // only beyond the int64 range, where Qt stores a double
        return JsonNumber::fromDouble(double(m_element.get_uint64().value_unsafe()));
    case Type::DOUBLE:
        return JsonNumber::fromDouble(m_element.get_double().value_unsafe());
    case Type::STRING: { // a marked double (see JsonContext): "nan", "-inf", "1e+20"
        const std::string_view text = string().substr(m_context->numberMarker.size());
        JsonNumber number;
        number.real = std::numeric_limits<double>::quiet_NaN();
        std::from_chars(text.data(), text.data() + text.size(), number.real);
        return number; // a double, as Qt held it, even when integral
    }
    default:
        break;
    }
    return {};
}

simdjson::error_code ParsedJson::parse(const char *data, size_t size, bool padded)
{
    simdjson::dom::parser &parser = threadParser(size);
    m_context.texts = &TextCache::forThisThread();
    const simdjson::error_code error = parser.parse(data, size, !padded).get(m_root);
    m_document = error ? nullptr : &parser.doc;
    return error;
}

bool ParsedJson::hasZeroDouble() const
{
    if (!m_document)
        return false;
    // A linear pass over simdjson's tape (format: simdjson's doc/tape.md): a few instructions
    // per value, where walking the DOM through the public API cost several times that.
    const uint64_t *tape = m_document->tape.get();
    const size_t end = size_t(tape[0] & simdjson::internal::JSON_VALUE_MASK);
    for (size_t i = 1; i < end; ++i) {
        const auto type = char(tape[i] >> 56);
        if (type == 'd') {
            double value;
            std::memcpy(&value, &tape[++i], sizeof value);
            if (value == 0)
                return true;
        } else if (type == 'l' || type == 'u') {
            ++i; // the value word
        }
    }
    return false;
}

TextForNormaliser textForNormaliser(const QJsonValue &value)
{
    // A control character no hand-written text starts a string with; if one does anyway, the
    // marker grows until it is unique.
    QString marker = QStringLiteral("\u0001plugboard:number:");
    for (int attempt = 0; attempt < 8; ++attempt) {
        NormaliserTextWriter writer(marker);
        writer.write(value, 0);
        if (!writer.usedMarker())
            return {writer.take(), {}};
        if (!writer.markerClash())
            return {writer.take(), marker.toUtf8()};
        marker.append(QChar(0x0001));
    }
    // Unreachable short of a list built to defeat it; then the odd numbers read as text.
    NormaliserTextWriter writer(marker);
    writer.write(value, 0);
    return {writer.take(), {}};
}

} // namespace plugboard::manifestjson
