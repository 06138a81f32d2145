// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <Python.h> // before Qt: Python's object.h has a member named `slots`

#include "python/pythonversion.h"

namespace plugboard::python {

QString libraryVersion()
{
    // "3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]": callable before Py_Initialize, and
    // answered by the loaded libpython, not by the headers the build saw (PY_VERSION).
    return QString::fromUtf8(Py_GetVersion()).section(QLatin1Char(' '), 0, 0);
}

} // namespace plugboard::python
