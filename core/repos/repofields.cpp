// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/repofields.h"

#include "repos/repositorymanifestreader.h"
#include <QCoreApplication>

#include <cmath>

namespace plugboard::repojson {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

bool isNumber(simdjson::dom::element value)
{
    const auto type = value.type();
    return type == simdjson::dom::element_type::INT64 ||
           type == simdjson::dom::element_type::UINT64 ||
           type == simdjson::dom::element_type::DOUBLE;
}

double numberOf(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::INT64:
        return double(value.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    default:
        return value.get_double().value_unsafe();
    }
}

} // namespace

FieldReader::FieldReader(Diagnostics &diagnostics, QString where)
    : m_diagnostics(diagnostics)
    , m_where(std::move(where))
{}

QString FieldReader::place(std::string_view key) const
{
    const QString name = toQString(key);
    return m_where.isEmpty() ? name : m_where + QLatin1Char('.') + name;
}

void FieldReader::warn(std::string_view key, const QString &message) const
{
    m_diagnostics.append(Diagnostic::warning(place(key), message));
}

QString FieldReader::text(std::string_view key, simdjson::dom::element value) const
{
    if (value.is_null())
        return {};
    if (!value.is_string()) {
        warn(key, Text::tr("It is %1, not text; it is ignored.").arg(kindName(value)));
        return {};
    }
    return toQString(value.get_string().value_unsafe());
}

bool FieldReader::flag(std::string_view key, simdjson::dom::element value) const
{
    if (value.is_null())
        return false;
    if (!value.is_bool()) {
        warn(key, Text::tr("It is %1, not true or false; it is ignored.").arg(kindName(value)));
        return false;
    }
    return value.get_bool().value_unsafe();
}

std::optional<RepositorySize> FieldReader::size(std::string_view key,
                                                simdjson::dom::element value) const
{
    if (value.is_null())
        return std::nullopt;
    if (!isNumber(value)) {
        warn(key, Text::tr("It is %1, not a size in KB; it is ignored.").arg(kindName(value)));
        return std::nullopt;
    }
    const double kilobytes = numberOf(value);
    if (!(kilobytes >= 0) || kilobytes > MaxKilobytes) {
        warn(key, Text::tr("The size %1 KB is not possible; it is ignored.").arg(kilobytes));
        return std::nullopt;
    }
    return RepositorySize{kilobytes, qint64(std::ceil(kilobytes * 1024))};
}

QStringList FieldReader::textList(std::string_view key, simdjson::dom::element value,
                                  qsizetype maxItems) const
{
    QStringList out;
    if (value.is_null())
        return out;
    if (!value.is_array()) {
        warn(key, Text::tr("It is %1, not a list; it is ignored.").arg(kindName(value)));
        return out;
    }
    qsizetype index = 0;
    for (const simdjson::dom::element item : arrayOf(value)) {
        const QString itemPlace = place(key) + QStringLiteral("[%1]").arg(index++);
        if (out.size() >= maxItems) {
            m_diagnostics.append(Diagnostic::warning(
                itemPlace, Text::tr("Only the first %1 items are kept.").arg(maxItems)));
            break;
        }
        if (!item.is_string()) {
            m_diagnostics.append(Diagnostic::warning(
                itemPlace, Text::tr("It is %1, not text; it is left out.").arg(kindName(item))));
            continue;
        }
        out.append(toQString(item.get_string().value_unsafe()));
    }
    return out;
}

QUrl FieldReader::base(std::string_view key, simdjson::dom::element value) const
{
    const QString given = text(key, value);
    if (given.isEmpty())
        return {};
    const QUrl url(given, QUrl::TolerantMode);
    const QString scheme = url.scheme();
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if (!url.isValid() || (!web && scheme != QLatin1String("file")) ||
        (web && url.host().isEmpty())) {
        warn(key, Text::tr("\"%1\" is not an http(s) or file address; relative addresses that need "
                           "it are left empty.")
                      .arg(given));
        return {};
    }
    return url;
}

QUrl FieldReader::url(std::string_view key, simdjson::dom::element value, const QUrl &base) const
{
    const QString given = text(key, value);
    if (given.isEmpty())
        return {};
    const QUrl resolved = RepositoryManifestReader::resolveUrl(given, base);
    if (resolved.isEmpty()) {
        if (base.isEmpty() && !given.startsWith(QLatin1String("http://")) &&
            !given.startsWith(QLatin1String("https://"))) {
            warn(key,
                 Text::tr("\"%1\" is relative but the repository names no base address for it; "
                          "it is ignored.")
                     .arg(given));
        } else {
            warn(key, Text::tr("\"%1\" is not a valid address; it is ignored.").arg(given));
        }
    }
    return resolved;
}

} // namespace plugboard::repojson
