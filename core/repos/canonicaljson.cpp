// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/canonicaljson.h"

#include "repos/canonicalwriter.h"
#include "repos/repojson.h"
#include <QCoreApplication>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

constexpr char HexDigits[] = "0123456789abcdef";

void appendEscape(std::string &out, uint32_t unit)
{
    out += "\\u";
    out += HexDigits[(unit >> 12) & 0xF];
    out += HexDigits[(unit >> 8) & 0xF];
    out += HexDigits[(unit >> 4) & 0xF];
    out += HexDigits[unit & 0xF];
}

// The length of the UTF-8 sequence starting at text[i] and its code point, or 0 when the bytes
// there are not a well-formed sequence. simdjson validates its input, so 0 is only a safeguard.
size_t decodeUtf8(std::string_view text, size_t i, uint32_t *codePoint)
{
    const auto byte = [&](size_t k) {
        return uint8_t(text[k]);
    };
    const uint8_t lead = byte(i);
    size_t length = 0;
    uint32_t value = 0;
    uint32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, value = lead & 0x1F, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, value = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *codePoint = value;
    return length;
}

void writeString(std::string_view text, repojson::Escaping escaping, std::string &out)
{
    out += '"';
    for (size_t i = 0; i < text.size();) {
        const auto c = uint8_t(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20 || c == 0x7F)
                    appendEscape(out, c);
                else
                    out += char(c);
            }
            ++i;
            continue;
        }
        uint32_t codePoint = 0;
        const size_t length = decodeUtf8(text, i, &codePoint);
        if (length == 0) {
            // Not reachable with simdjson's validation; jq writes U+FFFD for such bytes.
            if (escaping == repojson::Escaping::Ascii)
                appendEscape(out, 0xFFFD);
            else
                out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (escaping == repojson::Escaping::Utf8) {
            out.append(text.substr(i, length));
        } else if (codePoint >= 0x10000) {
            const uint32_t offset = codePoint - 0x10000;
            appendEscape(out, 0xD800 + (offset >> 10));
            appendEscape(out, 0xDC00 + (offset & 0x3FF));
        } else {
            appendEscape(out, codePoint);
        }
        i += length;
    }
    out += '"';
}

// A double as jq 1.6 prints it (its dtoa "g" format over the shortest round-trip digits).
void writeDouble(double value, std::string &out)
{
    char buffer[64];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (error != std::errc()) {
        out += "null"; // not reachable: 64 bytes hold any double
        return;
    }
    const std::string_view text(buffer, size_t(end - buffer));
    const size_t e = text.find('e');
    std::string_view mantissa = text.substr(0, e);
    if (!mantissa.empty() && mantissa.front() == '-') {
        out += '-';
        mantissa.remove_prefix(1);
    }
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.')
            digits += c;
    }
    int exponent = 0;
    const std::string_view exponentText = text.substr(e + 1);
    std::from_chars(exponentText.data() + (exponentText.front() == '+' ? 1 : 0),
                    exponentText.data() + exponentText.size(), exponent);
    const int digitCount = int(digits.size());
    int point = exponent + 1; // value = 0.<digits> * 10^point
    if (point <= -4 || point > digitCount + 15) {
        out += digits[0];
        if (digitCount > 1) {
            out += '.';
            out.append(digits, 1);
        }
        out += 'e';
        int shown = point - 1;
        out += shown < 0 ? '-' : '+';
        shown = std::abs(shown);
        if (shown < 10)
            out += '0';
        out += std::to_string(shown);
    } else if (point <= 0) {
        out += "0.";
        out.append(size_t(-point), '0');
        out += digits;
    } else {
        for (int k = 0; k < digitCount; ++k) {
            out += digits[size_t(k)];
            if (--point == 0 && k + 1 < digitCount)
                out += '.';
        }
        if (point > 0)
            out.append(size_t(point), '0');
    }
}

template<typename Integer> void writeInteger(Integer value, std::string &out)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, size_t(result.ptr - buffer));
}

} // namespace

namespace repojson {

void writeCanonical(simdjson::dom::element value, Escaping escaping, std::string &out)
{
    switch (value.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        out += "null";
        return;
    case simdjson::dom::element_type::BOOL:
        out += value.get_bool().value_unsafe() ? "true" : "false";
        return;
    case simdjson::dom::element_type::INT64:
        writeInteger(value.get_int64().value_unsafe(), out);
        return;
    case simdjson::dom::element_type::UINT64:
        writeInteger(value.get_uint64().value_unsafe(), out);
        return;
    case simdjson::dom::element_type::DOUBLE:
        writeDouble(value.get_double().value_unsafe(), out);
        return;
    case simdjson::dom::element_type::STRING:
        writeString(value.get_string().value_unsafe(), escaping, out);
        return;
    case simdjson::dom::element_type::ARRAY: {
        out += '[';
        bool first = true;
        for (const simdjson::dom::element item : arrayOf(value)) {
            if (!first)
                out += ',';
            first = false;
            writeCanonical(item, escaping, out);
        }
        out += ']';
        return;
    }
    case simdjson::dom::element_type::OBJECT: {
        out += '{';
        bool first = true;
        for (const Member &member : uniqueMembers(objectOf(value))) {
            if (!first)
                out += ',';
            first = false;
            writeString(member.key, escaping, out);
            out += ':';
            writeCanonical(member.value, escaping, out);
        }
        out += '}';
        return;
    }
    }
}

QList<SignedBytesForm> signedFormsOf(simdjson::dom::element manifest)
{
    std::string ascii;
    writeCanonical(manifest, Escaping::Ascii, ascii);
    std::string utf8;
    writeCanonical(manifest, Escaping::Utf8, utf8);
    const QByteArray asciiBytes(ascii.data(), qsizetype(ascii.size()));
    const QByteArray utf8Bytes(utf8.data(), qsizetype(utf8.size()));
    return {
        {QStringLiteral("ascii+newline"), asciiBytes + '\n'},
        {QStringLiteral("ascii"), asciiBytes},
        {QStringLiteral("utf8+newline"), utf8Bytes + '\n'},
        {QStringLiteral("utf8"), utf8Bytes},
    };
}

Result<simdjson::dom::element> innerManifest(simdjson::dom::element root)
{
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The repository manifest is %1, not an object; check the "
                                    "repository's address.")
                               .arg(kindName(root)));
    }
    simdjson::dom::element manifest;
    if (!lastMember(object, "manifest", &manifest)) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The repository manifest has no signed part (no \"manifest\" "
                                    "member)."));
    }
    if (!manifest.is_object()) {
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("The signed part of the repository manifest (\"manifest\") is %1, "
                     "not an object.")
                .arg(kindName(manifest)));
    }
    return manifest;
}

} // namespace repojson

namespace canonicaljson {

Result<QByteArray> signedBytes(QByteArrayView document)
{
    const Result<simdjson::dom::element> root = repojson::parse(document, MaxDocumentBytes);
    if (!root)
        return root.error();
    const Result<simdjson::dom::element> manifest = repojson::innerManifest(root.value());
    if (!manifest)
        return manifest.error();
    std::string text;
    repojson::writeCanonical(manifest.value(), repojson::Escaping::Ascii, text);
    text += '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

Result<QList<SignedBytesForm>> signedForms(QByteArrayView document)
{
    const Result<simdjson::dom::element> root = repojson::parse(document, MaxDocumentBytes);
    if (!root)
        return root.error();
    const Result<simdjson::dom::element> manifest = repojson::innerManifest(root.value());
    if (!manifest)
        return manifest.error();
    return repojson::signedFormsOf(manifest.value());
}

} // namespace canonicaljson
} // namespace plugboard
