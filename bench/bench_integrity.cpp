// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the look at the database on open costs (issue 16): DatabaseIntegrity::check() on a real
// database of --plugins plugins, each with --runs journal entries and --lines log lines, written
// through the real stores (RunJournal, PluginLogStore) so the tables and indexes are the app's.
// The plugins table gets a row with settings per plugin. Prints the file's size and the median,
// p95 and max of --samples checks of each scope (warm page cache), then the time and size of
// --backups backups of it (DatabaseBackups::take: VACUUM INTO, a full check of the copy, fsync,
// rename; into DIR/backups, removed again).
// Usage: bench_integrity [--plugins 1000] [--runs 100] [--lines 1000] [--samples 15]
//                        [--backups 5] [--work DIR]
#include "store/backups.h"
#include "store/database.h"
#include "store/integrity.h"
#include "store/pluginlogstore.h"
#include "store/pluginstore.h"
#include "store/runjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace plugboard;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? 0
               : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("plugins"), QStringLiteral("plugins"), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("journal entries per plugin"),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("lines"), QStringLiteral("log lines per plugin"),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("checks to time"),
                      QStringLiteral("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("backups"), QStringLiteral("backups to time"),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("work"),
                      QStringLiteral("folder for the database (kept; reused when it exists)"),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int plugins = parser.value(QStringLiteral("plugins")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int lines = parser.value(QStringLiteral("lines")).toInt();
    const int samples = std::max(1, parser.value(QStringLiteral("samples")).toInt());
    QTemporaryDir temp;
    const QString work =
        parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temp.path();
    QDir().mkpath(work);
    const QString path = QDir(work).filePath(
        QStringLiteral("integrity-%1x%2x%3.sqlite").arg(plugins).arg(runs).arg(lines));

    if (!QFileInfo::exists(path)) {
        QElapsedTimer fill;
        fill.start();
        RunJournal journal(path, runs);
        PluginLogStore log(path, lines);
        // The state: one row per plugin, with settings, as discovery and a save leave it.
        PluginStore store(path);
        QList<DiscoveredMetadata> present;
        for (int p = 0; p < plugins; ++p) {
            present << DiscoveredMetadata{
                QStringLiteral("plugin_%1").arg(p, 4, 10, QLatin1Char('0')),
                QStringLiteral("Plugin %1").arg(p), QStringLiteral("1.0.0"),
                QStringLiteral("A generated plugin for the benchmark.")};
        }
        if (!store.sync(present)) {
            std::fprintf(stderr, "bench_integrity: could not write the plugins\n");
            return 1;
        }
        for (const DiscoveredMetadata &plugin : std::as_const(present)) {
            store.update(plugin.key, [](const StoredPlugin &row) -> Result<StoredPlugin> {
                StoredPlugin changed = row;
                changed.settings = QJsonObject{{"api_url", "http://192.168.1.20:9191"},
                                               {"api_key", "0123456789abcdef"},
                                               {"limit", 250},
                                               {"dry_run", false}};
                return changed;
            });
        }
        const qint64 now = 1'760'000'000'000;
        for (int p = 0; p < plugins; ++p) {
            const QString key = QStringLiteral("plugin_%1").arg(p, 4, 10, QLatin1Char('0'));
            QList<JournalEntry> entries;
            for (int r = 0; r < runs; ++r) {
                entries << JournalEntry{quint64(p * runs + r),
                                        key,
                                        QStringLiteral("sync"),
                                        now + r * 1000,
                                        now + r * 1000 + 420,
                                        QStringLiteral("ok"),
                                        QStringLiteral("Synced 42 channels."),
                                        QStringLiteral(R"({"status":"ok","count":42})")};
            }
            QList<LogLine> logLines;
            for (int l = 0; l < lines; ++l) {
                logLines << LogLine{key, now + l * 10, QStringLiteral("info"),
                                    QStringLiteral("Matched channel %1 to its guide entry").arg(l)};
            }
            if (!journal.write(entries) || !log.write(logLines)) {
                std::fprintf(stderr, "bench_integrity: could not fill the database\n");
                return 1;
            }
        }
        {
            // Everything into the main file, as a database at rest is.
            Result<QSqlDatabase> db = Database::connection(path);
            if (db) {
                QSqlQuery q(db.value());
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
        }
        Database::releaseThreadConnections();
        std::printf("filled %s in %.1f s\n", qPrintable(path), fill.elapsed() / 1000.0);
    }
    const qint64 size = QFileInfo(path).size();
    std::printf("database: %d plugins x %d runs x %d log lines, %.1f MiB\n", plugins, runs, lines,
                size / 1048576.0);
    // The two scopes interleaved, so load on the machine falls on both alike.
    QList<double> state;
    QList<double> full;
    for (int i = 0; i < samples; ++i) {
        for (const auto scope : {DatabaseIntegrity::Scope::State, DatabaseIntegrity::Scope::Full}) {
            QElapsedTimer timer;
            timer.start();
            const DatabaseIntegrity::Verdict v = DatabaseIntegrity::check(path, scope);
            (scope == DatabaseIntegrity::Scope::State ? state : full) << timer.nsecsElapsed() / 1e6;
            if (v.state != DatabaseIntegrity::Verdict::State::Healthy) {
                std::fprintf(stderr, "bench_integrity: the database is not healthy: %s\n",
                             qPrintable(v.reason));
                return 1;
            }
        }
    }
    for (const auto &[name, ms] : {std::pair{"state", state}, std::pair{"full", full}}) {
        std::printf("DatabaseIntegrity::check, %-5s (%d samples): median %.2f ms, p95 %.2f ms, "
                    "max %.2f ms\n",
                    name, samples, percentile(ms, 0.5), percentile(ms, 0.95),
                    *std::max_element(ms.cbegin(), ms.cend()));
    }

    const int backups = parser.value(QStringLiteral("backups")).toInt();
    QList<double> took;
    qint64 bytes = 0;
    for (int i = 0; i < backups; ++i) {
        const Result<DatabaseBackups::Backup> backup =
            DatabaseBackups::take(path, DatabaseBackups::Backup::Kind::Manual);
        if (!backup) {
            std::fprintf(stderr, "bench_integrity: the backup failed: %s\n",
                         qPrintable(backup.error().message));
            return 1;
        }
        took << double(backup.value().tookMs);
        bytes = backup.value().bytes;
        QFile::remove(backup.value().path);
    }
    if (!took.isEmpty()) {
        std::printf("DatabaseBackups::take (%d backups): median %.0f ms, max %.0f ms, %.1f MiB "
                    "each (the database: %.1f MiB)\n",
                    backups, percentile(took, 0.5), *std::max_element(took.cbegin(), took.cend()),
                    bytes / 1048576.0, size / 1048576.0);
    }
    return 0;
}
