// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl db check | backup | restore [FILE]: the plugin database's safety net by hand.
// These run before anything opens the database, so `check` sees a damaged file as it is
// (nothing recovers it behind the user's back) and `restore` works on a file SQLite refuses.
#include "commands.h"
#include "console.h"

#include "store/backups.h"
#include "store/integrity.h"
#include "store/recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

using namespace plugboard;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

using State = DatabaseIntegrity::Verdict::State;
using DatabaseBackups::Backup;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString stateName(State state)
{
    switch (state) {
    case State::Healthy:
        return QStringLiteral("healthy");
    case State::Missing:
        return QStringLiteral("missing");
    case State::Empty:
        return QStringLiteral("empty");
    case State::Damaged:
        return QStringLiteral("damaged");
    case State::Newer:
        return QStringLiteral("newer");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

int check(const QString &databasePath, bool json)
{
    const DatabaseIntegrity::Verdict verdict =
        DatabaseIntegrity::check(databasePath, DatabaseIntegrity::Scope::Full);
    const QList<Backup> backups = DatabaseBackups::list(databasePath);
    const std::optional<RecoveryReport> recovery = DatabaseRecovery::pending(databasePath);
    const bool bad = verdict.state == State::Damaged || verdict.state == State::Newer ||
                     verdict.state == State::Unreadable;
    if (json) {
        QJsonArray list;
        for (const Backup &backup : backups)
            list.append(backup.toJson());
        QJsonObject result{{QStringLiteral("success"), !bad},
                           {QStringLiteral("database"), databasePath},
                           {QStringLiteral("state"), stateName(verdict.state)},
                           {QStringLiteral("schema_version"), verdict.schemaVersion},
                           {QStringLiteral("bytes"), QFileInfo(databasePath).size()},
                           {QStringLiteral("backups"), list}};
        if (!verdict.reason.isEmpty())
            result.insert(QStringLiteral("reason"), verdict.reason);
        if (recovery)
            result.insert(QStringLiteral("last_recovery"), DatabaseRecovery::sentence(*recovery));
        Console::printJson(result);
        return bad ? Console::Failed : Console::Success;
    }
    switch (verdict.state) {
    case State::Healthy:
        Console::out(Text::tr("%1 is healthy (schema %2, %3): every page of it reads back.\n")
                         .arg(shown(databasePath))
                         .arg(verdict.schemaVersion)
                         .arg(sizeText(QFileInfo(databasePath).size())));
        break;
    case State::Missing:
        Console::out(Text::tr("There is no database at %1 yet; Plugboard makes one when it "
                              "first needs it.\n")
                         .arg(shown(databasePath)));
        break;
    case State::Empty:
        Console::out(Text::tr("%1 is empty (0 bytes).\n").arg(shown(databasePath)));
        break;
    case State::Damaged:
    case State::Newer:
    case State::Unreadable:
        Console::out(verdict.reason + QLatin1Char('\n'));
        break;
    }
    if (verdict.state == State::Damaged) {
        Console::out(Text::tr("Any plugboardctl command (or the window) moves it aside and "
                              "restores the newest good backup; \"plugboardctl db restore\" does "
                              "it now.\n"));
    }
    if (backups.isEmpty()) {
        Console::out(
            Text::tr("No backups yet in %1.\n").arg(shown(DatabaseBackups::folder(databasePath))));
    } else {
        Console::out(Text::tr("Backups in %1 (newest first):\n")
                         .arg(shown(DatabaseBackups::folder(databasePath))));
        for (const Backup &backup : backups) {
            Console::out(QStringLiteral("  %1  %2  %3  %4\n")
                             .arg(localTime(backup.takenAt), backup.kindName(),
                                  sizeText(backup.bytes), QFileInfo(backup.path).fileName()));
        }
    }
    if (recovery) {
        Console::out(Text::tr("Last recovery: %1\n").arg(DatabaseRecovery::sentence(*recovery)));
    }
    return bad ? Console::Failed : Console::Success;
}

int backup(const QString &databasePath, bool json)
{
    const Result<Backup> taken = DatabaseBackups::take(databasePath, Backup::Kind::Manual);
    if (!taken)
        return Console::fail(taken.error(), json);
    if (json) {
        QJsonObject result = taken.value().toJson();
        result.insert(QStringLiteral("success"), true);
        result.insert(QStringLiteral("took_ms"), taken.value().tookMs);
        Console::printJson(result);
    } else {
        Console::out(Text::tr("Backed up the plugin database to %1 (%2, in %3 s).\n")
                         .arg(shown(taken.value().path), sizeText(taken.value().bytes))
                         .arg(taken.value().tookMs / 1000.0, 0, 'f', 1));
    }
    return Console::Success;
}

int restore(const CommandLine &line, const QString &databasePath, bool json)
{
    const QString file = line.arguments.value(1);
    if (!line.has(QStringLiteral("yes"))) {
        const QString question =
            Text::tr("Replace the plugin database with %1? Settings, switches and trust "
                     "change back to what they were then (the current file is kept).")
                .arg(file.isEmpty() ? Text::tr("the newest good backup") : shown(file));
        if (!Console::stdinIsTerminal() || json) {
            return Console::fail(Error::make(ErrorCode::InvalidInput,
                                             Text::tr("Restoring replaces the plugin database; "
                                                      "pass --yes to confirm.")),
                                 json);
        }
        if (!Console::confirm(question)) {
            Console::err(Text::tr("Nothing restored.\n"));
            return Console::Failed;
        }
    }
    const Result<DatabaseRecovery::Restored> restored =
        DatabaseRecovery::restore(databasePath, file);
    if (!restored)
        return Console::fail(restored.error(), json);
    const DatabaseRecovery::Restored &done = restored.value();
    if (json) {
        Console::printJson({{QStringLiteral("success"), true},
                            {QStringLiteral("restored_from"), done.from},
                            {QStringLiteral("replaced_file"), done.replaced}});
        return Console::Success;
    }
    Console::out(!done.takenAt.isValid()
                     ? Text::tr("Restored the plugin database from %1.\n").arg(shown(done.from))
                     : Text::tr("Restored the plugin database from the backup of %1 "
                                "(%2).\n")
                           .arg(localTime(done.takenAt), shown(done.from)));
    if (!done.replaced.isEmpty()) {
        Console::out(
            Text::tr("The database it replaced is kept at %1.\n").arg(shown(done.replaced)));
    }
    return Console::Success;
}

} // namespace

int dbCommand(const CommandLine &line, const QString &databasePath, bool json)
{
    const QString what = line.arguments.value(0);
    if (what == QLatin1String("check") && line.arguments.size() == 1)
        return check(databasePath, json);
    if (what == QLatin1String("backup") && line.arguments.size() == 1)
        return backup(databasePath, json);
    if (what == QLatin1String("restore"))
        return restore(line, databasePath, json);
    return Console::usage(Text::tr("\"db\" needs: check, backup, or restore [FILE]"));
}
