// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pluginlogstore.h"

#include "common/isotime.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginLogStore)
};

} // namespace

PluginLogStore::PluginLogStore(QString databasePath, int keepPerPlugin)
    : m_table(std::move(databasePath), QStringLiteral("plugin_log"),
              QStringLiteral("INSERT INTO plugin_log (key, at, level, text) VALUES (?, ?, ?, ?)"),
              keepPerPlugin)
{}

Result<void> PluginLogStore::write(const QList<LogLine> &lines)
{
    return m_table.append(
        lines, Text::tr("recording plugin log lines"), [](QSqlQuery &q, const LogLine &line) {
            q.addBindValue(Database::text(line.key));
            const QString at = isoUtcFromMs(line.atMs);
            q.addBindValue(
                at.isNull()
                    ? QDateTime::fromMSecsSinceEpoch(line.atMs, Qt::UTC).toString(Qt::ISODateWithMs)
                    : at);
            q.addBindValue(line.level.isNull() ? QStringLiteral("info") : line.level);
            q.addBindValue(Database::text(line.text.left(MaxLineChars)));
        });
}

Result<QList<LogLine>> PluginLogStore::recent(const QString &key, int limit) const
{
    Result<QSqlDatabase> db = Database::connection(m_table.databasePath());
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, at, level, text FROM plugin_log WHERE key = ? "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(key);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("reading the log of %1").arg(key));
    QList<LogLine> lines;
    while (q.next()) {
        lines.append(
            {q.value(0).toString(),
             QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             q.value(2).toString(), q.value(3).toString()});
    }
    if (q.lastError().isValid()) // a row that could not be read ends the loop too
        return Database::errorFrom(q.lastError(), Text::tr("reading the log of %1").arg(key));
    std::reverse(lines.begin(), lines.end());
    return lines;
}

Result<void> PluginLogStore::forget(const QString &key)
{
    return m_table.forget(key);
}

} // namespace plugboard
