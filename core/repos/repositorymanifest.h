// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a plugin repository publishes (REPOSITORIES.md §1), as read by RepositoryManifestReader:
// plain values, every URL already resolved against the repository's bases.

#include "manifest/diagnostic.h"
#include "repos/canonicaljson.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace plugboard {

// A size as a repository gives it: in KB (the publisher rounds), and that times 1024 in bytes.
// The bytes are therefore approximate; a download cap must add a margin.
struct RepositorySize {
    double kilobytes = 0; // as written (an integer in all real data)
    qint64 bytes = 0;     // ceil(kilobytes * 1024)
    bool operator==(const RepositorySize &) const = default;
};

// Where relative URLs of a repository point (see RepositoryManifestReader for the rule).
struct RepositoryBases {
    QUrl rootUrl;         // root_url
    QUrl downloadBaseUrl; // download_base_url: for latest_url and url, before root_url
    QUrl metadataBaseUrl; // metadata_base_url: for manifest_url and icon_url, before root_url
    bool operator==(const RepositoryBases &) const = default;
};

// One version object of a per-plugin manifest (`latest` or an item of `versions`).
struct RepositoryPluginVersion {
    QString version;
    QUrl url;       // resolved `url`: the only address a download may use
    QUrl latestUrl; // resolved `latest_url` (given in `latest` only)
    QString checksumSha256;
    QString checksumMd5;
    std::optional<RepositorySize> size;
    QString minDispatcharrVersion;
    QString maxDispatcharrVersion;
    QString buildTimestamp;
    QString commitSha;
    bool prerelease = false;
    QJsonObject extras; // every other key, as written
};

// One plugin as the root list describes it; a per-plugin manifest holds the same keys.
struct RepositoryPluginEntry {
    QString slug; // checked: no '/', '\\', "..", control characters; at most MaxSlugLength
    QString name;
    QString description;
    QString author;
    QString license;
    bool deprecated = false;
    QString lastUpdated;
    QString latestVersion;
    QString latestSha256;
    QString latestMd5;
    QUrl latestUrl;
    std::optional<RepositorySize> latestSize;
    QUrl manifestUrl;
    QUrl iconUrl;
    QString minDispatcharrVersion;
    QString maxDispatcharrVersion;
    QString repoUrl;
    QString discordThread;
    QJsonObject extras; // every other key, as written (per-plugin keys excluded)
};

// The root manifest: the repository and its list of plugins.
struct RepositoryManifest {
    QString registryName; // never blank
    QString registryUrl;
    RepositoryBases bases;
    QList<RepositoryPluginEntry> plugins; // file order; refused and repeated slugs left out
    QJsonObject extras;
};

// A per-plugin manifest (at an entry's manifest_url).
struct RepositoryPluginManifest {
    RepositoryPluginEntry entry;
    QString registryName;
    QString registryUrl;
    QStringList maintainers;
    QString sourceType; // informational only: downloads use the repository's own `url`
    QString sourceUrl;
    std::optional<RepositoryPluginVersion> latest;
    QList<RepositoryPluginVersion> versions; // as listed: newest first
};

// The wrapper around either kind: {"generated_at", "manifest", "signature"}.
struct RepositorySignedPart {
    bool isSigned = false;        // a wrapper with a signature text; the flat form is unsigned
    QString generatedAt;          // not covered by the signature
    QString signature;            // the armored detached signature, when signed
    QList<SignedBytesForm> forms; // what the signature may cover (canonicaljson.h), when signed
};

struct RepositoryManifestRead {
    RepositoryManifest manifest;
    RepositorySignedPart signedPart;
    Diagnostics diagnostics;
};

struct RepositoryPluginManifestRead {
    RepositoryPluginManifest manifest;
    RepositorySignedPart signedPart;
    Diagnostics diagnostics;
    // The slug the caller expected (the root entry's) differs from the manifest's own: the
    // caller must not use this manifest for that entry.
    bool slugMismatch = false;
};

} // namespace plugboard
