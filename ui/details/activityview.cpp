// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/activityview.h"

#include "details/rundetails.h"
#include "details/runlist.h"
#include "runner/runjob.h"
#include "runner/runtimetypes.h"
#include "store/journalentry.h"
#include "store/logline.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace plugboard::ui {

ActivityView::ActivityView(QWidget *parent)
    : QWidget(parent)
    , m_runs(new RunList(this))
    , m_result(new QPlainTextEdit(this))
    , m_log(new QPlainTextEdit(this))
{
    m_runs->setObjectName(QStringLiteral("runList"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Small minimums: the panel shares a small window with a plugin's header.
    m_result->setMinimumHeight(48);
    m_log->setMinimumHeight(48);
    m_result->setReadOnly(true);
    m_result->setFont(mono);
    m_result->setAccessibleName(tr("What the selected run did"));
    m_result->setPlaceholderText(tr("Select a run to see what it did."));
    m_log->setReadOnly(true);
    m_log->setFont(mono);
    m_log->setMaximumBlockCount(MaxLogLines);
    m_log->setAccessibleName(tr("Plugin log"));
    m_log->setPlaceholderText(tr("Nothing logged yet."));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    const auto heading = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        QFont f = label->font();
        f.setWeight(QFont::DemiBold);
        label->setFont(f);
        return label;
    };
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(heading(tr("Runs")));
    topLayout->addWidget(m_runs, 2);
    topLayout->addWidget(m_result, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(heading(tr("Log")));
    bottomLayout->addWidget(m_log);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(split);

    connect(m_runs, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showRun(item); });
    connect(m_runs, &RunList::runChanged, this, [this](QTreeWidgetItem *item) {
        if (item == m_runs->currentItem())
            showRun(item);
    });
    connect(m_runs, &RunList::cancelRequested, this, &ActivityView::cancelRequested);
}

void ActivityView::setActionLabels(const QHash<QString, QString> &labels)
{
    m_runs->setActionLabels(labels);
}

void ActivityView::setRuns(const QList<JournalEntry> &runs)
{
    m_runs->setRuns(runs);
    showRun(m_runs->currentItem());
}

void ActivityView::addRun(const JobResult &result)
{
    m_runs->addRun(journalEntryFor(result), result.traceback);
}

void ActivityView::setJobs(const QList<RunJob *> &jobs)
{
    m_runs->setJobs(jobs);
}

bool ActivityView::selectRun(quint64 jobId, qint64 startedAtMs)
{
    if (!m_runs->selectRun(jobId, startedAtMs))
        return false;
    m_runs->setFocus(Qt::OtherFocusReason);
    return true;
}

void ActivityView::showRun(QTreeWidgetItem *item)
{
    RunDetails details;
    details.actionName = item ? item->text(RunList::Action) : QString();
    details.log = &m_lines;
    if (const std::optional<JournalEntry> run = m_runs->entryAt(item)) {
        details.run = *run;
        details.traceback = m_runs->tracebackAt(item);
    } else if (const QPointer<RunJob> job = m_runs->jobAt(item)) {
        details.inFlight = job->info();
    } else {
        m_result->clear();
        return;
    }
    m_result->setPlainText(details.text());
}

void ActivityView::setLog(const QList<LogLine> &lines)
{
    m_log->clear();
    m_lines.clear();
    for (const LogLine &line : lines)
        appendLog(line);
}

void ActivityView::appendLog(const LogLine &line)
{
    m_lines << line;
    if (m_lines.size() > MaxLogLines)
        m_lines.removeFirst();
    m_log->appendPlainText(RunDetails::logLineText(line));
}

void ActivityView::setError(const QString &message)
{
    m_log->setPlaceholderText(message);
}

QString ActivityView::resultText() const
{
    return m_result->toPlainText();
}

QString ActivityView::logText() const
{
    return m_log->toPlainText();
}

} // namespace plugboard::ui
