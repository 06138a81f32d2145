// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/repojson.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>

#include <unordered_map>

namespace plugboard::repojson {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

// One parser per thread keeps its buffers between documents; a huge document should not pin
// its buffers for the life of a pool thread, so they are dropped before a small one.
simdjson::dom::parser &threadParser(size_t nextSize)
{
    thread_local simdjson::dom::parser parser;
    constexpr size_t Keep = 1024 * 1024;
    if (parser.capacity() > Keep && nextSize <= Keep)
        parser = simdjson::dom::parser();
    return parser;
}

bool isBlank(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

Result<simdjson::dom::element> parse(QByteArrayView bytes, qsizetype maxBytes)
{
    // A byte order mark is not JSON, but some editors write one; it carries no content.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.size() > maxBytes) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The repository manifest is %1 bytes, more than the %2 bytes "
                                    "Plugboard reads; the repository must publish a smaller file.")
                               .arg(bytes.size())
                               .arg(maxBytes));
    }
    if (isBlank(bytes)) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The repository manifest is empty; check the repository's "
                                    "address."));
    }
    simdjson::dom::element root;
    const simdjson::error_code error =
        threadParser(size_t(bytes.size()))
            .parse(bytes.data(), size_t(bytes.size()), /*realloc_if_needed=*/true)
            .get(root);
    if (error != simdjson::SUCCESS) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The repository manifest is not valid JSON (%1); check the "
                                    "repository's address or ask its maintainer.")
                               .arg(QString::fromUtf8(simdjson::error_message(error))));
    }
    return root;
}

bool lastMember(simdjson::dom::object object, std::string_view key, simdjson::dom::element *out)
{
    bool found = false;
    for (const simdjson::dom::key_value_pair member : object) {
        if (member.key == key) {
            *out = member.value;
            found = true;
        }
    }
    return found;
}

// The members of an object as jq keeps them: a repeated key at its first place, last value.
std::vector<Member> uniqueMembers(simdjson::dom::object object)
{
    std::vector<Member> members;
    constexpr size_t LinearLimit = 32;
    std::unordered_map<std::string_view, size_t> index;
    for (const simdjson::dom::key_value_pair pair : object) {
        bool replaced = false;
        if (members.size() < LinearLimit) {
            for (Member &member : members) {
                if (member.key == pair.key) {
                    member.value = pair.value;
                    replaced = true;
                    break;
                }
            }
        } else {
            if (index.empty()) {
                for (size_t k = 0; k < members.size(); ++k)
                    index.emplace(members[k].key, k);
            }
            const auto found = index.find(pair.key);
            if (found != index.end()) {
                members[found->second].value = pair.value;
                replaced = true;
            } else {
                index.emplace(pair.key, members.size());
            }
        }
        if (!replaced)
            members.push_back({pair.key, pair.value});
    }
    return members;
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QJsonValue toJsonValue(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case simdjson::dom::element_type::BOOL:
        return QJsonValue(element.get_bool().value_unsafe());
    case simdjson::dom::element_type::INT64:
        return QJsonValue(qint64(element.get_int64().value_unsafe()));
    case simdjson::dom::element_type::UINT64:
        // Beyond qint64: Qt holds it as a double, as its own parser would.
        return QJsonValue(double(element.get_uint64().value_unsafe()));
    case simdjson::dom::element_type::DOUBLE:
        return QJsonValue(element.get_double().value_unsafe());
    case simdjson::dom::element_type::STRING:
        return QJsonValue(toQString(element.get_string().value_unsafe()));
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray array;
        for (const simdjson::dom::element item : arrayOf(element))
            array.append(toJsonValue(item));
        return array;
    }
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject object;
        for (const simdjson::dom::key_value_pair member : objectOf(element))
            object.insert(toQString(member.key), toJsonValue(member.value));
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

QString kindName(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return Text::tr("null");
    case simdjson::dom::element_type::BOOL:
        return Text::tr("a true/false value");
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return Text::tr("a number");
    case simdjson::dom::element_type::STRING:
        return Text::tr("text");
    case simdjson::dom::element_type::ARRAY:
        return Text::tr("a list");
    case simdjson::dom::element_type::OBJECT:
        return Text::tr("an object");
    }
    return Text::tr("an unknown value");
}

} // namespace plugboard::repojson
