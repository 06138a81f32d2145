// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/storedplugin.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace plugboard {

// The plugins table. Every method uses the calling thread's connection, so one PluginStore may
// be used from any thread. Writes that read first take the write lock up front
// (BEGIN IMMEDIATE): two processes saving settings at once never lose one another's change.
class PluginStore {
public:
    explicit PluginStore(QString databasePath);

    const QString &databasePath() const { return m_path; }

    Result<QList<StoredPlugin>> all() const;
    Result<std::optional<StoredPlugin>> find(const QString &key) const;

    // Brings the table in line with discovery, in one transaction and only writing what
    // changed: inserts rows for new keys, refreshes name/version/description, and marks rows
    // whose folder is gone as missing — which also disables them and withdraws trust, so a folder
    // that comes back does not run before its user says so again. Never deletes a row.
    // Returns all rows afterwards.
    Result<QList<StoredPlugin>> sync(const QList<DiscoveredMetadata> &present);

    // Read-modify-write of one row under the write lock. `change` sees the current row and
    // returns the row to store, or an Error that aborts without writing.
    using RowChange = std::function<Result<StoredPlugin>(const StoredPlugin &)>;
    Result<StoredPlugin> update(const QString &key, const RowChange &change);

    Result<void> remove(const QString &key);

    // A number that changes with every write to the plugins table, from any process.
    Result<qint64> revision() const;

private:
    QString m_path;
};

} // namespace plugboard
