// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/repos: the canonical writer over simdjson's DOM, shared by canonicaljson.cpp
// and the manifest reader (which already holds the parsed document). See canonicaljson.h for
// the exact output.

#include "common/result.h"
#include "repos/canonicaljson.h"

#include <simdjson.h>

#include <string>

namespace plugboard::repojson {

enum class Escaping { Ascii, Utf8 };

// Appends the canonical text of `value` (no trailing newline) to `out`.
void writeCanonical(simdjson::dom::element value, Escaping escaping, std::string &out);

// The four forms of the object `manifest`, in the order of canonicaljson::signedForms().
QList<SignedBytesForm> signedFormsOf(simdjson::dom::element manifest);

// The inner `manifest` object of a parsed document, or an Error with a sentence.
Result<simdjson::dom::element> innerManifest(simdjson::dom::element root);

} // namespace plugboard::repojson
