// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/opencheck.h"

#include "store/backups.h"
#include "store/database.h"
#include "store/integrity.h"
#include "store/recovery.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>

#include <atomic>

namespace plugboard::Database::OpenCheck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

using Verdict = DatabaseIntegrity::Verdict;

// The paths this process has checked on open. SQLite calling a file corrupt later empties it,
// so the next open checks the whole file and recovers it.
QMutex g_openCheckMutex;
QSet<QString> g_checkedPaths;
QSet<QString> g_fullCheckDue;
std::atomic<bool> g_corruptionSeen{false};
thread_local bool t_checksOff = false;
std::atomic<bool> g_backgroundCheckQueued{false};

// Has a pool thread open `path`, which runs the check (and a recovery) that is due.
void checkInTheBackground(const QString &path)
{
    if (g_backgroundCheckQueued.exchange(true))
        return;
    QThreadPool::globalInstance()->start([path] {
        (void)Database::connection(path);
        Database::releaseThreadConnections();
        g_backgroundCheckQueued = false;
    });
}

bool isDamage(const QSqlError &error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

} // namespace

bool noteDamage(const QSqlError &error)
{
    if (!isDamage(error))
        return false;
    g_corruptionSeen = true;
    return true;
}

bool damageSeen()
{
    return g_corruptionSeen;
}

void runOffThisThread()
{
    t_checksOff = true;
}

Result<bool> run(QSqlDatabase &db, const QString &path)
{
    if (t_checksOff) {
        // This thread must not wait on a check or a recovery: it uses the file as it is, and the
        // next use after a recovery opens the new file.
        QMutexLocker locker(&g_openCheckMutex);
        if (g_corruptionSeen || !g_checkedPaths.contains(path))
            checkInTheBackground(path);
        return false;
    }
    QMutexLocker locker(&g_openCheckMutex);
    if (g_corruptionSeen.exchange(false)) {
        g_fullCheckDue.unite(g_checkedPaths);
        g_checkedPaths.clear();
    }
    if (g_checkedPaths.contains(path))
        return false;
    const DatabaseIntegrity::Scope scope = g_fullCheckDue.remove(path)
                                               ? DatabaseIntegrity::Scope::Full
                                               : DatabaseIntegrity::Scope::State;
    Verdict verdict;
    if (std::optional<Verdict> early = DatabaseIntegrity::checkFile(path))
        verdict = *early;
    else
        verdict = DatabaseIntegrity::inspect(db, path, scope);
    bool recovered = false;
    switch (verdict.state) {
    case Verdict::State::Newer:
    case Verdict::State::Unreadable:
        return Error::make(ErrorCode::Storage, verdict.reason);
    case Verdict::State::Empty:
        // New (another process is creating it), unless there were backups: then it was cut.
        if (DatabaseBackups::list(path).isEmpty())
            break;
        [[fallthrough]];
    case Verdict::State::Damaged: {
        db.close();
        const Result<std::optional<RecoveryReport>> report =
            DatabaseRecovery::recover(path, verdict);
        if (!report)
            return report.error();
        recovered = true;
        break;
    }
    case Verdict::State::Missing:
    case Verdict::State::Healthy:
        break;
    }
    g_checkedPaths.insert(path);
    return recovered;
}

Result<void> backUpBeforeUpgrade(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return errorFrom(query.lastError(), Text::tr("reading the schema version"));
    const int version = query.value(0).toInt();
    query.finish();
    if (version == 0 || version >= SchemaVersion)
        return {};
    const Result<DatabaseBackups::Backup> backup =
        DatabaseBackups::take(path, DatabaseBackups::Backup::Kind::BeforeUpgrade);
    if (!backup) {
        return Error::make(backup.error().code,
                           Text::tr("Plugboard did not upgrade the plugin database, because it "
                                    "could not back it up first: %1")
                               .arg(backup.error().message));
    }
    return {};
}

} // namespace plugboard::Database::OpenCheck
