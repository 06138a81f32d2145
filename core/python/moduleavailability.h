// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

namespace plugboard {

// Which top-level Python modules the interpreter Plugboard embeds can import, asked of that same
// installation (Interpreter::executable(), isolated like the embedded one) in a short child
// process: find_spec only, no module is imported, so nothing a plugin names runs.
//
// Blocking (tens of milliseconds the first time; answers are remembered per process): call it
// from a pool thread, never from the GUI thread.
namespace ModuleAvailability {

// The names among `modules` that cannot be found, in the order given.
Result<QStringList> missing(const QStringList &modules, int timeoutMs = 10000);

} // namespace ModuleAvailability
} // namespace plugboard
