// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/repositorystore.h"

#include "store/database.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RepositoryStore)
};

using Database::text;
using Database::WriteTransaction;

const QString kColumns = QStringLiteral(
    "id, url, name, official, enabled, public_key, fingerprint, manifest, signed_at, etag, "
    "last_modified, last_fetched_at, last_good_at, last_error, created_at, updated_at");

// How a repository is named in a sentence before its manifest gave it a name.
QString label(const StoredRepository &row)
{
    return row.name.isEmpty() ? row.url : row.name;
}

StoredRepository rowFrom(const QSqlQuery &q)
{
    StoredRepository row;
    row.id = q.value(0).toLongLong();
    row.url = q.value(1).toString();
    row.name = q.value(2).toString();
    row.official = q.value(3).toBool();
    row.enabled = q.value(4).toBool();
    row.publicKey = q.value(5).toString();
    row.fingerprint = q.value(6).toString();
    row.manifest = q.value(7).toByteArray();
    row.signedAt = q.value(8).toString();
    row.etag = q.value(9).toString();
    row.lastModified = q.value(10).toString();
    row.lastFetchedAt = q.value(11).toString();
    row.lastGoodAt = q.value(12).toString();
    row.lastError = q.value(13).toString();
    row.createdAt = q.value(14).toString();
    row.updatedAt = q.value(15).toString();
    return row;
}

// SELECT with one bound value (or none) → the rows it finds.
Result<QList<StoredRepository>> select(QSqlDatabase &db, const QString &where,
                                       const QVariant &value, const QString &doing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM repositories %2 ORDER BY official DESC, id")
                  .arg(kColumns, where));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), doing);
    QList<StoredRepository> rows;
    while (q.next())
        rows.append(rowFrom(q));
    if (q.lastError().isValid()) // a row that could not be read ends the loop
        return Database::errorFrom(q.lastError(), doing);
    return rows;
}

Result<std::optional<StoredRepository>> selectOne(QSqlDatabase &db, const QString &where,
                                                  const QVariant &value, const QString &doing)
{
    Result<QList<StoredRepository>> rows = select(db, where, value, doing);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<StoredRepository>();
    return std::optional<StoredRepository>(rows.value().constFirst());
}

// Binds every column but id, in kColumns order.
void bindColumns(QSqlQuery &q, const StoredRepository &row)
{
    q.addBindValue(row.url);
    q.addBindValue(text(row.name));
    q.addBindValue(int(row.official));
    q.addBindValue(int(row.enabled));
    q.addBindValue(text(row.publicKey));
    q.addBindValue(text(row.fingerprint));
    // An empty manifest is stored as NULL ("none yet"), never as an empty blob.
    q.addBindValue(row.manifest.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                          : QVariant(row.manifest));
    q.addBindValue(text(row.signedAt));
    q.addBindValue(text(row.etag));
    q.addBindValue(text(row.lastModified));
    q.addBindValue(text(row.lastFetchedAt));
    q.addBindValue(text(row.lastGoodAt));
    q.addBindValue(text(row.lastError));
    q.addBindValue(text(row.createdAt));
    q.addBindValue(text(row.updatedAt));
}

Result<StoredRepository> insert(QSqlDatabase &db, StoredRepository row)
{
    row.createdAt = row.updatedAt = Database::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO repositories (%1) VALUES "
                             "(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns));
    bindColumns(q, row);
    if (!q.exec())
        return Database::errorFrom(q.lastError(),
                                   Text::tr("adding the repository %1").arg(label(row)));
    row.id = q.lastInsertId().toLongLong();
    return row;
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  const QString &doing)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), doing);
    return {};
}

Error notFound(qint64 id)
{
    return Error::make(ErrorCode::NotFound, Text::tr("No repository with id %1.").arg(id));
}

// The row with `id` (read inside the caller's transaction), or NotFound.
Result<StoredRepository> existing(QSqlDatabase &db, qint64 id, const QString &doing)
{
    Result<std::optional<StoredRepository>> row =
        selectOne(db, QStringLiteral("WHERE id = ?"), id, doing);
    if (!row)
        return row.error();
    if (!row.value())
        return notFound(id);
    return *row.value();
}

} // namespace

RepositoryStore::RepositoryStore(QString databasePath)
    : m_path(std::move(databasePath))
{}

Result<QList<StoredRepository>> RepositoryStore::all() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return select(db.value(), {}, {}, Text::tr("reading the repositories"));
}

Result<std::optional<StoredRepository>> RepositoryStore::find(qint64 id) const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return selectOne(db.value(), QStringLiteral("WHERE id = ?"), id,
                     Text::tr("reading repository %1").arg(id));
}

Result<std::optional<StoredRepository>> RepositoryStore::findByUrl(const QString &url) const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return selectOne(db.value(), QStringLiteral("WHERE url = ?"), url,
                     Text::tr("reading the repository %1").arg(url));
}

Result<StoredRepository> RepositoryStore::add(StoredRepository row)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    const QString doing = Text::tr("adding the repository %1").arg(label(row));
    WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(doing); !r)
        return r.error();
    Result<std::optional<StoredRepository>> existing =
        selectOne(db.value(), QStringLiteral("WHERE url = ?"), row.url, doing);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        return Error::make(ErrorCode::Conflict,
                           Text::tr("The repository %1 is already in the list (as \"%2\").")
                               .arg(row.url, label(*existing.value())));
    }
    row.official = false; // only ensureOfficial() makes the official row
    Result<StoredRepository> added = insert(db.value(), std::move(row));
    if (!added)
        return added;
    if (Result<void> r = tx.commit(doing); !r)
        return r.error();
    return added;
}

Result<StoredRepository> RepositoryStore::ensureOfficial(StoredRepository official)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    const QString doing = Text::tr("adding the official repository");
    // The common case (it exists) is one plain read without the write lock.
    Result<std::optional<StoredRepository>> existing =
        selectOne(db.value(), QStringLiteral("WHERE official = ?"), 1, doing);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(doing); !r)
        return r.error();
    existing = selectOne(db.value(), QStringLiteral("WHERE official = ?"), 1, doing);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    // A user who added the official URL by hand before it was built in keeps that row: it
    // becomes the official one and is pinned to the official key from now on.
    if (Result<void> r = exec(db.value(),
                              QStringLiteral("UPDATE repositories SET official = 1, "
                                             "fingerprint = ?, public_key = '', manifest = NULL, "
                                             "signed_at = '', etag = '', last_modified = '', "
                                             "updated_at = ? WHERE url = ?"),
                              {official.fingerprint, Database::nowText(), official.url}, doing);
        !r)
        return r.error();
    existing = selectOne(db.value(), QStringLiteral("WHERE official = ?"), 1, doing);
    if (!existing)
        return existing.error();
    Result<StoredRepository> row =
        existing.value() ? Result<StoredRepository>(*existing.value()) : insert(db.value(), [&] {
            official.official = true;
            return std::move(official);
        }());
    if (!row)
        return row;
    if (Result<void> r = tx.commit(doing); !r)
        return r.error();
    return row;
}

Result<StoredRepository> RepositoryStore::update(qint64 id, const RowChange &change)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    const QString doing = Text::tr("saving repository %1").arg(id);
    WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(doing); !r)
        return r.error();
    Result<StoredRepository> current = existing(db.value(), id, doing);
    if (!current)
        return current;
    Result<StoredRepository> changed = change(current.value());
    if (!changed)
        return changed;
    StoredRepository row = changed.value();
    row.id = id;
    row.official = current.value().official;
    row.createdAt = current.value().createdAt;
    row.updatedAt = Database::nowText();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("UPDATE repositories SET url = ?, name = ?, official = ?, "
                             "enabled = ?, public_key = ?, fingerprint = ?, manifest = ?, "
                             "signed_at = ?, etag = ?, last_modified = ?, last_fetched_at = ?, "
                             "last_good_at = ?, last_error = ?, created_at = ?, updated_at = ? "
                             "WHERE id = ?"));
    bindColumns(q, row);
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), doing);
    if (Result<void> r = tx.commit(doing); !r)
        return r.error();
    return row;
}

Result<void> RepositoryStore::remove(qint64 id)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    const QString doing = Text::tr("removing repository %1").arg(id);
    WriteTransaction tx(db.value());
    if (Result<void> r = tx.begin(doing); !r)
        return r.error();
    Result<StoredRepository> current = existing(db.value(), id, doing);
    if (!current)
        return current.error();
    if (current.value().official) {
        return Error::make(
            ErrorCode::Conflict,
            Text::tr("The official repository %1 cannot be removed; disable it instead.")
                .arg(label(current.value())));
    }
    // Its plugins stay installed, unmanaged, and remember the repository's name.
    const QString name = label(current.value());
    for (const auto &[sql, values] :
         {std::pair{QStringLiteral("UPDATE plugins SET repo_id = NULL, repo_name = ? "
                                   "WHERE repo_id = ?"),
                    QVariantList{name, id}},
          std::pair{QStringLiteral("DELETE FROM repository_plugins WHERE repo_id = ?"),
                    QVariantList{id}},
          std::pair{QStringLiteral("DELETE FROM repositories WHERE id = ?"), QVariantList{id}}}) {
        if (Result<void> r = exec(db.value(), sql, values, doing); !r)
            return r;
    }
    return tx.commit(doing);
}

Result<std::optional<StoredRepositoryPlugin>>
RepositoryStore::pluginManifest(qint64 repoId, const QString &slug) const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT manifest, signed_at, etag, last_modified, fetched_at "
                             "FROM repository_plugins WHERE repo_id = ? AND slug = ?"));
    q.addBindValue(repoId);
    q.addBindValue(slug);
    if (!q.exec()) {
        return Database::errorFrom(
            q.lastError(),
            Text::tr("reading the manifest of %1 from repository %2").arg(slug).arg(repoId));
    }
    if (!q.next())
        return std::optional<StoredRepositoryPlugin>();
    StoredRepositoryPlugin row;
    row.repoId = repoId;
    row.slug = slug;
    row.manifest = q.value(0).toByteArray();
    row.signedAt = q.value(1).toString();
    row.etag = q.value(2).toString();
    row.lastModified = q.value(3).toString();
    row.fetchedAt = q.value(4).toString();
    return std::optional<StoredRepositoryPlugin>(std::move(row));
}

Result<void> RepositoryStore::savePluginManifest(const StoredRepositoryPlugin &row)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return exec(
        db.value(),
        QStringLiteral("INSERT OR REPLACE INTO repository_plugins (repo_id, slug, "
                       "manifest, signed_at, etag, last_modified, fetched_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {row.repoId, row.slug, row.manifest, text(row.signedAt), text(row.etag),
         text(row.lastModified), text(row.fetchedAt)},
        Text::tr("saving the manifest of %1 from repository %2").arg(row.slug).arg(row.repoId));
}

Result<QList<ManagedInstall>> RepositoryStore::managedInstalls() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    const QString doing = Text::tr("reading where plugins were installed from");
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, repo_id, repo_slug, repo_version, repo_name FROM "
                               "plugins WHERE repo_id IS NOT NULL OR repo_name != '' "
                               "ORDER BY key")))
        return Database::errorFrom(q.lastError(), doing);
    QList<ManagedInstall> installs;
    while (q.next()) {
        installs.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString()});
    }
    if (q.lastError().isValid()) // a row that could not be read ends the loop too
        return Database::errorFrom(q.lastError(), doing);
    return installs;
}

Result<void> RepositoryStore::setManaged(const ManagedInstall &install)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("UPDATE plugins SET repo_id = ?, repo_slug = ?, repo_version = ?, "
                             "repo_name = ?, updated_at = ? WHERE key = ?"));
    q.addBindValue(install.repoId ? QVariant(install.repoId)
                                  : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(install.slug));
    q.addBindValue(text(install.version));
    q.addBindValue(text(install.repoName));
    q.addBindValue(Database::nowText());
    q.addBindValue(install.key);
    const QString doing = Text::tr("recording where plugin %1 came from").arg(install.key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), doing);
    if (q.numRowsAffected() == 0) {
        return Database::unknownPlugin(install.key);
    }
    return {};
}

Result<void> RepositoryStore::clearManaged(const QString &key)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return exec(db.value(),
                QStringLiteral("UPDATE plugins SET repo_id = NULL, repo_slug = '', "
                               "repo_version = '', repo_name = '', updated_at = ? WHERE key = ? "
                               "AND (repo_id IS NOT NULL OR repo_name != '')"),
                {Database::nowText(), key},
                Text::tr("forgetting where plugin %1 came from").arg(key));
}

Result<bool> RepositoryStore::onlineAccess() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'online_access'")))
        return Database::errorFrom(q.lastError(),
                                   Text::tr("reading whether online access is allowed"));
    return q.next() && q.value(0).toInt() != 0;
}

Result<void> RepositoryStore::setOnlineAccess(bool allowed)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return exec(db.value(),
                QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES "
                               "('online_access', ?)"),
                {int(allowed)}, Text::tr("saving whether online access is allowed"));
}

Result<int> RepositoryStore::refreshIntervalHours() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'refresh_interval_hours'")))
        return Database::errorFrom(q.lastError(), Text::tr("reading the refresh interval"));
    if (!q.next())
        return DefaultRefreshHours;
    bool ok = false;
    const int hours = q.value(0).toInt(&ok);
    return ok && hours >= 0 && hours <= MaxRefreshHours ? hours : DefaultRefreshHours;
}

Result<void> RepositoryStore::setRefreshIntervalHours(int hours)
{
    if (hours < 0 || hours > MaxRefreshHours)
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("The refresh interval must be between 0 (never) and %1 hours; %2 "
                     "is not.")
                .arg(MaxRefreshHours)
                .arg(hours));
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    return exec(db.value(),
                QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES "
                               "('refresh_interval_hours', ?)"),
                {hours}, Text::tr("saving the refresh interval"));
}

Result<qint64> RepositoryStore::revision() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'repos_revision'")) ||
        !q.next())
        return Database::errorFrom(q.lastError(), Text::tr("reading the repositories' revision"));
    return q.value(0).toLongLong();
}

} // namespace plugboard
