// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/loadfailurestore.h"

#include "store/database.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace plugboard {

namespace {
// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LoadFailureStore)
};

QString stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("-");
    return QStringLiteral("%1@%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}
} // namespace

LoadFailureStore::LoadFailureStore(QString databasePath)
    : m_path(std::move(databasePath))
{}

QString LoadFailureStore::codeStamp(const QString &folderPath, const QString &entryFile)
{
    const QDir folder(folderPath);
    return stampOf(folder.filePath(entryFile)) + QLatin1Char(';') +
           stampOf(folder.filePath(QStringLiteral("plugin.json")));
}

Result<QHash<QString, StoredLoadFailure>> LoadFailureStore::all() const
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral(
            "SELECT key, error, traceback, failed_at, code_stamp FROM plugin_load_failures")))
        return Database::errorFrom(q.lastError(), Text::tr("reading the plugins' load failures"));
    QHash<QString, StoredLoadFailure> out;
    while (q.next()) {
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(), q.value(4).toString()});
    }
    if (q.lastError().isValid()) // a row that could not be read ends the loop too
        return Database::errorFrom(q.lastError(), Text::tr("reading the plugins' load failures"));
    return out;
}

Result<void> LoadFailureStore::record(const QString &key, const StoredLoadFailure &failure)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO plugin_load_failures "
                             "(key, error, traceback, failed_at, code_stamp) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(failure.error);
    q.addBindValue(failure.traceback);
    q.addBindValue(failure.failedAt);
    q.addBindValue(failure.codeStamp);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("saving the plugin's load failure"));
    return {};
}

Result<void> LoadFailureStore::clear(const QString &key)
{
    Result<QSqlDatabase> db = Database::connection(m_path);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("DELETE FROM plugin_load_failures WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("clearing the plugin's load failure"));
    return {};
}

} // namespace plugboard
