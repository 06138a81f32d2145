// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recovery.h"

#include "store/backups.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>

namespace plugboard::DatabaseRecovery {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)
};

using State = DatabaseIntegrity::Verdict::State;

QMutex g_doneMutex;
QList<RecoveryReport> g_done;

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Moves the database and its -wal/-shm to <path><suffix>, <path><suffix>-wal, ….
Result<QString> moveAside(const QString &databasePath, const QString &suffix)
{
    const QString target = databasePath + suffix;
    for (const QString &extra : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString from = databasePath + extra;
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, target + extra)) {
            return Error::make(ErrorCode::Io,
                               Text::tr("Cannot move %1 aside to %2; nothing was changed. Is "
                                        "the data folder read-only?")
                                   .arg(shown(from), shown(target + extra)));
        }
    }
    return target;
}

// Copies `backup` into place as the database (through a temporary name, synced).
Result<void> copyIn(const QString &backup, const QString &databasePath)
{
    const QString temporary = databasePath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backup, temporary) || !DatabaseBackups::syncToDisk(temporary) ||
        !QFile::rename(temporary, databasePath)) {
        QFile::remove(temporary);
        return Error::make(ErrorCode::Io, Text::tr("Cannot copy the backup %1 into place as %2 "
                                                   "(is the disk full or the folder read-only?).")
                                              .arg(shown(backup), shown(databasePath)));
    }
    return {};
}

QJsonObject toJson(const RecoveryReport &report)
{
    return {{QStringLiteral("at"), report.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reason"), report.reason},
            {QStringLiteral("damaged_file"), report.damagedPath},
            {QStringLiteral("restored_from"), report.restoredFrom},
            {QStringLiteral("backup_taken_at"), report.backupTakenAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("acknowledged"), report.acknowledged}};
}

Result<void> write(const QString &databasePath, const RecoveryReport &report)
{
    QSaveFile file(reportPath(databasePath));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(toJson(report)).toJson()) < 0 || !file.commit()) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Cannot write %1: %2.")
                               .arg(shown(reportPath(databasePath)), file.errorString()));
    }
    return {};
}

std::optional<RecoveryReport> read(const QString &databasePath)
{
    QFile file(reportPath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    RecoveryReport report;
    report.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    report.reason = o.value(QLatin1String("reason")).toString();
    report.damagedPath = o.value(QLatin1String("damaged_file")).toString();
    report.restoredFrom = o.value(QLatin1String("restored_from")).toString();
    report.backupTakenAt = QDateTime::fromString(
        o.value(QLatin1String("backup_taken_at")).toString(), Qt::ISODateWithMs);
    report.acknowledged = o.value(QLatin1String("acknowledged")).toBool();
    return report;
}

} // namespace

QString reportPath(const QString &databasePath)
{
    return QFileInfo(databasePath).dir().filePath(QStringLiteral("recovery.json"));
}

Result<std::optional<RecoveryReport>> recover(const QString &databasePath,
                                              const DatabaseIntegrity::Verdict &found)
{
    QLockFile lock(databasePath + QStringLiteral(".recovery-lock"));
    if (!lock.tryLock(30000)) {
        return Error::make(ErrorCode::Busy,
                           Text::tr("The plugin database %1 is damaged, and another program has "
                                    "been putting it right for 30 seconds. Nothing was changed; "
                                    "try again.")
                               .arg(shown(databasePath)));
    }
    // Another process may have recovered it while this one waited for the lock.
    const DatabaseIntegrity::Verdict now =
        DatabaseIntegrity::check(databasePath, DatabaseIntegrity::Scope::Full);
    if (now.state != State::Damaged && now.state != State::Empty)
        return std::optional<RecoveryReport>();

    RecoveryReport report;
    report.at = QDateTime::currentDateTimeUtc();
    report.reason = found.reason.isEmpty() ? now.reason : found.reason;
    if (report.reason.isEmpty()) {
        report.reason = Text::tr("The plugin database %1 is empty (0 bytes), but it had backups.")
                            .arg(shown(databasePath));
    }
    const Result<QString> moved = moveAside(databasePath, QStringLiteral(".damaged-") + stamp());
    if (!moved)
        return moved.error();
    report.damagedPath = moved.value();
    if (const std::optional<DatabaseBackups::Backup> backup = newestGoodBackup(databasePath)) {
        if (const Result<void> copied = copyIn(backup->path, databasePath); !copied)
            return copied.error();
        report.restoredFrom = backup->path;
        report.backupTakenAt = backup->takenAt;
    }
    if (const Result<void> written = write(databasePath, report); !written)
        return written.error();
    {
        QMutexLocker locker(&g_doneMutex);
        g_done.append(report);
    }
    return std::optional<RecoveryReport>(report);
}

std::optional<DatabaseBackups::Backup> newestGoodBackup(const QString &databasePath)
{
    for (const DatabaseBackups::Backup &backup : DatabaseBackups::list(databasePath)) {
        if (DatabaseIntegrity::check(backup.path, DatabaseIntegrity::Scope::Full).state ==
            State::Healthy)
            return backup;
    }
    return std::nullopt;
}

Result<Restored> restore(const QString &databasePath, const QString &backupPath)
{
    Restored restored{backupPath, {}, {}};
    if (backupPath.isEmpty()) {
        const std::optional<DatabaseBackups::Backup> newest = newestGoodBackup(databasePath);
        if (!newest) {
            return Error::make(ErrorCode::NotFound,
                               Text::tr("There is no good backup in %1 to restore.")
                                   .arg(shown(DatabaseBackups::folder(databasePath))));
        }
        restored = {newest->path, newest->takenAt, {}};
    } else {
        const DatabaseIntegrity::Verdict verdict =
            DatabaseIntegrity::check(backupPath, DatabaseIntegrity::Scope::Full);
        if (verdict.state != State::Healthy) {
            const QString why = verdict.state == State::Missing ? Text::tr("there is no such file")
                                : verdict.state == State::Empty ? Text::tr("it is empty")
                                                                : verdict.reason;
            return Error::make(ErrorCode::InvalidInput,
                               Text::tr("%1 cannot be restored: %2. The database was not changed.")
                                   .arg(shown(backupPath), why));
        }
    }
    QLockFile lock(databasePath + QStringLiteral(".recovery-lock"));
    if (!lock.tryLock(30000)) {
        return Error::make(ErrorCode::Busy, Text::tr("Another program is restoring the plugin "
                                                     "database. Nothing was changed; try again."));
    }
    QString replaced;
    if (QFileInfo::exists(databasePath)) {
        const Result<QString> moved =
            moveAside(databasePath, QStringLiteral(".replaced-") + stamp());
        if (!moved)
            return moved.error();
        replaced = moved.value();
    }
    if (const Result<void> copied = copyIn(restored.from, databasePath); !copied) {
        // Put the replaced file back, so a failed restore changes nothing.
        if (!replaced.isEmpty()) {
            for (const QString &extra :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFileInfo::exists(replaced + extra))
                    QFile::rename(replaced + extra, databasePath + extra);
            }
        }
        return copied.error();
    }
    restored.replaced = replaced;
    return restored;
}

std::optional<RecoveryReport> pending(const QString &databasePath)
{
    std::optional<RecoveryReport> report = read(databasePath);
    if (report && report->acknowledged)
        return std::nullopt;
    return report;
}

Result<void> acknowledge(const QString &databasePath)
{
    std::optional<RecoveryReport> report = read(databasePath);
    if (!report || report->acknowledged)
        return {};
    report->acknowledged = true;
    return write(databasePath, *report);
}

QList<RecoveryReport> doneHere()
{
    QMutexLocker locker(&g_doneMutex);
    return g_done;
}

QString sentence(const RecoveryReport &report)
{
    const QString reason =
        report.reason.endsWith(QLatin1Char('.')) ? report.reason : report.reason + u'.';
    if (report.startedEmpty()) {
        return Text::tr("%1 It was moved to %2, and there was no backup to restore, so Plugboard "
                        "started with an empty database: plugins must be enabled and set up "
                        "again.")
            .arg(reason, shown(report.damagedPath));
    }
    const QString when =
        QLocale().toString(report.backupTakenAt.toLocalTime(), QLocale::ShortFormat);
    return Text::tr("%1 It was moved to %2, and the backup of %3 was restored: changes made "
                    "after %3 are lost.")
        .arg(reason, shown(report.damagedPath), when);
}

} // namespace plugboard::DatabaseRecovery
