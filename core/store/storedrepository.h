// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace plugboard {

// One row of the repositories table: a plugin repository the user (or Plugboard, for the
// official one) added, and the last manifest from it that passed every check.
struct StoredRepository {
    qint64 id = 0;
    QString url;  // the root manifest's address
    QString name; // the manifest's registry_name once one was accepted; the URL's host before
    bool official = false; // Dispatcharr's own: present from the first start, never removed
    bool enabled = true;
    QString publicKey;   // armored OpenPGP key; empty while none is known
    QString fingerprint; // the pinned key's fingerprint (40 hex digits); empty = unsigned
    QByteArray manifest; // the last good root manifest, as fetched; empty = none yet
    QString signedAt;    // its signature's creation time (ISO 8601 UTC); empty when unsigned
    QString etag;        // validators of that response, for conditional requests
    QString lastModified;
    QString lastFetchedAt; // the last attempt, good or not
    QString lastGoodAt;    // the last attempt that gave (or confirmed) an accepted manifest
    QString lastError;     // the sentence of the last failed attempt; empty after a good one
    QString createdAt;
    QString updatedAt;

    bool isSigned() const { return !fingerprint.isEmpty(); }
};

// The last good per-plugin manifest (versions, checksums) of one plugin of a repository.
struct StoredRepositoryPlugin {
    qint64 repoId = 0;
    QString slug;
    QByteArray manifest;
    QString signedAt;
    QString etag;
    QString lastModified;
    QString fetchedAt;
};

// Where an installed plugin came from. repoId is 0 when its repository was removed: the plugin
// is then unmanaged, and repoName still says where it once came from.
struct ManagedInstall {
    QString key;
    qint64 repoId = 0;
    QString slug;
    QString version;
    QString repoName;

    bool isManaged() const { return repoId != 0; }
};

} // namespace plugboard
