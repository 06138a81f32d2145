// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/rundetails.h"

#include "store/logline.h"

#include <QDateTime>
#include <QJsonDocument>

namespace plugboard::ui {

QString RunDetails::timeText(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return at.date() == QDate::currentDate() ? at.toString(QStringLiteral("HH:mm:ss"))
                                             : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString RunDetails::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 120000)
        return tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

QString RunDetails::logLineText(const LogLine &line)
{
    return QStringLiteral("%1  %2  %3")
        .arg(QDateTime::fromMSecsSinceEpoch(line.atMs).toString(QStringLiteral("HH:mm:ss.zzz")),
             line.level.toUpper().leftJustified(7), line.text);
}

QString RunDetails::text() const
{
    if (run)
        return finishedText();
    if (inFlight)
        return inFlightText();
    return {};
}

QString RunDetails::finishedText() const
{
    QStringList parts;
    const QString &outcome = run->outcome;
    QString headline;
    if (outcome == QLatin1String("ok"))
        headline = tr("%1 finished.").arg(actionName);
    else if (outcome == QLatin1String("error"))
        headline = tr("%1 reported an error.").arg(actionName);
    else if (outcome == QLatin1String("cancelled"))
        headline = tr("%1 was cancelled before it finished.").arg(actionName);
    else if (outcome == QLatin1String("timed_out"))
        headline = tr("%1 ran out of time and was stopped.").arg(actionName);
    else
        headline = tr("%1 failed.").arg(actionName);
    parts << headline;
    if (run->startedAtMs && run->finishedAtMs >= run->startedAtMs) {
        parts << tr("Started %1, ended %2 (%3).")
                     .arg(timeText(run->startedAtMs), timeText(run->finishedAtMs),
                          durationText(run->finishedAtMs - run->startedAtMs));
    } else if (run->finishedAtMs) {
        parts << tr("Ended %1 without starting.").arg(timeText(run->finishedAtMs));
    }
    if (!run->message.isEmpty())
        parts << QString() << run->message;

    if (!run->result.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(run->result.toUtf8());
        parts << QString() << tr("Result:")
              << (doc.isNull() ? run->result
                               : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
    }
    if (!traceback.isEmpty())
        parts << QString() << traceback.trimmed();
    if (run->startedAtMs) {
        const QString logged = loggedBetween(run->startedAtMs, run->finishedAtMs);
        parts << QString()
              << (logged.isEmpty() ? tr("The plugin logged nothing while it ran.") : logged);
    }
    return parts.join(QLatin1Char('\n'));
}

QString RunDetails::inFlightText() const
{
    QStringList parts;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (inFlight->state == JobInfo::State::Queued) {
        parts << tr("%1 is queued since %2: it starts when the plugin's running action ends.")
                     .arg(actionName, timeText(inFlight->queuedAtMs));
        parts << tr("Cancel takes it off the queue.");
        return parts.join(QLatin1Char('\n'));
    }
    if (inFlight->cancelling) {
        parts << tr("%1 is being cancelled. A plugin busy in a system call stops when the call "
                    "returns.")
                     .arg(actionName);
    } else if (inFlight->progress >= 0) {
        const int percent = qRound(inFlight->progress * 100);
        parts << (inFlight->progressMessage.isEmpty()
                      ? tr("%1 is running: %2% done.").arg(actionName).arg(percent)
                      : tr("%1 is running: %2% done — %3.")
                            .arg(actionName)
                            .arg(percent)
                            .arg(inFlight->progressMessage));
    } else {
        parts << (inFlight->progressMessage.isEmpty()
                      ? tr("%1 is running.").arg(actionName)
                      : tr("%1 is running — %2.").arg(actionName, inFlight->progressMessage));
    }
    parts << tr("Started %1, %2 ago.")
                 .arg(timeText(inFlight->startedAtMs), durationText(now - inFlight->startedAtMs));
    if (!inFlight->cancelling)
        parts << tr("Cancel on its row (or the Delete key) stops it.");
    const QString logged = loggedBetween(inFlight->startedAtMs, now);
    if (!logged.isEmpty())
        parts << QString() << logged;
    return parts.join(QLatin1Char('\n'));
}

QString RunDetails::loggedBetween(qint64 fromMs, qint64 toMs) const
{
    if (!log)
        return {};
    QStringList lines;
    for (const LogLine &line : *log) {
        // The end stamp is taken after the last line is written, by another clock read.
        if (line.atMs >= fromMs && line.atMs <= toMs + 250)
            lines << logLineText(line);
    }
    if (lines.isEmpty())
        return {};
    const qsizetype all = lines.size();
    QStringList shown;
    if (all > MaxLoggedLines) {
        shown << tr("Logged while it ran (the last %1 of %2 lines; the log below has them all):")
                     .arg(MaxLoggedLines)
                     .arg(all);
        lines = lines.mid(all - MaxLoggedLines);
    } else {
        shown << tr("Logged while it ran:");
    }
    return (shown + lines).join(QLatin1Char('\n'));
}

} // namespace plugboard::ui
