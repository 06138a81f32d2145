#include "store/pluginlogstore.h"

#include "common/isotime.h"
#include "store/newestperkey.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace plugboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PluginLogStore", text);
}

} // namespace

PluginLogStore::PluginLogStore(QString databasePath, int keepPerPlugin)
    : m_path(std::move(databasePath))
    , m_keep(keepPerPlugin)
{}

Result<void> PluginLogStore::write(const QList<LogLine> &written)
{
    // Rows the trim below would delete at once are not written at all.
    const QList<LogLine> lines = newestPerKey(written, m_keep);
    if (lines.isEmpty())
        return {};
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    const QString doing = tr("recording plugin log lines");
    Database::WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(doing); !r)
        return r;
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("INSERT INTO plugin_log (key, at, level, text) VALUES (?, ?, ?, ?)"));
    QSet<QString> keys;
    for (const LogLine &line : lines) {
        q.addBindValue(Database::text(line.key));
        const QString at = isoUtcFromMs(line.atMs);
        q.addBindValue(
            at.isNull()
                ? QDateTime::fromMSecsSinceEpoch(line.atMs, Qt::UTC).toString(Qt::ISODateWithMs)
                : at);
        q.addBindValue(line.level.isNull() ? QStringLiteral("info") : line.level);
        q.addBindValue(Database::text(line.text.left(MaxLineChars)));
        if (!q.exec())
            return Database::errorFrom(q.lastError(), doing);
        keys.insert(line.key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (Result<void> r =
                Database::keepNewest(db.value(), QStringLiteral("plugin_log"), key, m_keep);
            !r)
            return r;
    }
    return tx.commit(doing);
}

Result<QList<LogLine>> PluginLogStore::recent(const QString &key, int limit) const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, at, level, text FROM plugin_log WHERE key = ? "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(key);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), tr("reading the log of %1").arg(key));
    QList<LogLine> lines;
    while (q.next()) {
        lines.append(
            {q.value(0).toString(),
             QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             q.value(2).toString(), q.value(3).toString()});
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
}

Result<void> PluginLogStore::forget(const QString &key)
{
    return Database::forgetKey(m_path, QStringLiteral("plugin_log"), key);
}

} // namespace plugboard
