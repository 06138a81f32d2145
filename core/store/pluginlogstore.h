// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/keepnewesttable.h"
#include "store/logline.h"

#include <QList>
#include <QString>

namespace plugboard {

// Plugin log lines in SQLite, the last `keepPerPlugin` of each plugin.
class PluginLogStore {
public:
    static constexpr int DefaultKeepPerPlugin = 1000;
    static constexpr qsizetype MaxLineChars = 8 * 1024;

    explicit PluginLogStore(QString databasePath, int keepPerPlugin = DefaultKeepPerPlugin);

    Result<void> write(const QList<LogLine> &lines);
    // Oldest first, the newest `limit` lines.
    Result<QList<LogLine>> recent(const QString &key, int limit) const;
    Result<void> forget(const QString &key);

private:
    KeepNewestTable m_table;
};

} // namespace plugboard
