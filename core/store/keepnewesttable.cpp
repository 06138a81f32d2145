// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/keepnewesttable.h"

#include "store/database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace plugboard {

KeepNewestTable::KeepNewestTable(QString databasePath, QString table, QString insertSql,
                                 int keepPerKey)
    : m_path(std::move(databasePath))
    , m_table(std::move(table))
    , m_insertSql(std::move(insertSql))
    , m_keep(keepPerKey)
{}

Result<void> KeepNewestTable::appendRows(qsizetype count, const QString &doing,
                                         const RowBinder &bindRow) const
{
    if (count == 0)
        return {};
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    // Rolls back on every early return below, so a failed row leaves the table as it was.
    Database::WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(doing); !r)
        return r;
    QSqlQuery q(db.value());
    q.prepare(m_insertSql);
    QSet<QString> keys;
    for (qsizetype i = 0; i < count; ++i) {
        const QString &key = bindRow(q, i);
        if (!q.exec())
            return Database::errorFrom(q.lastError(), doing);
        keys.insert(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (Result<void> r = Database::keepNewest(db.value(), m_table, key, m_keep); !r)
            return r;
    }
    return tx.commit(doing);
}

Result<void> KeepNewestTable::forget(const QString &key) const
{
    return Database::forgetKey(m_path, m_table, key);
}

} // namespace plugboard
