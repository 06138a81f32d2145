// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard::python {

// The version of the libpython this process runs ("3.11.2"), asked of the library itself, so it
// stays true after a Debian update of libpython. Does not start the interpreter. Free of
// pybind11 and Python.h: the About box and --version reach it through RuntimeVersions.
QString libraryVersion();

} // namespace plugboard::python
