// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/backups.h"

#include "store/database.h"
#include "store/integrity.h"
#include "store/opencheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

#include <fcntl.h>
#include <unistd.h>

namespace plugboard::DatabaseBackups {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackups)
};

std::atomic<int> g_connections{0};

const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString kindTag(Backup::Kind kind)
{
    switch (kind) {
    case Backup::Kind::Daily:
        return QStringLiteral("daily");
    case Backup::Kind::Manual:
        return QStringLiteral("manual");
    case Backup::Kind::BeforeUpgrade:
        return QStringLiteral("before-upgrade");
    }
    return {};
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^plugboard-(\d{8}-\d{6}-\d{3})-(daily|manual|before-upgrade)-([0-9.]+)\.sqlite$)"));
    return pattern;
}

// Runs `work` on a private connection to `path`, closed again afterwards.
template<typename Work> auto withConnection(const QString &path, Work work)
{
    const QString name = QStringLiteral("plugboard-backup-%1").arg(++g_connections);
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeout()));
        auto r = work(db);
        db.close();
        return r;
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

// "<revision>.<repos_revision>": what the meta counters say; they move on every change of a
// plugin's row (settings, switch, trust) and of a repository.
Result<QString> stateStamp(QSqlDatabase &db)
{
    if (!db.isOpen() && !db.open()) {
        return Error::make(
            ErrorCode::Storage,
            Text::tr("Cannot open the plugin database: %1.").arg(db.lastError().text()));
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT value FROM meta WHERE name = 'revision'), "
                                   "(SELECT value FROM meta WHERE name = 'repos_revision')")) ||
        !query.next()) {
        // A schema older than the counters (before an upgrade): every copy of it differs.
        if (query.lastError().databaseText().contains(QLatin1String("no such table")))
            return QStringLiteral("0.0");
        return Database::errorFrom(query.lastError(), Text::tr("reading what changed"));
    }
    return QStringLiteral("%1.%2")
        .arg(query.value(0).toLongLong())
        .arg(query.value(1).toLongLong());
}
} // namespace

bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString Backup::kindTag() const
{
    return DatabaseBackups::kindTag(kind);
}

QJsonObject Backup::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("taken_at"), takenAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), kindTag()},
            {QStringLiteral("bytes"), bytes}};
}

QString Backup::kindName() const
{
    switch (kind) {
    case Kind::Daily:
        return Text::tr("daily");
    case Kind::Manual:
        return Text::tr("manual");
    case Kind::BeforeUpgrade:
        return Text::tr("before upgrade");
    }
    return {};
}

int keepCount()
{
    bool ok = false;
    const int keep = qEnvironmentVariableIntValue("PLUGBOARD_BACKUPS_KEEP", &ok);
    return ok && keep > 0 ? keep : 7;
}

QString folder(const QString &databasePath)
{
    return QFileInfo(databasePath).dir().filePath(QStringLiteral("backups"));
}

QList<Backup> list(const QString &databasePath)
{
    QList<Backup> backups;
    const QDir dir(folder(databasePath));
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("plugboard-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = namePattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.path = file.filePath();
        backup.takenAt = QDateTime::fromString(match.captured(1), TimeFormat);
        backup.takenAt.setTimeSpec(Qt::UTC);
        const QString tag = match.captured(2);
        backup.kind = tag == QLatin1String("manual")           ? Backup::Kind::Manual
                      : tag == QLatin1String("before-upgrade") ? Backup::Kind::BeforeUpgrade
                                                               : Backup::Kind::Daily;
        backup.stateStamp = match.captured(3);
        backup.bytes = file.size();
        backups.prepend(backup); // names sort by time: newest first
    }
    return backups;
}

void rotate(const QString &databasePath)
{
    int kept = 0;
    bool keptUpgrade = false;
    for (const Backup &backup : list(databasePath)) {
        bool keep = false;
        if (backup.kind == Backup::Kind::BeforeUpgrade) {
            keep = !keptUpgrade;
            keptUpgrade = true;
        } else {
            keep = kept++ < keepCount();
        }
        if (!keep)
            QFile::remove(backup.path);
    }
    // A .part older than an hour belongs to a backup that died half way.
    const QDir dir(folder(databasePath));
    for (const QFileInfo &part : dir.entryInfoList({QStringLiteral("*.part")}, QDir::Files)) {
        if (part.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(part.filePath());
    }
}

Result<Backup> take(const QString &databasePath, Backup::Kind kind)
{
    QElapsedTimer clock;
    clock.start();
    if (!QFileInfo::exists(databasePath)) {
        return Error::make(ErrorCode::NotFound,
                           Text::tr("There is no plugin database at %1 yet: nothing to back up.")
                               .arg(QDir::toNativeSeparators(databasePath)));
    }
    const QString where = QDir::toNativeSeparators(folder(databasePath));
    if (!QDir().mkpath(folder(databasePath))) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Cannot create the backup folder %1. The database was not "
                                    "backed up; it is unchanged.")
                               .arg(where));
    }
    Backup backup;
    backup.kind = kind;
    backup.takenAt = QDateTime::currentDateTimeUtc();
    const QString part =
        QDir(folder(databasePath))
            .filePath(QStringLiteral("plugboard-%1-%2.part")
                          .arg(backup.takenAt.toString(TimeFormat), kindTag(kind)));
    QFile::remove(part);
    const Result<QString> copied = withConnection(databasePath, [&](QSqlDatabase &db) {
        return [&]() -> Result<QString> {
            if (!db.open()) {
                return Error::make(
                    ErrorCode::Storage,
                    Text::tr("Cannot open the plugin database %1: %2.")
                        .arg(QDir::toNativeSeparators(databasePath), db.lastError().text()));
            }
            // VACUUM INTO reads one snapshot in one read transaction: the stamp read first may
            // be older than the copy, which only makes the next daily backup come sooner.
            Result<QString> stamp = stateStamp(db);
            if (!stamp)
                return stamp;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(part);
            if (!query.exec()) {
                // Copying reads every page: a damaged one is found here, and the next open
                // checks the whole file and recovers it.
                Database::OpenCheck::noteDamage(query.lastError());
                return Error::make(ErrorCode::Io,
                                   Text::tr("The backup into %1 failed: %2. The database is "
                                            "unchanged, and so are the older backups.")
                                       .arg(where, query.lastError().text()));
            }
            return stamp;
        }();
    });
    if (!copied) {
        QFile::remove(part);
        return copied.error();
    }
    // A backup that does not read back whole is worse than none: it would be restored.
    const DatabaseIntegrity::Verdict verdict =
        DatabaseIntegrity::check(part, DatabaseIntegrity::Scope::Full);
    if (verdict.state != DatabaseIntegrity::Verdict::State::Healthy || !syncToDisk(part)) {
        QFile::remove(part);
        return Error::make(
            ErrorCode::Io,
            Text::tr("The backup into %1 could not be written whole (%2). The "
                     "database is unchanged, and so are the older backups.")
                .arg(where, verdict.reason.isEmpty() ? Text::tr("sync failed") : verdict.reason));
    }
    backup.stateStamp = copied.value();
    backup.path = QDir(folder(databasePath))
                      .filePath(QStringLiteral("plugboard-%1-%2-%3.sqlite")
                                    .arg(backup.takenAt.toString(TimeFormat), kindTag(kind),
                                         backup.stateStamp));
    if (!QFile::rename(part, backup.path)) {
        QFile::remove(part);
        return Error::make(ErrorCode::Io, Text::tr("The backup could not be renamed into %1. The "
                                                   "database is unchanged.")
                                              .arg(QDir::toNativeSeparators(backup.path)));
    }
    backup.bytes = QFileInfo(backup.path).size();
    rotate(databasePath);
    backup.tookMs = clock.elapsed();
    return backup;
}

Result<std::optional<Backup>> takeDailyIfDue(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return std::optional<Backup>();
    const QList<Backup> backups = list(databasePath);
    if (!backups.isEmpty() &&
        backups.first().takenAt.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 3600)
        return std::optional<Backup>();
    const Result<QString> stamp =
        withConnection(databasePath, [](QSqlDatabase &db) { return stateStamp(db); });
    if (!stamp)
        return stamp.error();
    // "1.1": nothing was ever stored; a backup of it would restore nothing.
    if (stamp.value() == QLatin1String("1.1") ||
        (!backups.isEmpty() && backups.first().stateStamp == stamp.value()))
        return std::optional<Backup>();
    Result<Backup> taken = take(databasePath, Backup::Kind::Daily);
    if (!taken)
        return taken.error();
    return std::optional<Backup>(taken.value());
}

} // namespace plugboard::DatabaseBackups
