// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storedrepository.h"

#include <QString>

namespace plugboard {

// Dispatcharr's official plugin repository: present from the first start, enabled, pinned to
// its key's fingerprint. Plugboard does not ship the key; it fetches it from where the
// repository publishes it, once online access is allowed, and keeps it only if the fingerprint
// matches.
namespace OfficialRepository {

inline const QString Url = QStringLiteral("https://dispatcharr.github.io/Plugins/manifest.json");
inline const QString KeyUrl =
    QStringLiteral("https://raw.githubusercontent.com/Dispatcharr/Plugins/main/.github/scripts/"
                   "keys/dispatcharr-plugins.pub");
inline const QString Fingerprint = QStringLiteral("46A930568E0FB9CA834CD7F87EC03A6B4C2234CE");
inline const QString Name = QStringLiteral("Dispatcharr/Plugins");

// The row RepositoryStore::ensureOfficial() adds on the first start.
inline StoredRepository row()
{
    StoredRepository official;
    official.url = Url;
    official.name = Name;
    official.official = true;
    official.enabled = true;
    official.fingerprint = Fingerprint;
    return official;
}

// Whether a repository's registry_name claims to be the official one: whole names compared
// after case folding and dropping everything but letters and digits ("dispatcharr plugins",
// "Dispatcharr-Plugins"), never substrings ("Unofficial Dispatcharr Tools" is fine).
bool claimsToBeOfficial(const QString &registryName);

} // namespace OfficialRepository
} // namespace plugboard
