// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard {

// One line a plugin logged (a logger record or print() output).
struct LogLine {
    QString key;
    qint64 atMs = 0; // epoch milliseconds
    QString level;   // "debug", "info", "warning", "error"
    QString text;
};

} // namespace plugboard
