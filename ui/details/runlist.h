// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTreeWidget>

class QAbstractButton;
class QTimer;

namespace plugboard {
class RunJob;
struct JournalEntry;
} // namespace plugboard

namespace plugboard::ui {

// One plugin's runs, newest first: the runs in flight on top (queued or running, with their
// progress and a Cancel button), then the finished runs the journal keeps. A run that finishes
// stays on its row, so the row a person selected keeps showing that run. Columns keep widths
// that fit what they can hold, however the rows arrive.
class RunList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { When, Action, Outcome, Duration, Message };

    explicit RunList(QWidget *parent = nullptr);

    // Names to show for action ids (the id is shown for actions not in the map).
    void setActionLabels(const QHash<QString, QString> &labels);
    // Replaces the finished runs; the runs in flight stay.
    void setRuns(const QList<plugboard::JournalEntry> &runs);
    // A run that finished: its in-flight row becomes the finished row, or a row is added.
    void addRun(const plugboard::JournalEntry &run, const QString &traceback = {});
    // The runs in flight now (rows of runs no longer in flight and not finished go).
    void setJobs(const QList<plugboard::RunJob *> &jobs);
    // Selects the row of one run; false when the list does not hold it.
    bool selectRun(quint64 jobId, qint64 startedAtMs);

    // What the row holds, for the result pane.
    std::optional<plugboard::JournalEntry> entryAt(const QTreeWidgetItem *item) const;
    QPointer<plugboard::RunJob> jobAt(const QTreeWidgetItem *item) const;
    QString tracebackAt(const QTreeWidgetItem *item) const;
    QTreeWidgetItem *itemForJob(quint64 jobId) const;
    // The Cancel button of a run in flight (nullptr for other rows).
    QAbstractButton *cancelButtonAt(const QTreeWidgetItem *item) const;

Q_SIGNALS:
    void cancelRequested(plugboard::RunJob *job);
    // A run in flight changed (progress, state); the result pane follows the selected one.
    void runChanged(QTreeWidgetItem *item);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillFinished(QTreeWidgetItem *item, const plugboard::JournalEntry &run,
                      const QString &traceback);
    void fillInFlight(QTreeWidgetItem *item, plugboard::RunJob *job);
    void ensureColumnWidths();
    void tick();
    QString actionName(const QString &id) const;
    int inFlightCount() const;

    QHash<QString, QString> m_labels;
    QHash<quint64, QPointer<plugboard::RunJob>> m_jobs; // in-flight rows by job id
    QTimer *m_clock;
    QSet<int> m_userSized; // columns the user resized by hand
    bool m_adjusting = false;
    int m_cancelWidth = -1; // a Cancel button's width, measured once per font and style
};

} // namespace plugboard::ui
