// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace plugboard {
struct JournalEntry;
struct JobResult;
struct LogLine;
} // namespace plugboard

namespace plugboard::ui {

// A plugin's recent runs (newest first; the selected run's result below) and its log.
class ActivityView : public QWidget {
    Q_OBJECT

public:
    static constexpr int MaxLogLines = 2000;

    explicit ActivityView(QWidget *parent = nullptr);

    void setRuns(const QList<plugboard::JournalEntry> &runs);
    void addRun(const plugboard::JobResult &result);
    void setLog(const QList<plugboard::LogLine> &lines);
    void appendLog(const plugboard::LogLine &line);
    void setError(const QString &message);

    QTreeWidget *runList() const { return m_runs; }
    QString logText() const;

private:
    void addRunItem(const plugboard::JournalEntry &run, bool atTop);
    void showRun(QTreeWidgetItem *item);

    QTreeWidget *m_runs;
    QPlainTextEdit *m_result;
    QPlainTextEdit *m_log;
};

} // namespace plugboard::ui
