// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/manifest: a thin, typed view of simdjson's DOM for the normalisers. Never
// include it from a header that code outside core/manifest sees; simdjson stays a private
// dependency of plugboard-core.

#include <simdjson.h>

#include "manifest/textcache.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <string_view>

namespace plugboard::manifestjson {

enum class JsonKind : quint8 { Absent, Null, Bool, Number, String, Array, Object };

// A number as Qt's JSON parser would have stored it, so ids, option values and defaults read
// exactly as they did before simdjson: an integral value within 64 bits is an integer (1e3 is
// 1000, 2.0 is 2), anything else a double.
struct JsonNumber {
    bool isInteger = false;
    qint64 integer = 0;
    double real = 0;

    static JsonNumber fromDouble(double value);
    bool isFinite() const;
    double toDouble() const { return isInteger ? double(integer) : real; }
    // Integers without a fraction ("5", as Python's str() gives), others shortest round-trip.
    QString text() const;
    QJsonValue toJsonValue() const;
};

// What every view of one document shares.
struct JsonContext {
    // Doubles that simdjson would not give back as doubles from JSON text: NaN and infinities
    // (which code-defined lists may hold), and integral ones (Qt holds 1e20 from a long integer,
    // or 1e16 from code, as a double; simdjson reads such text as an integer, or refuses it past
    // 64 bits). The text carries them as strings of this marker followed by the number; the
    // marker is chosen so that no real string starts with it. Empty: no such number.
    std::string_view numberMarker;
    TextCache *texts = nullptr; // this thread's, looked up once per document
};

class JsonView {
public:
    JsonView() = default; // an absent value
    JsonView(simdjson::dom::element element, const JsonContext *context);

    JsonKind kind() const { return m_kind; }
    // Absent and null both mean "not given" to the normalisers.
    bool isAbsent() const { return m_kind == JsonKind::Absent || m_kind == JsonKind::Null; }
    bool isBool() const { return m_kind == JsonKind::Bool; }
    bool isNumber() const { return m_kind == JsonKind::Number; }
    bool isFiniteNumber() const { return isNumber() && number().isFinite(); }
    bool isString() const { return m_kind == JsonKind::String; }
    bool isArray() const { return m_kind == JsonKind::Array; }
    bool isObject() const { return m_kind == JsonKind::Object; }

    bool toBool() const { return m_element.get_bool().value_unsafe(); }
    JsonNumber number() const;
    std::string_view string() const { return m_element.get_string().value_unsafe(); }
    QString toQString() const;       // shared with earlier equal texts (TextCache)
    QJsonValue toJsonString() const; // the text as a QJsonValue, shared likewise

    // The number of items of an array (exact up to 16 million, simdjson's saturated count).
    qsizetype itemCount() const { return qsizetype(m_element.get_array().value_unsafe().size()); }
    // Calls f(std::string_view key, const JsonView &value) for each member, in document order;
    // a key given twice is seen twice, so keeping the last one matches Qt ("last one wins").
    template<typename F> void forEachMember(F &&f) const
    {
        // A copy: value_unsafe() refers into the temporary result.
        const simdjson::dom::object object = m_element.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair member : object)
            f(member.key, JsonView(member.value, m_context));
    }
    // Calls f(qsizetype index, const JsonView &item) for each item.
    template<typename F> void forEachItem(F &&f) const
    {
        const simdjson::dom::array array = m_element.get_array().value_unsafe();
        qsizetype index = 0;
        for (const simdjson::dom::element item : array)
            f(index++, JsonView(item, m_context));
    }

private:
    simdjson::dom::element m_element;
    const JsonContext *m_context = nullptr;
    JsonKind m_kind = JsonKind::Absent;
};

// One parsed document on this thread's parser. Parsing again on the same thread (another
// ParsedJson) invalidates the views of this one: the normalisers never nest parses.
class ParsedJson {
public:
    // `padded`: SIMDJSON_PADDING readable bytes follow the text, so simdjson needs no copy.
    // The text must outlive the views.
    simdjson::error_code parse(const char *data, size_t size, bool padded);
    void setNumberMarker(std::string_view prefix) { m_context.numberMarker = prefix; }
    JsonView root() const { return JsonView(m_root, &m_context); }
    // True when a number in the document reads as zero: "0.0" does, but so does "1e-400",
    // which Qt refuses as an illegal number; the caller asks Qt in that rare case.
    bool hasZeroDouble() const;

private:
    simdjson::dom::element m_root;
    JsonContext m_context;
    const simdjson::dom::document *m_document = nullptr;
};

// The JSON text of a QJsonValue for the normalisers (code-defined lists, and documents only
// Qt's parser accepts). Containers nested deeper than the normalisers ever look are written
// empty, so any depth Qt holds parses again; odd numbers get a marker (see JsonContext).
struct TextForNormaliser {
    QByteArray text;
    QByteArray numberMarker; // empty when no number needed one
};
TextForNormaliser textForNormaliser(const QJsonValue &value);

} // namespace plugboard::manifestjson
