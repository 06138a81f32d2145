// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QUrl>

namespace plugboard {

// Where Plugboard may fetch repository data from: HTTPS anywhere; plain HTTP only to this
// machine (loopback); file:// only where the caller allows a local folder repository; never
// an address carrying a user name or password. Every redirect hop is held to the same rules.
namespace UrlPolicy {

enum class Files { Refused, Allowed };

// Ok, or an Error (InvalidInput) whose sentence names the address and what is wrong with it.
// `what` says what the address is for ("the repository's manifest").
Result<void> check(const QUrl &url, const QString &what, Files files = Files::Refused);

// The same for a hop the server redirected to: `from` is where the redirect came from.
Result<void> checkRedirect(const QUrl &from, const QUrl &to, const QString &what,
                           Files files = Files::Refused);

bool isLoopback(const QUrl &url);

// The address with any user name and password removed, for sentences and logs.
QString display(const QUrl &url);

} // namespace UrlPolicy
} // namespace plugboard
