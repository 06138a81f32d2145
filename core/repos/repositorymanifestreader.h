// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "repos/repositorymanifest.h"

#include <QByteArrayView>
#include <QStringView>

namespace plugboard {

// Reads a repository's root manifest and its per-plugin manifests (REPOSITORIES.md §1). Pure
// data handling: no network, no signature check (the caller verifies `signedPart` with gpgv).
//
// - A file that is not JSON, not an object, too large, or misses what makes it a manifest
//   (a root without a non-blank registry_name or a `plugins` list, a per-plugin manifest
//   without slug and name) is an Error with a sentence.
// - Everything else that is wrong becomes a Diagnostic: a key of the wrong type is ignored,
//   an entry without a valid slug or a name is left out, a repeated slug keeps its first
//   entry, entries past MaxEntries are left out, and so are versions and maintainers past
//   MaxVersions.
// - A key given twice in one object counts with its last value, as in the signed bytes.
// - URLs: a value not starting with "http://" or "https://" is relative and becomes
//   base + "/" + value (the base's trailing '/' removed). manifest_url and icon_url use
//   metadata_base_url, else root_url; latest_url and url use download_base_url, else
//   root_url. A relative URL without a base, or one that does not make an address (an http(s)
//   URL needs a host), is left empty with a diagnostic. Parsing is tolerant (a space becomes
//   %20), as Dispatcharr's own download would be.
// - Sizes are in KB (RepositorySize keeps both).
class RepositoryManifestReader {
public:
    static constexpr qsizetype MaxFileBytes = canonicaljson::MaxDocumentBytes; // 16 MiB
    static constexpr qsizetype MaxEntries = 10000;  // plugins of a root manifest
    static constexpr qsizetype MaxVersions = 1000;  // versions of a per-plugin manifest
    static constexpr qsizetype MaxSlugLength = 128; // characters

    static Result<RepositoryManifestRead> readRoot(QByteArrayView bytes);

    // `rootBases`: the root manifest's bases, for a per-plugin manifest that names none of its
    // own (its own root_url / download_base_url / metadata_base_url take precedence).
    // `expectedSlug`: the root entry's slug; empty to skip the check.
    static Result<RepositoryPluginManifestRead> readPlugin(QByteArrayView bytes,
                                                           const RepositoryBases &rootBases,
                                                           QStringView expectedSlug = {});

    // Why `slug` cannot name a plugin folder, or an empty string when it can.
    static QString slugProblem(QStringView slug);

    // `value` resolved against `base` as described above; an empty QUrl when it cannot be.
    static QUrl resolveUrl(const QString &value, const QUrl &base);
};

} // namespace plugboard
