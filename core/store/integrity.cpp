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

Verdict unreadable(const QString &path, const QString &why);

// The 100-byte header (https://www.sqlite.org/fileformat.html): the magic string, the page
// size, and the page count, which is valid when the "version valid for" number matches the
// change counter. A file cut short by a full disk or a bad copy fails here without SQLite.
std::optional<Verdict> checkHeader(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
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

// Whether SQLite failed because of the file's contents (SQLITE_CORRUPT, SQLITE_NOTADB) rather
// than because it could not get at it (permissions, a read-only folder, a lock).
bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

struct Faults {
    QStringList found;  // what quick_check (or SQLite reading the pages) says is wrong
    QString unreadable; // set when SQLite could not read for another reason
};

// PRAGMA quick_check over the file, or table by table (SQLite checks a named table and its
// indexes).
Faults quickCheck(QSqlQuery &query, Scope scope)
{
    Faults faults;
    const auto failed = [&] {
        if (isDamage(query.lastError()))
            faults.found << query.lastError().databaseText();
        else
            faults.unreadable = query.lastError().text();
    };
    QStringList statements;
    if (scope == Scope::Full) {
        statements << QStringLiteral("PRAGMA quick_check(3)");
    } else {
        // Reading the schema table also proves the first pages sound.
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            failed();
            return faults;
        }
        while (query.next()) {
            const QString table = query.value(0).toString();
            if (!historyTables().contains(table))
                statements << QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table);
        }
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            failed();
            if (!faults.unreadable.isEmpty())
                return faults;
            continue;
        }
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                faults.found << line;
        }
    }
    return faults;
}

Verdict unreadable(const QString &path, const QString &why)
{
    Verdict v;
    v.state = Verdict::State::Unreadable;
    v.reason = Text::tr("The plugin database %1 cannot be read (%2). Nothing was changed; check "
                        "that the data folder is there and may be written to.")
                   .arg(QDir::toNativeSeparators(path), why);
    return v;
}

} // namespace

std::optional<Verdict> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Verdict{};
    if (info.size() == 0) {
        Verdict v;
        v.state = Verdict::State::Empty;
        return v;
    }
    return checkHeader(path, info.size());
}

Verdict inspect(QSqlDatabase &db, const QString &path, Scope scope)
{
    Verdict verdict;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return isDamage(query.lastError()) ? damaged(path, query.lastError().databaseText())
                                           : unreadable(path, query.lastError().text());
    }
    verdict.schemaVersion = query.value(0).toInt();
    const Faults faults = quickCheck(query, scope);
    if (!faults.unreadable.isEmpty()) {
        verdict = unreadable(path, faults.unreadable);
    } else if (!faults.found.isEmpty()) {
        verdict = damaged(path, faults.found.join(QStringLiteral("; ")));
    } else if (verdict.schemaVersion > Database::SchemaVersion) {
        verdict.state = Verdict::State::Newer;
        verdict.reason = Text::tr("The plugin database %1 was written by a newer Plugboard "
                                  "(schema %2; this one knows up to %3). Nothing was changed: "
                                  "use that Plugboard, or a backup from before it.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(verdict.schemaVersion)
                             .arg(Database::SchemaVersion);
    } else {
        verdict.state = Verdict::State::Healthy;
    }
    return verdict;
}

Verdict check(const QString &path, Scope scope)
{
    if (std::optional<Verdict> early = checkFile(path))
        return *early;
    const QString name = QStringLiteral("plugboard-check-%1").arg(++g_checks);
    Verdict verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeout()));
        if (!db.open())
            verdict = unreadable(path, db.lastError().text());
        else
            verdict = inspect(db, path, scope);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace plugboard::DatabaseIntegrity
