// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace plugboard {

// Orders the version texts repositories publish ("0.5.08", "1.26.2481147", "v0.20.0",
// "1.0.0-beta.2"). Returns < 0 when a is older than b, 0 when they name the same version, > 0
// when a is newer. Never "a different string is an update".
//
// - Surrounding spaces and one leading 'v' or 'V' are ignored; so is build metadata after '+'.
// - The release part (before the first '-') is split at '.': a segment of digits is a number
//   of any length ("08" == "8", "2481147" > "999"); missing segments are 0 ("1.2" == "1.2.0").
// - A segment mixing digits and other characters ("0rc1", "2b3") is compared in runs: digits
//   as numbers, other text case-insensitively, a number after text. Where one segment stops
//   and the other goes on with text, the longer one is the older ("0rc1" < "0", "2b" < "2",
//   as PEP 440 orders "1.0rc1" < "1.0"); where it goes on with a number, the longer one is the
//   newer ("2b3" > "2b"). An empty segment counts as 0.
// - A pre-release tag (after the first '-') sorts before the release ("1.0.0-beta" <
//   "1.0.0"); two tags compare by '.'-separated identifiers as SemVer says: numbers as
//   numbers and before words, words case-insensitively, a shorter list of equal identifiers
//   first ("beta" < "beta.2" < "rc").
// - A blank text sorts before every version; two blank texts are equal.
int compareVersions(QStringView a, QStringView b);

inline bool isNewerVersion(QStringView candidate, QStringView installed)
{
    return compareVersions(candidate, installed) > 0;
}

} // namespace plugboard
