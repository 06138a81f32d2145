// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/memorylimits.h"
#include "common/result.h"

#include <QString>

namespace plugboard {

// What the user set as limits for one plugin's process (the plugin_limits table). A plugin
// with no row gets the defaults. Uses the calling thread's connection.
class PluginLimitStore {
public:
    // Of the address space a plugin's process may use: 2 GiB unless the user says otherwise.
    static constexpr int DefaultMemoryLimitMb = 2048;
    static constexpr int MinMemoryLimitMb = 256;         // the interpreter alone needs ~100 MiB
    static constexpr int MaxMemoryLimitMb = 1024 * 1024; // 1 TiB: "no practical limit"

    explicit PluginLimitStore(QString databasePath);

    // The limit in MiB, and whether it is the default (no row).
    struct MemoryLimit {
        int mb = DefaultMemoryLimitMb;
        bool isDefault = true;
    };
    Result<MemoryLimit> memoryLimit(const QString &key) const;
    // 0 goes back to the default; anything else must lie within [Min, Max].
    Result<MemoryLimit> setMemoryLimit(const QString &key, int mb);

private:
    QString m_path;
};

} // namespace plugboard
