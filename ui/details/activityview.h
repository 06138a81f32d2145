// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logline.h"

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QTreeWidgetItem;

namespace plugboard {
class RunJob;
struct JournalEntry;
struct JobResult;
} // namespace plugboard

namespace plugboard::ui {

class RunList;

// A plugin's runs (those in flight on top, with Cancel; then the finished ones, newest first),
// what the selected run did, and the plugin's log.
class ActivityView : public QWidget {
    Q_OBJECT

public:
    static constexpr int MaxLogLines = 2000;

    explicit ActivityView(QWidget *parent = nullptr);

    void setActionLabels(const QHash<QString, QString> &labels);
    void setRuns(const QList<plugboard::JournalEntry> &runs);
    void addRun(const plugboard::JobResult &result);
    void setJobs(const QList<plugboard::RunJob *> &jobs);
    void setLog(const QList<plugboard::LogLine> &lines);
    void appendLog(const plugboard::LogLine &line);
    void setError(const QString &message);
    // Selects one run (a notification's "Show"); false when the list does not hold it.
    bool selectRun(quint64 jobId, qint64 startedAtMs);

    RunList *runList() const { return m_runs; }
    QString resultText() const;
    QString logText() const;

Q_SIGNALS:
    void cancelRequested(plugboard::RunJob *job);

private:
    void showRun(QTreeWidgetItem *item);

    RunList *m_runs;
    QPlainTextEdit *m_result;
    QPlainTextEdit *m_log;
    QList<plugboard::LogLine> m_lines; // what m_log shows, for "logged while it ran"
};

} // namespace plugboard::ui
