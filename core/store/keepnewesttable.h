// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/newestperkey.h"

#include <QList>
#include <QString>

#include <functional>

class QSqlQuery;

namespace plugboard {

// An append-only table that keeps only the newest `keepPerKey` rows of each key: the run journal
// and the plugin log. The table has `id INTEGER PRIMARY KEY AUTOINCREMENT` and a `key` column
// (Database::keepNewest trims by them).
class KeepNewestTable {
public:
    // `insertSql` inserts one row; append()'s bind callback fills its placeholders.
    KeepNewestTable(QString databasePath, QString table, QString insertSql, int keepPerKey);

    // Appends `items` in one write transaction and trims every key they touch to its newest
    // rows; on any failure nothing is written. Items the trim would delete at once are not
    // inserted at all (newestPerKey), so a burst of thousands costs about `keepPerKey` rows per
    // key. `bind(query, item)` adds one item's values in placeholder order; `doing` names the
    // work in error sentences. T has a QString `key`.
    template<typename T, typename Bind>
    Result<void> append(const QList<T> &items, const QString &doing, Bind &&bind) const
    {
        const QList<T> rows = newestPerKey(items, m_keep);
        return appendRows(rows.size(), doing,
                          [&rows, &bind](QSqlQuery &query, qsizetype i) -> const QString & {
                              bind(query, rows.at(i));
                              return rows.at(i).key;
                          });
    }

    // Deletes every row of `key`.
    Result<void> forget(const QString &key) const;

    const QString &databasePath() const { return m_path; }

private:
    // Binds row i of the batch and returns its key. append()'s lambda holds two references,
    // which fit std::function's small buffer: no allocation per batch.
    using RowBinder = std::function<const QString &(QSqlQuery &, qsizetype)>;
    Result<void> appendRows(qsizetype count, const QString &doing, const RowBinder &bindRow) const;

    QString m_path;
    QString m_table;
    QString m_insertSql;
    int m_keep;
};

} // namespace plugboard
