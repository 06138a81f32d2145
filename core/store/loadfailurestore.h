// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

namespace plugboard {

// A plugin's last failed load, as the process that saw it stored it.
struct StoredLoadFailure {
    QString error;
    QString traceback;
    QString failedAt;  // ISO 8601 UTC
    QString codeStamp; // which code failed (LoadFailureStore::codeStamp); another means stale
};

// The last failed load of each plugin (the plugin_load_failures table), kept until the plugin
// loads or its code changes, so a later `plugboardctl list`, a restarted window or another
// process's REST list still say why an enabled plugin does not run. Uses the calling thread's
// connection.
class LoadFailureStore {
public:
    explicit LoadFailureStore(QString databasePath);

    Result<QHash<QString, StoredLoadFailure>> all() const;
    Result<void> record(const QString &key, const StoredLoadFailure &failure);
    Result<void> clear(const QString &key);

    // Which code is in a plugin folder, cheaply: the size and modification time of its entry
    // file and of plugin.json (two stat calls, no walk). An edit or an import of either makes
    // another stamp; an edit of another module of the plugin does not.
    static QString codeStamp(const QString &folderPath, const QString &entryFile);

private:
    QString m_path;
};

} // namespace plugboard
