// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

// The names Plugboard gives its own entries in the plugins folder. Each starts with ".", so
// discovery never takes one for a plugin (SPEC §1), and FolderRemover::cleanLeftovers() finds
// what a crash left behind by them.
namespace plugboard::HiddenNames {

// <prefix><folder>-<random>/: files being extracted or copied in, before one rename.
inline constexpr QLatin1StringView StagingPrefix(".plugboard-staging-");
// <prefix><folder>-<random>/: the old plugin, moved aside while a replace completes.
inline constexpr QLatin1StringView ReplacedPrefix(".plugboard-replaced-");
// <prefix><folder>-<random>/: a removed plugin, renamed away and being deleted.
inline constexpr QLatin1StringView RemovedPrefix(".plugboard-removed-");
// Held around every commit into the plugins folder.
inline constexpr QLatin1StringView InstallLock(".plugboard-install.lock");

// "<prefix><folder>-<random>". The random part never holds a '-', so the folder can be read
// back as everything between the prefix and the last '-'.
QString unique(QLatin1StringView prefix, const QString &folder);

} // namespace plugboard::HiddenNames
