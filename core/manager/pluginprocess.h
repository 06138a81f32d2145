// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard {

// One plugin's process as About ▸ Processes shows it.
struct PluginProcess {
    QString key;
    QString name;
    qint64 pid = 0;
    qint64 residentBytes = 0;
    qint64 memoryLimitBytes = 0; // 0: none
};

} // namespace plugboard
