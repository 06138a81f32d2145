// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace plugboard {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendEscapedAscii(std::string &out, char16_t c)
{
    switch (c) {
    case u'"':
        out.append("\\\"", 2);
        return;
    case u'\\':
        out.append("\\\\", 2);
        return;
    case u'\n':
        out.append("\\n", 2);
        return;
    case u'\r':
        out.append("\\r", 2);
        return;
    case u'\t':
        out.append("\\t", 2);
        return;
    case u'\b':
        out.append("\\b", 2);
        return;
    case u'\f':
        out.append("\\f", 2);
        return;
    default:
        if (c < 0x20) {
            const char escaped[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(escaped, 6);
        } else {
            out += char(c);
        }
    }
}

void appendNumber(std::string &out, const QByteArray &digits)
{
    out.append(digits.constData(), size_t(digits.size()));
}

} // namespace

JsonWriter::JsonWriter(bool indented)
    : m_indented(indented)
{
    m_out.reserve(4096);
}

QByteArray JsonWriter::take()
{
    if (m_indented)
        m_out += '\n';
    QByteArray bytes(m_out.data(), qsizetype(m_out.size()));
    m_out.clear();
    return bytes;
}

void JsonWriter::setSink(Sink sink, size_t chunkBytes)
{
    m_sink = std::move(sink);
    m_chunkBytes = chunkBytes;
    m_out.reserve(chunkBytes + 4096);
}

void JsonWriter::finish()
{
    if (m_indented)
        m_out += '\n';
    if (m_sink && !m_out.empty())
        m_sink(m_out.data(), m_out.size());
    m_out.clear();
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(size_t(std::min<qsizetype>(m_levels.size() * 2, 256)), ' ');
}

void JsonWriter::beforeValue()
{
    maybeFlush();
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    if (m_indented)
        newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({true, true});
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({false, true});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (m_indented && !empty)
        newline();
    m_out += '}';
}

void JsonWriter::endArray()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (m_indented && !empty)
        newline();
    m_out += ']';
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    writeString(name);
    m_out += m_indented ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    writeString(QStringView(name));
    m_out += m_indented ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::writeString(QLatin1StringView text)
{
    // Keys and enum-like values: nearly always plain ASCII, so copy runs in one append.
    m_out += '"';
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const char *run = p;
        while (p < end && uchar(*p) >= 0x20 && uchar(*p) < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p > run)
            m_out.append(run, size_t(p - run));
        if (p == end)
            break;
        const auto u = char16_t(uchar(*p++));
        if (u < 0x80) {
            appendEscapedAscii(m_out, u);
        } else {
            const char bytes[2] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
            m_out.append(bytes, 2);
        }
    }
    m_out += '"';
}

void JsonWriter::writeString(QStringView text)
{
    m_out += '"';
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        // Copy runs of plain ASCII in one go.
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        while (run < p) {
            char chunk[256];
            const qsizetype n = std::min<qsizetype>(p - run, qsizetype(sizeof chunk));
            for (qsizetype i = 0; i < n; ++i)
                chunk[i] = char(run[i]);
            m_out.append(chunk, size_t(n));
            run += n;
        }
        if (p == end)
            break;
        const char16_t c = *p++;
        if (c < 0x80) {
            appendEscapedAscii(m_out, c);
        } else if (c < 0x800) {
            m_out += char(0xc0 | (c >> 6));
            m_out += char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t cp = QChar::surrogateToUcs4(c, *p++);
            const char bytes[4] = {char(0xf0 | (cp >> 18)), char(0x80 | ((cp >> 12) & 0x3f)),
                                   char(0x80 | ((cp >> 6) & 0x3f)), char(0x80 | (cp & 0x3f))};
            m_out.append(bytes, 4);
        } else if (QChar::isSurrogate(c)) {
            m_out.append("\xef\xbf\xbd", 3); // a lone surrogate becomes U+FFFD
        } else {
            const char bytes[3] = {char(0xe0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3f)),
                                   char(0x80 | (c & 0x3f))};
            m_out.append(bytes, 3);
        }
    }
    m_out += '"';
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    writeString(QStringView(text));
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    appendNumber(m_out, QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null"; // JSON has no NaN or infinity
        return;
    }
    // Whole numbers print as integers (5, not 5.0), like QJsonDocument does.
    if (number == std::trunc(number) && std::fabs(number) < 9007199254740992.0)
        appendNumber(m_out, QByteArray::number(qint64(number)));
    else
        appendNumber(m_out, QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::stringOrNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        value(text);
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    case QJsonValue::Bool:
        value(json.toBool());
        return;
    case QJsonValue::Double:
        // QJsonValue keeps JSON integers (and Python ints) as qint64: write them exactly, as
        // QJsonDocument does. Through toDouble() one above 2^53 came out rounded.
        if (json.toVariant().userType() == QMetaType::LongLong)
            value(json.toInteger());
        else
            value(json.toDouble());
        return;
    case QJsonValue::String:
        value(json.toString());
        return;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        return;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    }
}

} // namespace plugboard
