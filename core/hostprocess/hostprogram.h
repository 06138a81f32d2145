// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace plugboard::HostProgram {

// The plugboard-host executable the products start for each plugin: PLUGBOARD_HOST_PROGRAM
// when set; else the installed one (libexec/plugboard, found relative to the running
// executable, whatever the prefix); else, for executables inside the build tree, the one built
// there. Empty when none exists.
QString path();

// The environment a host (or the host zygote) starts with: Plugboard's, plus two malloc arenas
// instead of eight per core (each reserves 64 MiB of address space, which would count against
// the memory cap without ever being used) and Qt's own event dispatcher (a host needs no GLib
// integration, and it wakes up sooner).
QProcessEnvironment environment();

} // namespace plugboard::HostProgram
