// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace plugboard::python {

// Source of the internal `_plugboard_support` module (executed once at interpreter start).
const char *supportSource();

} // namespace plugboard::python
