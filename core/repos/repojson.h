// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/repos: reading repository JSON with simdjson. Include it only from .cpp
// files of core/repos; simdjson stays a private dependency of plugboard-core.

#include "common/result.h"

#include <simdjson.h>

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <string_view>
#include <vector>

namespace plugboard::repojson {

// Parses `bytes` on this thread's parser. The element stays valid until the next parse on
// the same thread; callers never nest parses. A leading UTF-8 byte order mark is skipped.
// Refuses empty and oversized input and invalid JSON with a sentence.
Result<simdjson::dom::element> parse(QByteArrayView bytes, qsizetype maxBytes);

// The value of `key` in `object` (the last one when the key is repeated, as jq and Qt read
// it) in *out; false when the key is absent.
bool lastMember(simdjson::dom::object object, std::string_view key, simdjson::dom::element *out);

// Copies of an element's array or object (it must be one). Iterate these, never
// element.get_array().value_unsafe() directly in a range-for: that refers into a temporary.
inline simdjson::dom::array arrayOf(simdjson::dom::element element)
{
    return element.get_array().value_unsafe();
}
inline simdjson::dom::object objectOf(simdjson::dom::element element)
{
    return element.get_object().value_unsafe();
}

struct Member {
    std::string_view key;
    simdjson::dom::element value;
};

// The members of an object as jq keeps them: a key given twice at its first place, with its
// last value. Readers use this so that what they read is what the signed bytes hold.
std::vector<Member> uniqueMembers(simdjson::dom::object object);

QString toQString(std::string_view text);

// The element as a QJsonValue, for unknown keys kept as they are. Qt sorts object keys and
// keeps the last of a repeated key; big integers stay exact within 64 bits.
QJsonValue toJsonValue(simdjson::dom::element element);

// The name of a JSON kind for diagnostics: "a string", "a list", "an object", ...
QString kindName(simdjson::dom::element element);

} // namespace plugboard::repojson
