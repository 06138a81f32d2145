// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/repos: typed reading of one member of a repository manifest object, each
// flaw a Diagnostic naming where it is ("plugins[3].latest_size").

#include "manifest/diagnostic.h"
#include "repos/repojson.h"
#include "repos/repositorymanifest.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <string_view>

namespace plugboard::repojson {

class FieldReader {
public:
    // `where`: the object's place, e.g. "plugins[3]" or "manifest.latest"; may be empty.
    FieldReader(Diagnostics &diagnostics, QString where);

    QString place(std::string_view key) const;
    void warn(std::string_view key, const QString &message) const;

    // Text; null reads as absent, another kind is diagnosed and reads as empty.
    QString text(std::string_view key, simdjson::dom::element value) const;
    // true/false; null reads as false, another kind is diagnosed and reads as false.
    bool flag(std::string_view key, simdjson::dom::element value) const;
    // A size in KB (a number from 0 to MaxKilobytes).
    std::optional<RepositorySize> size(std::string_view key, simdjson::dom::element value) const;
    // A list of texts; items of another kind are diagnosed and left out.
    QStringList textList(std::string_view key, simdjson::dom::element value,
                         qsizetype maxItems) const;
    // A base URL (root_url, download_base_url, metadata_base_url): absolute http(s) or file.
    QUrl base(std::string_view key, simdjson::dom::element value) const;
    // A URL resolved against `base` (RepositoryManifestReader::resolveUrl).
    QUrl url(std::string_view key, simdjson::dom::element value, const QUrl &base) const;

    static constexpr double MaxKilobytes = 1e12; // a petabyte: beyond it the value is absurd

private:
    Diagnostics &m_diagnostics;
    QString m_where;
};

} // namespace plugboard::repojson
