// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace plugboard {

// The REST API's bearer token (SPEC §12): 32 random bytes as 64 hex characters in
// <data dir>/api-token, mode 0600, made on first use and replaced by rotate(). Written through
// a temporary file and a rename, so a reader never sees half a token.
namespace ApiToken {

QString path(const QString &dataDir);

// The token, created when there is none yet. A file with other permissions than 0600, or a
// malformed one, is an error rather than something to trust.
Result<QByteArray> load(const QString &dataDir);

// A new token replaces the old one at once; clients holding the old one get 401 from then on.
Result<QByteArray> rotate(const QString &dataDir);

// Compares in time that depends only on the length of `expected`, so a client cannot learn the
// token a character at a time by timing refusals.
bool matches(const QByteArray &expected, const QByteArray &presented);

} // namespace ApiToken
} // namespace plugboard
