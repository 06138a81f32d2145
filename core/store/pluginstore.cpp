// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pluginstore.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginStore)
};

const QString kColumns = QStringLiteral(
    "key, name, version, description, enabled, ever_enabled, trusted, missing, settings, "
    "created_at, updated_at");

StoredPlugin rowFrom(const QSqlQuery &q)
{
    StoredPlugin row;
    row.key = q.value(0).toString();
    row.name = q.value(1).toString();
    row.version = q.value(2).toString();
    row.description = q.value(3).toString();
    row.enabled = q.value(4).toBool();
    row.everEnabled = q.value(5).toBool();
    row.trusted = q.value(6).toBool();
    row.missing = q.value(7).toBool();
    // A settings text that is not a JSON object (hand-edited, foreign tool) reads as empty;
    // it is only overwritten when the user saves settings.
    const QByteArray settings = q.value(8).toByteArray();
    if (settings != "{}") // the common case needs no parse
        row.settings = QJsonDocument::fromJson(settings).object();
    row.createdAt = q.value(9).toString();
    row.updatedAt = q.value(10).toString();
    return row;
}

using Database::text;
using Database::WriteTransaction;

Result<QList<StoredPlugin>> selectAll(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM plugins ORDER BY key").arg(kColumns)))
        return Database::errorFrom(q.lastError(), Text::tr("reading plugins"));
    QList<StoredPlugin> rows;
    while (q.next())
        rows.append(rowFrom(q));
    if (q.lastError().isValid()) // a row that could not be read ends the loop too
        return Database::errorFrom(q.lastError(), Text::tr("reading plugins"));
    return rows;
}

Result<std::optional<StoredPlugin>> selectOne(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM plugins WHERE key = ?").arg(kColumns));
    q.addBindValue(key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("reading plugin %1").arg(key));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Database::errorFrom(q.lastError(), Text::tr("reading plugin %1").arg(key));
        return std::optional<StoredPlugin>();
    }
    return std::optional<StoredPlugin>(rowFrom(q));
}

Result<void> writeRow(QSqlDatabase &db, const StoredPlugin &row, bool insert)
{
    QSqlQuery q(db);
    if (insert) {
        q.prepare(
            QStringLiteral("INSERT INTO plugins (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kColumns));
        q.addBindValue(row.key);
    } else {
        q.prepare(QStringLiteral("UPDATE plugins SET name = ?, version = ?, description = ?, "
                                 "enabled = ?, ever_enabled = ?, trusted = ?, missing = ?, "
                                 "settings = ?, created_at = ?, updated_at = ? WHERE key = ?"));
    }
    q.addBindValue(text(row.name));
    q.addBindValue(text(row.version));
    q.addBindValue(text(row.description));
    q.addBindValue(int(row.enabled));
    q.addBindValue(int(row.everEnabled));
    q.addBindValue(int(row.trusted));
    q.addBindValue(int(row.missing));
    q.addBindValue(QString::fromUtf8(QJsonDocument(row.settings).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(row.createdAt));
    q.addBindValue(text(row.updatedAt));
    if (!insert)
        q.addBindValue(row.key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("saving plugin %1").arg(row.key));
    return {};
}

} // namespace

PluginStore::PluginStore(QString databasePath)
    : m_path(std::move(databasePath))
{}

Result<QList<StoredPlugin>> PluginStore::all() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return selectAll(db.value());
}

Result<std::optional<StoredPlugin>> PluginStore::find(const QString &key) const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return selectOne(db.value(), key);
}

Result<QList<StoredPlugin>> PluginStore::sync(const QList<DiscoveredMetadata> &present)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    Result<QList<StoredPlugin>> before = selectAll(db.value());
    if (!before)
        return before;

    // Decide what to write from a plain read first: the common case (nothing changed) then
    // takes no write lock at all.
    auto plan = [&present](const QList<StoredPlugin> &rows) {
        QHash<QString, qsizetype> indexByKey;
        for (qsizetype i = 0; i < rows.size(); ++i)
            indexByKey.insert(rows[i].key, i);
        QList<std::pair<StoredPlugin, bool>> writes; // row, insert?
        QSet<QString> seen;
        const QString now = Database::nowText();
        for (const DiscoveredMetadata &meta : present) {
            seen.insert(meta.key);
            const auto it = indexByKey.constFind(meta.key);
            if (it == indexByKey.cend()) {
                StoredPlugin row;
                row.key = meta.key;
                row.name = meta.name;
                row.version = meta.version;
                row.description = meta.description;
                row.createdAt = row.updatedAt = now;
                writes.append({row, true});
                continue;
            }
            StoredPlugin row = rows[*it];
            if (row.name == meta.name && row.version == meta.version &&
                row.description == meta.description && !row.missing)
                continue;
            row.name = meta.name;
            row.version = meta.version;
            row.description = meta.description;
            row.missing = false;
            row.updatedAt = now;
            writes.append({row, false});
        }
        for (const StoredPlugin &existing : rows) {
            if (seen.contains(existing.key) || existing.missing)
                continue;
            StoredPlugin row = existing;
            row.missing = true;
            row.enabled = false;
            row.trusted = false;
            row.updatedAt = now;
            writes.append({row, false});
        }
        return writes;
    };
    if (plan(before.value()).isEmpty())
        return before;

    WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(Text::tr("recording discovered plugins")); !r)
        return r.error();
    // Re-read under the lock: another process may have written since the plain read.
    Result<QList<StoredPlugin>> current = selectAll(db.value());
    if (!current)
        return current;
    for (const auto &[row, insert] : plan(current.value())) {
        if (Result<void> r = writeRow(db.value(), row, insert); !r)
            return r.error();
    }
    if (Result<void> r = tx.commit(Text::tr("recording discovered plugins")); !r)
        return r.error();
    return selectAll(db.value());
}

Result<StoredPlugin> PluginStore::update(const QString &key, const RowChange &change)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(Text::tr("saving plugin %1").arg(key)); !r)
        return r.error();
    Result<std::optional<StoredPlugin>> current = selectOne(db.value(), key);
    if (!current)
        return current.error();
    if (!current.value()) {
        return Database::unknownPlugin(key);
    }
    Result<StoredPlugin> changed = change(*current.value());
    if (!changed)
        return changed;
    StoredPlugin row = changed.value();
    row.key = key;
    row.updatedAt = Database::nowText();
    if (Result<void> r = writeRow(db.value(), row, false); !r)
        return r.error();
    if (Result<void> r = tx.commit(Text::tr("saving plugin %1").arg(key)); !r)
        return r.error();
    return row;
}

Result<void> PluginStore::remove(const QString &key)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("DELETE FROM plugins WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("removing plugin %1").arg(key));
    return {};
}

Result<qint64> PluginStore::revision() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'revision'")) || !q.next())
        return Database::errorFrom(q.lastError(), Text::tr("reading the revision"));
    return q.value(0).toLongLong();
}

} // namespace plugboard
