// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/runjournal.h"

#include "common/isotime.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunJournal)
};

QString isoFromMs(qint64 ms)
{
    const QString fast = isoUtcFromMs(ms);
    return fast.isNull() ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
                         : fast;
}

qint64 msFromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

RunJournal::RunJournal(QString databasePath, int keepPerPlugin)
    : m_table(
          std::move(databasePath), QStringLiteral("run_journal"),
          QStringLiteral("INSERT INTO run_journal (job_id, key, action, started_at, "
                         "finished_at, outcome, message, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          keepPerPlugin)
{}

Result<void> RunJournal::write(const QList<JournalEntry> &entries)
{
    return m_table.append(entries, Text::tr("recording runs"),
                          [](QSqlQuery &q, const JournalEntry &e) {
                              q.addBindValue(qint64(e.jobId));
                              q.addBindValue(Database::text(e.key));
                              q.addBindValue(Database::text(e.action));
                              q.addBindValue(isoFromMs(e.startedAtMs));
                              q.addBindValue(isoFromMs(e.finishedAtMs));
                              q.addBindValue(Database::text(e.outcome));
                              q.addBindValue(Database::text(e.message));
                              q.addBindValue(Database::text(e.result.left(MaxResultBytes)));
                          });
}

Result<QList<JournalEntry>> RunJournal::recent(const QString &key, int limit) const
{
    Result<QSqlDatabase> db = Database::connection(m_table.databasePath());
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT job_id, key, action, started_at, finished_at, outcome, "
                             "message, result FROM run_journal WHERE key = ? ORDER BY id DESC "
                             "LIMIT ?"));
    q.addBindValue(key);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::errorFrom(q.lastError(), Text::tr("reading the runs of %1").arg(key));
    QList<JournalEntry> entries;
    while (q.next()) {
        JournalEntry e;
        e.jobId = q.value(0).toULongLong();
        e.key = q.value(1).toString();
        e.action = q.value(2).toString();
        e.startedAtMs = msFromIso(q.value(3).toString());
        e.finishedAtMs = msFromIso(q.value(4).toString());
        e.outcome = q.value(5).toString();
        e.message = q.value(6).toString();
        e.result = q.value(7).toString();
        entries.append(std::move(e));
    }
    if (q.lastError().isValid()) // a row that could not be read ends the loop too
        return Database::errorFrom(q.lastError(), Text::tr("reading the runs of %1").arg(key));
    return entries;
}

Result<void> RunJournal::forget(const QString &key)
{
    return m_table.forget(key);
}

} // namespace plugboard
