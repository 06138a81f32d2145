// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "repos/repositorymanifest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace plugboard {

// What a repository's manifest must prove, and against which keys (REPOSITORIES.md §2).
struct RepositoryTrust {
    QString name;           // for sentences: the repository's name or URL
    QString fingerprint;    // the pinned key; empty = an unsigned repository
    QByteArray publicKey;   // that key (armored or binary)
    QDateTime lastSignedAt; // the signature time last accepted here (replay check); null = none
    bool official = false;  // the official repository itself
    QByteArray officialKey; // the official key, when known: a third-party manifest that calls
                            // itself the official repository must verify against it (a mirror)
    QString gpgvProgram;    // empty = SignatureVerifier::defaultProgram()
};

enum class SignatureState { Verified, Unsigned };

// A manifest that passed every check, with what its signature proved.
template<typename Read> struct CheckedManifest {
    Read read;
    SignatureState signature = SignatureState::Unsigned;
    QDateTime signedAt;  // when verified
    QString matchedForm; // which bytes the signature covered ("ascii+newline"), for the log
    bool mirrorOfOfficial = false;
};
using CheckedRootManifest = CheckedManifest<RepositoryManifestRead>;
using CheckedPluginManifest = CheckedManifest<RepositoryPluginManifestRead>;

// Reads and checks manifests. Blocking (gpgv runs): a pool thread, never the GUI thread.
//
// With a pinned key, a manifest that is unsigned, stripped, signed by another key, not covering
// these bytes, or signed before the last accepted one is refused (the caller keeps the last good
// manifest). Without a key the manifest is accepted as unsigned, whatever it carries. A
// third-party manifest whose registry_name claims to be the official repository is accepted
// only when it verifies against the official key.
namespace ManifestCheck {

Result<CheckedRootManifest> root(const QByteArray &bytes, const RepositoryTrust &trust);
Result<CheckedPluginManifest> plugin(const QByteArray &bytes, const RepositoryTrust &trust,
                                     const RepositoryBases &rootBases, const QString &slug);

} // namespace ManifestCheck
} // namespace plugboard
