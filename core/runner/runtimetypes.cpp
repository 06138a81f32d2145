// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/runtimetypes.h"

#include "store/runjournal.h"

#include <QJsonDocument>

namespace plugboard {

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::Disable:
        return QStringLiteral("disable");
    case StopReason::Delete:
        return QStringLiteral("delete");
    case StopReason::Reload:
        return QStringLiteral("reload");
    case StopReason::Replace:
        return QStringLiteral("replace");
    case StopReason::Shutdown:
        return QStringLiteral("shutdown");
    }
    return QStringLiteral("shutdown");
}

QString outcomeName(JobResult::Outcome outcome)
{
    switch (outcome) {
    case JobResult::Outcome::Ok:
        return QStringLiteral("ok");
    case JobResult::Outcome::Error:
        return QStringLiteral("error");
    case JobResult::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case JobResult::Outcome::TimedOut:
        return QStringLiteral("timed_out");
    case JobResult::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

JournalEntry journalEntryFor(const JobResult &result)
{
    JournalEntry entry;
    entry.jobId = result.jobId;
    entry.key = result.key;
    entry.action = result.action;
    entry.startedAtMs = result.startedAtMs;
    entry.finishedAtMs = result.finishedAtMs;
    entry.outcome = outcomeName(result.outcome);
    entry.message = result.message;
    if (!result.result.isEmpty()) {
        entry.result = QString::fromUtf8(QJsonDocument(result.result)
                                             .toJson(QJsonDocument::Compact)
                                             .left(RunJournal::MaxResultBytes));
    }
    return entry;
}

} // namespace plugboard
