// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace plugboard {

// The bytes a repository signs: the inner `manifest` object of a repository manifest written
// exactly as `jq -ca .manifest` writes it (docs in REPOSITORIES.md §2). Qt's JSON classes sort
// keys, so these functions walk simdjson's DOM, which keeps the file's order.
//
// What comes out:
// - compact, `,` and `:` without spaces, keys in file order; a key given twice in one object is
//   written once, at its first place, with its last value (as jq does);
// - strings: `"` and `\` escaped, \b \f \n \r \t, other control characters and DEL as \u00xx,
//   `/` as is; in the ASCII forms every other non-ASCII character as a lowercase \uXXXX
//   escape (a surrogate pair above U+FFFF), in the UTF-8 forms as raw UTF-8;
// - numbers: an integer that fits 64 bits exactly as written, digit for digit (jq 1.7 keeps
//   it; jq 1.6 rounds beyond 2^53). Any other number (a fraction, an exponent, "1.0") is
//   written from its double as jq 1.6 prints it: the shortest digits that read back as the
//   same double, in plain notation unless the decimal point is more than 15 places beyond
//   the digits or the value is below 1e-4, then as d.ddde+XX (at least two exponent digits).
//   So 1.0 → 1, 1e2 → 100, 1e17 → 1e+17, 0.00001 → 1e-05, -0.0 → -0. Two differences from
//   jq 1.6 remain: the integer literal -0 comes out 0 (simdjson reads it as the integer 0, as
//   Python does), and integers beyond 64 bits or numbers beyond the double range refuse the
//   whole file (simdjson refuses them). No real repository writes any of these.
// - the ASCII form with newline is first: it is what Dispatcharr signs today.
struct SignedBytesForm {
    QString name;     // for the log: "ascii+newline", "ascii", "utf8+newline", "utf8"
    QByteArray bytes; // what a signature over this form covers
};

namespace canonicaljson {

// Files larger than this are not read (the repository manifest cap).
inline constexpr qsizetype MaxDocumentBytes = 16 * 1024 * 1024;

// `jq -ca .manifest` of the whole file `document`: the top level must be an object with a
// `manifest` member that is an object (the last one when the key is repeated). A leading UTF-8
// byte order mark is skipped; anything else that is not JSON is an Error with a sentence.
Result<QByteArray> signedBytes(QByteArrayView document);

// The four forms a verifier may try, in this order: ascii+newline (jq -ca), ascii (no
// newline), utf8+newline, utf8.
Result<QList<SignedBytesForm>> signedForms(QByteArrayView document);

} // namespace canonicaljson
} // namespace plugboard
