// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/integrity.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace plugboard::DatabaseIntegrity {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseIntegrity)
};

std::atomic<int> g_checks{0};

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

Verdict damaged(const QString &path, const QString &why)
{
    Verdict v;
    v.state = Verdict::State::Damaged;
    v.reason =
        Text::tr("The plugin database %1 is damaged: %2.").arg(QDir::toNativeSeparators(path), why);
    return v;
}

// The 100-byte header (https://www.sqlite.org/fileformat.html): the magic string, the page
// size, and the page count, which is valid when the "version valid for" number matches the
// change counter. A file cut short by a full disk or a bad copy fails here without SQLite.
std::optional<Verdict> checkHeader(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(path, Text::tr("it cannot be read (%1)").arg(file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return damaged(path, Text::tr("it is not an SQLite database"));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(path, Text::tr("its header names an impossible page size"));
    const quint32 pages = bigEndian(header, 28, 4);
    const bool pagesValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
    if (pagesValid && pages > 0 && qint64(pages) * pageSize > size) {
        return damaged(path, Text::tr("it is shorter than its header says (%1 of %2 pages)")
                                 .arg(size / pageSize)
                                 .arg(pages));
    }
    return std::nullopt;
}

} // namespace

QStringList historyTables()
{
    return {QStringLiteral("run_journal"), QStringLiteral("plugin_log")};
}

namespace {

// PRAGMA quick_check over the file, or table by table (SQLite checks a named table and its
// indexes); the faults found, empty when all is well.
QStringList quickCheck(QSqlQuery &query, Scope scope)
{
    QStringList statements;
    if (scope == Scope::Full) {
        statements << QStringLiteral("PRAGMA quick_check(3)");
    } else {
        // Reading the schema table also proves the first pages sound.
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return {query.lastError().databaseText()};
        while (query.next()) {
            const QString table = query.value(0).toString();
            if (!historyTables().contains(table))
                statements << QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table);
        }
    }
    QStringList faults;
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            faults << query.lastError().databaseText();
            continue;
        }
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                faults << line;
        }
    }
    return faults;
}

} // namespace

Verdict check(const QString &path, Scope scope)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.size() == 0) {
        Verdict v;
        v.state = Verdict::State::Empty;
        return v;
    }
    if (std::optional<Verdict> bad = checkHeader(path, info.size()))
        return *bad;

    const QString name = QStringLiteral("plugboard-check-%1").arg(++g_checks);
    Verdict verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeout()));
        if (!db.open()) {
            verdict = damaged(path, db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                verdict = damaged(path, query.lastError().databaseText());
            } else {
                verdict.schemaVersion = query.value(0).toInt();
                const QStringList faults = quickCheck(query, scope);
                if (!faults.isEmpty()) {
                    verdict = damaged(path, faults.join(QStringLiteral("; ")));
                } else if (verdict.schemaVersion > Database::SchemaVersion) {
                    verdict.state = Verdict::State::Newer;
                    verdict.reason =
                        Text::tr("The plugin database %1 was written by a newer Plugboard "
                                 "(schema %2; this one knows up to %3). Nothing was changed: "
                                 "use that Plugboard, or a backup from before it.")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(verdict.schemaVersion)
                            .arg(Database::SchemaVersion);
                } else {
                    verdict.state = Verdict::State::Healthy;
                }
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace plugboard::DatabaseIntegrity
