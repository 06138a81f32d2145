// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pluginlimitstore.h"

#include "store/database.h"
#include <QCoreApplication>

#include <QSqlError>
#include <QSqlQuery>

namespace plugboard {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginLimitStore)
};
} // namespace

PluginLimitStore::PluginLimitStore(QString databasePath)
    : m_path(std::move(databasePath))
{}

Result<PluginLimitStore::MemoryLimit> PluginLimitStore::memoryLimit(const QString &key) const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT memory_limit_mb FROM plugin_limits WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("reading the plugin's memory limit"));
    if (!q.next())
        return MemoryLimit{};
    const int mb = q.value(0).toInt();
    // A value some other tool wrote outside the range counts as not set.
    if (mb < MinMemoryLimitMb || mb > MaxMemoryLimitMb)
        return MemoryLimit{};
    return MemoryLimit{mb, false};
}

Result<PluginLimitStore::MemoryLimit> PluginLimitStore::setMemoryLimit(const QString &key, int mb)
{
    if (mb != 0 && (mb < MinMemoryLimitMb || mb > MaxMemoryLimitMb)) {
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("A plugin's memory limit must be between %1 and %2 MiB (or 0 for "
                     "the default, %3 MiB); %4 is not.")
                .arg(MinMemoryLimitMb)
                .arg(MaxMemoryLimitMb)
                .arg(DefaultMemoryLimitMb)
                .arg(mb));
    }
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (mb == 0) {
        q.prepare(QStringLiteral("DELETE FROM plugin_limits WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO plugin_limits (key, memory_limit_mb) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(mb);
    }
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("saving the plugin's memory limit"));
    return mb == 0 ? MemoryLimit{} : MemoryLimit{mb, false};
}

} // namespace plugboard
